// Truth discovery: for every conflict, the most likely value and how sure we are; for every source, how
// reliable it proved over the whole run. It never changes a finding's status: a conflict stays a conflict.
//
// Method (an accuracy model in the style of TruthFinder / ACCU, iterated to a fixed point):
// - each article source s starts with reliability t(s) = 0.8; a reference file is fixed at 0.99;
// - in a conflict with m values, a source's vote for its value weighs ln((m-1)·t / (1-t)), the log-odds
//   that the source is right rather than naming one of the m-1 wrong values (floored at 0.05, so a vote
//   never counts against what it says); a value's score is the sum of its votes and its probability the
//   softmax of the scores over the finding's values;
// - t(s) becomes the (vote-weighted) average probability of the values s gave, smoothed toward 0.8 by one
//   pseudo-finding and kept within [0.01, 0.99]; repeat until no reliability moves by 1e-6 (at most 100 rounds);
// - copiers: two sources at least 3 of whose distinct evidence sentences in the findings they share are
//   near-identical (Dice ≥ 0.9 on letter pairs), making at least 80 % of each one's sentences there, are one
//   cluster (one quoted press-release sentence is not copying); sources of one cluster voting for
//   the same value share a single vote (each weighs 1/k), so copying a report does not make it truer.
import { diceOfProfiles, diceProfile, type DiceProfile } from "../reference/names.js";
import type { Finding, LikelyValue } from "../types.js";

export interface TruthOptions {
  initialReliability?: number;
  referenceReliability?: number;
  maxIterations?: number;
  /** A source id is a reference's when it starts with this. */
  referencePrefix?: string;
  /** Every article source of the run: those in no finding get a reliability too (the prior). */
  sources?: readonly string[];
}

export interface TruthResult {
  findings: Finding[];
  /** Reliability (0–1) of every article source that appears in a finding or in `options.sources`; a source in
   *  no conflict keeps the prior (0.8): nothing it said was contested. */
  reliabilities: Map<string, number>;
  /** Groups of sources judged to copy each other, each sorted. */
  copies: string[][];
}

const VOTE_FLOOR = 0.05;
const COPY_SIMILARITY = 0.9;
const COPY_MIN_SHARED = 3;
const COPY_SHARE = 0.8;
const TOLERANCE = 1e-6;

function distinctSources(v: Finding["values"][number]): string[] {
  return [...new Set(v.sources.map((s) => s.source))].sort();
}

/**
 * Clusters of sources whose evidence sentences are near-identical across the findings they share.
 * Copying is counted in distinct sentences, not findings: one press-release sentence quoted by two
 * sources yields several findings (a date, a number, a name) but is one shared sentence, and two
 * sources whose other sentences differ are independent reports, not copies.
 */
export function detectCopies(findings: Finding[], isReference: (id: string) => boolean): string[][] {
  /** Per source pair: each side's distinct sentences in shared findings, and those near-identical to the other's. */
  const shared = new Map<string, { a: Set<string>; b: Set<string>; sameA: Set<string>; sameB: Set<string> }>();
  // Each evidence sentence is folded once, however many pairs it takes part in.
  const profiles = new Map<string, DiceProfile>();
  const profileOf = (quote: string): DiceProfile => {
    let p = profiles.get(quote);
    if (!p) profiles.set(quote, (p = diceProfile(quote)));
    return p;
  };
  for (const f of findings) {
    const quotes = new Map<string, Set<string>>();
    for (const v of f.values) {
      for (const s of v.sources) {
        if (isReference(s.source)) continue;
        const set = quotes.get(s.source);
        if (set) set.add(s.quote);
        else quotes.set(s.source, new Set([s.quote]));
      }
    }
    const ids = [...quotes.keys()].sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = [...quotes.get(ids[i]!)!];
        const b = [...quotes.get(ids[j]!)!];
        const key = `${ids[i]}\u241f${ids[j]}`;
        let entry = shared.get(key);
        if (!entry) shared.set(key, (entry = { a: new Set(), b: new Set(), sameA: new Set(), sameB: new Set() }));
        for (const x of a) entry.a.add(x);
        for (const y of b) entry.b.add(y);
        for (const x of a) {
          for (const y of b) {
            if (diceOfProfiles(profileOf(x), profileOf(y)) >= COPY_SIMILARITY) {
              entry.sameA.add(x);
              entry.sameB.add(y);
            }
          }
        }
      }
    }
  }
  const parent = new Map<string, string>();
  const root = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  for (const [key, sentences] of shared) {
    const { sameA, sameB } = sentences;
    const same = Math.min(sameA.size, sameB.size);
    if (same < COPY_MIN_SHARED || sameA.size / sentences.a.size < COPY_SHARE || sameB.size / sentences.b.size < COPY_SHARE) continue;
    const [a, b] = key.split("\u241f") as [string, string];
    const ra = root(a);
    const rb = root(b);
    if (!parent.has(ra)) parent.set(ra, ra);
    if (!parent.has(rb)) parent.set(rb, rb);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const clusters = new Map<string, string[]>();
  for (const x of parent.keys()) {
    const r = root(x);
    const list = clusters.get(r);
    if (list) list.push(x);
    else clusters.set(r, [x]);
  }
  return [...clusters.values()].filter((c) => c.length > 1).map((c) => c.sort());
}

