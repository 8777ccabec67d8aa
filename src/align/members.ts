import { readFileSync } from "node:fs";
import { mergeOrganisationKeys } from "../extract/organisation.js";
import { personKey } from "../extract/people.js";
import { lookupPlace } from "../extract/place.js";
import { compareNamePart } from "./entity.js";
import type { Claim, Finding } from "../types.js";
import { bucket, buildFinding, groupByValue, sourceCount, type ValueGroup } from "./finding.js";

interface RelationsFile {
  relations: Record<string, { timeSensitive: boolean; minOverlap?: number }>;
}

const RELATIONS = (
  JSON.parse(readFileSync(new URL("../../data/relations.json", import.meta.url), "utf8")) as RelationsFile
).relations;

/** Sets that change over time (members, observers): an old list is not a false one, so only full lists are compared. */
function isTimeSensitive(relation: string): boolean {
  if (relation === "observers and dialogue partners") return true;
  return RELATIONS[relation]?.timeSensitive ?? true;
}

function itemsOf(value: string): Set<string> {
  return new Set(value.split(", ").filter(Boolean));
}

/** "1 source gives", "3 sources give". */
function plural(n: number, verb: string): string {
  return n === 1 ? `1 source ${verb}s` : `${n} sources ${verb}`;
}

/** Aligns members claims: complete lists that differ, open lists naming an item a complete list lacks, counts. */
export function compareMembersClaims(claims: Claim<"members">[]): Finding[] {
  const findings: Finding[] = [];
  for (const [key, group] of bucket(withMergedOrganisations(claims), (c) => c.key)) {
    if (PEOPLE_RELATIONS.has(group[0]?.data.relation ?? "")) {
      const people = withOnePersonOneKey(group);
      for (const occasion of occasionsOf(people.claims)) {
        const finding = comparePeopleLists(key, occasion, people.keyOf);
        if (finding) findings.push(finding);
      }
      continue;
    }
    for (const occasion of occasionsOf(withShortNames(group))) {
      const finding = compareKey(key, occasion);
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

// Relations of a named organisation (not of a gathering or an evacuation), whose key holds the organisation's.
const ORGANISATION_RELATIONS = new Set(["founders", "members", "observers", "dialogue partners", "observers and dialogue partners", "advisers"]);

/** "members|norrhavn|founders" joins "members|norrhavn robotics|founders" when the corpus has one such expansion. */
function withMergedOrganisations(claims: Claim<"members">[]): Claim<"members">[] {
  const orgOf = (c: Claim<"members">): string | null => {
    const parts = c.key.split("|");
    return ORGANISATION_RELATIONS.has(c.data.relation) && parts.length === 3 ? (parts[1] ?? null) : null;
  };
  const merged = mergeOrganisationKeys(claims.map(orgOf).filter((k): k is string => k !== null));
  return claims.map((c) => {
    const org = orgOf(c);
    const to = org === null ? undefined : merged.get(org);
    return to && to !== org ? { ...c, key: `members|${to}|${c.data.relation}` } : c;
  });
}

/**
 * People named in full by one source and by family name by another ("Elsa Brandvik", "Brandvik"):
 * the full name folds to the short one when exactly one full name ends with it.
 */
function withShortNames(claims: Claim<"members">[]): Claim<"members">[] {
  const all = new Set(claims.flatMap((c) => [...itemsOf(c.value)]));
  const shortOf = new Map<string, string>();
  for (const short of all) {
    // Places never fold: "Guinea" and "Equatorial Guinea" are two countries.
    if (lookupPlace(short)) continue;
    const longer = [...all].filter((l) => l !== short && l.endsWith(` ${short}`) && !lookupPlace(l));
    if (longer.length === 1) shortOf.set(longer[0]!, short);
  }
  if (!shortOf.size) return claims;
  return claims.map((c) => {
    const items = [...itemsOf(c.value)];
    if (!items.some((i) => shortOf.has(i))) return c;
    return { ...c, value: [...new Set(items.map((i) => shortOf.get(i) ?? i))].sort().join(", ") };
  });
}

/** Share of items two lists have in common (Jaccard). */
function overlap(a: Set<string>, b: Set<string>): number {
  const shared = [...a].filter((i) => b.has(i)).length;
  return shared / (a.size + b.size - shared);
}

/**
 * For relations of one occasion (participants of a gathering), complete lists that share too little
 * are of different occasions (a side meeting of two leaders, the plenary of fifteen): they are split
 * into clusters of similar lists, compared only within a cluster, and open lists are then left out
 * because it is unclear which occasion they describe.
 */
function occasionsOf(claims: Claim<"members">[]): Claim<"members">[][] {
  const min = RELATIONS[claims[0]?.data.relation ?? ""]?.minOverlap;
  if (min === undefined) return [claims];
  const complete = claims.filter((c) => c.data.exhaustive && c.data.items.length > 0);
  const clusters: Claim<"members">[][] = [];
  for (const claim of complete) {
    const items = itemsOf(claim.value);
    const joined = clusters.filter((cl) => cl.some((o) => overlap(items, itemsOf(o.value)) >= min));
    const merged = [claim, ...joined.flat()];
    for (const cl of joined) clusters.splice(clusters.indexOf(cl), 1);
    clusters.push(merged);
  }
  if (clusters.length <= 1) return [claims];
  return clusters.map((cl) => [...cl].sort((a, b) => claims.indexOf(a) - claims.indexOf(b)));
}

function compareKey(key: string, claims: Claim<"members">[]): Finding | null {
  const first = claims[0];
  if (!first) return null;
  const subject = first.subject;
  const relation = first.data.relation;
  const exhaustive = claims.filter((c) => c.data.exhaustive && c.data.items.length > 0);
  const open = claims.filter((c) => !c.data.exhaustive && c.data.items.length > 0);
  const fullSets = groupByValue(exhaustive);

  if (fullSets.length >= 2) {
    // Two sources each present a different list as complete.
    const sides = fullSets.map(withCount);
    return buildFinding({
      kind: "members",
      subject,
      key,
      groups: sides,
      explanation: `complete lists differ: ${sides.map((g) => `${plural(sourceCount(g), "list")} ${g.display}`).join("; ")}`,
    });
  }
  const full = fullSets[0];
  if (!full) return null;
  const fullItems = itemsOf(full.value);

  if (!isTimeSensitive(relation)) {
    // An open list may leave items out, but not name one the complete list lacks.
    const extra = open.filter(
      (c) => c.evidence.source !== full.claims[0]?.evidence.source && [...itemsOf(c.value)].some((i) => !fullItems.has(i)),
    );
    if (extra.length) {
      const openGroups = groupByValue(extra).map((g) => ({ ...g, display: `${g.display} (among others)` }));
      const missing = [...new Set(extra.flatMap((c) => [...itemsOf(c.value)].filter((i) => !fullItems.has(i))))];
      return buildFinding({
        kind: "members",
        subject,
        key,
        groups: [withCount(full), ...openGroups],
        explanation: `${plural(sourceCount(full), "give")} the complete list ${full.display}; other sources also name ${missing.join(", ")}`,
      });
    }
    // A stated count another source contradicts with its complete list.
    const fullSources = new Set(full.claims.map((c) => c.evidence.source));
    const counted = claims.filter(
      (c) => c.data.count !== null && c.data.count !== fullItems.size && !fullSources.has(c.evidence.source),
    );
    if (counted.length) {
      const countGroups: ValueGroup[] = [...bucket(counted, (c) => String(c.data.count)).values()].map((cs) => ({
        value: `count ${cs[0]!.data.count}`,
        display: `${cs[0]!.data.count} (stated count)`,
        claims: cs,
      }));
      return buildFinding({
        kind: "members",
        subject,
        key,
        groups: [withCount(full), ...countGroups],
        explanation: `${plural(sourceCount(full), "list")} ${fullItems.size}: ${full.display}; ${countGroups
          .map((g) => `${plural(sourceCount(g), "state")} ${g.display}`)
          .join("; ")}`,
      });
    }
  }
  if (sourceCount(full) < 2) return null;
  return buildFinding({
    kind: "members",
    subject,
    key,
    groups: [withCount(full)],
    status: "agreement",
    explanation: `${plural(sourceCount(full), "give")} the same complete list: ${full.display}`,
  });
}

/** The list as written, with its size so a reader sees the difference at once. */
function withCount(group: ValueGroup): ValueGroup {
  const n = itemsOf(group.value).size;
  return { ...group, display: `${group.display} (${n})` };
}

// --- lists of people ------------------------------------------------------------------------------

/** The relation of lists whose items are people (data/relations.json "attendees"). */
const PEOPLE_RELATION = "attendees";
/** Relations whose items are people: those at a gathering, and those travelling with a leader. */
const PEOPLE_RELATIONS = new Set([PEOPLE_RELATION, "delegation"]);

interface PersonItem {
  display: string;
  key: string;
  country: string | null;
}

/** "Pavel Orsič (Ardenia)" → its family-name key and the country stated for it. */
function personItemsOf(claim: Claim<"members">): PersonItem[] {
  return claim.data.items.map((display) => {
    const m = /^(.*?)\s*\(([^()]+)\)$/u.exec(display);
    const name = m ? m[1]! : display;
    return { display, key: personKey(name), country: m ? m[2]! : null };
  });
}

/**
 * One key per person across all lists: family names that are one name in two spellings
 * ("Orsič"/"Orsic", a typing slip) join, and so does a one-letter slip ("Renk"/"Renck") when
 * both are stated to represent the same country. The name comparator reports the spelling itself.
 */
function withOnePersonOneKey(claims: Claim<"members">[]): { claims: Claim<"members">[]; keyOf: (key: string) => string } {
  const countriesOf = new Map<string, Set<string>>();
  for (const item of claims.flatMap(personItemsOf)) {
    const set = countriesOf.get(item.key) ?? new Set<string>();
    if (item.country) set.add(item.country);
    countriesOf.set(item.key, set);
  }
  const keys = [...countriesOf.keys()].sort();
  const canonical = new Map<string, string>(keys.map((k) => [k, k]));
  const root = (k: string): string => {
    let r = k;
    while (canonical.get(r) !== r) r = canonical.get(r)!;
    return r;
  };
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const a = keys[i]!;
      const b = keys[j]!;
      const ca = countriesOf.get(a)!;
      const cb = countriesOf.get(b)!;
      // Two people stated to represent different countries are never one person.
      if (ca.size && cb.size && ![...ca].some((c) => cb.has(c))) continue;
      const corroborated = [...ca].some((c) => cb.has(c));
      if (compareNamePart(a, b, { corroborated }) === "different") continue;
      const ra = root(a);
      const rb = root(b);
      if (ra !== rb) canonical.set(rb < ra ? ra : rb, rb < ra ? rb : ra);
    }
  }
  return {
    claims: claims.map((c) => ({ ...c, value: [...new Set(personItemsOf(c).map((i) => root(i.key)))].sort().join(", ") })),
    keyOf: root,
  };
}

/**
 * Complete lists of the people at a gathering conflict only when each names someone the other lacks
 * (one person in place of another). One name more or less is not a conflict: a host's guest list
 * leaves the host out, and a report may or may not count the host among those at the table.
 */
function comparePeopleLists(key: string, claims: Claim<"members">[], keyOf: (key: string) => string): Finding | null {
  const first = claims[0];
  if (!first) return null;
  const groups = groupByValue(claims.filter((c) => c.data.exhaustive && c.data.items.length >= 2));
  const displayOf = (group: ValueGroup, keys: string[]): string[] => {
    const items = (group.claims as Claim<"members">[]).flatMap(personItemsOf);
    return keys.map((k) => items.find((i) => keyOf(i.key) === k)?.display ?? k);
  };
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const a = groups[i]!;
      const b = groups[j]!;
      const ia = itemsOf(a.value);
      const ib = itemsOf(b.value);
      const onlyA = [...ia].filter((k) => !ib.has(k));
      const onlyB = [...ib].filter((k) => !ia.has(k));
      if (!onlyA.length || !onlyB.length) continue;
      const [major, minor, onlyMajor, onlyMinor] = sourceCount(a) >= sourceCount(b) ? [a, b, onlyA, onlyB] : [b, a, onlyB, onlyA];
      const sides = [major, minor].map((g) => ({ ...g, display: `${(g.claims[0] as Claim<"members">).data.items.join(", ")}` }));
      return buildFinding({
        kind: "members",
        subject: first.subject,
        key,
        groups: sides,
        explanation: `${plural(sourceCount(major), "name")} ${displayOf(major, onlyMajor).join(", ")} where ${plural(sourceCount(minor), "name")} ${displayOf(minor, onlyMinor).join(", ")} ${first.data.relation === PEOPLE_RELATION ? `among the people at the ${first.data.group}` : `in ${first.subject}`}`,
      });
    }
  }
  const total = new Set(claims.map((c) => c.evidence.source)).size;
  if (total < 2 || groups.length !== 1) return null;
  const only = groups[0]!;
  return buildFinding({
    kind: "members",
    subject: first.subject,
    key,
    groups: [withCount(only)],
    status: "agreement",
    explanation: `${plural(sourceCount(only), "give")} the same people: ${only.display}`,
  });
}
