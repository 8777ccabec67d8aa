import type { Claim, Finding } from "../types.js";
import { canonicalOffice, foldName, officeInCountry } from "../extract/people.js";
import { buildFinding, sourceCount, type ValueGroup } from "./finding.js";
import {
  compareGivenName,
  compareNamePart,
  nameVariantFold,
  resolveEntities,
  sameOfficeAndCountry,
  type PersonName,
  type SpellingRelation,
} from "./entity.js";

/**
 * Aligns name claims across sources. Per person (see entity.ts):
 * - every spelling equal after folding diacritics → agreement (when two or more sources name them);
 * - spellings that are one name written differently (romanisations: Chatzomeris/Hatzomeris,
 *   Dmitry/Dmitri; marked letters spelled out: Sørlund/Soerlund) join into one name; when
 *   they are all one name → "variant";
 * - a spelling in a strict minority of sources that is a near-miss of the majority spelling (a
 *   dropped, doubled or swapped letter, no transliteration rule) → conflict.
 */
export function compareNameClaims(claims: Claim<"name">[]): Finding[] {
  const findings: Finding[] = [];
  const entities = resolveEntities(claims, (c) => ({ ...personNameOf(c), source: c.evidence.source }));
  for (const entity of entities) {
    const sources = new Set(entity.items.map((c) => c.evidence.source));
    if (sources.size < 2) continue;
    // One claim per source: the first (claims are one per person per source already).
    const perSource = new Map<string, Claim<"name">>();
    for (const c of entity.items) if (!perSource.has(c.evidence.source)) perSource.set(c.evidence.source, c);
    const spellings = groupSpellings([...perSource.values()]);
    const office = officeOf(entity.items);
    const subject = `name of ${office ? `${office} ` : ""}${entity.name}`;
    const key = `name|${entity.key}`;
    const nationality = nationalityConflict(entity.name, entity.key, entity.items);
    if (nationality) findings.push(nationality);
    if (spellings.length === 1) {
      findings.push(buildFinding({ kind: "name", subject, key, groups: spellings, status: "agreement" }));
      continue;
    }
    const bySources = (a: ValueGroup, b: ValueGroup): number => sourceCount(b) - sourceCount(a);
    const names = joinVariants(spellings).sort(bySources);
    const nameFinding = (groups: ValueGroup[], status: "conflict" | "variant", why: string) =>
      buildFinding({ kind: "name", subject, key, groups, status, explanation: `${why}: ${describe(groups)}` });
    const bySpelling = [...spellings].sort(bySources);
    if (names.length === 1) {
      findings.push(nameFinding(bySpelling, "variant", "romanisation variants of one name"));
      continue;
    }
    const majority = names[0]!;
    const majorityCount = sourceCount(majority);
    const minorityTypos = names.slice(1).every((g) => sourceCount(g) < majorityCount && groupRelation(g, majority) === "typo");
    findings.push(
      minorityTypos
        ? nameFinding(names, "conflict", "spelling differs")
        : nameFinding(bySpelling, "variant", "spellings differ without a clear majority"),
    );
  }
  return findings;
}

/**
 * One person given different countries by different sources, each stated explicitly ("Namibian X"
 * against "X of South Africa"): a conflict over the person's nationality. Sources that state no
 * country take no side; a source stating two countries for the person is left out as unclear.
 */
function nationalityConflict(name: string, entityKey: string, items: Claim<"name">[]): Finding | null {
  const countriesBySource = new Map<string, Set<string>>();
  for (const c of items) {
    if (!c.data.country) continue;
    const set = countriesBySource.get(c.evidence.source) ?? new Set<string>();
    set.add(c.data.country);
    countriesBySource.set(c.evidence.source, set);
  }
  const groups = new Map<string, ValueGroup>();
  for (const c of items) {
    const stated = countriesBySource.get(c.evidence.source);
    if (!c.data.country || !stated || stated.size !== 1) continue;
    const g = groups.get(c.data.country);
    if (g) {
      if (!g.claims.some((x) => x.evidence.source === c.evidence.source)) g.claims.push(c);
    } else groups.set(c.data.country, { value: c.data.country, display: `${name} (${c.data.country})`, claims: [c] });
  }
  if (groups.size < 2) return null;
  const ordered = [...groups.values()].sort((a, b) => sourceCount(b) - sourceCount(a));
  return buildFinding({
    kind: "name",
    subject: `nationality of ${name}`,
    key: `name|${entityKey}|country`,
    groups: ordered,
    status: "conflict",
    explanation: `country differs: ${ordered.map((g) => `${sourceCount(g)} source${sourceCount(g) === 1 ? " says" : "s say"} ${g.value}`).join("; ")}`,
  });
}