interface Vote {
  source: string;
  weight: number;
}

function votesOf(v: Finding["values"][number], clusterOf: Map<string, number>): Vote[] {
  const ids = distinctSources(v);
  const perCluster = new Map<number, number>();
  for (const id of ids) {
    const c = clusterOf.get(id);
    if (c !== undefined) perCluster.set(c, (perCluster.get(c) ?? 0) + 1);
  }
  return ids.map((id) => {
    const c = clusterOf.get(id);
    return { source: id, weight: c === undefined ? 1 : 1 / perCluster.get(c)! };
  });
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function shortName(id: string, isReference: (id: string) => boolean, prefix: string): string {
  return isReference(id) ? id.slice(prefix.length) : id.replace(/\.[a-z]+$/i, "");
}

/** Estimates the likely value of every conflict and the reliability of every source. */
export function discoverTruth(findings: Finding[], options: TruthOptions = {}): TruthResult {
  const prior = options.initialReliability ?? 0.8;
  const refTrust = options.referenceReliability ?? 0.99;
  const maxIterations = options.maxIterations ?? 100;
  const prefix = options.referencePrefix ?? "reference:";
  const isReference = (id: string) => id.startsWith(prefix);

  const copies = detectCopies(findings, isReference);
  const clusterOf = new Map<string, number>();
  copies.forEach((c, i) => c.forEach((id) => clusterOf.set(id, i)));

  const contested = findings
    .map((f, index) => ({ f, index }))
    .filter(({ f }) => f.status === "conflict" && f.values.length > 1)
    .map(({ f, index }) => ({ index, values: f.values.map((v) => votesOf(v, clusterOf)) }));

  const reliability = new Map<string, number>();
  for (const id of options.sources ?? []) if (!isReference(id)) reliability.set(id, prior);
  for (const f of findings) for (const v of f.values) for (const id of distinctSources(v)) if (!isReference(id)) reliability.set(id, prior);
  const trust = (id: string) => (isReference(id) ? refTrust : (reliability.get(id) ?? prior));

  const probabilities = (values: Vote[][]): number[] => {
    const wrong = Math.max(1, values.length - 1);
    const scores = values.map((votes) =>
      votes.reduce((sum, { source, weight }) => {
        const t = trust(source);
        return sum + weight * Math.max(VOTE_FLOOR, Math.log((wrong * t) / (1 - t)));
      }, 0),
    );
    const top = Math.max(...scores);
    const exp = scores.map((s) => Math.exp(s - top));
    const total = exp.reduce((a, b) => a + b, 0);
    return exp.map((e) => e / total);
  };

  for (let round = 0; round < maxIterations; round++) {
    const earned = new Map<string, { sum: number; weight: number }>();
    for (const { values } of contested) {
      const p = probabilities(values);
      values.forEach((votes, i) => {
        for (const { source, weight } of votes) {
          if (isReference(source)) continue;
          const e = earned.get(source) ?? { sum: 0, weight: 0 };
          e.sum += weight * p[i]!;
          e.weight += weight;
          earned.set(source, e);
        }
      });
    }
    let moved = 0;
    for (const [id, old] of reliability) {
      const e = earned.get(id) ?? { sum: 0, weight: 0 };
      const next = Math.min(0.99, Math.max(0.01, (prior + e.sum) / (1 + e.weight)));
      moved = Math.max(moved, Math.abs(next - old));
      reliability.set(id, next);
    }
    if (moved < TOLERANCE) break;
  }

  const out = findings.slice();
  for (const { index, values } of contested) {
    const finding = findings[index]!;
    const p = probabilities(values);
    const order = values.map((_, i) => i).sort((a, b) => p[b]! - p[a]! || a - b);
    const describe = (i: number): string => {
      const ids = distinctSources(finding.values[i]!);
      const refs = ids.filter(isReference);
      const articles = ids.filter((id) => !isReference(id));
      const parts: string[] = [];
      if (refs.length) parts.push(`the reference (${refs.map((r) => shortName(r, isReference, prefix)).join(", ")})`);
      if (articles.length) {
        const independent = values[i]!.filter((v) => !isReference(v.source)).reduce((s, v) => s + v.weight, 0);
        const mean = articles.reduce((s, id) => s + trust(id), 0) / articles.length;
        const n = articles.length;
        const ids = articles.map((a) => shortName(a, isReference, prefix)).join(", ");
        const counted = round2(independent);
        const who =
          n === 1
            ? `1 source (${ids})`
            : counted < n
              ? `${n} sources (${ids}) counted as ${counted} independent (copies share a vote)`
              : `${n} independent sources (${ids})`;
        parts.push(`${who} with reliability ${round2(mean).toFixed(2)}`);
      }
      return parts.join(" and ");
    };
    const best = order[0]!;
    const likely: LikelyValue = {
      value: finding.values[best]!.value,
      // Never report certainty: the arithmetic rounds 0.996 to 1.
      confidence: Math.min(0.99, round2(p[best]!)),
      why: order.map(describe).join(" vs "),
    };
    out[index] = { ...finding, likely };
  }
  const reliabilities = new Map([...reliability].map(([id, t]) => [id, round2(t)]));
  return { findings: out, reliabilities, copies };
}
