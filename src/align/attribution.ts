import { foldName, personKey, splitName } from "../extract/people.js";
import { compareNamePart, compareNames, givenNamesClash } from "./entity.js";
import type { Claim, Finding } from "../types.js";
import { bucket, buildFinding, type ValueGroup } from "./finding.js";

/**
 * True when two written names can be one person: equal surnames ("Einar Holmvik" / "Holmvik"),
 * a one-word name equal to any word of the other ("Qiao" / "Qiao Zhenlun", family name first), or two
 * full names entity resolution takes for one person spelt two ways ("Yuri Dzhabarov" / "Yury
 * Jabarov", "Corinna Westfall" / "Corinna Westfal"): a misspelt name is a name conflict, not a
 * quote credited to someone else. Equal surnames with clearly different given names ("Rafael
 * Okafor" / "Simon Okafor") are two people.
 */
export function namesMatch(a: string, b: string): boolean {
  const ta = foldName(a).split(" ").filter(Boolean);
  const tb = foldName(b).split(" ").filter(Boolean);
  if (!ta.length || !tb.length) return false;
  if (ta.length === 1) return tb.includes(ta[0]!);
  if (tb.length === 1) return ta.includes(tb[0]!);
  // Brothers share a family name: clearly different given names keep them apart.
  if (personKey(a) === personKey(b)) return !givenNamesClash(splitName(a), splitName(b));
  return compareNames(splitName(a), splitName(b)) !== "different";
}

/** Items grouped by the person their name denotes, in first-seen order. */
export function groupByPerson<T>(items: T[], nameOf: (item: T) => string): { names: string[]; items: T[] }[] {
  const groups: { names: string[]; items: T[] }[] = [];
  for (const item of items) {
    const name = nameOf(item);
    const group = groups.find((g) => g.names.some((n) => namesMatch(n, name)));
    if (group) {
      group.items.push(item);
      if (!group.names.includes(name)) group.names.push(name);
    } else groups.push({ names: [name], items: [item] });
  }
  return groups;
}

/** The fullest written name of a group (most words, then alphabetical for stability). */
export function fullestName(names: string[]): string {
  return [...names].sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length || a.localeCompare(b))[0] ?? "";
}

/**
 * Person groups of claims about one act, leaving out any source that itself credits two different
 * people (its own text is ambiguous, so it cannot contradict anyone).
 */
export function consistentPersonGroups(claims: Claim[], nameOf: (c: Claim) => string): ValueGroup[] {
  const bySource = bucket(claims, (c) => c.evidence.source);
  const kept: Claim[] = [];
  for (const list of bySource.values()) {
    if (groupByPerson(list, nameOf).length === 1) kept.push(...list);
  }
  return groupByPerson(kept, nameOf).map((g) => {
    const name = displayName(g.items.map((c) => ({ name: nameOf(c), source: c.evidence.source })));
    return { value: personKey(name), display: name, claims: g.items };
  });
}

/**
 * The name to show for one person's group: of the spellings of its family name ("Wrexholme" /
 * "Wrexholm"), the one most sources use (ties: the longer), written in its fullest form. A
 * misspelling in one source never stands for a group most of whose sources spell it otherwise.
 * Family names that are other words of the name ("Qiao" / "Qiao Zhenlun") are not rival spellings.
 */
export function displayName(written: { name: string; source: string }[]): string {
  const familyOf = (name: string) => foldName(splitName(name).family);
  const support = new Map<string, Set<string>>();
  for (const w of written) {
    const set = support.get(familyOf(w.name)) ?? new Set<string>();
    set.add(w.source);
    support.set(familyOf(w.name), set);
  }
  const supportOf = (family: string) => support.get(family)?.size ?? 0;
  const sourcesOf = (name: string) => new Set(written.filter((w) => w.name === name).map((w) => w.source)).size;
  const byFullness = (a: string, b: string) =>
    b.split(/\s+/).length - a.split(/\s+/).length ||
    supportOf(familyOf(b)) - supportOf(familyOf(a)) ||
    sourcesOf(b) - sourcesOf(a) ||
    b.length - a.length ||
    a.localeCompare(b);
  const names = [...new Set(written.map((w) => w.name))].sort(byFullness);
  const fullest = names[0];
  if (fullest === undefined) return "";
  const rivals = [...support.keys()].filter((f) => compareNamePart(f, familyOf(fullest)) !== "different");
  const family = rivals.sort((a, b) => supportOf(b) - supportOf(a) || b.length - a.length || a.localeCompare(b))[0];
  return names.find((n) => familyOf(n) === family) ?? fullest;
}

/** Who did a timed act: one finding per act (minute); different people across sources conflict. */
export function compareAttributionClaims(claims: Claim<"attribution">[]): Finding[] {
  const findings: Finding[] = [];
  for (const [key, list] of bucket(claims, (c) => c.key)) {
    const groups = consistentPersonGroups(list, (c) => (c as Claim<"attribution">).data.person);
    const sources = new Set(groups.flatMap((g) => g.claims.map((c) => c.evidence.source)));
    if (sources.size < 2) continue;
    findings.push(buildFinding({ kind: "attribution", subject: list[0]!.subject, key, groups }));
  }
  return findings;
}
