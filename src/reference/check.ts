// Checks claims against reference files. Each check judges one claim ("agree", "variant", "conflict")
// against one reference entry; judgements then either join an article-vs-article finding that already
// covers those claims (the reference becomes one more value, or backs an existing one) or make a finding
// of their own. The reference's evidence is `reference:<file>`, at the entry's line, quoting the entry.
import { corpusAnchorOf } from "../extract/context.js";
import { canonicalOffice } from "../extract/people.js";
import { gazetteerContainer, lookupPlace, placeCore } from "../extract/place.js";
import { samePlaceName } from "../align/place.js";
import { buildFinding, findingId, type ValueGroup } from "../align/finding.js";
import type { AnyClaim, Claim, Finding, FindingSource, FindingValue, Source } from "../types.js";
import { compareNames, fold, tokens } from "./names.js";
import type {
  FactEntry,
  Membership,
  OfficeEntry,
  OrganisationEntry,
  PersonEntry,
  Reference,
  ReferenceCitation,
} from "./types.js";

export type Verdict = "agree" | "variant" | "conflict";

/** One claim judged against one reference entry. */
export interface Judgement {
  claim: AnyClaim;
  verdict: Verdict;
  /** Claims judged on the same topic are compared together (reference file + entry + aspect + reference value). */
  topic: string;
  citation: ReferenceCitation;
  /** What the reference says, as a value and for a person. */
  refValue: string;
  refDisplay: string;
  subject: string;
}

/** The prefix that marks a finding value's evidence as coming from a reference file. */
export const REFERENCE_SOURCE_PREFIX = "reference:";

export function referenceSourceId(path: string): string {
  return `${REFERENCE_SOURCE_PREFIX}${path}`;
}

// ---------------------------------------------------------------------------------------------
// Dates and periods

/** The date a claim speaks as of: its source's publication date, else the corpus anchor. */
export function asOfDates(sources: Source[]): (claim: AnyClaim) => string | null {
  const anchor = corpusAnchorOf(sources);
  const published = new Map(sources.map((s) => [s.id, s.published?.date ?? null]));
  return (claim) => published.get(claim.evidence.source) ?? anchor;
}

function within(p: { from?: string; to?: string }, date: string): boolean {
  return (!p.from || p.from <= date) && (!p.to || date <= p.to);
}

function membership(m: string | Membership): Membership {
  return typeof m === "string" ? { name: m } : m;
}

// ---------------------------------------------------------------------------------------------
// An index over every loaded reference

interface Located<T> {
  ref: Reference;
  entry: string;
  item: T;
}

/** What the reference files know, folded for lookups. */
class Knowledge {
  readonly people: Located<PersonEntry>[] = [];
  readonly organisations: Located<OrganisationEntry>[] = [];
  /** Folded place / country name or alias → canonical display name. */
  private readonly canonicalPlace = new Map<string, string>();
  /** Folded office names (with aliases) the reference uses anywhere: the vocabulary it can judge. */
  readonly officeWords = new Set<string>();

  constructor(readonly references: Reference[]) {
    for (const ref of references) {
      (ref.data.people ?? []).forEach((p, i) => {
        this.people.push({ ref, entry: `people[${i}]`, item: p });
        for (const o of p.offices ?? []) for (const n of [o.office, ...(o.aliases ?? [])]) for (const key of officeKeys(n)) this.officeWords.add(key);
        for (const o of p.offices ?? []) if (o.country) this.addPlace(o.country, o.country);
      });
      (ref.data.organisations ?? []).forEach((o, i) => {
        this.organisations.push({ ref, entry: `organisations[${i}]`, item: o });
        const lists = [o.members, o.observers, o.dialoguePartners].flatMap((l) => (l ?? []).map(membership));
        for (const m of lists) this.addPlace(m.name, m.name);
        for (const f of o.founded?.founders ?? []) this.addPlace(f, f);
      });
      for (const place of ref.data.places ?? []) {
        for (const n of [place.name, ...(place.aliases ?? [])]) this.addPlace(n, place.name, true);
        if (place.containedIn) this.addPlace(place.containedIn, place.containedIn);
      }
    }
  }

