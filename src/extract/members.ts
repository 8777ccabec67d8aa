import { readFileSync } from "node:fs";
import type { Claim, Source } from "../types.js";
import type { ExtractContext } from "./context.js";
import { countryOf, findPeople, personKey, type PersonMention } from "./people.js";
import { isInitialsKey, organisationInRun, organisationKey } from "./organisation.js";
import { countryOfCapital, foldText, lookupPlace } from "./place.js";
import { splitSentences, type Sentence } from "./sentences.js";

interface RelationVocabulary {
  subject: string;
  group?: string;
  passiveVerbs?: string[];
  nouns?: string[];
  openVerbs?: string[];
  people?: string[];
  gatherVerbs?: string[];
  leaveVerbs?: string[];
  cueWords?: string[];
  placeNouns?: string[];
  residentNouns?: string[];
  sendVerbs?: string[];
  listNouns?: string[];
  openMarkers?: string[];
  otherOccasionWords?: string[];
  eventWords?: Record<string, string[]>;
  signVerbs?: string[];
  documents?: string[];
  headings?: string[];
  hostWords?: string[];
  joinWords?: string[];
  presenceVerbs?: string[];
  commitVerbs?: string[];
  hostVerbs?: string[];
  listCues?: string[];
  attendedCues?: string[];
  actForms?: string[];
  admitVerbs?: string[];
  admissionNouns?: string[];
  accompaniedCues?: string[];
  broughtVerbs?: string[];
  delegationCues?: string[];
  timeSensitive: boolean;
}

interface RelationsFile {
  organisationHeads: string[];
  founderPeopleNouns?: string[];
  groupAnaphors: string[];
  personTitles: string[];
  countWords: Record<string, number>;
  approximators: string[];
  setNouns: string[];
  inceptionCues: string[];
  relations: Record<string, RelationVocabulary>;
}

export const RELATIONS: RelationsFile = JSON.parse(
  readFileSync(new URL("../../data/relations.json", import.meta.url), "utf8"),
) as RelationsFile;

function vocab(relation: string): RelationVocabulary {
  const v = RELATIONS.relations[relation];
  if (!v) throw new Error(`data/relations.json has no relation "${relation}"`);
  return v;
}

/** Regex alternation of phrases, longest first so "member states" wins over "members". */
function alt(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
    .join("|");
}

const NAME_WORD = String.raw`\p{Lu}(?:[\p{L}\p{M}'’\-]|\.(?=\p{L}))*`;
const NAME = String.raw`${NAME_WORD}(?:\s+(?:(?:of|de|del|da|la|al|el|bin|van|von)\s+(?:the\s+)?)?${NAME_WORD})*`;
const COUNT = String.raw`\d{1,3}|${alt(Object.keys(RELATIONS.countWords))}`;
const APPROX_RE = new RegExp(String.raw`\b(?:${alt(RELATIONS.approximators)})\s*$`, "iu");
const TITLE_RE = new RegExp(String.raw`^(?:${alt(RELATIONS.personTitles)})\b`, "u");
const DASH = String.raw`(?:--|—|–)`;

function countOf(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return RELATIONS.countWords[word.toLowerCase()] ?? null;
}

// --- lists --------------------------------------------------------------------------------------

export interface ParsedList {
  /** Items as written, articles dropped. */
  items: string[];
  /** Offset just after the last item. */
  end: number;
  /** False when a sublist's stated count ("four nations of A, B, C") does not match its items. */
  consistent: boolean;
}

const ITEM_RE = new RegExp(String.raw`(?:the\s+)?(${NAME})`, "uy");
const SEPARATOR_RE = /\s*,\s*(?:(and|&)\s+)?|\s+(and|&)\s+/y;
// "three small Andean nations of", "three villages:", inside a list.
const DESCRIPTOR_RE = new RegExp(
  String.raw`(?:the\s+)?(${COUNT})\s+(?:[\p{Ll}\p{Lu}][\p{L}\-]*\s+){0,4}?(?:${alt(RELATIONS.setNouns)}|nations|countries|states)\s*(?:of|:|${DASH})\s*`,
  "uy",
);

/**
 * Reads a list of proper names starting at `start`: "A, B and C", "A, B, and C",
 * "A, B and four ... nations of C, D and E". A list ends after the item that follows "and".
 */
export function parseList(text: string, start: number): ParsedList | null {
  const items: string[] = [];
  let pos = start;
  let consistent = true;
  let closing = false;
  let sublist: { count: number; from: number } | null = null;
  for (;;) {
    // A descriptor after a separator opens a sublist: "and four ... nations of C, D and E".
    const desc = items.length > 0 ? tryDescriptor(text, pos) : null;
    if (desc) {
      if (sublist && items.length - sublist.from !== sublist.count) consistent = false;
      sublist = { count: desc.count, from: items.length };
      pos = desc.end;
      closing = false;
    }
    ITEM_RE.lastIndex = pos;
    const m = ITEM_RE.exec(text);
    if (!m) break;
    let item = m[1]!;
    if (TITLE_RE.test(item)) return null; // people with titles are not set items
    const possessive = /['’]s$/.test(item);
    item = item.replace(/['’]s$/, "");
    const prev = items[items.length - 1];
    if (closing && prev !== undefined && lookupPlace(`${prev} and ${item}`)?.type === "country") {
      // "Bosnia and Herzegovina", "Trinidad and Tobago": one name.
      items[items.length - 1] = `${prev} and ${item}`;
      closing = false;
    } else {
      items.push(item);
    }
    pos = m.index + m[0].length;
    if (possessive) return null; // "A and B's ..." is not a list of set items
    if (closing) break;
    SEPARATOR_RE.lastIndex = pos;
    const sep = SEPARATOR_RE.exec(text);
    if (!sep) break;
    const next = pos + sep[0].length;
    // A separator must be followed by another item (or a descriptor) to belong to the list.
    ITEM_RE.lastIndex = next;
    const nextDesc = tryDescriptor(text, next);
    if (!ITEM_RE.test(text) && !nextDesc) break;
    closing = Boolean(sep[1] ?? sep[2]) && !nextDesc;
    pos = next;
  }
  if (!items.length) return null;
  if (sublist && items.length - sublist.from !== sublist.count) consistent = false;
  return { items, end: pos, consistent };
}

function tryDescriptor(text: string, pos: number): { count: number; end: number } | null {
  DESCRIPTOR_RE.lastIndex = pos;
  const m = DESCRIPTOR_RE.exec(text);
  if (!m) return null;
  const count = countOf(m[1]!);
  return count === null ? null : { count, end: m.index + m[0].length };
}

// --- organisations ------------------------------------------------------------------------------

const CONNECTORS = /^(?:of|for|and|the|on|de)$/i;
const ORG_FULL_RE = new RegExp(
  String.raw`((?:${NAME_WORD}\s+(?:(?:of|for|and|the|on)\s+)*){1,6}(?:${alt(RELATIONS.organisationHeads)}))(?![\p{L}\-])`,
  "gu",
);
const ACRONYM_RE = /\b[A-Z]{2,8}\b/g;

export interface Group {
  /** As written (or the full name an acronym stands for). */
  name: string;
  /** Folded key shared by a name and its acronym: "Northern Trade Council" and "NTC" → "ntc". */
  key: string;
}

function cleanOrgName(raw: string): string {
  let name = raw.trim().replace(/^The\s+/, "");
  // "Overview of the Northern Trade Council": the organisation is after "of the".
  const split = /^(.*?)\s+of\s+the\s+(.+)$/.exec(name);
  if (split && split[2]!.split(/\s+/).length >= 2) name = split[2]!;
  return name;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => w && !CONNECTORS.test(w))
    .map((w) => w[0]!)
    .join("")
    .toLowerCase();
}

// "Solvik Aerial, which is headquartered in", "Solvik Aerial is based in": only an organisation is spoken of so.
const BASED_NAME_RE = new RegExp(
  String.raw`(?:^|[,;:—–]\s+|--\s+|\b[Tt]he\s+|(?<=\b\p{Ll}+\s))(${NAME})(?:\s*,?\s+(?:which|that))?\s+(?:is|was|has\s+been)\s+(?:headquartered|based)\s+in\b|\b[Hh]eadquartered\s+in\s+[^,]{1,40},\s+(?:[Tt]he\s+)?(${NAME})`,
  "gu",
);

/** Organisation names and acronyms one source uses. */
class OrgIndex {
  private readonly acronymOf = new Map<string, string>();
  private readonly fullOf = new Map<string, string>();
  private readonly knownAcronyms = new Set<string>();
  /** Names without a head word that the source presents as organisations ("Solvik Aerial, which is headquartered in ..."). */
  private readonly plainNames = new Set<string>();

  constructor(sentences: Sentence[]) {
    for (const s of sentences) {
      const based = [...s.text.matchAll(BASED_NAME_RE)];
      const people = based.length ? findPeople(s.text) : [];
      for (const m of based) {
        const raw = m[1] ?? m[2] ?? "";
        const at = m.index + m[0].indexOf(raw);
        if (people.some((p) => p.start < at + raw.length && at < p.end)) continue;
        const name = organisationInRun(raw);
        if (name.length > 2 && !/^(?:It|This|That)$/.test(name) && !lookupPlace(name) && !TITLE_RE.test(name)) this.plainNames.add(name);
      }
      for (const m of s.text.matchAll(new RegExp(String.raw`(${ORG_FULL_RE.source})\s*\(([A-Z]{2,8})\)`, "gu"))) {
        const full = cleanOrgName(m[1]!);
        const acr = m[m.length - 1]!;
        this.acronymOf.set(full, acr);
        this.fullOf.set(acr, full);
        this.knownAcronyms.add(acr);
      }
      for (const m of s.text.matchAll(ORG_FULL_RE)) {
        const full = cleanOrgName(m[1]!);
        if (full.split(/\s+/).length >= 2) this.knownAcronyms.add(initials(full).toUpperCase());
      }
    }
  }

  keyOf(name: string): string {
    const n = name.replace(/^the\s+/i, "");
    const full = this.fullOf.get(n);
    // A company's acronym keys by the company's name: other sources may never use the acronym.
    if (full && !isInitialsKey(full)) return organisationKey(full);
    if (/^[A-Z]{2,8}$/.test(n)) return n.toLowerCase();
    const acr = this.acronymOf.get(n);
    if (acr && isInitialsKey(n)) return acr.toLowerCase();
    return organisationKey(n);
  }

  group(name: string): Group {
    const n = name.replace(/^the\s+/i, "");
    return { name: this.fullOf.get(n) ?? n, key: this.keyOf(n) };
  }

  /** Organisation mentions of a text, in order. */
  mentions(text: string): { group: Group; start: number; end: number }[] {
    const out: { group: Group; start: number; end: number }[] = [];
    for (const m of text.matchAll(ORG_FULL_RE)) {
      const full = cleanOrgName(m[1]!);
      if (full.split(/\s+/).length < 2) continue;
      out.push({ group: this.group(full), start: m.index, end: m.index + m[0].length });
    }
    for (const name of this.plainNames) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
        const end = at + name.length;
        if (/[\p{L}]/u.test(text[end] ?? "") || out.some((o) => at < o.end && end > o.start)) continue;
        out.push({ group: this.group(name), start: at, end });
      }
    }
    for (const m of text.matchAll(ACRONYM_RE)) {
      if (!this.knownAcronyms.has(m[0])) continue;
      if (out.some((o) => m.index >= o.start && m.index < o.end)) continue;
      out.push({ group: this.group(m[0]), start: m.index, end: m.index + m[0].length });
    }
    return out.sort((a, b) => a.start - b.start);
  }
}

