import type { Claim, Finding } from "../types.js";
import { canonicalOffice, foldName } from "../extract/people.js";
import { buildFinding, sourceCount, type ValueGroup } from "./finding.js";
import { compareGivenName, compareNamePart, nameVariantFold, resolveEntities } from "./entity.js";

/**
 * Aligns name claims across sources. Per person (see entity.ts):
 * - every spelling equal after folding diacritics → agreement (when two or more sources name them);
 * - spellings that differ only by romanisation (Chatzidakis/Hatzidakis, Aleksandr/Alexander) → "variant";
 * - a spelling in a strict minority of sources that is a near-miss of the majority spelling (a
 *   dropped, doubled or swapped letter, no transliteration rule) → conflict.
 */
export function compareNameClaims(claims: Claim<"name">[]): Finding[] {
  const findings: Finding[] = [];
  const entities = resolveEntities(claims, (c) => ({ given: c.data.given, family: c.data.family, source: c.evidence.source }));
  for (const entity of entities) {
    const sources = new Set(entity.items.map((c) => c.evidence.source));
    if (sources.size < 2) continue;
    // One claim per source: the first (claims are one per person per source already).
    const perSource = new Map<string, Claim<"name">>();
    for (const c of entity.items) if (!perSource.has(c.evidence.source)) perSource.set(c.evidence.source, c);
    const groups = groupSpellings([...perSource.values()]);
    const office = officeOf(entity.items);
    const subject = `name of ${office ? `${office} ` : ""}${entity.name}`;
    const key = `name|${entity.key}`;
    if (groups.length === 1) {
      findings.push(buildFinding({ kind: "name", subject, key, groups, status: "agreement" }));
      continue;
    }
    const ordered = [...groups].sort((a, b) => sourceCount(b) - sourceCount(a));
    const majority = ordered[0]!;
    const majorityCount = sourceCount(majority);
    const allVariants = ordered.every((g) => nameVariantFold(g.value) === nameVariantFold(majority.value));
    const minorityTypos = ordered
      .slice(1)
      .every((g) => sourceCount(g) < majorityCount && spellingRelation(g.value, majority.value) === "typo");
    if (allVariants) {
      findings.push(
        buildFinding({
          kind: "name",
          subject,
          key,
          groups: ordered,
          status: "variant",
          explanation: `romanisation variants of one name: ${describe(ordered)}`,
        }),
      );
    } else if (minorityTypos) {
      findings.push(
        buildFinding({
          kind: "name",
          subject,
          key,
          groups: ordered,
          status: "conflict",
          explanation: `spelling differs: ${describe(ordered)}`,
        }),
      );
    } else {
      findings.push(
        buildFinding({
          kind: "name",
          subject,
          key,
          groups: ordered,
          status: "variant",
          explanation: `spellings differ without a clear majority: ${describe(ordered)}`,
        }),
      );
    }
  }
  return findings;
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

/** The worst relation between the parts of two full names: typo if any part is a near-miss. */
function spellingRelation(a: string, b: string): ReturnType<typeof compareNamePart> {
  const pa = a.split(/\s+/);
  const pb = b.split(/\s+/);
  if (pa.length !== pb.length) return "different";
  let worst: ReturnType<typeof compareNamePart> = "same";
  const rank = { same: 0, variant: 1, typo: 2, different: 3 } as const;
  for (let i = 0; i < pa.length; i++) {
    // Given names (all but the last word) may be romanisations of one name ("Aleksandr"/"Alexander").
    const r = i < pa.length - 1 ? compareGivenName(pa[i]!, pb[i]!) : compareNamePart(pa[i]!, pb[i]!);
    if (rank[r] > rank[worst]) worst = r;
  }
  return worst;
}

/** Canonical office stated with the person in any source ("referee"), for the subject line. */
function officeOf(claims: Claim<"name">[]): string | null {
  for (const c of claims) {
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