  private addPlace(name: string, canonical: string, override = false): void {
    const k = fold(name);
    if (k && (override || !this.canonicalPlace.has(k))) this.canonicalPlace.set(k, canonical);
  }

  /** Folded names of every organisation, alias and place the reference knows. */
  private known: Set<string> | null = null;

  knownNames(): Set<string> {
    if (this.known) return this.known;
    const names = new Set(this.canonicalPlace.keys());
    for (const o of this.organisations) for (const n of [o.item.name, ...(o.item.aliases ?? [])]) names.add(fold(n));
    names.delete("");
    this.known = names;
    return names;
  }

  /** The place the reference says a place lies in ("Varna" → "Bulgaria"), or null. */
  containerOf(name: string): string | null {
    const canonical = fold(this.place(name) ?? name);
    for (const ref of this.references) {
      for (const p of ref.data.places ?? []) if (fold(p.name) === canonical && p.containedIn) return p.containedIn;
    }
    return null;
  }

  /** True when the reference names this place as containing another (a country or region). */
  isContainer(name: string): boolean {
    const f = fold(this.place(name) ?? name);
    return this.references.some((ref) => (ref.data.places ?? []).some((p) => p.containedIn !== undefined && fold(p.containedIn) === f));
  }

  /** Canonical name of a place or country the reference knows, or null. */
  place(name: string): string | null {
    const k = fold(name).replace(/^the /, "");
    return this.canonicalPlace.get(k) ?? null;
  }

  line(ref: Reference, entry: string): number {
    return ref.lines.get(entry) ?? 1;
  }

  citation(ref: Reference, entry: string, quote: string): ReferenceCitation {
    return { path: ref.path, entry, line: this.line(ref, entry), quote };
  }
}

// ---------------------------------------------------------------------------------------------
// People: names and offices

function namesOf(p: PersonEntry): string[] {
  return [p.name, ...(p.aliases ?? [])];
}

const QUALIFIERS = new Set(["acting", "interim", "caretaker", "incumbent", "current", "the", "of"]);

/** An office folded for comparison, qualifiers such as "acting" dropped ("acting President" ≈ "president"). */
function officeKey(office: string): string {
  return tokens(office)
    .filter((t) => !QUALIFIERS.has(t))
    .join(" ");
}

/** Every key an office phrase is known by: folded as written, and its canonical office (synonyms folded). */
function officeKeys(office: string): string[] {
  const canonical = canonicalOffice(office);
  return [officeKey(office), ...(canonical && !canonical.former ? [officeKey(canonical.key)] : [])].filter(Boolean);
}

function officeLabel(o: OfficeEntry): string {
  const of = o.country ?? o.organisation;
  return of ? `${o.office} of ${of}` : o.office;
}

/** The person a name refers to when the name is exactly one of a person's names (or the surname alone). */
function personByName(k: Knowledge, written: string): { person: Located<PersonEntry>; alias: boolean } | null {
  const found: { person: Located<PersonEntry>; alias: boolean }[] = [];
  const single = tokens(written).length === 1;
  for (const lp of k.people) {
    const names = namesOf(lp.item);
    const hit = names.findIndex((n) =>
      single ? tokens(n).at(-1) === fold(written) : compareNames(written, n) === "same",
    );
    if (hit < 0) continue;
    // Folding away diacritics and case leaves the canonical name: "Vitorio Almada" is "Vitório Almada".
    const alias = hit > 0 && compareNames(written, lp.item.name) !== "same" && !(single && tokens(lp.item.name).at(-1) === fold(written));
    if (!found.some((f) => fold(f.person.item.name) === fold(lp.item.name))) found.push({ person: lp, alias });
  }
  return found.length === 1 ? found[0]! : null;
}

