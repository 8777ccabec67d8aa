// Number findings: claims sharing a key (measure + unit) are clustered by whether their
// intervals overlap; clusters that cannot both be true are a conflict when the measure says
// clearly what was counted and the disagreement is between sources, not within one.
import { APPROX_WORDS, escapeRegExp, isConflictCapable, toleranceNotes, type Shape } from "../extract/quantity.js";
import type { Claim, Finding } from "../types.js";
import { bucket, buildFinding, explainGroups, sourceCount, type ValueGroup } from "./finding.js";

// Relative slack so that a conversion's floating-point noise never splits equal figures.
const EPSILON = 1e-9;

function overlaps(a: Claim<"number">, b: Claim<"number">): boolean {
  if (a.data.score || b.data.score) return a.value === b.value;
  const slack = EPSILON * Math.max(1, Math.abs(a.data.amount), Math.abs(b.data.amount));
  return a.data.low <= b.data.high + slack && b.data.low <= a.data.high + slack;
}

/** Connected components of the "may both be true" relation, in order of first appearance. */
export function clusterClaims(claims: Claim<"number">[]): Claim<"number">[][] {
  const parent = claims.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      if (overlaps(claims[i]!, claims[j]!)) parent[find(j)] = find(i);
    }
  }
  const groups = bucket(
    claims.map((c, i) => ({ c, root: find(i) })),
    (x) => String(x.root),
  );
  return [...groups.values()].map((xs) => xs.map((x) => x.c));
}

function sourcesOf(claims: Claim<"number">[]): Set<string> {
  return new Set(claims.map((c) => c.evidence.source));
}

function isSubset(a: Set<string>, b: Set<string>): boolean {
  return [...a].every((x) => b.has(x));
}

/**
 * Two clusters contradict each other only when each has a source the other lacks: a source
 * that gives two values (headline and body, estimate and update) never conflicts with itself.
 */
export function crossSourceDisagreement(clusters: Claim<"number">[][]): boolean {
  const sets = clusters.map(sourcesOf);
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      if (!isSubset(sets[i]!, sets[j]!) && !isSubset(sets[j]!, sets[i]!)) return true;
    }
  }
  return false;
}

const APPROX_PREFIX = new RegExp(
  `^(?:${[...APPROX_WORDS].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})\\s+`,
  "i",
);

/** The written figure without its approximation word: "some 10,400 acres" → "10,400 acres". */
function bareDisplay(display: string): string {
  return display.replace(APPROX_PREFIX, "");
}

/** The most frequent canonical value of a cluster, exact claims first. */
function representative(claims: Claim<"number">[]): string {
  // Prefer figures stated exactly in the canonical unit over converted or approximate ones.
  const exact = claims.filter((c) => c.data.approx === "exact");
  const direct = exact.filter((c) => !c.rule.includes("+converted"));
  const pool = direct.length ? direct : exact.length ? exact : claims;
  const counts = new Map<string, number>();
  for (const c of pool) counts.set(c.value, (counts.get(c.value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

function groupOf(claims: Claim<"number">[]): ValueGroup {
  const displays = [...new Set(claims.map((c) => bareDisplay(c.display)))];
  return { value: representative(claims), display: displays.join(" / "), claims };
}

function shapeOf(claim: Claim<"number">): Shape {
  if (claim.data.approx !== "about") return claim.data.approx;
  // "nearly N" is stored as "about" with its upper end at N.
  return claim.data.high < claim.data.amount * 1.01 ? "nearly" : "about";
}

/** What widened the intervals compared in one finding ("about: ±5% plus rounding; acres→ha conversion"). */
function toleranceOf(claims: Claim<"number">[]): string {
  if (claims.every((c) => c.data.score)) return "exact score";
  const notes = new Set<string>();
  for (const c of claims) {
    if (c.data.score) continue;
    const conversion = /\+converted\(([^)]*)\)/.exec(c.rule)?.[1] ?? null;
    for (const n of toleranceNotes(shapeOf(c), c.data.high > c.data.low ? 1 : 0, conversion)) notes.add(n);
  }
  return notes.size ? [...notes].join("; ") : "exact";
}

/** Aligns number claims across sources into findings. */
export function compareNumberClaims(claims: Claim<"number">[]): Finding[] {
  const findings: Finding[] = [];
  for (const [key, group] of bucket(claims, (c) => c.key)) {
    // One source alone is no finding; running scores change during a match by nature.
    if (sourcesOf(group).size < 2 || group[0]!.data.measure === "running score") continue;
    const clusters = clusterClaims(group);
    const groups = clusters.map(groupOf).sort((a, b) => sourceCount(b) - sourceCount(a));
    const first = group[0]!;
    const disagree = clusters.length > 1;
    const conflict = disagree && isConflictCapable(first.data) && crossSourceDisagreement(clusters);
    const status = conflict ? "conflict" : disagree ? "variant" : "agreement";
    const tolerance = toleranceOf(group);
    let explanation = explainGroups(groups);
    if (conflict) explanation += ` (no overlap within tolerance: ${tolerance})`;
    else if (disagree) {
      explanation += isConflictCapable(first.data)
        ? " (each differing value comes from a source that also gives another)"
        : " (what is counted is too vague to call a conflict)";
    }
    findings.push(
      buildFinding({
        kind: "number",
        subject: first.subject,
        key,
        groups,
        status,
        explanation,
        tolerance,
      }),
    );
  }
  return findings;
}
