// Quotes across sources: the same statement in different words (a quote conflict) and the same
// words given to different speakers (an attribution conflict).
//
// Statements are first grouped by identical normalised text. Two groups are then related when one
// is a contiguous part of the other (a partial quote: the same statement) or when, over the whole
// quotation, their folded word sequences mostly align and share most content words (sameStatement:
// one statement, different wording; an inserted word near the start changes nothing). Only groups that share a rare word are compared, so cost stays near-linear.

import type { Claim, Finding } from "../types.js";
import { consistentPersonGroups, namesMatch } from "./attribution.js";
import { buildFinding, type ValueGroup } from "./finding.js";

/** Word-sequence similarity (2·LCS / total words) from which two wordings are one statement. */
export const VARIANT_MIN_SIMILARITY = 0.6;
/** Share of content words (Dice) two wordings of one statement have in common at least. */
export const VARIANT_MIN_CONTENT = 0.5;
/** Shortest wording (in words) compared for variant wording: shorter quotes are too generic. */
export const VARIANT_MIN_WORDS = 6;
/** Shortest partial quote that links two statements as the same words (for attribution). */
export const PARTIAL_MIN_WORDS = 6;
/** Words in more quotes than this are too common to block on. */
const BLOCK_MAX_DF = 40;

const STOP = new Set(
  "a an and are as at be but by for from had has have he her his i in is it its not of on or our she so that the their them they this to was we were will with you your".split(
    " ",
  ),
);

interface Wording {
  value: string;
  words: string[];
  claims: Claim<"quote">[];
}

function sources(claims: Claim[]): Set<string> {
  return new Set(claims.map((c) => c.evidence.source));
}

/** Length of the longest common subsequence of two word lists. */
function lcsLength(a: string[], b: string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      row[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** Contractions spelt out, so "cannot" meets "can not" and "don't" meets "do not". */
const CONTRACTIONS: Record<string, string[]> = {
  cannot: ["can", "not"],
  "can't": ["can", "not"],
  "won't": ["will", "not"],
  "shan't": ["shall", "not"],
};

/**
 * Words folded for comparing wordings (never for display): contractions spelt out, possessive
 * 's and plural endings dropped ("machines" / "machine", "cities" / "city"), so an inflection
 * does not count as a different word.
 */
export function comparisonWords(words: string[]): string[] {
  const out: string[] = [];
  for (const raw of words) {
    const spelt = CONTRACTIONS[raw];
    if (spelt) {
      out.push(...spelt);
      continue;
    }
    if (raw.length > 3 && raw.endsWith("n't")) {
      out.push(raw.slice(0, -3), "not");
      continue;
    }
    let w = raw.replace(/'s?$/u, "");
    if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
    else if (w.length > 3 && w.endsWith("s") && !/(?:ss|us|is)$/u.test(w)) w = w.slice(0, -1);
    out.push(w);
  }
  return out;
}

/** Sørensen–Dice coefficient of the content words (no stop words, three letters or more) of two wordings. */
function contentDice(a: string[], b: string[]): number {
  const content = (ws: string[]) => new Set(ws.filter((w) => !STOP.has(w) && w.length >= 3));
  const ca = content(a);
  const cb = content(b);
  if (!ca.size || !cb.size) return 0;
  let shared = 0;
  for (const w of ca) if (cb.has(w)) shared++;
  return (2 * shared) / (ca.size + cb.size);
}

/**
 * Whether two wordings are one statement in other words: over the whole quotation (not its opening
 * words), their folded word sequences mostly align (2·LCS / total ≥ VARIANT_MIN_SIMILARITY) and
 * they share most of their content words (Dice ≥ VARIANT_MIN_CONTENT), so that a shared run of
 * function words ("we are going to …") does not make two statements one.
 */
export function sameStatement(a: string[], b: string[]): boolean {
  const fa = comparisonWords(a);
  const fb = comparisonWords(b);
  if (!fa.length || !fb.length) return false;
  const sequence = (2 * lcsLength(fa, fb)) / (fa.length + fb.length);
  return sequence >= VARIANT_MIN_SIMILARITY && contentDice(fa, fb) >= VARIANT_MIN_CONTENT;
}

function containsSequence(long: string[], short: string[]): boolean {
  if (short.length > long.length) return false;
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let k = 0; k < short.length; k++) if (long[i + k] !== short[k]) continue outer;
    return true;
  }
  return false;
}

/** Word-level difference: "- we have not lost a single life + not one person has lost their life; …". */
export function wordDiff(a: string[], b: string[]): string {
  // LCS table, then walk it to edit operations.
  const table: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  type Op = { op: "=" | "-" | "+"; word: string };
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ op: "=", word: a[i]! });
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && table[i + 1]![j]! >= table[i]![j + 1]!)) {
      ops.push({ op: "-", word: a[i++]! });
    } else {
      ops.push({ op: "+", word: b[j++]! });
    }
  }
  // Hunks of changes; hunks separated by at most two unchanged words read better as one.
  const hunks: { del: string[]; ins: string[] }[] = [];
  let k = 0;
  while (k < ops.length) {
    if (ops[k]!.op === "=") {
      k++;
      continue;
    }
    const hunk = { del: [] as string[], ins: [] as string[] };
    for (;;) {
      while (k < ops.length && ops[k]!.op !== "=") {
        const o = ops[k++]!;
        (o.op === "-" ? hunk.del : hunk.ins).push(o.word);
      }
      let run = 0;
      while (k + run < ops.length && ops[k + run]!.op === "=") run++;
      if (run > 2 || k + run >= ops.length) break;
      for (let r = 0; r < run; r++) {
        hunk.del.push(ops[k + r]!.word);
        hunk.ins.push(ops[k + r]!.word);
      }
      k += run;
    }
    hunks.push(hunk);
  }
  return hunks
    .map((h) => [h.del.length ? `- ${h.del.join(" ")}` : "", h.ins.length ? `+ ${h.ins.join(" ")}` : ""].filter(Boolean).join(" "))
    .join("; ");
}