const ANAPHOR_ALT = alt(RELATIONS.groupAnaphors);
// A definite reference to an organisation named before: "the grouping", "It", "the NTC's".
const ANAPHOR_END_RE = new RegExp(String.raw`(?:^|\s)(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:[\p{Ll}\-]+\s+){0,2}(?:${ANAPHOR_ALT})|It|it)\s*$`, "u");
const ANAPHOR_START_RE = new RegExp(String.raw`^\s*(?:(?:[Tt]he|[Tt]his)\s+(?:${ANAPHOR_ALT})|It|it)\b`, "u");
const AUX_TAIL_RE =
  /(?:\s+(?:has|have|had|was|were|is|are|been|since|later|subsequently|recently|also|then|further|now|originally|jointly|first|initially|firmly|officially|formally))+\s*$/u;

// ", which" or ", founded by A, B and C," between an organisation and its verb.
const RELATIVE_TAIL_RE = /\s*,\s*(?:which|that)\s*$/u;
const APPOSITIVE_TAIL_RE = new RegExp(
  String.raw`^(.*?),\s+(?:which\s+(?:was|is|has\s+been|had\s+been)\s+)?(?:(?:originally|jointly|first|initially)\s+)?(?:${alt(RELATIONS.relations["founders"]?.passiveVerbs ?? [])})\b[^;:]*,\s*$`,
  "u",
);

/** The part of `prefix` that should end with the subject of the verb after it. */
function clauseSubject(prefix: string): string {
  let p = prefix.replace(AUX_TAIL_RE, "").replace(RELATIVE_TAIL_RE, "");
  const appositive = APPOSITIVE_TAIL_RE.exec(p);
  if (appositive) p = appositive[1]!.replace(AUX_TAIL_RE, "");
  return p;
}

const PRONOUN_RE = /^(?:It|He|She|They|We|I|You|This|That|These|Those|There|Here|Its|His|Her|Their|Our)$/u;
const SENTENCE_SUBJECT_RE = new RegExp(String.raw`^\s*(?:[Tt]he\s+)?(${NAME})\s*$`, "u");

/**
 * A proper name that is the whole subject before a founding verb ("Norrhavn Robotics was founded",
 * "Norrhavn, which was founded"), read as an organisation even without a head word like "Group".
 */