/**
 * The single person whose name the written one relates to as asked: a near miss ("Rokhval" for "Rokhvel")
 * or a romanisation variant the reference does not list ("Dzhelbarov" for "Jelbarov"); else null.
 */
function personByRelation(
  k: Knowledge,
  written: string,
  relation: "close" | "variant",
): { person: Located<PersonEntry>; known: string } | null {
  const writtenTokens = tokens(written);
  const candidates: { person: Located<PersonEntry>; known: string }[] = [];
  for (const lp of k.people) {
    for (const n of namesOf(lp.item)) {
      const known = writtenTokens.length === 1 ? (tokens(n).at(-1) ?? "") : n;
      if (compareNames(written, known) === relation) {
        candidates.push({ person: lp, known: n });
        break;
      }
    }
  }
  const distinct = new Set(candidates.map((c) => fold(c.person.item.name)));
  return distinct.size === 1 ? candidates[0]! : null;
}

function officesAt(p: PersonEntry, date: string | null): OfficeEntry[] {
  return date ? (p.offices ?? []).filter((o) => within(o, date)) : [];
}

function judgeName(k: Knowledge, claim: Claim<"name">, asOf: string | null): Judgement | null {
  const written = claim.data.full || claim.value;
  const exact = personByName(k, written);
  const variant = exact ? null : personByRelation(k, written, "variant");
  const near = exact || variant ? null : personByRelation(k, written, "close");
  const person = exact?.person ?? variant?.person ?? near?.person;
  if (!person) return null;
  const offices = person.item.offices ?? [];
  // A stated country that the reference contradicts means another person of a similar name.
  if ((near || variant) && claim.data.country) {
    const stated = k.place(claim.data.country) ?? claim.data.country;
    const countries = offices.map((o) => o.country).filter((c): c is string => Boolean(c));
    if (countries.length && !countries.some((c) => fold(c) === fold(stated))) return null;
  }
  const current = officesAt(person.item, asOf)[0] ?? (offices.length === 1 ? offices[0] : undefined);
  const canonical = person.item.name;
  return {
    claim,
    verdict: exact ? (exact.alias ? "variant" : "agree") : variant ? "variant" : "conflict",
    topic: `${person.ref.path}#${person.entry}#name`,
    citation: k.citation(person.ref, person.entry, canonical),
    refValue: canonical,
    refDisplay: canonical,
    subject: `name of ${canonical}${current ? ` (${officeLabel(current)})` : ""}`,
  };
}

