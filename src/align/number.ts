// Number findings: claims sharing a key (measure + unit) are clustered by whether their
// intervals overlap; clusters that cannot both be true are a conflict when the measure says
// clearly what was counted and the disagreement is between sources, not within one.
//
// Open-ended figures ("at least 112", "more than 400") have no upper (or lower) bound, so they
// would chain every larger figure into one cluster. A careful reader instead files them by the
// figure they state: "at least 112" sits with an exact 112 if another source gives one, and the
// exact figures alone decide whether 112 and 121 disagree. See clusterClaims.
import { APPROX_WORDS, MEASURES, escapeRegExp, isConflictCapable, toleranceNotes, type Shape } from "../extract/quantity.js";
import { STOP_WORDS } from "../extract/number.js";
import type { Claim, Finding } from "../types.js";
import { bucket, buildFinding, explainGroups, sourceCount, type ValueGroup } from "./finding.js";

// Relative slack so that a conversion's floating-point noise never splits equal figures.
const EPSILON = 1e-9;

function overlaps(a: Claim<"number">, b: Claim<"number">): boolean {
  if (a.data.score || b.data.score) return a.value === b.value;
  const slack = EPSILON * Math.max(1, Math.abs(a.data.amount), Math.abs(b.data.amount));
  return a.data.low <= b.data.high + slack && b.data.low <= a.data.high + slack;
}

function isOpenEnded(claim: Claim<"number">): boolean {
  const a = claim.data.approx;
  return !claim.data.score && (a === "over" || a === "at-least" || a === "under" || a === "at-most");
}

function contains(claim: Claim<"number">, amount: number): boolean {
  const slack = EPSILON * Math.max(1, Math.abs(claim.data.amount), Math.abs(amount));
  return claim.data.low - slack <= amount && amount <= claim.data.high + slack;
}

export interface Clustering {
  clusters: Claim<"number">[][];
  /** Dependent figures that fit several clusters and so take no side ("at least 100" beside 112 and 121). */
  undecided: Claim<"number">[];
}

/**
 * Clusters of figures that may all be true. Bounded figures (exact, about, nearly) are joined
 * when their intervals overlap. Each dependent figure (open-ended bounds, and figures folded in
 * from an unmeasured amount) then joins, in order of preference: the cluster holding a bounded
 * figure whose interval contains the dependent figure's stated number (it states the same
 * figure, as a floor or ceiling); else the only cluster it is compatible with; else, when it is
 * compatible with none, a cluster of its own (with other such figures it overlaps); when it is
 * compatible with several it decides nothing and is set aside as undecided.
 */
export function clusterClaims(claims: Claim<"number">[], dependent: (c: Claim<"number">) => boolean = isOpenEnded): Clustering {
  const bounded = claims.filter((c) => !dependent(c));
  const clusters = overlapComponents(bounded);
  const homeless: Claim<"number">[] = [];
  const undecided: Claim<"number">[] = [];
  const fitting: { claim: Claim<"number">; cluster: Claim<"number">[] }[] = [];
  for (const claim of claims.filter(dependent)) {
    const home = clusters.find((cl) => cl.some((c) => contains(c, claim.data.amount)));
    const compatible = home ? [home] : clusters.filter((cl) => cl.some((c) => overlaps(c, claim)));
    if (compatible.length === 1) fitting.push({ claim, cluster: compatible[0]! });
    else if (compatible.length === 0) homeless.push(claim);
    else undecided.push(claim);
  }
  for (const { claim, cluster } of fitting) cluster.push(claim);
  clusters.push(...overlapComponents(homeless));
  return { clusters, undecided };
}