function sentenceSubjectOrganisation(text: string, pos: number): Group | null {
  const m = SENTENCE_SUBJECT_RE.exec(clauseSubject(text.slice(0, pos)));
  if (!m) return null;
  const name = m[1]!.replace(/['’]s$/u, "");
  if (PRONOUN_RE.test(name) || TITLE_RE.test(name) || lookupPlace(name)?.type === "country") return null;
  return { name, key: organisationKey(name) };
}

/** Recent organisation mentions of a source while reading it in order. */
class GroupTracker {
  private last: { group: Group; sentence: number } | null = null;
  constructor(private readonly orgs: OrgIndex) {}

  /** Records an organisation read as a sentence subject, so "It" in the next sentences refers to it. */
  remember(group: Group, index: number): void {
    this.last = { group, sentence: index };
  }

  /** Records the mentions of sentence `index` (call once per sentence, before resolving in the next). */
  see(text: string, index: number): void {
    const ms = this.orgs.mentions(text);
    const lastMention = ms[ms.length - 1];
    if (lastMention) this.last = { group: lastMention.group, sentence: index };
  }

  /** Organisation mentioned last before `pos` in this sentence, else in the last 3 sentences. */
  recent(text: string, pos: number, index: number): Group | null {
    const inSentence = this.orgs.mentions(text.slice(0, pos));
    const m = inSentence[inSentence.length - 1];
    if (m) return m.group;
    if (this.last && index - this.last.sentence <= 3) return this.last.group;
    return null;
  }

  /** The organisation that is the subject right before `pos` ("The NTC was ...", "It was ..."). */
  subjectBefore(text: string, pos: number, index: number): Group | null {
    const prefix = clauseSubject(text.slice(0, pos));
    const ms = this.orgs.mentions(prefix);
    const m = ms[ms.length - 1];
    // "The Northern Trade Council (NTC) was ...": the acronym's closing bracket may follow.
    if (m && /^\)?(?:['’]s)?\s*$/.test(prefix.slice(m.end))) return m.group;
    if (ANAPHOR_END_RE.test(prefix)) {
      const anaphor = ANAPHOR_END_RE.exec(prefix)!;
      return this.recent(text, prefix.length - anaphor[0].length, index);
    }
    return null;
  }

  /** The organisation that starts `text` at `pos` (", the NTC addresses ..."). */
  subjectAt(text: string, pos: number, index: number): Group | null {
    const rest = text.slice(pos);
    const ms = this.orgs.mentions(rest);
    const m = ms[0];
    if (m && /^\s*(?:[Tt]he\s+)?$/.test(rest.slice(0, m.start))) return m.group;
    if (ANAPHOR_START_RE.test(rest)) return this.recent(text, pos, index);
    return null;
  }
}

// --- actors of one act at a gathering ------------------------------------------------------------

/** Acts several countries do together at a gathering ("walked out", "boycotted"), each with its written forms. */
const ACTS: { act: string; re: RegExp }[] = Object.entries(RELATIONS.relations)
  .filter(([, v]) => v.actForms?.length)
  .map(([act, v]) => ({
    act,
    // After the list: an auxiliary or adverb ("had", "all", "then"), or another verb joined by "and"
    // ("rose from their seats and walked out"), then the act. Lower-case words only, so no clause boundary.
    re: new RegExp(
      String.raw`^\s*(?:(?:had|have|has|all|then|also|jointly|together|promptly|later|eventually|briefly)\s+)*(?:(?:[\p{Ll}\-’']+\s+){1,6}?and\s+)?(?:${alt(v.actForms ?? [])})\b`,
      "u",
    ),
  }));
const OTHER_SIDE_RE = new RegExp(String.raw`^[^.;:]{0,60}?\b(?:${alt(vocab("participants").otherOccasionWords ?? [])})\b`, "iu");
// Where a list of actors may start: a capitalised word that does not continue a list ("…, B and C").
const ACTOR_START_RE = /(?<![\p{L}\p{M}'’\-.]|,\s*)(?=\p{Lu})/gu;
const ANY_ACT_RE = new RegExp(String.raw`\b(?:${alt(ACTS.flatMap((a) => RELATIONS.relations[a.act]?.actForms ?? []))})\b`, "u");

/**
 * "The delegations of A, B and C walked out", "after A, B and C walked out of the session": a list of
 * countries closed with "and" as the subject of an act is the complete set of those who did it. The
 * earliest list that reaches the act is its whole subject; a list with anything but countries is not read.
 */
function actorsOfActs(text: string, event: string): Found[] {
  if (!ANY_ACT_RE.test(text)) return [];
  const out: Found[] = [];
  const taken = new Set<string>();
  for (const m of text.matchAll(ACTOR_START_RE)) {
    const start = m.index + m[0].length;
    const list = parseList(text, start);
    if (!list || list.items.length < 2 || !list.consistent) continue;
    const after = text.slice(list.end);
    const act = ACTS.find((a) => a.re.test(after));
    // A shorter list ending at the same act is the tail of one already read.
    if (!act || taken.has(`${act.act}|${list.end}`)) continue;
    if (!/(?:,\s*|\s+)(?:and|&)\s+(?:the\s+)?\S[^,]*$/u.test(text.slice(start, list.end))) continue;
    if (OTHER_SIDE_RE.test(after.slice(act.re.exec(after)![0].length))) continue;
    const countries = list.items.map(countryLike);
    if (!countries.every((c): c is string => c !== null)) continue;
    taken.add(`${act.act}|${list.end}`);
    out.push({ group: { name: event, key: GATHERING_KEY }, relation: act.act, items: countries, exhaustive: true, count: null, offset: start, rule: "act-subject" });
  }
  return out;
}

// --- claims -------------------------------------------------------------------------------------

interface Found {
  group: Group;
  relation: string;
  items: string[];
  exhaustive: boolean;
  count: number | null;
  offset: number;
  rule: string;
  /** Comparison keys of the items when they are not places or organisations (people: family names). */
  keys?: string[];
}

const ORG_RELATIONS = new Set(["founders", "members", "observers", "dialogue partners", "observers and dialogue partners", "participants", "helpers"]);

/** Canonical form of a set item for comparison: country aliases and (for organisations) capitals folded to countries. */
export function itemKey(item: string, relation: string): string {
  // Demonyms and other names of a country ("Moroccan", "U.S.") fold to the gazetteer's name too.
  const entry = lookupPlace(item) ?? lookupPlace(countryOf(item) ?? "");
  if (entry?.type === "country") return foldText(entry.country);
  if (ORG_RELATIONS.has(relation)) {
    const country = countryOfCapital(item);
    if (country) return foldText(country);
  }
  return foldText(item);
}

function subjectOf(relation: string, group: Group): string {
  const template = RELATIONS.relations[relation]?.subject ?? `${relation} of {group}`;
  return template.replace("{group}", group.name);
}

function toClaim(sentence: Sentence, f: Found): Claim<"members"> {
  const value = f.keys?.length
    ? [...new Set(f.keys)].sort().join(", ")
    : f.items.length
    ? [...new Set(f.items.map((i) => itemKey(i, f.relation)))].sort().join(", ")
    : `count ${f.count ?? 0}`;
  const display = f.items.length ? f.items.join(", ") : `${f.count ?? 0} (count only)`;
  return {
    kind: "members",
    key: `members|${f.group.key}|${f.relation}`,
    subject: subjectOf(f.relation, f.group),
    value,
    display,
    evidence: { source: sentence.source, line: sentence.line, column: sentence.column + f.offset, quote: sentence.text },
    rule: `members/${f.rule}${f.exhaustive ? "+exhaustive" : "+open"}`,
    data: { group: f.group.name, relation: f.relation, items: f.items, exhaustive: f.exhaustive, count: f.count },
  };
}

const FOUNDERS = vocab("founders");
const MEMBERS = vocab("members");
const EVAC = vocab("evacuated places");
const PARTICIPANTS = vocab("participants");
const HELPERS = vocab("helpers");
const ADVISERS = vocab("advisers");
const SIGNATORIES = vocab("signatories");

const EVAC_GROUP: Group = { name: EVAC.group ?? "evacuation", key: foldText(EVAC.group ?? "evacuation") };
const HELP_GROUP: Group = { name: HELPERS.group ?? "assistance", key: foldText(HELPERS.group ?? "assistance") };

// Relation nouns, combined forms first ("observer states and dialogue partners").
const NOUN_RELATIONS: { relation: string; nouns: string[] }[] = (() => {
  const obs = vocab("observers").nouns ?? [];
  const dia = vocab("dialogue partners").nouns ?? [];
  const combined = obs.flatMap((o) => dia.map((d) => `${o} and ${d}`));
  return [
    { relation: "observers and dialogue partners", nouns: combined },
    { relation: "founders", nouns: FOUNDERS.nouns ?? [] },
    { relation: "observers", nouns: obs },
    { relation: "dialogue partners", nouns: dia },
    { relation: "members", nouns: MEMBERS.nouns ?? [] },
    { relation: "advisers", nouns: ADVISERS.nouns ?? [] },
  ];
})();
const RELATION_OF_NOUN = new Map<string, string>();
for (const { relation, nouns } of NOUN_RELATIONS) for (const n of nouns) if (!RELATION_OF_NOUN.has(n)) RELATION_OF_NOUN.set(n, relation);

const OPEN_CUE = String.raw`,?\s+(?:include|includes|included|including|such\s+as|among\s+them|among\s+which)\s*:?\s+`;
const CLOSED_CUE = String.raw`\s+(?:are|were|comprise|comprised|consist\s+of|consisted\s+of)\s*:?\s+`;
const COLON_CUE = String.raw`\s*(?::|${DASH}|\()\s*`;

function nounListRe(nouns: readonly string[]): RegExp {
  return new RegExp(
    String.raw`\b(?:(${COUNT})\s+)?(?:(other|[Oo]ther)\s+)?(${alt(nouns)})\b(?:\s+of\s+(?:the\s+)?(${NAME}))?(?:(${COLON_CUE})|(${OPEN_CUE})|(${CLOSED_CUE}))`,
    "giu",
  );
}

const ORG_NOUN_RE = nounListRe([...RELATION_OF_NOUN.keys()]);
const SET_NOUN_RE = nounListRe(RELATIONS.setNouns);
const PLACE_NOUN_RE = nounListRe(EVAC.placeNouns ?? []);
const INCEPTION_RE = new RegExp(String.raw`\b(?:${alt(RELATIONS.inceptionCues)})\b`, "iu");
const EVAC_CUE_RE = new RegExp(String.raw`\b(?:${(EVAC.cueWords ?? []).join("|")})`, "iu");

const FOUND_PASSIVE_RE = new RegExp(
  String.raw`\b(?:was|were|had\s+been|has\s+been|is)\s+(?:(?:originally|jointly|first|initially|formally|officially)\s+)?(${alt(FOUNDERS.passiveVerbs ?? [])}|${alt(ADVISERS.passiveVerbs ?? [])})\b`,
  "giu",
);
const FRONTED_RE = new RegExp(String.raw`^(?:(?:Originally|First|Jointly)\s+)?(${alt(FOUNDERS.passiveVerbs ?? [])})\b`, "iu");
// Up to six words that are not "by"/"with", then "by"/"with": "founded in 2001 by".
const BY_TAIL_RE = /^((?:\s+(?!by\b|with\b)[^\s,;:.]+){0,6}?)\s+(by|with)\s+/iu;
const ACTIVE_FOUND_RE = new RegExp(String.raw`^\s+(?:jointly\s+|together\s+|co-)?(?:founded|established|created|set\s+up|formed)\s+`, "u");
const OPEN_VERB_RE = new RegExp(String.raw`\b(${alt(MEMBERS.openVerbs ?? [])})\s+`, "giu");
// A participle clause set off by a comma after the organisation: "The NTC, founded in 2004 by A and B, ...".
const APPOSITIVE_FOUND_RE = new RegExp(
  String.raw`,\s+(?:(?:originally|jointly|first|initially)\s+)?(?:${alt(FOUNDERS.passiveVerbs ?? [])})\b`,
  "giu",
);
// "A and B joined the NTC": an open list of members (others joined before them).
const JOINED_RE = /^\s+(?:(?:formally|officially|also|have|has|had)\s+)*joined\s+/u;

const FOUNDER_OTHERS_RE = new RegExp(
  String.raw`^\s+(?:and|with)\s+(${COUNT})\s+(?:other\s+|fellow\s+|former\s+)?(?:[\p{Ll}\-]+\s+)?(?:${alt(RELATIONS.founderPeopleNouns ?? [])})\b`,
  "iu",
);

/** "... by Elsa Brandvik and two partners": how many others the one named founder had. */
function countedOthers(after: string): number | null {
  const m = FOUNDER_OTHERS_RE.exec(after);
  return m ? countOf(m[1]!) : null;
}

/** An organisation named only as the sentence subject of a founding verb; remembered for "It" later. */
function subjectFounded(text: string, pos: number, index: number, relation: string, tracker: GroupTracker): Group | null {
  if (relation !== "founders") return null;
  const group = sentenceSubjectOrganisation(text, pos);
  if (group) tracker.remember(group, index);
  return group;
}

/** Every set found in one sentence. */
function findInSentence(text: string, index: number, tracker: GroupTracker, event: string | null, sourceEvent: string | null): Found[] {
  const found: Found[] = [];
  const add = (f: Omit<Found, "exhaustive"> & { exhaustive: boolean }, minItems: number, consistent = true) => {
    if (f.items.length < minItems && !(f.items.length === 0 && f.count !== null)) return;
    const exhaustive = f.exhaustive && consistent && (f.count === null || f.count === f.items.length);
    found.push({ ...f, exhaustive });
  };

  // "The NTC was founded in 2004 by Ghana and Peru", "It was advised by A and B".
  for (const m of text.matchAll(FOUND_PASSIVE_RE)) {
    const verb = m[1]!.toLowerCase();
    const relation = (ADVISERS.passiveVerbs ?? []).includes(verb) ? "advisers" : "founders";
    const after = m.index + m[0].length;
    const tail = BY_TAIL_RE.exec(text.slice(after));
    if (!tail) continue;
    const group = tracker.subjectBefore(text, m.index, index) ?? subjectFounded(text, m.index, index, relation, tracker);
    if (!group) continue;
    const list = parseList(text, after + tail[0].length);
    if (!list) continue;
    const others = list.items.length === 1 ? countedOthers(text.slice(list.end)) : null;
    if (others !== null) {
      add({ group, relation, items: list.items, exhaustive: false, count: 1 + others, offset: after + tail[0].length, rule: "passive-by-count" }, 1);
      continue;
    }
    add({ group, relation, items: list.items, exhaustive: true, count: null, offset: after + tail[0].length, rule: "passive-by" }, 2, list.consistent);
  }

  // "The NTC, founded in 2004 by Ghana and Peru, ...", "The bloc, set up by A and B in 2009, ...".
  for (const m of text.matchAll(APPOSITIVE_FOUND_RE)) {
    const after = m.index + m[0].length;
    const tail = BY_TAIL_RE.exec(text.slice(after));
    if (!tail) continue;
    const group = tracker.subjectBefore(text, m.index, index) ?? subjectFounded(text, m.index, index, "founders", tracker);
    if (!group) continue;
    const list = parseList(text, after + tail[0].length);
    if (list && list.items.length === 1) {
      const others = countedOthers(text.slice(list.end));
      if (others !== null) {
        add({ group, relation: "founders", items: list.items, exhaustive: false, count: 1 + others, offset: after + tail[0].length, rule: "appositive-by-count" }, 1);
        continue;
      }
    }
    // The clause must close where the list (and perhaps a year) ends, or the list may run on.
    if (!list || !/^(?:\s+in\s+\d{4})?\s*[,;.]/u.test(text.slice(list.end))) continue;
    add({ group, relation: "founders", items: list.items, exhaustive: true, count: null, offset: after + tail[0].length, rule: "appositive-by" }, 2, list.consistent);
  }

  // "Established in 2004 by Ghana and Peru, the NTC addresses ..."
  const fronted = FRONTED_RE.exec(text);
  if (fronted) {
    const tail = BY_TAIL_RE.exec(text.slice(fronted[0].length));
    if (tail) {
      const start = fronted[0].length + tail[0].length;
      const list = parseList(text, start);
      if (list && /^\s*,/.test(text.slice(list.end))) {
        const group = tracker.subjectAt(text, list.end + text.slice(list.end).indexOf(",") + 1, index);
        if (group) add({ group, relation: "founders", items: list.items, exhaustive: true, count: null, offset: start, rule: "fronted-by" }, 2, list.consistent);
      }
    }
  }

  // "Ghana and Peru founded the NTC in 2004."
  const lead = parseList(text, 0);
  if (lead && ACTIVE_FOUND_RE.test(text.slice(lead.end))) {
    const objectAt = lead.end + ACTIVE_FOUND_RE.exec(text.slice(lead.end))![0].length;
    const group = tracker.subjectAt(text, objectAt, index);
    if (group) add({ group, relation: "founders", items: lead.items, exhaustive: true, count: null, offset: 0, rule: "active" }, 2, lead.consistent);
  }

  // "Members include A, B", "two observer countries -- A and B --", "founding members: A, B".
  for (const m of text.matchAll(ORG_NOUN_RE)) {
    const noun = m[3]!.toLowerCase().replace(/\s+/g, " ");
    const relation = RELATION_OF_NOUN.get(noun);
    if (!relation || m[2]) continue; // "other members include": the list leaves out those named before
    const group = m[4] ? orgFromName(m[4], tracker) : tracker.recent(text, m.index + m[0].length, index);
    if (!group) continue;
    addNounList(text, m, relation, group, add, "noun-list");
  }

  // "Since its inception ..., an alliance of six countries -- A, B, ... --".
  if (INCEPTION_RE.test(text)) {
    for (const m of text.matchAll(SET_NOUN_RE)) {
      if (!m[1] || m[2] || !m[5]) continue; // a count and a colon/dash: "six countries -- ..."
      const group = tracker.recent(text, m.index, index) ?? tracker.subjectAt(text, 0, index);
      if (!group) continue;
      addNounList(text, m, "founders", group, add, "inception-count");
    }
  }

  // "Senegal and Cape Verde joined the NTC on Tuesday."
  if (lead && JOINED_RE.test(text.slice(lead.end))) {
    const objectAt = lead.end + JOINED_RE.exec(text.slice(lead.end))![0].length;
    const group = tracker.subjectAt(text, objectAt, index);
    if (group) add({ group, relation: "members", items: lead.items, exhaustive: false, count: null, offset: 0, rule: "joined" }, 1);
  }

  // "It was later joined by A, B and C", "has since expanded to include A and B".
  for (const m of text.matchAll(OPEN_VERB_RE)) {
    const group = tracker.subjectBefore(text, m.index, index);
    if (!group) continue;
    const list = parseList(text, m.index + m[0].length);
    if (!list) continue;
    add({ group, relation: "members", items: list.items, exhaustive: false, count: null, offset: m.index + m[0].length, rule: "open-verb" }, 1);
  }

  found.push(...admittedMembers(text, index, tracker));

  if (EVAC_CUE_RE.test(text)) found.push(...evacuations(text));
  found.push(...affectedPlaces(text));
  found.push(...delegations(text));
  const gathered = participants(text, event);
  found.push(...gathered);
  if (!gathered.length) found.push(...gatherings(text, event));
  found.push(...helpers(text));
  if (sourceEvent && !isOtherOccasion(text)) found.push(...enumeratedParticipants(text, sourceEvent));
  found.push(...committedParties(text));
  if (event && !isOtherOccasion(text)) found.push(...peopleAtGathering(text, event));
  const gathering = event ?? sourceEvent;
  if (gathering) found.push(...actorsOfActs(text, gathering));
  return found;
}

// "as the alliance's 30th member", "as its newest member state", "which becomes the bloc's thirtieth member".
const NTH_MEMBER = String.raw`(?:its|their|the(?:\s+[\p{L}\-]+){1,4}?['’]s|the)\s+(?:\d{1,3}(?:st|nd|rd|th)|[\p{Ll}\-]+(?:st|nd|rd|th)|newest|latest|new)\s+(?:full\s+)?member\b`;
const ADMITTED = vocab("admitted");
const ADMIT_VERB_RE = new RegExp(
  String.raw`\b(?:formally\s+|officially\s+)?(?:${alt(ADMITTED.admitVerbs ?? [])})\s+(?:the\s+)?(${NAME})\s+as\s+${NTH_MEMBER}`,
  "gu",
);
const ADMISSION_NOUN_RE = new RegExp(
  String.raw`\b(?:${alt(ADMITTED.admissionNouns ?? [])})\s+of\s+(?:the\s+)?(${NAME}),?\s+(?:which|who)\s+(?:becomes|became|has\s+become|will\s+become)\s+${NTH_MEMBER}`,
  "gu",
);

/**
 * "Leaders admitted X as the alliance's 30th member": the one new member of that admission, stated as
 * such, so the one-item list is complete. Only a country-like name; the organisation is the one named
 * before the verb (in this sentence or the last few).
 */
function admittedMembers(text: string, index: number, tracker: GroupTracker): Found[] {
  const out: Found[] = [];
  for (const re of [ADMIT_VERB_RE, ADMISSION_NOUN_RE]) {
    for (const m of text.matchAll(re)) {
      const country = countryLike(m[1]!);
      if (!country) continue;
      const group = tracker.recent(text, m.index, index);
      if (!group) continue;
      out.push({ group, relation: "admitted", items: [country], exhaustive: true, count: null, offset: m.index + m[0].indexOf(m[1]!), rule: "admitted" });
    }
  }
  return out;
}

function orgFromName(name: string, tracker: GroupTracker): Group | null {
  return tracker.subjectAt(name, 0, Number.MAX_SAFE_INTEGER);
}

type Adder = (f: Found, minItems: number, consistent?: boolean) => void;

function addNounList(text: string, m: RegExpMatchArray, relation: string, group: Group, add: Adder, rule: string): void {
  const start = (m.index ?? 0) + m[0].length;
  const list = parseList(text, start);
  if (!list) return;
  const before = text.slice(0, m.index ?? 0);
  const count = m[1] && !APPROX_RE.test(before) ? countOf(m[1]) : null;
  const exhaustive = Boolean(m[5] ?? m[7]);
  // A dash or bracket list must close where it opened: "-- A and B --", "(A, B)".
  if (m[5] && /[-—–(]/.test(m[5])) {
    const close = text.slice(list.end);
    if (!/^\s*(?:--|—|–|\)|,|\.|;|$)/.test(close)) return;
  }
  add({ group, relation, items: list.items, exhaustive, count, offset: start, rule }, exhaustive ? 2 : 1, list.consistent);
}

const PLACE_NOUN_ALT = alt(EVAC.placeNouns ?? []);
const EVAC_FROM_RE = new RegExp(
  String.raw`\b(?:${alt(EVAC.passiveVerbs ?? [])})\s+from\s+(?:the\s+(?:${PLACE_NOUN_ALT})\s+of\s+)?`,
  "giu",
);
const RESIDENTS_OF_RE = new RegExp(
  String.raw`\b(?:${alt(EVAC.residentNouns ?? [])})\s+(?:of|from)\s+(?:the\s+(?:${PLACE_NOUN_ALT})\s+of\s+)?`,
  "giu",
);
const RESIDENTS_TAIL_RE = new RegExp(
  String.raw`^\s+(?:were|had\s+been|have\s+been|was|are\s+being|were\s+being)\s+(?:\w+\s+){0,2}?(?:${alt(EVAC.passiveVerbs ?? [])}|ordered\s+to\s+(?:${alt(EVAC.leaveVerbs ?? [])})|told\s+to\s+(?:${alt(EVAC.leaveVerbs ?? [])})|forced\s+to\s+(?:${alt(EVAC.leaveVerbs ?? [])}))\b`,
  "iu",
);
const ORDERED_RE = /\b(?:ordered|told|forced)\s+/giu;
const ORDERED_TAIL_RE = new RegExp(String.raw`^\s+to\s+be\s+(?:${alt(EVAC.passiveVerbs ?? [])})\b`, "iu");
const EVAC_THE_PLACES_RE = new RegExp(
  String.raw`\b(?:evacuated|evacuate|evacuating|evacuation\s+of|cleared|emptied)\s+(?:the\s+)?(?:${PLACE_NOUN_ALT})\s+of\s+`,
  "giu",
);
const EVAC_COUNT_RE = new RegExp(
  String.raw`\b(?:evacuation\s+of|evacuated|emptied|empties|emptying|cleared|to\s+(?:${alt(EVAC.leaveVerbs ?? [])}))\s+(?:the\s+)?(${COUNT})\s+(${PLACE_NOUN_ALT})\b(?!\s*(?::|--|—|–|,?\s+(?:including|such\s+as)))|\b(${COUNT})\s+(${PLACE_NOUN_ALT})\s+(?:were\s+|had\s+been\s+|have\s+been\s+)?(?:evacuated|cleared|emptied)\b`,
  "giu",
);

// "The villages of A, B and C were evacuated": the places named are the subject of the evacuation.
const THE_PLACES_OF_RE = new RegExp(String.raw`\b(?:the\s+)?(?:${PLACE_NOUN_ALT})\s+of\s+`, "giu");
// Up to two words between the verb and the participle ("were quickly evacuated", "had all been cleared");
// "were among those evacuated", "were also evacuated" leave room for other places and do not count.
const PLACES_PASSIVE_TAIL_RE = new RegExp(
  String.raw`^\s+(?:were|(?:had|have)\s+(?:all\s+)?been|are\s+being|were\s+being)\s+(?!(?:\w+\s+){0,2}?(?:among|also|too|partly|partially)\b)(?:\w+\s+){0,2}?(?:${alt(EVAC.passiveVerbs ?? [])})\b`,
  "iu",
);

/** "evacuated from A, B and C", "residents of A and B were evacuated", "three villages: A, B and C". */
function evacuations(text: string): Found[] {
  const out: Found[] = [];
  const push = (items: string[], exhaustive: boolean, count: number | null, offset: number, rule: string, consistent: boolean) => {
    if (exhaustive && items.length < 2 && count === null) return;
    if (!items.length && count === null) return;
    out.push({ group: EVAC_GROUP, relation: "evacuated places", items, exhaustive: exhaustive && consistent && (count === null || count === items.length), count, offset, rule });
  };
  for (const m of text.matchAll(EVAC_FROM_RE)) {
    const list = parseList(text, m.index + m[0].length);
    if (list) push(list.items, true, null, m.index + m[0].length, "evacuated-from", list.consistent);
  }
  for (const m of text.matchAll(RESIDENTS_OF_RE)) {
    const list = parseList(text, m.index + m[0].length);
    if (list && RESIDENTS_TAIL_RE.test(text.slice(list.end))) push(list.items, true, null, m.index + m[0].length, "residents-of", list.consistent);
  }
  for (const m of text.matchAll(ORDERED_RE)) {
    const list = parseList(text, m.index + m[0].length);
    if (list && ORDERED_TAIL_RE.test(text.slice(list.end))) push(list.items, true, null, m.index + m[0].length, "ordered-cleared", list.consistent);
  }
  for (const m of text.matchAll(EVAC_THE_PLACES_RE)) {
    const list = parseList(text, m.index + m[0].length);
    if (list) push(list.items, true, null, m.index + m[0].length, "evacuated-the-places-of", list.consistent);
  }
  for (const m of text.matchAll(THE_PLACES_OF_RE)) {
    const list = parseList(text, m.index + m[0].length);
    if (list && PLACES_PASSIVE_TAIL_RE.test(text.slice(list.end))) {
      push(list.items, true, null, m.index + m[0].length, "places-of-passive", list.consistent);
    }
  }
  for (const m of text.matchAll(PLACE_NOUN_RE)) {
    if (m[2]) continue;
    const list = parseList(text, m.index + m[0].length);
    if (!list) continue;
    const count = m[1] && !APPROX_RE.test(text.slice(0, m.index)) ? countOf(m[1]) : null;
    push(list.items, Boolean(m[5] ?? m[7]), count, m.index + m[0].length, "place-noun-list", list.consistent);
  }
  for (const m of text.matchAll(EVAC_COUNT_RE)) {
    const word = m[1] ?? m[3];
    const count = word && !APPROX_RE.test(text.slice(0, m.index)) ? countOf(word) : null;
    if (count !== null) push([], false, count, m.index, "count-only", true);
  }
  return out;
}

const AFFECTED = vocab("affected places");
const AFFECTED_GROUP: Group = { name: AFFECTED.group ?? "event", key: foldText(AFFECTED.group ?? "event") };
// "four villages (in the district of X) were hit: A, B, C and D": a counted list after a colon.
const AFFECTED_RE = new RegExp(
  String.raw`\b(${COUNT})\s+(?:${PLACE_NOUN_ALT})\b([^:;.]{0,80}?)\s+(?:were|had\s+been|have\s+been|are|was)\s+(?:(?:all|badly|severely|worst|hardest|heavily)\s+)?(?:${alt(AFFECTED.passiveVerbs ?? [])})\s*:\s*`,
  "giu",
);

/** "Four villages were affected: A, B, C and D": complete only when the count matches the names. */
function affectedPlaces(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(AFFECTED_RE)) {
    // "about four villages", "at least four villages were hit: ..." give no complete list.
    if (APPROX_RE.test(text.slice(0, m.index)) || /\b(?:among|including|such\s+as)\b/iu.test(m[2] ?? "")) continue;
    const count = countOf(m[1] ?? "");
    const start = m.index + m[0].length;
    const list = parseList(text, start);
    if (!list || count === null || list.items.length < 2) continue;
    const tail = text.slice(list.end);
    if (OPEN_MARKER_RE.test(tail)) continue;
    const exhaustive = list.consistent && count === list.items.length;
    out.push({ group: AFFECTED_GROUP, relation: "affected places", items: list.items, exhaustive, count, offset: start, rule: "affected-colon-list" });
  }
  return out;
}

const PARTICIPANTS_RE = new RegExp(
  String.raw`\b(?:${alt(PARTICIPANTS.people ?? [])})\s+(?:from|of)\s+((?:${alt(RELATIONS.approximators)})\s+)?(${COUNT})\s+(?:countries|nations|states)\b([^:;]{0,160}?)\b(?:${alt(PARTICIPANTS.gatherVerbs ?? [])})\b([^:;]{0,60}?):\s*`,
  "giu",
);

// --- gatherings ---------------------------------------------------------------------------------

const EVENT_WORDS: { kind: string; re: RegExp }[] = Object.entries(PARTICIPANTS.eventWords ?? {}).map(([kind, words]) => ({
  kind,
  re: new RegExp(String.raw`\b(?:${alt(words)})\b`, "iu"),
}));
const EVENT_WORD_ALT = alt(Object.values(PARTICIPANTS.eventWords ?? {}).flat());
// "on the sidelines", "their next summit", "met again", "a day before the summit": another occasion.
const OTHER_OCCASION_RE = new RegExp(
  String.raw`\b(?:${alt(PARTICIPANTS.otherOccasionWords ?? [])})\b|\b(?:next|last|previous|prior|upcoming|earlier|another|future)\s+(?:${EVENT_WORD_ALT})\b|\b(?:${EVENT_WORD_ALT})\s+again\b|\b(?:ahead\s+of|before|after|following|on\s+the\s+eve\s+of|prior\s+to|preceding)\s+(?:the\s+|a\s+|an\s+|their\s+|this\s+)?(?:[\p{L}\-]+\s+){0,3}?(?:${EVENT_WORD_ALT})\b`,
  "iu",
);
/** Participant lists of all gathering words share one group: one corpus is about one gathering, and side meetings are left out. */
const GATHERING_KEY = "gathering";

/** The kind of gathering a sentence names ("summit", "conference", "meeting"), or null. */
export function gatheringOf(text: string): string | null {
  return EVENT_WORDS.find((e) => e.re.test(text))?.kind ?? null;
}

/** Whether a sentence is about a side meeting or another occasion than the main gathering. */
export function isOtherOccasion(text: string): boolean {
  return OTHER_OCCASION_RE.test(text);
}

/** A list of countries said to take part in something ("the leaders of A, B and C"). */
export interface CountryList {
  /** Items as written ("Portugal", "Spanish"). */
  items: string[];
  /** The countries they name, canonical ("Portugal", "Spain"). */
  countries: string[];
  start: number;
  /** Offset after the list (and after its people noun: "Moroccan leaders"). */
  end: number;
  /** "A, B and C": the list closes with "and", so it reads as whole. */
  closed: boolean;
  /** Followed by "among others" and the like. */
  open: boolean;
  form: "people-of" | "demonym-people" | "countries";
}

const PEOPLE_ALT = alt(PARTICIPANTS.people ?? []);
const PEOPLE_OF_RE = new RegExp(String.raw`\b(?:${PEOPLE_ALT})\s+(?:of|from)\s+(?:the\s+)?`, "giu");
const PEOPLE_AFTER_RE = new RegExp(String.raw`^\s+(?:${PEOPLE_ALT})\b`, "iu");
const OPEN_MARKER_RE = new RegExp(String.raw`^\s*,?\s*(?:${alt(PARTICIPANTS.openMarkers ?? [])})\b`, "iu");
// Where a list of countries may begin: the start of the text, after "the", a comma or a dash.
const LIST_START_RE = /(?:^|\bthe\s+|[,;—–]\s+|\(\s*)(?=\p{Lu})/gu;

function countryListAt(text: string, start: number, form: CountryList["form"]): CountryList | null {
  const list = parseList(text, start);
  if (!list || list.items.length < 2 || !list.consistent) return null;
  const countries = list.items.map((i) => countryOf(i) ?? (lookupPlace(i)?.type === "country" ? lookupPlace(i)!.country : null));
  if (countries.some((c) => c === null)) return null;
  const raw = text.slice(start, list.end);
  const closed = /(?:,\s*|\s+)(?:and|&)\s+(?:the\s+)?\S[^,]*$/u.test(raw);
  let end = list.end;
  let kind = form;
  const people = PEOPLE_AFTER_RE.exec(text.slice(end));
  if (form === "countries" && people) {
    end += people[0].length;
    kind = "demonym-people";
  }
  return {
    items: list.items,
    countries: [...new Set(countries as string[])].sort(),
    start,
    end,
    closed,
    open: OPEN_MARKER_RE.test(text.slice(end)),
    form: kind,
  };
}

/**
 * Lists of countries that stand for the people of a gathering: "the leaders of A, B and C",
 * "delegations from A and B", "Portuguese, Spanish and Moroccan leaders", and bare lists of
 * countries ("A, B and C held talks") for the caller to check against the verb that follows.
 */
export function countryLists(text: string): CountryList[] {
  const out: CountryList[] = [];
  for (const m of text.matchAll(PEOPLE_OF_RE)) {
    const list = countryListAt(text, m.index + m[0].length, "people-of");
    if (list) out.push(list);
  }
  for (const m of text.matchAll(LIST_START_RE)) {
    const at = m.index + m[0].length;
    if (out.some((l) => at >= l.start && at < l.end)) continue;
    // ", Togo and Benin" after "in Ghana": the tail of a longer list, not a list of its own.
    const before = /(\p{Lu}[\p{L}.’'\-]*)\s*,\s*$/u.exec(text.slice(0, at));
    if (before && countryOf(before[1]!) !== null) continue;
    const list = countryListAt(text, at, "countries");
    if (list) out.push(list);
  }
  return out.sort((a, b) => a.start - b.start);
}

const GATHER_AFTER_RE = new RegExp(
  String.raw`^\s*(?:,\s*)?(?:(?:on|last)\s+\p{Lu}\p{L}+\s+|(?:jointly|together|also|then|again)\s+)?(?:${alt(PARTICIPANTS.gatherVerbs ?? [])})\b(?!\s+(?:with|again)\b)`,
  "iu",
);
const SIGN_AFTER_RE = new RegExp(
  String.raw`^\s+(?:${alt(SIGNATORIES.signVerbs ?? [])})\s+((?:[\p{L}\-’']+\s+){0,8}?)(${alt(SIGNATORIES.documents ?? [])})\b`,
  "iu",
);
const LIST_NOUN_RE = new RegExp(
  String.raw`\b(?:${alt(PARTICIPANTS.listNouns ?? [])})\s+(?:(include|included|including|were|are|was|comprised)\s*:?|:)\s+`,
  "giu",
);

/** Participants of a gathering and signatories of a document, named by country. */
function gatherings(text: string, event: string | null): Found[] {
  if (isOtherOccasion(text)) return [];
  const out: Found[] = [];
  const lists = countryLists(text);
  for (const list of lists) {
    // "Leaders of A, B attend summit" (a headline): a list without "and" is not read as a set.
    if (!list.closed) continue;
    const after = text.slice(list.end);
    const exhaustive = !list.open;
    if (event && GATHER_AFTER_RE.test(after)) {
      // A bare list of countries is the set of participants only as the subject of a gathering verb.
      out.push({
        group: { name: event, key: GATHERING_KEY },
        relation: "participants",
        items: list.items,
        exhaustive,
        count: null,
        offset: list.start,
        rule: `gathering-${list.form}`,
      });
      continue;
    }
    const signed = SIGN_AFTER_RE.exec(after);
    if (signed && list.form !== "people-of") {
      const doc = signed[2]!.toLowerCase().replace(/\s+/g, " ");
      out.push({ group: { name: doc, key: foldText(doc) }, relation: "signatories", items: list.items, exhaustive, count: null, offset: list.start, rule: "signed" });
    }
  }
  if (event) {
    for (const m of text.matchAll(LIST_NOUN_RE)) {
      const list = countryListAt(text, m.index + m[0].length, "countries");
      if (!list) continue;
      const cue = (m[1] ?? ":").toLowerCase();
      const open = list.open || /^includ/.test(cue) || !list.closed;
      out.push({ group: { name: event, key: GATHERING_KEY }, relation: "participants", items: list.items, exhaustive: !open, count: null, offset: list.start, rule: "participant-list" });
    }
  }
  return out;
}

/** "Leaders from some 15 countries ... gathered for the meeting: A, B, ...". */
function participants(text: string, event: string | null): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(PARTICIPANTS_RE)) {
    const start = m.index + m[0].length;
    const list = parseList(text, start);
    if (!list || list.items.length < 2) continue;
    const count = m[1] ? null : countOf(m[2]!);
    const kind = gatheringOf(`${m[4] ?? ""} ${m[3] ?? ""}`) ?? event ?? "meeting";
    const exhaustive = list.consistent && (count === null || count === list.items.length);
    out.push({ group: { name: kind, key: GATHERING_KEY }, relation: "participants", items: list.items, exhaustive, count, offset: start, rule: "gathered" });
  }
  return out;
}

const HELP_ALT = alt(HELPERS.nouns ?? []);
const SEND_ALT = alt(HELPERS.sendVerbs ?? []);
const HELP_COUNT_RE = new RegExp(String.raw`\b(${COUNT})\s+countries\s+(?:${SEND_ALT})\s+(?:${HELP_ALT})\s*(?::|--|—|–)\s*`, "giu");
const HELP_FROM_RE = new RegExp(String.raw`\b(?:${HELP_ALT})\s+(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:(?:${SEND_ALT}|arrived|came)\s+)?(?:by|from)\s+`, "giu");
const HELP_WHO_RE = new RegExp(String.raw`\bcountries\s+(?:that|which)\s+(?:${SEND_ALT})\s+(?:${HELP_ALT})\s+(include|included|including|were|are)\s*:?\s+`, "giu");

/** Countries that sent help: only lists whose every item the gazetteer knows as a country. */
function helpers(text: string): Found[] {
  const out: Found[] = [];
  const allCountries = (items: string[]) => items.every((i) => lookupPlace(i)?.type === "country");
  for (const m of text.matchAll(HELP_COUNT_RE)) {
    const list = parseList(text, m.index + m[0].length);
    if (!list || !allCountries(list.items)) continue;
    const count = countOf(m[1]!);
    out.push({ group: HELP_GROUP, relation: "helpers", items: list.items, exhaustive: list.consistent && count === list.items.length, count, offset: m.index + m[0].length, rule: "help-count" });
  }
  for (const m of text.matchAll(HELP_FROM_RE)) {
    const list = parseList(text, m.index + m[0].length);
    if (!list || !allCountries(list.items)) continue;
    out.push({ group: HELP_GROUP, relation: "helpers", items: list.items, exhaustive: false, count: null, offset: m.index + m[0].length, rule: "help-from" });
  }
  for (const m of text.matchAll(HELP_WHO_RE)) {
    const list = parseList(text, m.index + m[0].length);
    if (!list || !allCountries(list.items)) continue;
    const exhaustive = /^(?:were|are)$/i.test(m[1]!) && list.items.length >= 2;
    out.push({ group: HELP_GROUP, relation: "helpers", items: list.items, exhaustive, count: null, offset: m.index + m[0].length, rule: "help-who" });
  }
  return out;
}

/** members claims of one source: sets claimed for an organisation, a gathering or an event. */
export function extractMembersClaims(source: Source, _ctx: ExtractContext): Claim<"members">[] {
  const sentences = splitSentences(source);
  const tracker = new GroupTracker(new OrgIndex(sentences));
  const claims: Claim<"members">[] = [];
  const seen = new Set<string>();
  // The gathering a sentence is about: the one it names, else one named in the 3 sentences before it.
  let lastEvent: { kind: string; index: number } | null = null;
  const sourceEvent = sentences.map((s) => gatheringOf(s.text)).find((k): k is string => k !== null) ?? null;
  sentences.forEach((sentence, index) => {
    const named = gatheringOf(sentence.text);
    const event = named ?? (lastEvent && index - lastEvent.index <= 3 ? lastEvent.kind : null);
    if (named) lastEvent = { kind: named, index };
    // "Participants. Five heads of state took part: ...": a digest names the gathering once, at the top;
    // a counted enumeration with a colon is explicit enough to be of the source's gathering.
    for (const f of findInSentence(sentence.text, index, tracker, event, event ?? sourceEvent)) {
      const claim = toClaim(sentence, f);
      const dedupe = `${claim.key}|${claim.value}|${claim.data.exhaustive}|${sentence.line}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      claims.push(claim);
    }
    tracker.see(sentence.text, index);
  });
  if (sourceEvent) claims.push(...headedParticipantLists(source, sourceEvent));
  return withinSourceChecks(claims);
}

/** A list whose size differs from a count the same source states for the same set is not trusted as complete. */
function withinSourceChecks(claims: Claim<"members">[]): Claim<"members">[] {
  return claims.map((c) => {
    if (!c.data.exhaustive) return c;
    const counts = claims
      .filter((o) => o.key === c.key && o.data.items.length === 0 && o.data.count !== null)
      .map((o) => o.data.count);
    if (counts.length && counts.every((n) => n !== c.data.items.length)) {
      return { ...c, rule: c.rule.replace("+exhaustive", "+open(count-mismatch)"), data: { ...c.data, exhaustive: false } };
    }
    return c;
  });
}

// --- participants named by country in enumerations, heading lists and commitments -------------------

const MONTH_OR_DAY_RE =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;

/**
 * The country a name stands for in a list of participants: a country or demonym the gazetteer knows,
 * else one capitalised word that is not a title, a known city, a month or an acronym (countries the
 * gazetteer does not know: "Veloria"). Null for anything else.
 */
export function countryLike(name: string): string | null {
  const n = name.replace(/^the\s+/iu, "").replace(/['’]s$/u, "").trim();
  const known = lookupPlace(n);
  if (known) return known.type === "country" ? known.country : null;
  const named = countryOf(n);
  if (named) return named;
  if (!/^\p{Lu}[\p{Ll}\p{M}'’\-]+$/u.test(n) || TITLE_RE.test(n) || MONTH_OR_DAY_RE.test(n)) return null;
  return n;
}

const NAME_ONLY = String.raw`(?:the\s+)?(${NAME})`;
// Forms of one participant entry, tried on the entry with people's names masked out.
const ENTRY_FORMS: RegExp[] = [
  new RegExp(String.raw`^${NAME_ONLY}\s*(?::|--|—|–|\s-\s)`, "u"), // "Veloria: President X", "Veloria — X"
  new RegExp(String.raw`\bof\s+${NAME_ONLY}\s*$`, "u"), // "X, President of Veloria", "President X of Veloria"
  new RegExp(String.raw`^${NAME_ONLY}['’]s\s`, "u"), // "Ardenia's chancellor, X"
  new RegExp(String.raw`^${NAME_ONLY}$`, "u"), // "Veloria"
  new RegExp(String.raw`,\s*${NAME_ONLY}$`, "u"), // "X, Veloria"
];

/** The country one entry of a participant list names ("Ida Marsk, President of Veloria (host)" → "Veloria"), or null. */
export function countryOfEntry(entry: string): string | null {
  const text = entry.trim().replace(/[.;,]+$/u, "");
  const bracketed = [...text.matchAll(/\(([^)]*)\)/gu)].map((m) => m[1]!.trim());
  let masked = text.replace(/\s*\([^)]*\)/gu, "").trim();
  for (const p of findPeople(masked)) masked = masked.slice(0, p.start) + "§".repeat(p.end - p.start) + masked.slice(p.end);
  for (const form of ENTRY_FORMS) {
    const m = form.exec(masked);
    if (m) return countryLike(m[1]!);
  }
  // "Portuguese Prime Minister X": a demonym the vocabulary knows.
  const lead = /^(\p{Lu}[\p{L}\-]+)\s/u.exec(masked);
  if (lead && countryOf(lead[1]!) && !lookupPlace(lead[1]!)) return countryOf(lead[1]!);
  // "Ida Marsk (Veloria)".
  for (const b of bracketed) if (/^\p{Lu}[\p{L}\-]+$/u.test(b) && countryLike(b)) return countryLike(b);
  return null;
}

const GATHER_ALT = alt([...(PARTICIPANTS.gatherVerbs ?? []), ...(PARTICIPANTS.presenceVerbs ?? [])]);
// "Five heads of state and government took part:", "The following countries were represented:".
const ENUMERATION_HEAD_RE = new RegExp(
  String.raw`\b(?:(${COUNT})\s+|(?:[Tt]he\s+following\s+))(?:[\p{Ll}\-]+\s+){0,2}?(?:${PEOPLE_ALT}|countries|states|nations)\s+(?:${GATHER_ALT})\b(?:\s+(?:in|at)\s+(?:the\s+)?[\p{L}\-]+(?:\s+[\p{L}\-]+){0,3}?)?\s*:\s*`,
  "giu",
);
const JOIN_SPLIT_RE = new RegExp(String.raw`\s*;\s*(?:and\s+)?|,?\s+(?:${alt(PARTICIPANTS.joinWords ?? [])})\s+`, "iu");
const HOST_RE = new RegExp(String.raw`^(?:and\s+)?(?:the\s+)?(?:${alt(PARTICIPANTS.hostWords ?? [])})\s*,?\s+${NAME_ONLY}`, "iu");
const SEGMENT_PEOPLE_OF_RE = new RegExp(String.raw`^(?:and\s+)?(?:the\s+)?(?:${PEOPLE_ALT})\s+(?:of|from)\s+(?:the\s+)?`, "iu");

/** Countries of one part of an enumeration ("the host, Veloria, represented by ...", "the leaders of A and B"), or null. */
function segmentCountries(segment: string): { countries: string[]; closed: boolean } | null {
  const host = HOST_RE.exec(segment);
  if (host) {
    const c = countryLike(host[1]!);
    return c ? { countries: [c], closed: true } : null;
  }
  const peopleOf = SEGMENT_PEOPLE_OF_RE.exec(segment);
  const start = peopleOf ? peopleOf[0].length : /^(?:and\s+)?/iu.exec(segment)![0].length;
  const list = parseList(segment, start);
  if (list && list.consistent) {
    const countries = list.items.map(countryLike);
    const tail = segment.slice(list.end);
    if (countries.every((c): c is string => c !== null) && /^\s*[.)]?\s*$/u.test(tail)) {
      return { countries, closed: list.items.length === 1 || /(?:,\s*|\s+)(?:and|&)\s+\S+\s*$/u.test(segment.slice(start, list.end)) };
    }
  }
  // Entries naming people: "President X of Veloria, Chancellor Y of Ardenia and ...".
  const entries = segment.slice(start).split(/\s*,\s*(?:and\s+)?|\s+and\s+/u).filter((e) => e.trim());
  const countries = entries.map(countryOfEntry);
  if (entries.length && countries.every((c): c is string => c !== null)) return { countries, closed: entries.length === 1 || /\sand\s/u.test(segment) };
  return null;
}

/** "Four heads of government took part: the host, Veloria, ..., together with the leaders of A, B and C." */
function enumeratedParticipants(text: string, event: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(ENUMERATION_HEAD_RE)) {
    const start = m.index + m[0].length;
    const segments = text.slice(start).replace(/[.!?]\s*$/u, "").split(JOIN_SPLIT_RE).filter((s) => s.trim());
    const read = segments.map(segmentCountries);
    if (!read.length || read.some((r) => r === null)) continue;
    const countries = [...new Set(read.flatMap((r) => r!.countries))];
    const count = m[1] && !APPROX_RE.test(text.slice(0, m.index)) ? countOf(m[1]) : null;
    const closed = read[read.length - 1]!.closed;
    const exhaustive = count !== null ? count === countries.length : closed;
    if (countries.length < 2) continue;
    out.push({ group: { name: event, key: GATHERING_KEY }, relation: "participants", items: countries, exhaustive, count, offset: start, rule: "enumerated" });
  }
  return out;
}

const SIGN_DOC_ALT = alt(SIGNATORIES.documents ?? []);
const COMMIT_RE = new RegExp(
  String.raw`\b(${SIGN_DOC_ALT})\b(?:\s*,[^.;:]{0,100}?,)?\s+(?:also\s+)?(?:${alt(SIGNATORIES.commitVerbs ?? [])})\s+(?=\p{Lu})`,
  "giu",
);

/**
 * "The declaration commits A, B and C to ...": the states a document binds are its parties. They are read
 * as the document's signatories, not as the gathering's participants: observers may attend without
 * signing, and a document may bind states that were not in the room.
 */
function committedParties(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(COMMIT_RE)) {
    const start = m.index + m[0].length;
    const list = parseList(text, start);
    if (!list || list.items.length < 2 || !list.consistent || !/^\s+to\b/u.test(text.slice(list.end))) continue;
    if (!/(?:,\s*|\s+)(?:and|&)\s+\S+\s*$/u.test(text.slice(start, list.end))) continue;
    const countries = list.items.map(countryLike);
    if (!countries.every((c): c is string => c !== null)) continue;
    const doc = m[1]!.toLowerCase().replace(/\s+/g, " ");
    out.push({ group: { name: doc, key: foldText(doc) }, relation: "signatories", items: countries, exhaustive: true, count: null, offset: start, rule: "commits" });
  }
  return out;
}

const HEADING_RE = new RegExp(String.raw`^(?:${alt(PARTICIPANTS.headings ?? [])})(?:\s+[\p{L}\-’']+){0,4}\s*:?$`, "iu");

/**
 * A heading such as "Who was in the room" or "Participants" over one line per participant
 * ("Ida Marsk, President of Veloria (host)", "Veloria: President X", "Veloria"): the complete set of
 * participants, by country. Every line must name one country, or the list is not read.
 */
function headedParticipantLists(source: Source, event: string): Claim<"members">[] {
  const claims: Claim<"members">[] = [];
  const lines = source.lines;
  for (let i = 0; i < lines.length; i++) {
    const heading = lines[i]!.text.trim();
    if (!HEADING_RE.test(heading)) continue;
    let j = i + 1;
    while (j < lines.length && !lines[j]!.text.trim()) j++;
    const entries: { line: number; text: string }[] = [];
    for (; j < lines.length && lines[j]!.text.trim(); j++) entries.push({ line: lines[j]!.line, text: lines[j]!.text.trim() });
    if (entries.length < 2 || entries.length > 40 || entries.some((e) => e.text.split(/\s+/).length > 14)) continue;
    const countries = entries.map((e) => countryOfEntry(e.text));
    if (!countries.every((c): c is string => c !== null)) continue;
    const first = entries[0]!;
    const sentence: Sentence = { source: source.id, line: first.line, column: 1, text: `${heading.replace(/:$/, "")}: ${entries.map((e) => e.text).join("; ")}` };
    claims.push(
      toClaim(sentence, {
        group: { name: event, key: GATHERING_KEY },
        relation: "participants",
        items: [...new Set(countries)],
        exhaustive: true,
        count: null,
        offset: 0,
        rule: "heading-list",
      }),
    );
    i = j;
  }
  return claims;
}

// --- participants named as people ----------------------------------------------------------------

const ATTENDEES = vocab("attendees");
const HOST_VERB_RE = new RegExp(String.raw`^\s*,?\s*(?:(?:had|has|then|also)\s+)?(?:${alt(ATTENDEES.hostVerbs ?? [])})\s+`, "iu");
const TABLE_CUE_RE = new RegExp(String.raw`\b(?:${alt(ATTENDEES.listCues ?? [])})\s*:?\s+`, "giu");
const ATTENDED_CUE_RE = new RegExp(String.raw`\b(?:${alt(ATTENDEES.attendedCues ?? [])})\s+`, "giu");
const PEOPLE_SEPARATOR_RE = /^(?:\s*,\s*(?:(and|&)\s+)?|\s+(and|&)\s+)/u;
// What may stand before a name in one entry: "Danish Prime Minister", "Ireland's", "Luxembourg's premier,".
const ENTRY_WORD_RE = /^(?:\p{Lu}[\p{L}\p{M}.'’\-]*|the|of)$/u;
// Where a list of people may end: the end of the clause or a place or time phrase after it.
const PEOPLE_LIST_END_RE = /^(?:\s*(?:[.;:,)!?]|$)|\s+(?:at|in|on|for|to|during|last|this|ahead|before|after|when|as)\b)/u;

/** Whether `prefix` (the words before a person's name) only describes that person. */
function isEntryPrefix(prefix: string, person: PersonMention): boolean {
  const body = prefix.replace(/,\s*$/u, "").trim();
  if (!body) return true;
  if (body.includes(",")) return false;
  const titleWords = new Set((person.title ?? "").toLowerCase().split(/\s+/u).filter(Boolean));
  const words = body.split(/\s+/u);
  return words.length <= 6 && words.every((w) => ENTRY_WORD_RE.test(w) || titleWords.has(w.toLowerCase()));
}

export interface PeopleList {
  /** "Pavel Orsič (Ardenia)": each name, with the country it represents when the entry states one. */
  items: string[];
  /** Family-name keys (personKey), one per item. */
  keys: string[];
  /** Offset just after the last name. */
  end: number;
  /** The last item follows "and": the list reads as whole. */
  closed: boolean;
}

/**
 * Reads a list of people starting at `start`: "Danish Prime Minister A, Ireland's B, Luxembourg's premier,
 * C, and D". Every entry is a person the people finder recognises, with at most a title or a country
 * before the name; the list stops at the first gap that is anything else.
 */
export function parsePeopleList(text: string, start: number, people: PersonMention[] = findPeople(text)): PeopleList | null {
  const after = people.filter((p) => p.start >= start).sort((a, b) => a.start - b.start);
  const items: string[] = [];
  const keys: string[] = [];
  let pos = start;
  let closed = false;
  for (const person of after) {
    let gap = text.slice(pos, person.start);
    let joinedByAnd = false;
    if (items.length) {
      const sep = PEOPLE_SEPARATOR_RE.exec(gap);
      if (!sep) break;
      joinedByAnd = Boolean(sep[1] ?? sep[2]);
      gap = gap.slice(sep[0].length);
    }
    if (!isEntryPrefix(gap, person)) break;
    const entry = `${gap}${person.name}`;
    const country = countryOfEntry(entry);
    items.push(country ? `${person.name} (${country})` : person.name);
    keys.push(personKey(person.name));
    pos = person.end;
    closed = joinedByAnd;
    if (closed) break;
  }
  if (!items.length) return null;
  return { items, keys, end: pos, closed };
}

/**
 * People presented as the whole gathering: "X hosted A, B and C", "At the table sat A, B and C",
 * "The summit was attended by A, B and C". Such lists are complete only when they close with "and"
 * and the clause ends there; other lists of people (open ones: "including A and B") are not read,
 * since a report may name any delegate. A host's guest list leaves the host out; the comparator
 * therefore reports only people one list has in place of others, never one name more or less.
 */
function peopleAtGathering(text: string, event: string): Found[] {
  const out: Found[] = [];
  const people = findPeople(text);
  const starts: { at: number; rule: string }[] = [];
  for (const host of people) {
    const verb = HOST_VERB_RE.exec(text.slice(host.end));
    if (verb) starts.push({ at: host.end + verb[0].length, rule: "people-hosted" });
  }
  for (const m of text.matchAll(TABLE_CUE_RE)) starts.push({ at: m.index + m[0].length, rule: "people-at-table" });
  for (const m of text.matchAll(ATTENDED_CUE_RE)) starts.push({ at: m.index + m[0].length, rule: "people-attended-by" });
  for (const { at, rule } of starts) {
    const list = parsePeopleList(text, at, people);
    if (!list || list.items.length < 2 || !list.closed) continue;
    const tail = text.slice(list.end);
    if (!PEOPLE_LIST_END_RE.test(tail) || OPEN_MARKER_RE.test(tail)) continue;
    out.push({ group: { name: event, key: GATHERING_KEY }, relation: "attendees", items: list.items, keys: list.keys, exhaustive: true, count: null, offset: at, rule });
  }
  return out;
}

// --- a leader's delegation -----------------------------------------------------------------------

const DELEGATION = vocab("delegation");
const ACCOMPANIED_RE = new RegExp(String.raw`\s+(?:${alt(DELEGATION.accompaniedCues ?? [])})\s+`, "giu");
const BROUGHT_RE = new RegExp(
  String.raw`\s+(?:${alt(DELEGATION.broughtVerbs ?? [])})\s+(?:(${COUNT})\s+)?(?:[\p{Ll}\-]+\s+){0,2}?(?:with\s+(?:him|her|them)\s*)?:\s*`,
  "giu",
);
const DELEGATION_CUE_RE = new RegExp(String.raw`['’]s\s+(?:${alt(DELEGATION.delegationCues ?? [])})\s*:?\s+`, "giu");
// The leader: a capitalised name (with or without its title) right before the cue.
const LEADER_BEFORE_RE = new RegExp(String.raw`(?:^|[^\p{L}\p{M}'’\-])(${NAME})$`, "u");

/**
 * People travelling with a leader: "X is accompanied by A, B and C", "X brought three ministers with
 * him: A, B and C" (complete when the list closes with "and" and the count, if any, matches), "X's
 * delegation includes A and B" (open). Keyed on the leader's family name, compared like attendees.
 */
function delegations(text: string): Found[] {
  const out: Found[] = [];
  const cues: { m: RegExpMatchArray; rule: string; open: boolean }[] = [
    ...[...text.matchAll(ACCOMPANIED_RE)].map((m) => ({ m, rule: "delegation-accompanied", open: false })),
    ...[...text.matchAll(BROUGHT_RE)].map((m) => ({ m, rule: "delegation-brought", open: false })),
    ...[...text.matchAll(DELEGATION_CUE_RE)].map((m) => ({ m, rule: "delegation-includes", open: true })),
  ];
  if (!cues.length) return out;
  const people = findPeople(text);
  for (const { m, rule, open } of cues) {
    const cueAt = m.index ?? 0;
    const leaderMatch = LEADER_BEFORE_RE.exec(text.slice(0, cueAt));
    const leaderName = leaderMatch?.[1];
    if (!leaderName || PRONOUN_RE.test(leaderName)) continue;
    const family = leaderName.split(/\s+/u).pop() ?? leaderName;
    const at = cueAt + m[0].length;
    const list = parsePeopleList(text, at, people);
    if (!list || list.items.length < 2) continue;
    const count = m[1] ? countOf(m[1]) : null;
    const rest = text.slice(list.end);
    const exhaustive = !open && list.closed && PEOPLE_LIST_END_RE.test(rest) && !OPEN_MARKER_RE.test(rest) && (count === null || count === list.items.length);
    const group: Group = { name: leaderName, key: personKey(family) };
    out.push({ group, relation: "delegation", items: list.items, keys: list.keys, exhaustive, count, offset: at, rule });
  }
  return out;
}