function judgeRole(k: Knowledge, claim: Claim<"role">, asOf: string | null): Judgement | null {
  if (!asOf) return null;
  const office = claim.data.office || claim.value;
  const words = tokens(office);
  if (words.some((w) => w === "former" || w === "ex" || w === "late" || w === "then")) return null;
  if (canonicalOffice(office)?.former) return null;
  const found = personByName(k, claim.data.person);
  if (!found) return null;
  const person = found.person.item;
  const claimed = [...officeKeys(office), ...officeKeys(claim.data.officeKey)];
  // Only offices the reference knows by name can be judged ("host" or "leader" cannot).
  if (!claimed.some((c) => k.officeWords.has(c))) return null;
  const valid = officesAt(person, asOf);
  if (!valid.length) return null;
  const statedCountry = claim.data.country ? k.place(claim.data.country) : null;
  const matches = (o: OfficeEntry) =>
    [o.office, ...(o.aliases ?? [])].some((n) => officeKeys(n).some((key) => claimed.includes(key))) &&
    (!statedCountry || !o.country || fold(o.country) === fold(statedCountry));
  const agrees = valid.some(matches);
  if (!agrees && claim.data.country && !statedCountry) return null; // a country we cannot read: do not guess
  const label = valid.map(officeLabel).join(" and ");
  return {
    claim,
    verdict: agrees ? "agree" : "conflict",
    topic: `${found.person.ref.path}#${found.person.entry}#role#${asOf}`,
    citation: k.citation(
      found.person.ref,
      `${found.person.entry}.offices[${(person.offices ?? []).indexOf(valid[0]!)}]`,
      `${person.name}: ${label}${valid[0]!.from ? ` from ${valid[0]!.from}` : ""}`,
    ),
    refValue: `${person.name}: ${label}`,
    refDisplay: `${label} (on ${asOf})`,
    subject: `office of ${person.name} on ${asOf}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Organisations: founders and member sets

function organisationByName(k: Knowledge, group: string): Located<OrganisationEntry> | null {
  const g = fold(group).replace(/^the /, "");
  const hits = k.organisations.filter((o) => [o.item.name, ...(o.item.aliases ?? [])].some((n) => fold(n) === g));
  return hits.length === 1 ? hits[0]! : null;
}

type ListName = "founders" | "members" | "observers" | "dialoguePartners" | "observers+dialoguePartners";

/** Which reference list a relation speaks of; null for relations the reference cannot judge. */
function listOf(relation: string): ListName | null {
  const r = fold(relation);
  if (/\bfound|\bestablish|\bcreat|\binception|\bcharter/.test(r)) return "founders";
  const observer = /\bobserver/.test(r);
  const partner = /\bdialogue|\bpartner/.test(r);
  if (observer && partner) return "observers+dialoguePartners";
  if (observer) return "observers";
  if (partner) return "dialoguePartners";
  if (/^(?:full )?members?(?: states| countries)?$|^member (?:states|countries|nations)$/.test(r)) return "members";
  return null;
}

function listAt(org: OrganisationEntry, list: ListName, date: string | null): { names: string[]; entryOf: (name: string) => string } {
  if (list === "founders") {
    return { names: org.founded?.founders ?? [], entryOf: () => "founded" };
  }
  const fields: ("members" | "observers" | "dialoguePartners")[] =
    list === "observers+dialoguePartners" ? ["observers", "dialoguePartners"] : [list];
  const names: string[] = [];
  const entries = new Map<string, string>();
  for (const field of fields) {
    (org[field] ?? []).forEach((raw, i) => {
      const m = membership(raw);
      if (date && !within(m, date)) return;
      names.push(m.name);
      entries.set(fold(m.name), `${field}[${i}]`);
    });
  }
  return { names, entryOf: (name) => entries.get(fold(name)) ?? fields[0]! };
}

/** "Mikael Rask", "Costa Rica": one to four words, each capitalised (particles such as "de" allowed). */
function looksLikeProperName(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  return (
    words.length >= 1 &&
    words.length <= 4 &&
    /^\p{Lu}/u.test(words[0]!) &&
    words.every((w) => /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(w) || /^(?:de|da|del|van|von|bin|al|el|la)$/u.test(w))
  );
}

function judgeMembers(k: Knowledge, claim: Claim<"members">, asOf: string | null): Judgement | null {
  const org = organisationByName(k, claim.data.group);
  const list = listOf(claim.data.relation);
  if (!org || !list) return null;
  const dated = list !== "founders";
  if (dated && !asOf) return null;
  const when = dated ? asOf : null;
  const { names: expected } = listAt(org.item, list, when);
  if (list === "founders" && !expected.length) return null;
  const expectedKeys = new Set(expected.map((n) => fold(k.place(n) ?? n)));
  // The reference's founders list is complete by definition, so when its founders are people, a name it
  // does not list beside founders it does list is a non-founder. Elsewhere an unknown item may be mis-read
  // text, or a country's other or historical name the reference does not give.
  const peopleFounders = list === "founders" && expected.every((f) => !lookupPlace(f));
  const unlisted = (i: string) => peopleFounders && looksLikeProperName(i) && !lookupPlace(i);
  const items = claim.data.items.map((i) => k.place(i) ?? (unlisted(i) ? i : null));
  const known = items.filter((i): i is string => i !== null).map(fold);
  if (!known.length) return null;
  // ... but only beside at least one real founder: otherwise the list may be another group's founding.
  if (claim.data.items.some((i) => !k.place(i) && unlisted(i)) && !known.some((i) => expectedKeys.has(i))) return null;
  let verdict: Verdict = "agree";
  if (claim.data.exhaustive) {
    if (items.some((i) => i === null)) return null; // a complete list with an item we cannot read: do not guess
    const missing = [...expectedKeys].filter((e) => !known.includes(e));
    const extra = known.filter((i) => !expectedKeys.has(i));
    if (list === "founders") {
      if (missing.length || extra.length) verdict = "conflict";
    } else if (extra.length) {
      verdict = "conflict";
    } else if (list === "members" && when) {
      // Omission counts only for members that had joined before that day: on the day itself reports may differ.
      const joinedBefore = (org.item.members ?? []).map(membership).filter((m) => within(m, when) && (!m.from || m.from < when));
      if (joinedBefore.some((m) => !known.includes(fold(k.place(m.name) ?? m.name)))) verdict = "conflict";
    }
  } else if (known.some((i) => !expectedKeys.has(i))) {
    // An open list ("members include ...") never conflicts by what it leaves out, only by what it adds.
    verdict = "conflict";
  }
  const label = list === "founders" ? "founders" : list === "observers+dialoguePartners" ? "observers and dialogue partners" : list === "dialoguePartners" ? "dialogue partners" : list;
  const sorted = [...expected].sort((a, b) => fold(a).localeCompare(fold(b)));
  const entry = `${org.entry}.${list === "founders" ? "founded" : list === "observers+dialoguePartners" ? "observers" : list}`;
  return {
    claim,
    verdict,
    topic: `${org.ref.path}#${org.entry}#${list}#${when ?? ""}`,
    citation: k.citation(org.ref, entry, `${org.item.name} ${label}${when ? ` on ${when}` : ""}: ${expected.join(", ")}`),
    refValue: sorted.map(fold).join("|"),
    refDisplay: `${sorted.join(", ")}${when ? ` (${label} on ${when})` : ""}`,
    subject: `${label} of ${org.item.name}${when ? ` on ${when}` : ""}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Plain facts and founding years

/** "founded" and "found", "established" and "establishment": same first five letters of a word. */
function sameStem(a: string, b: string): boolean {
  const x = tokens(a);
  const y = tokens(b);
  return x.length === y.length && x.every((w, i) => w.slice(0, 5) === y[i]!.slice(0, 5));
}

function mentions(claim: AnyClaim, subject: string): boolean {
  const s = fold(subject);
  const hay = ` ${fold(`${claim.subject} ${claim.key.replace(/\|/g, " ")}`)} `;
  return Boolean(s) && hay.includes(` ${s} `);
}

/**
 * True when the claim's own sentence names the subject before the claimed value, with no other group or
 * country the reference knows in between ("The EWC has 140 staff", not "The EWC said Moldova has 40 staff").
 */
function sentenceIsAbout(k: Knowledge, claim: AnyClaim, subjectNames: string[]): boolean {
  const quote = ` ${fold(claim.evidence.quote)} `;
  const at = quote.indexOf(` ${fold(claim.display)} `);
  if (at < 0) return false;
  const before = quote.slice(0, at + 1);
  const hits = subjectNames
    .map(fold)
    .filter(Boolean)
    .map((n) => before.lastIndexOf(` ${n} `))
    .filter((i) => i >= 0);
  if (!hits.length) return false;
  const between = before.slice(Math.max(...hits) + 1);
  const others = [...k.knownNames()].filter((n) => !subjectNames.some((s) => fold(s) === n));
  return !others.some((n) => between.includes(` ${n} `));
}

/** The fact's attribute names what the claim measures: "staff" ~ unit "staff", "member states" ~ "member state". */
function attributeMatches(attribute: string, ...words: string[]): boolean {
  return words.some((w) => Boolean(w) && sameStem(w, attribute));
}

type FactClaim = Claim<"number"> | Claim<"date"> | Claim<"place">;

function judgeFactValue(k: Knowledge, claim: FactClaim, fact: FactEntry, subjectNames: string[]): Verdict | null {
  const about = subjectNames.some((n) => mentions(claim, n)) || sentenceIsAbout(k, claim, subjectNames);
  if (claim.kind === "number") {
    const d = claim.data;
    const amount = typeof fact.value === "number" ? fact.value : Number(fact.value);
    if (!Number.isFinite(amount) || !attributeMatches(fact.attribute, d.measure, d.unit)) return null;
    if (fact.unit && fold(fact.unit) !== fold(d.unit)) return null;
    if (!about) return null;
    return amount >= d.low && amount <= d.high ? "agree" : "conflict";
  }
  if (claim.kind === "date") {
    const d = claim.data;
    const value = String(fact.value);
    if (!d.start || !sameStem(d.event, fact.attribute)) return null;
    if (!subjectNames.some((n) => d.participants.some((p) => fold(p) === fold(n))) && !about) return null;
    const year = /^\d{4}$/.test(value);
    if (!year && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
    if (!year && d.granularity !== "day") return null;
    if (year) return d.start.slice(0, 4) === value ? "agree" : "conflict";
    return value >= d.start && value <= (d.end ?? d.start) ? "agree" : "conflict";
  }
  // A place ("headquarters: Varna"): the same place agrees; a place that contains the fact's place is
  // vaguer, not wrong; only another place of the same kind conflicts.
  const d = claim.data;
  if (typeof fact.value !== "string" || !attributeMatches(fact.attribute, d.event) || !about) return null;
  const written = placeCore(d.place);
  const expected = placeCore(fact.value);
  const canonical = (p: string) => fold(k.place(p) ?? p);
  // Venue names compare as the place comparator compares them: "Lindenhain" is "Lindenhain Stadium".
  if (samePlaceName(written, expected) || canonical(d.place) === canonical(fact.value)) return "agree";
  const containers = [k.containerOf(fact.value), gazetteerContainer(expected)].filter((c): c is string => Boolean(c)).map(fold);
  if (containers.includes(written)) return null;
  if (lookupPlace(d.place)?.type === "country" || k.isContainer(d.place)) return null;
  return "conflict";
}

function judgeFact(k: Knowledge, claim: FactClaim, asOf: string | null): Judgement | null {
  for (const ref of k.references) {
    const facts = ref.data.facts ?? [];
    for (let i = 0; i < facts.length; i++) {
      const fact = facts[i]!;
      if (fact.asOf && (!asOf || asOf < fact.asOf)) continue;
      const subjectNames = [fact.subject, ...(organisationByName(k, fact.subject)?.item.aliases ?? [])];
      const verdict = judgeFactValue(k, claim, fact, subjectNames);
      if (!verdict) continue;
      const text = `${fact.subject} ${fact.attribute}: ${fact.value}${fact.unit ? ` ${fact.unit}` : ""}`;
      return {
        claim,
        verdict,
        topic: `${ref.path}#facts[${i}]`,
        citation: k.citation(ref, `facts[${i}]`, text),
        refValue: claim.kind === "place" ? placeCore(String(fact.value)) : String(fact.value),
        refDisplay: `${fact.value}${fact.unit ? ` ${fact.unit}` : ""}`,
        subject: `${fact.attribute} of ${fact.subject}`,
      };
    }
  }
  return null;
}

