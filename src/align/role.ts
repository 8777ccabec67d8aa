import type { Claim, Finding } from "../types.js";
import { canonicalOffice, foldName, isProvisionalTitle, officeInConflictGroup, officeInCountry, officesConflict, splitName } from "../extract/people.js";
import { buildFinding, sourceCount, type ValueGroup } from "./finding.js";
import { resolveEntities } from "./entity.js";

/**
 * Aligns role claims across sources, per person (resolved across spellings by entity.ts):
 * - the same canonical office in two or more sources → agreement;
 * - two offices one person cannot hold together (officesConflict: some conflict group of
 *   data/titles.json holds both, e.g. President vs Prime Minister, CEO vs CFO, judge vs prosecutor)
 *   given by different sources → conflict;
 * - compatible offices (spokesman and minister, captain and striker) → no conflict.
 * A person with an office in one source and none in another gives nothing. When one source itself
 * gives the person two offices, that pair is compatible (the person may hold both), and a set of
 * clashing offices in which any source gives two is left alone.
 */
export function compareRoleClaims(claims: Claim<"role">[]): Finding[] {
  const findings: Finding[] = [];
  const entities = resolveEntities(claims, (c) => ({
    ...splitName(c.data.person),
    office: c.data.officeKey,
    country: c.data.country,
    source: c.evidence.source,
  }));
  for (const found of entities) {
    const entity = { ...found, items: withCountryOffices(found.items) };
    if (new Set(entity.items.map((c) => c.evidence.source)).size < 2) continue;
    const subject = `office of ${entity.name}`;
    const officesBySource = new Map<string, Set<string>>();
    for (const c of entity.items) {
      const s = officesBySource.get(c.evidence.source) ?? new Set<string>();
      s.add(c.data.officeKey);
      officesBySource.set(c.evidence.source, s);
    }
    const statedTogether = (a: string, b: string): boolean => [...officesBySource.values()].some((s) => s.has(a) && s.has(b));
    // "acting prime minister" is held on top of the person's own post: it clashes with nothing.
    const provisional = new Set(entity.items.filter((c) => isProvisionalTitle(c.data.office)).map((c) => c.data.officeKey));
    // "Norveld's CFO" and "Quorvel's chief executive": offices at two named organisations may be held together.
    const organisationsOf = (office: string): (string | null)[] =>
      entity.items.filter((c) => c.data.officeKey === office).map((c) => (c.data.organisation ? foldName(c.data.organisation) : null));
    const sameOrganisation = (a: string, b: string): boolean =>
      organisationsOf(a).some((x) => organisationsOf(b).some((y) => x === null || y === null || x === y));
    const clash = (a: string, b: string): boolean =>
      officesConflict(a, b) && !provisional.has(a) && !provisional.has(b) && sameOrganisation(a, b);
    const offices = [...new Set(entity.items.map((c) => c.data.officeKey))].sort();
    // Clashing offices, joined into sets: each set is one disagreement about the person's office.
    const sets = new Map<string, Set<string>>();
    for (const o of offices) sets.set(o, new Set([o]));
    for (const a of offices) {
      for (const b of offices) {
        if (a >= b || !clash(a, b) || statedTogether(a, b)) continue;
        const merged = new Set([...sets.get(a)!, ...sets.get(b)!]);
        for (const o of merged) sets.set(o, merged);
      }
    }
    const key = `role|${entity.key}`;
    for (const set of new Set(sets.values())) {
      const inSet = entity.items.filter((c) => set.has(c.data.officeKey));
      if (set.size > 1) {
        if ([...officesBySource.values()].some((s) => [...set].filter((o) => s.has(o)).length > 1)) continue;
        const groups = groupByOffice(inSet).sort((a, b) => sourceCount(b) - sourceCount(a) || a.value.localeCompare(b.value));
        findings.push(buildFinding({ kind: "role", subject, key, groups, status: "conflict", explanation: explain(groups) }));
        continue;
      }
      const office = [...set][0]!;
      // An office that could clash with another but stands alone: a source giving it with a clashing
      // office elsewhere leaves it out (the person holds several); otherwise sources agree on it.
      const groups = groupByOffice(inSet);
      if (groups.length !== 1 || sourceCount(groups[0]!) < 2) continue;
      const groupKey = officeInConflictGroup(office) ? key : `${key}|${office}`;
      if (offices.some((o) => o !== office && clash(o, office))) continue;
      findings.push(buildFinding({ kind: "role", subject, key: groupKey, groups, status: "agreement", explanation: explain(groups) }));
    }
  }
  return findings;
}

/**
 * A title one source states with the person's country ("German Chancellor X": the head of
 * government) names the same office where another source gives the title with no country
 * ("Chancellor X"): those claims take the country's office.
 */
function withCountryOffices(claims: Claim<"role">[]): Claim<"role">[] {
  const byTitle = new Map<string, string>();
  for (const c of claims) {
    const written = canonicalOffice(c.data.office)?.key;
    if (written && written !== c.data.officeKey && officeInCountry(written, c.data.country) === c.data.officeKey) {
      byTitle.set(written, c.data.officeKey);
    }
  }
  return claims.map((c) => {
    const office = c.data.country === null ? byTitle.get(c.data.officeKey) : undefined;
    return office ? { ...c, value: office, data: { ...c.data, officeKey: office } } : c;
  });
}

/** One group per canonical office; the display lists the wordings used ("head coach (coach / manager)"). */
function groupByOffice(claims: Claim<"role">[]): ValueGroup[] {
  const byOffice = new Map<string, Claim<"role">[]>();
  for (const c of claims) {
    const list = byOffice.get(c.value);
    if (list) list.push(c);
    else byOffice.set(c.value, [c]);
  }
  return [...byOffice.entries()].map(([office, list]) => {
    const wordings = [...new Set(list.map((c) => c.data.office.toLowerCase()))];
    const display = wordings.length > 1 || wordings[0] !== office ? `${office} (${wordings.join(" / ")})` : office;
    return { value: office, display, claims: list };
  });
}

function explain(groups: ValueGroup[]): string {
  return [...groups]
    .sort((a, b) => sourceCount(b) - sourceCount(a))
    .map((g) => {
      const n = sourceCount(g);
      return `${n} source${n === 1 ? " says" : "s say"} ${g.display}`;
    })
    .join("; ");
}