/** A name claim as entity.ts compares it: its parts, and the office and country stated with it. */
function personNameOf(c: Claim<"name">): PersonName {
  const office = c.data.title ? canonicalOffice(c.data.title) : null;
  return {
    given: c.data.given,
    family: c.data.family,
    office: office && !office.former ? officeInCountry(office.key, c.data.country) : null,
    country: c.data.country,
  };
}

/** The closest relation between any claim of one spelling group and any of another. */
function groupRelation(a: ValueGroup, b: ValueGroup): SpellingRelation {
  const rank: Record<SpellingRelation, number> = { same: 0, variant: 1, typo: 2, different: 3 };
  let best: SpellingRelation = "different";
  for (const x of a.claims as Claim<"name">[]) {
    for (const y of b.claims as Claim<"name">[]) {
      const corroborated = sameOfficeAndCountry(personNameOf(x), personNameOf(y));
      const r = nameVariantFold(x.value) === nameVariantFold(y.value) ? "variant" : spellingRelation(x.value, y.value, corroborated);
      if (rank[r] < rank[best]) best = r;
    }
  }
  return best;
}

/**
 * Spelling groups that are one name written differently, joined: each joined group shows the
 * spelling most of its sources use and holds all their claims.
 */
function joinVariants(spellings: ValueGroup[]): ValueGroup[] {
  const parent = spellings.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < spellings.length; i++) {
    for (let j = i + 1; j < spellings.length; j++) {
      const r = groupRelation(spellings[i]!, spellings[j]!);
      if (r === "same" || r === "variant") parent[find(j)] = find(i);
    }
  }
  const components = new Map<number, ValueGroup[]>();
  for (let i = 0; i < spellings.length; i++) {
    const root = find(i);
    components.set(root, [...(components.get(root) ?? []), spellings[i]!]);
  }
  return [...components.values()].map((members) => {
    const main = [...members].sort((a, b) => sourceCount(b) - sourceCount(a))[0]!;
    return { value: main.value, display: main.display, claims: members.flatMap((g) => g.claims) };
  });
}

/** Groups claims by folded spelling, keeping the first written form as the display. */
function groupSpellings(claims: Claim<"name">[]): ValueGroup[] {
  const groups = new Map<string, ValueGroup>();
  for (const c of claims) {
    const k = foldName(c.value);
    const g = groups.get(k);
    if (g) g.claims.push(c);
    else groups.set(k, { value: c.value, display: c.display, claims: [c] });
  }
  return [...groups.values()];
}

/**
 * The worst relation between the parts of two full names: typo if any part is a near-miss.
 * `corroborated`: the two claims state the same office in the same country (see entity.ts).
 */
function spellingRelation(a: string, b: string, corroborated = false): SpellingRelation {
  const pa = a.split(/\s+/);
  const pb = b.split(/\s+/);
  if (pa.length !== pb.length) return "different";
  let worst: SpellingRelation = "same";
  const rank = { same: 0, variant: 1, typo: 2, different: 3 } as const;
  const sameGivenName = pa.length > 1 && pa.slice(0, -1).every((g, i) => !/^\p{Lu}\.?$/u.test(g) && foldName(g) === foldName(pb[i]!));
  for (let i = 0; i < pa.length; i++) {
    // Given names (all but the last word) may be romanisations of one name ("Dmitry"/"Dmitri").
    const r = i < pa.length - 1 ? compareGivenName(pa[i]!, pb[i]!) : compareNamePart(pa[i]!, pb[i]!, { corroborated, sameGivenName });
    if (rank[r] > rank[worst]) worst = r;
  }
  return worst;
}

/** Canonical office stated with the person in any source ("referee"), for the subject line. */
function officeOf(claims: Claim<"name">[]): string | null {
  for (const c of claims) {
    // The office as the title names it ("chancellor"), not the office it stands for in a country.
    const office = c.data.title ? canonicalOffice(c.data.title) : null;
    if (office && !office.former) return office.key;
  }
  return null;
}

function describe(groups: ValueGroup[]): string {
  return groups
    .map((g) => {
      const n = sourceCount(g);
      return `${n} source${n === 1 ? " writes" : "s write"} ${g.display}`;
    })
    .join("; ");
}