/** Connected components of the "may both be true" relation, in order of first appearance. */
function overlapComponents(claims: Claim<"number">[]): Claim<"number">[][] {
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

function isUnmeasuredMoney(claim: Claim<"number">): boolean {
  return claim.data.measure === "money" && claim.rule.startsWith("number/money");
}

/** Measures keyed by a name when one is written ("fund size of harbour renewal fund"). */
const NAMED_MONEY_MEASURES = new Set(
  MEASURES.moneyHeads.named.flatMap((head) => {
    const measure = MEASURES.moneyHeads.nouns[head];
    return measure ? [measure] : [];
  }),
);

function isMeasuredMoney(claim: Claim<"number">): boolean {
  // Rates ("price per share", "dividend per share") are never the total an amount could be.
  return claim.rule.startsWith("number/money") && claim.data.measure !== "money" && !claim.data.measure.includes(" per ");
}

/** The measures an amount with no (or no named) measure may be folded into. */
function foldsInto(claim: Claim<"number">, home: Claim<"number">): boolean {
  if (isUnmeasuredMoney(claim)) return true;
  // "a €1.8bn fund" beside "the Harbour Renewal Fund of €1.8bn": the unnamed fund is the named one.
  return NAMED_MONEY_MEASURES.has(claim.data.measure) && home.data.measure.startsWith(`${claim.data.measure} of `);
}

/**
 * "will pay 4.5 billion dollars for X" may name no measure where another sentence says "a deal
 * valued at $4.5 billion". An amount with no measure whose figure lies inside a measured amount
 * of the same currency, in exactly one measure, is read as that measure. Folded amounts only
 * ever join the group of the figure they equal (see clusterClaims), so they add evidence to a
 * group and never create a disagreement of their own.
 */
export function foldUnmeasuredMoney(claims: Claim<"number">[]): { claims: Claim<"number">[]; folded: Set<Claim<"number">> } {
  const measured = claims.filter(isMeasuredMoney);
  const folded = new Set<Claim<"number">>();
  const out = claims.map((claim) => {
    if (!isUnmeasuredMoney(claim) && !NAMED_MONEY_MEASURES.has(claim.data.measure)) return claim;
    const homes = new Map<string, Claim<"number">>();
    for (const m of measured) {
      if (m === claim || !foldsInto(claim, m)) continue;
      if (m.data.unit === claim.data.unit && contains(m, claim.data.amount) && !homes.has(m.key)) homes.set(m.key, m);
    }
    if (homes.size !== 1) return claim;
    const [home] = [...homes.values()];
    if (!home) return claim;
    const moved: Claim<"number"> = {
      ...claim,
      key: home.key,
      subject: home.subject,
      rule: `${claim.rule}+folded`,
      data: { ...claim.data, measure: home.data.measure },
    };
    folded.add(moved);
    return moved;
  });
  return { claims: out, folded };
}

// An amount stated without a measure joins a measured key only if it is within this factor of
// that key's figures: a misreported figure is of the same order (2.4bn vs 4.2bn), a different
// amount (a €30m grant beside a €2bn plan) usually is not.
const COMPARABLE_RATIO = 10;
// Words right after a figure that must be shared, at least this many of them content words.
const TAIL_WORDS = 3;
const TAIL_CONTENT_WORDS = 2;

function comparable(a: number, b: number): boolean {
  const [lo, hi] = [Math.min(Math.abs(a), Math.abs(b)), Math.max(Math.abs(a), Math.abs(b))];
  return lo > 0 && hi / lo <= COMPARABLE_RATIO;
}

/**
 * The first words after a written figure in its sentence, skipping a bracketed conversion
 * ("€2.4 billion ($2.7 billion) over five years" → "over five years"), up to the clause's end;
 * null when there are too few words or too few content words to be distinctive ("in the venture").
 */
export function figureTail(claim: Claim<"number">): string | null {
  const quote = claim.evidence.quote;
  const at = quote.indexOf(claim.display);
  if (at < 0) return null;
  const after = quote.slice(at + claim.display.length).replace(/^\s*\([^()]*\)/u, "");
  const clause = /^[^,;:.!?()\u2013\u2014]*/u.exec(after)?.[0] ?? "";
  const words = (clause.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, TAIL_WORDS).map((w) => w.toLowerCase());
  if (words.length < TAIL_WORDS) return null;
  if (words.filter((w) => !STOP_WORDS.has(w)).length < TAIL_CONTENT_WORDS) return null;
  return words.join(" ");
}

/**
 * A source that names no measure for its amount ("the headline number was €4.2 billion over
 * five years") may be misreporting the figure others state with a measure ("have committed
 * €2.4 billion over five years"). Folding only takes amounts equal to a measured figure, so a
 * disagreeing one would otherwise sit alone under "money" and vanish. It joins the measured key
 * (as a figure of its own, so it can disagree) only when all of these hold:
 * - its source gives no measured amount in that currency, and no other unmeasured amount in that
 *   currency of a comparable size (it is the source's only figure of that sort);
 * - exactly one measured key in that currency has figures of a comparable size;
 * - its sentence and a sentence of that key share the same distinctive words right after the
 *   figure (see figureTail), so both plainly describe the same amount.
 * Anything less keeps it apart: a wrong join is a false conflict.
 */
export function joinLoneMoney(claims: Claim<"number">[], folded: Set<Claim<"number">>): { claims: Claim<"number">[]; joined: Map<Claim<"number">, string> } {
  const measured = claims.filter(isMeasuredMoney);
  const loose = claims.filter((c) => isUnmeasuredMoney(c) && !folded.has(c));
  const joined = new Map<Claim<"number">, string>();
  const out = claims.map((claim) => {
    if (!loose.includes(claim)) return claim;
    const source = claim.evidence.source;
    const unit = claim.data.unit;
    if (measured.some((m) => m.evidence.source === source && m.data.unit === unit)) return claim;
    const siblings = loose.filter(
      (c) => c.evidence.source === source && c.data.unit === unit && c.value !== claim.value && comparable(c.data.amount, claim.data.amount),
    );
    if (siblings.length) return claim;
    const near = measured.filter((m) => m.data.unit === unit && comparable(m.data.amount, claim.data.amount));
    const keys = new Set(near.map((m) => m.key));
    if (keys.size !== 1) return claim;
    const tail = figureTail(claim);
    const home = tail ? near.find((m) => figureTail(m) === tail) : undefined;
    if (!tail || !home) return claim;
    const moved: Claim<"number"> = {
      ...claim,
      key: home.key,
      subject: home.subject,
      rule: `${claim.rule}+joined`,
      data: { ...claim.data, measure: home.data.measure },
    };
    joined.set(moved, tail);
    return moved;
  });
  return { claims: out, joined };
}

/** Aligns number claims across sources into findings. */
export function compareNumberClaims(input: Claim<"number">[]): Finding[] {
  const findings: Finding[] = [];
  const foldedOut = foldUnmeasuredMoney(input);
  const { claims, joined } = joinLoneMoney(foldedOut.claims, foldedOut.folded);
  const folded = foldedOut.folded;
  const dependent = (c: Claim<"number">) => isOpenEnded(c) || folded.has(c);
  for (const [key, group] of bucket(claims, (c) => c.key)) {
    // One source alone is no finding; running scores change during a match by nature.
    if (sourcesOf(group).size < 2 || group[0]!.data.measure === "running score") continue;
    const { clusters, undecided } = clusterClaims(group, dependent);
    const groups = clusters.map(groupOf).sort((a, b) => sourceCount(b) - sourceCount(a));
    const first = group[0]!;
    const disagree = clusters.length > 1;
    const conflict = disagree && isConflictCapable(first.data) && crossSourceDisagreement(clusters);
    const status = conflict ? "conflict" : disagree ? "variant" : "agreement";
    const tolerance = toleranceOf(group);
    let explanation = explainGroups(groups);
    if (undecided.length) {
      const n = sourcesOf(undecided).size;
      // Mid-sentence, "At least 100" reads "at least 100"; "US$4bn" keeps its capitals.
      const lowerFirst = (d: string) => d.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
      const written = [...new Set(undecided.map((c) => lowerFirst(c.display)))].join(" / ");
      explanation += `; ${n} source${n === 1 ? " says" : "s say"} ${written}, which fits more than one of these`;
    }
    const joinedHere = group.filter((c) => joined.has(c));
    if (joinedHere.length) {
      const notes = joinedHere.map((c) => `${c.display} in ${c.evidence.source} names no measure but shares "${joined.get(c) ?? ""}"`);
      explanation += `; ${[...new Set(notes)].join("; ")}`;
    }
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