/** Disjoint sets over indices. */
class Components {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
  groups(): number[][] {
    const map = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) {
      const r = this.find(i);
      const list = map.get(r);
      if (list) list.push(i);
      else map.set(r, [i]);
    }
    return [...map.values()];
  }
}

/** Pairs of wordings that share at least two rare words (one when the shorter has fewer). */
function candidatePairs(wordings: Wording[]): [number, number][] {
  const index = new Map<string, number[]>();
  wordings.forEach((w, i) => {
    for (const word of new Set(w.words)) {
      if (STOP.has(word) || word.length < 3) continue;
      const list = index.get(word);
      if (list) list.push(i);
      else index.set(word, [i]);
    }
  });
  const shared = new Map<string, number>();
  for (const list of index.values()) {
    if (list.length > BLOCK_MAX_DF) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const k = `${list[x]}:${list[y]}`;
        shared.set(k, (shared.get(k) ?? 0) + 1);
      }
    }
  }
  const content = (w: Wording) => new Set(w.words.filter((x) => !STOP.has(x) && x.length >= 3)).size;
  const pairs: [number, number][] = [];
  for (const [k, n] of shared) {
    const [a, b] = k.split(":").map(Number) as [number, number];
    const need = Math.min(2, content(wordings[a]!), content(wordings[b]!));
    if (n >= need) pairs.push([a, b]);
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

function speakersOf(w: Wording): string[] {
  return w.claims.map((c) => c.data.speaker).filter((s): s is string => s !== null);
}

function shareSpeaker(a: Wording, b: Wording): boolean {
  const sa = speakersOf(a);
  const sb = speakersOf(b);
  return sa.length > 0 && sb.length > 0 && sa.every((x) => sb.every((y) => namesMatch(x, y)));
}

function head(words: string[], n = 6): string {
  return words.slice(0, n).join(" ");
}

function speakerKeyOf(claims: Claim<"quote">[]): string {
  return claims.find((c) => c.data.speaker !== null)?.key ?? "quote|?";
}

/** Aligns quote claims across sources into quote and attribution findings. */
export function compareQuoteClaims(claims: Claim<"quote">[]): Finding[] {
  const byValue = new Map<string, Claim<"quote">[]>();
  for (const c of claims) {
    const list = byValue.get(c.value);
    if (list) list.push(c);
    else byValue.set(c.value, [c]);
  }
  const wordings: Wording[] = [...byValue.entries()].map(([value, cs]) => ({
    value,
    words: value.split(" ").filter(Boolean),
    claims: cs,
  }));

  const sameWords = new Components(wordings.length);
  const variantLinks: [number, number][] = [];
  for (const [a, b] of candidatePairs(wordings)) {
    const wa = wordings[a]!;
    const wb = wordings[b]!;
    const [short, long] = wa.words.length <= wb.words.length ? [wa, wb] : [wb, wa];
    if (short.words.length >= PARTIAL_MIN_WORDS && containsSequence(long.words, short.words)) {
      sameWords.union(a, b);
      continue;
    }
    if (short.words.length < VARIANT_MIN_WORDS) continue;
    // One speaker, one statement, other words. Different or unknown speakers: keep apart.
    if (sameStatement(wa.words, wb.words) && shareSpeaker(wa, wb)) variantLinks.push([a, b]);
  }

  const findings: Finding[] = [];

  // Same words, different speakers: attribution.
  const inConflict = new Set<number>();
  const variants = new Components(wordings.length);
  for (const [a, b] of variantLinks) {
    if (sameWords.find(a) === sameWords.find(b)) continue;
    variants.union(sameWords.find(a), sameWords.find(b));
  }
  for (const members of sameWords.groups()) {
    const all = members.flatMap((i) => wordings[i]!.claims);
    const longest = members.map((i) => wordings[i]!).sort((x, y) => y.words.length - x.words.length || x.value.localeCompare(y.value))[0]!;
    const attributed = all.filter((c) => c.data.speaker !== null);
    const groups = consistentPersonGroups(attributed, (c) => (c as Claim<"quote">).data.speaker ?? "");
    if (sources(groups.flatMap((g) => g.claims)).size >= 2) {
      findings.push(
        buildFinding({
          kind: "attribution",
          subject: `who said “${head(longest.words, 8)} …”`,
          key: `attribution|quote|${head(longest.words)}`,
          groups,
          explanation:
            groups.length > 1
              ? `the same words are given to different speakers: ${groups.map((g) => `${g.display} (${sources(g.claims).size})`).join(" vs ")}`
              : undefined,
        }),
      );
    }
  }

  // One speaker, one statement, different words: quote conflict between the same-words sets.
  for (const roots of variants.groups()) {
    const sets = roots.filter((r) => sameWords.find(r) === r);
    if (sets.length < 2) continue;
    const groups: ValueGroup[] = sets
      .map((root) => {
        const members = sameWords.groups().find((m) => m.includes(root)) ?? [root];
        const longest = members.map((i) => wordings[i]!).sort((x, y) => y.words.length - x.words.length || x.value.localeCompare(y.value))[0]!;
        return { value: longest.value, display: longest.claims[0]!.display, claims: members.flatMap((i) => wordings[i]!.claims) as Claim[] };
      })
      .sort((x, y) => sources(y.claims).size - sources(x.claims).size || x.value.localeCompare(y.value));
    if (sources(groups.flatMap((g) => g.claims)).size < 2) continue;
    for (const r of sets) inConflict.add(r);
    const first = groups[0]!;
    const second = groups[1]!;
    const quoteClaims = groups.flatMap((g) => g.claims) as Claim<"quote">[];
    const speaker = quoteClaims.find((c) => c.data.speaker)?.data.speaker ?? "unknown speaker";
    const diff = wordDiff(first.value.split(" "), second.value.split(" "));
    const count = (g: ValueGroup) => `${sources(g.claims).size} source${sources(g.claims).size === 1 ? "" : "s"}`;
    findings.push(
      buildFinding({
        kind: "quote",
        subject: `quote by ${speaker}: “${head(first.value.split(" "), 8)} …”`,
        key: `${speakerKeyOf(quoteClaims)}|${[...groups.map((g) => head(g.value.split(" ")))].sort()[0]}`,
        groups,
        diff,
        explanation: `${speaker} is quoted in different words (${groups.map(count).join(" vs ")}): ${diff}`,
      }),
    );
  }

  // The same words in several sources: agreement on the wording.
  for (const members of sameWords.groups()) {
    const root = sameWords.find(members[0]!);
    if (inConflict.has(root)) continue;
    const all = members.flatMap((i) => wordings[i]!.claims);
    if (sources(all).size < 2) continue;
    const longest = members.map((i) => wordings[i]!).sort((x, y) => y.words.length - x.words.length || x.value.localeCompare(y.value))[0]!;
    findings.push(
      buildFinding({
        kind: "quote",
        subject: `quote: “${head(longest.words, 8)} …”`,
        key: `${speakerKeyOf(all)}|${head(longest.words)}`,
        groups: [{ value: longest.value, display: longest.claims[0]!.display, claims: all }],
      }),
    );
  }
  return findings;
}