/** "founded in 2001" against an organisation's founding year. */
function judgeFounding(k: Knowledge, claim: Claim<"date">): Judgement | null {
  const d = claim.data;
  if (!d.start || !/^(?:found|establish|creat|incept)/.test(fold(d.event))) return null;
  const orgs = k.organisations.filter(
    (o) =>
      o.item.founded?.year !== undefined &&
      [o.item.name, ...(o.item.aliases ?? [])].some((n) => d.participants.some((p) => fold(p) === fold(n))),
  );
  if (orgs.length !== 1) return null;
  const org = orgs[0]!;
  const year = String(org.item.founded?.year);
  return {
    claim,
    verdict: d.start.slice(0, 4) === year ? "agree" : "conflict",
    topic: `${org.ref.path}#${org.entry}#founded-year`,
    citation: k.citation(org.ref, `${org.entry}.founded`, `${org.item.name} founded ${year}`),
    refValue: year,
    refDisplay: year,
    subject: `founding year of ${org.item.name}`,
  };
}

/** Every judgement the references allow on these claims. */
export function judgeClaims(claims: AnyClaim[], references: Reference[], sources: Source[]): Judgement[] {
  if (!references.length) return [];
  const k = new Knowledge(references);
  const asOf = asOfDates(sources);
  const out: Judgement[] = [];
  for (const claim of claims) {
    let j: Judgement | null = null;
    switch (claim.kind) {
      case "name":
        j = judgeName(k, claim, asOf(claim));
        break;
      case "role":
        j = judgeRole(k, claim, asOf(claim));
        break;
      case "members":
        j = judgeMembers(k, claim, asOf(claim));
        break;
      case "number":
      case "place":
        j = judgeFact(k, claim, asOf(claim));
        break;
      case "date":
        j = judgeFounding(k, claim) ?? judgeFact(k, claim, asOf(claim));
        break;
      default:
        j = null;
    }
    if (j) out.push(j);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Findings

function citationSource(c: ReferenceCitation): FindingSource {
  return { source: referenceSourceId(c.path), line: c.line, quote: c.quote };
}

function evidenceKey(source: string, line: number, column: number | undefined): string {
  return `${source}\u241f${line}\u241f${column ?? 0}`;
}

function shortId(id: string): string {
  return id.replace(/\.[a-z]+$/i, "");
}

function dominantTopic(judgements: Judgement[]): string {
  const counts = new Map<string, number>();
  for (const j of judgements) if (j.verdict !== "agree") counts.set(j.topic, (counts.get(j.topic) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

/** Adds the reference to a finding that already covers the judged claims. */
function mergeInto(finding: Finding, judgements: Judgement[], claimsOfValue: (v: FindingValue) => AnyClaim[]): Finding {
  const first = judgements[0]!;
  const verdictOf = new Map(judgements.map((j) => [j.claim, j.verdict]));
  const agreeing = finding.values
    .map((v, i) => ({ i, v, cs: claimsOfValue(v) }))
    .filter(({ cs }) => cs.length > 0 && cs.every((c) => verdictOf.get(c) === "agree"))
    .sort((a, b) => b.v.sources.length - a.v.sources.length)[0];
  const source = citationSource(first.citation);
  const values: FindingValue[] = finding.values.map((v, i) =>
    agreeing && i === agreeing.i ? { ...v, sources: [...v.sources, source], reference: true } : v,
  );
  if (!agreeing) values.push({ value: first.refValue, display: first.refDisplay, sources: [source], reference: true });
  const anyConflict = judgements.some((j) => j.verdict === "conflict");
  const status = finding.status === "conflict" || anyConflict ? "conflict" : "variant";
  const refNote = agreeing
    ? `the reference (${first.citation.path}) agrees with ${agreeing.v.display}`
    : `the reference (${first.citation.path}) says ${first.refDisplay}`;
  return {
    ...finding,
    // An article agreement the reference contradicts is now about the reference entry: say which.
    ...(finding.status === "agreement" ? { subject: first.subject } : {}),
    id: findingId(finding.kind, finding.key, values.map((v) => v.value)),
    status,
    explanation: `${finding.explanation}; ${refNote}`,
    values,
  };
}

/** A finding of its own for judgements no article-vs-article finding covers. */
function standalone(judgements: Judgement[]): Finding | null {
  const against = judgements.filter((j) => j.verdict !== "agree");
  if (!against.length) return null;
  const first = against[0]!;
  const groups: ValueGroup[] = [];
  for (const j of against) {
    const group = groups.find((g) => g.value === j.claim.value);
    if (group) group.claims.push(j.claim);
    else groups.push({ value: j.claim.value, display: j.claim.display, claims: [j.claim] });
  }
  const supporting = judgements.filter((j) => j.verdict === "agree").map((j) => j.claim);
  groups.push({
    value: first.refValue,
    display: first.refDisplay,
    claims: supporting,
    reference: true,
    extraSources: [citationSource(first.citation)],
  });
  const conflict = against.some((j) => j.verdict === "conflict");
  const articleSide = groups
    .filter((g) => !g.reference)
    .map((g) => {
      const ids = [...new Set(g.claims.map((c) => shortId(c.evidence.source)))].sort();
      return `${ids.length} source${ids.length === 1 ? "" : "s"} (${ids.join(", ")}) ${ids.length === 1 ? "gives" : "give"} ${g.display}`;
    })
    .join("; ");
  const refSide = conflict
    ? `the reference (${first.citation.path}) says ${first.refDisplay}`
    : `a known variant of ${first.refDisplay} in the reference (${first.citation.path})`;
  return buildFinding({
    kind: first.claim.kind,
    subject: first.subject,
    key: first.claim.key,
    groups,
    status: conflict ? "conflict" : "variant",
    explanation: `${articleSide}; ${refSide}`,
  });
}

/**
 * Findings after the reference checks: article findings that cover judged claims get the reference as
 * a value (or backing an existing value); other disagreements with the reference become new findings.
 */
export function applyReferences(
  findings: Finding[],
  claims: AnyClaim[],
  references: Reference[],
  sources: Source[],
): Finding[] {
  const judgements = judgeClaims(claims, references, sources);
  if (!judgements.length) return findings;
  const claimsAt = new Map<string, AnyClaim[]>();
  for (const c of claims) {
    const key = `${c.kind}\u241f${evidenceKey(c.evidence.source, c.evidence.line, c.evidence.column)}`;
    const list = claimsAt.get(key);
    if (list) list.push(c);
    else claimsAt.set(key, [c]);
  }
  const judgementOf = new Map<AnyClaim, Judgement>(judgements.map((j) => [j.claim, j]));
  const claimsOfValue = (kind: string) => (v: FindingValue) =>
    v.sources.flatMap((s) => claimsAt.get(`${kind}\u241f${evidenceKey(s.source, s.line, s.column)}`) ?? []);
  const usedTopics = new Set<string>();
  const mergedClaims = new Set<AnyClaim>();
  const result = findings.map((f) => {
    const valueClaims = claimsOfValue(f.kind);
    const covered = f.values.flatMap((v) => valueClaims(v));
    const js = covered.map((c) => judgementOf.get(c)).filter((j): j is Judgement => j !== undefined);
    if (!js.some((j) => j.verdict !== "agree")) return f;
    const topic = dominantTopic(js);
    if (usedTopics.has(topic)) return f;
    usedTopics.add(topic);
    const onTopic = js.filter((j) => j.topic === topic);
    const topicClaims = new Set(onTopic.map((j) => j.claim));
    for (const c of topicClaims) mergedClaims.add(c);
    return mergeInto(f, onTopic, (v) => valueClaims(v).filter((c) => topicClaims.has(c)));
  });
  const byTopic = new Map<string, Judgement[]>();
  for (const j of judgements) {
    // A known variant the article finding on its topic did not cover ("Dmitri" beside "Dmytro" and
    // "Dmitriy") still gets its own variant finding; a conflict on a used topic is already reported.
    if (usedTopics.has(j.topic) && (j.verdict !== "variant" || mergedClaims.has(j.claim))) continue;
    const list = byTopic.get(j.topic);
    if (list) list.push(j);
    else byTopic.set(j.topic, [j]);
  }
  for (const js of byTopic.values()) {
    const f = standalone(js);
    if (f) result.push(f);
  }
  return result;
}
