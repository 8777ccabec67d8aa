// Cross-source person resolution: which names in different sources are one person, and how their
// spellings relate (identical after folding, a transliteration variant, or a misspelling).
//
// Two names are one person when their family names agree after transliteration folding, or are a
// near-miss typo of each other (high Dice similarity, at most two edits, same phonetic key), and
// their given names do not disagree. Different given names keep people apart (Dorinov/Dorimov,
// Montalvez/Montalves are never merged on the family name alone). Candidate pairs are blocked by
// the first letter of the given name, so cost stays near-linear in the number of people.

import { readFileSync } from "node:fs";
import stringSimilarity from "string-similarity";
import { foldName, splitName } from "../extract/people.js";

interface TransliterationFile {
  start: [string, string][];
  anywhere: [string, string][];
  end: [string, string][];
  givenNames: string[][];
  letterSpellings: Record<string, string>;
}

const TRANSLIT = JSON.parse(
  readFileSync(new URL("../../data/transliteration.json", import.meta.url), "utf8"),
) as TransliterationFile;

/** Romanisation-folded form of a name: "Chatzomeris" and "Hatzomeris" both → "hazomeris". */
export function translitFold(name: string): string {
  // Hyphenated syllables are one word ("Wei-ming" = "Weiming"); each syllable is folded as a word.
  return foldName(name)
    .split(/\s+/)
    .filter(Boolean)
    .map((word) =>
      word
        .split("-")
        .filter(Boolean)
        .map((part) => {
          let w = part;
          for (const [from, to] of TRANSLIT.start) if (w.startsWith(from)) w = to + w.slice(from.length);
          for (const [from, to] of TRANSLIT.anywhere) w = w.split(from).join(to);
          for (const [from, to] of TRANSLIT.end) if (w.endsWith(from)) w = w.slice(0, w.length - from.length) + to;
          return w;
        })
        .join(""),
    )
    .join(" ");
}

/**
 * A name with its marked letters spelled out as the language's plain-letter convention writes them
 * ("Sørlund" → "soerlund", "Köhler" → "koehler"), then folded (data/transliteration.json letterSpellings).
 */
export function spellOutLetters(name: string): string {
  let out = "";
  for (const ch of name.normalize("NFC")) out += TRANSLIT.letterSpellings[ch.toLowerCase()] ?? ch;
  return foldName(out);
}

/** Whether two spellings are one name once marked letters are dropped or spelled out on either side. */
function sameWhenSpelledOut(a: string, b: string): boolean {
  const formsA = new Set([translitFold(a), translitFold(spellOutLetters(a))]);
  return formsA.has(translitFold(b)) || formsA.has(translitFold(spellOutLetters(b)));
}

/** Transliteration-folded given name → folded form of the first spelling of its romanisation set. */
const GIVEN_NAME_SET = new Map<string, string>();
for (const set of TRANSLIT.givenNames) {
  const canonical = translitFold(set[0]!);
  for (const spelling of set) GIVEN_NAME_SET.set(translitFold(spelling), canonical);
}

/**
 * Folded given name with romanisations of one name made equal: "Dmitry", "Dmitri" and
 * "Dmytro" all give one form (data/transliteration.json givenNames), as do the spellings the
 * general folds already join ("Yuri"/"Yury").
 */
export function givenNameFold(name: string): string {
  const folded = translitFold(name);
  return GIVEN_NAME_SET.get(folded) ?? folded;
}

/** A full written name folded for romanisation: given names by their sets, family name by the folds. */
export function nameVariantFold(written: string): string {
  const { given, family } = splitName(written);
  return [...given.map(givenNameFold), translitFold(family)].join(" ");
}

/**
 * A small Soundex-like phonetic key over the transliteration-folded form: first letter, then
 * consonant classes with vowels dropped and repeats collapsed. "Bergenhammer" = "Bergenhamer".
 */
export function phoneticKey(name: string): string {
  const w = translitFold(name).replace(/[^a-z]/g, "");
  if (!w) return "";
  const classOf = (c: string): string => {
    if ("bfpv".includes(c)) return "1";
    if ("cgjkqsxz".includes(c)) return "2";
    if ("dt".includes(c)) return "3";
    if (c === "l") return "4";
    if ("mn".includes(c)) return "5";
    if (c === "r") return "6";
    return "";
  };
  let key = w[0]!;
  let last = classOf(w[0]!);
  for (const c of w.slice(1)) {
    const k = classOf(c);
    if (k && k !== last) key += k;
    if ("aeiouy".includes(c) || k) last = k;
  }
  return key;
}

/** Damerau-Levenshtein (optimal string alignment) distance. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** How two spellings of a name relate. */
export type SpellingRelation = "same" | "variant" | "typo" | "different";

const TYPO_MIN_DICE = 0.8;
const TYPO_MAX_EDITS = 2;
const TYPO_MIN_LENGTH = 5;

/**
 * Evidence beyond the spelling that two names are one person: the sources give both the same
 * office in the same country ("Norwegian Prime Minister"). With it, a one-letter slip in a short family
 * name ("Rask"/"Rasek") is a misspelling; without it such names stay apart (Berg/Borg are two people).
 */
export interface NameComparison {
  corroborated?: boolean;
  /** Both names give the same full given name (not an initial): a long family name's dropped letter is a slip. */
  sameGivenName?: boolean;
}

/** Shortest family name (the longer spelling, folded) in which one dropped letter is a misspelling given the same given name. */
const DROPPED_LETTER_MIN_LENGTH = 7;

/**
 * "Macaraeg" / "Macarag" with one given name: one letter dropped (not the first) from a family name of
 * DROPPED_LETTER_MIN_LENGTH letters or more, same sound key. Short names stay apart ("Hans" / "Hanns").
 */
function isDroppedLetter(fa: string, fb: string, a: string, b: string): boolean {
  const [long, short] = fa.length > fb.length ? [fa, fb] : [fb, fa];
  if (long.length !== short.length + 1 || long.length < DROPPED_LETTER_MIN_LENGTH || long[0] !== short[0]) return false;
  if (!/^[\p{L}]+$/u.test(long) || !/^[\p{L}]+$/u.test(short)) return false;
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  return long.slice(i + 1) === short.slice(i) && phoneticKey(a) === phoneticKey(b);
}

/** Relation of two given names: a romanisation of one given name ("Dmitry"/"Dmitri") is a variant. */
export function compareGivenName(a: string, b: string): SpellingRelation {
  const r = compareNamePart(a, b);
  if (r === "same" || r === "variant") return r;
  return givenNameFold(a) === givenNameFold(b) ? "variant" : r;
}

/** Relation of two single name parts (a family name, or one given name). */
export function compareNamePart(a: string, b: string, opts: NameComparison = {}): SpellingRelation {
  const fa = foldName(a);
  const fb = foldName(b);
  if (fa === fb) return "same";
  if (translitFold(a) === translitFold(b) || sameWhenSpelledOut(a, b)) return "variant";
  if (
    Math.min(fa.length, fb.length) >= TYPO_MIN_LENGTH &&
    fa[0] === fb[0] &&
    editDistance(fa, fb) <= TYPO_MAX_EDITS &&
    stringSimilarity.compareTwoStrings(fa, fb) >= TYPO_MIN_DICE &&
    phoneticKey(a) === phoneticKey(b)
  ) {
    return "typo";
  }
  if (isTypingTransposition(fa, fb)) return "typo";
  if (opts.corroborated && isCorroboratedSlip(fa, fb)) return "typo";
  if (opts.sameGivenName && isDroppedLetter(fa, fb, a, b)) return "typo";
  return "different";
}

/** Shortest folded family name a corroborated one-letter slip may be found in ("Rask"). */
const CORROBORATED_MIN_LENGTH = 3;

/**
 * One letter added, dropped or changed (not the first, which anchors a name) in a family name of
 * CORROBORATED_MIN_LENGTH letters or more: a misspelling only when other evidence ties the two
 * names to one person (NameComparison.corroborated).
 */
function isCorroboratedSlip(fa: string, fb: string): boolean {
  return (
    Math.min(fa.length, fb.length) >= CORROBORATED_MIN_LENGTH &&
    fa[0] === fb[0] &&
    /^[\p{L}-]+$/u.test(fa) &&
    /^[\p{L}-]+$/u.test(fb) &&
    editDistance(fa, fb) === 1
  );
}

/**
 * "Mendaloa" / "Mendaola": two adjacent letters swapped inside a name of TYPO_MIN_LENGTH letters or
 * more (Damerau distance 1), a slip of the keyboard that letter-pair similarity scores too low.
 * Swaps that real, distinct names differ by are not typos: the first letter (the name's anchor),
 * the last letter (endings are morphology: "Fabre" / "Faber", "Marin" / "Marni") and any swap with
 * an "r" (r-metathesis: "Garcia" / "Gracia", "Byrne" / "Bryne", "Sardi" / "Sadri").
 */
export function isTypingTransposition(fa: string, fb: string): boolean {
  if (fa.length !== fb.length || fa.length < TYPO_MIN_LENGTH || fa === fb) return false;
  let i = 0;
  while (fa[i] === fb[i]) i++;
  if (i === 0 || i + 1 >= fa.length - 1) return false;
  if (fa[i] !== fb[i + 1] || fa[i + 1] !== fb[i] || fa.slice(i + 2) !== fb.slice(i + 2)) return false;
  const swapped = fa[i]! + fa[i + 1]!;
  return !swapped.includes("r") && /^\p{L}\p{L}$/u.test(swapped);
}

const RANK: Record<SpellingRelation, number> = { same: 0, variant: 1, typo: 2, different: 3 };
function worst(a: SpellingRelation, b: SpellingRelation): SpellingRelation {
  return RANK[a] >= RANK[b] ? a : b;
}

/** A person as one source names them. */
export interface PersonName {
  given: string[];
  family: string;
  /** Canonical office stated with the name (data/titles.json key), when the caller knows it. */
  office?: string | null;
  /** Country stated with the name, when the caller knows it. */
  country?: string | null;
}

/** Whether two names come with the same office in the same country, both stated on both sides. */
export function sameOfficeAndCountry(a: PersonName, b: PersonName): boolean {
  return !!a.office && a.office === b.office && !!a.country && a.country === b.country;
}

/**
 * Relation of two full names. Given names must be present on both sides and agree (an initial
 * matches its name; "same"/"variant" only — a typo in a given name is a different name, which is
 * the cautious choice) for anything but "different"; the family names then decide.
 */
export function compareNames(a: PersonName, b: PersonName, opts: NameComparison = {}): SpellingRelation {
  if (a.given.length === 0 || b.given.length === 0) return "different";
  const ga = a.given[0]!;
  const gb = b.given[0]!;
  let given: SpellingRelation;
  if (/^\p{Lu}\.?$/u.test(ga) || /^\p{Lu}\.?$/u.test(gb)) {
    given = foldName(ga)[0] === foldName(gb)[0] ? "same" : "different";
  } else {
    given = compareGivenName(ga, gb);
  }
  if (given === "different" || given === "typo") return "different";
  // Further given names: compared only when both sides give them at the same position.
  for (let i = 1; i < Math.min(a.given.length, b.given.length); i++) {
    const r = compareGivenName(a.given[i]!, b.given[i]!);
    if (r === "different" || r === "typo") return "different";
    given = worst(given, r);
  }
  const fullGivenEqual =
    !/^\p{Lu}\.?$/u.test(ga) && a.given.length === b.given.length && a.given.every((g, i) => foldName(g) === foldName(b.given[i] ?? ""));
  const family = compareNamePart(a.family, b.family, { ...opts, sameGivenName: opts.sameGivenName ?? fullGivenEqual });
  if (family === "different") return "different";
  return worst(given, family);
}

/**
 * Whether two names with one family name clearly belong to two people: both give a full first
 * given name, and those differ in letters and sound ("Rafael Okafor" / "Simon Okafor", brothers).
 * Romanisations and near-spellings ("Dmitry" / "Dmitri", "Mohammed" / "Muhammad"), initials
 * and shortened forms ("Anna" / "Anna-Sofie") do not clash.
 */
export function givenNamesClash(a: PersonName, b: PersonName): boolean {
  const ga = a.given[0];
  const gb = b.given[0];
  if (!ga || !gb || /^\p{Lu}\.?$/u.test(ga) || /^\p{Lu}\.?$/u.test(gb)) return false;
  if (compareGivenName(ga, gb) !== "different") return false;
  const fa = foldName(ga).replace(/-/g, "");
  const fb = foldName(gb).replace(/-/g, "");
  if (fa.startsWith(fb) || fb.startsWith(fa)) return false;
  return stringSimilarity.compareTwoStrings(fa, fb) < 0.5 && phoneticKey(ga) !== phoneticKey(gb);
}

/** One person across sources and the items (claims, mentions) naming them. */
export interface Entity<T> {
  /** Stable key: folded form of the spelling most sources use (ties: alphabetical), "arvid bergenhammer". */
  key: string;
  /** Transliteration-folded form of that spelling, shared by all its romanisations. */
  translitKey: string;
  /** The spelling most sources use, as written. */
  name: string;
  items: T[];
}

/**
 * Groups items naming people into entities across sources. `nameOf` gives each item's name and
 * source; items of one source with the same folded name are always one entity. Surname-only items
 * (no given name) join an entity only when exactly one entity has that family name (after folding).
 */
export function resolveEntities<T>(items: T[], nameOf: (item: T) => PersonName & { source: string }): Entity<T>[] {
  interface Cluster {
    names: (PersonName & { source: string })[];
    items: T[];
  }
  const clusters: Cluster[] = [];
  const byBlock = new Map<string, Cluster[]>();
  const surnameOnly: T[] = [];
  for (const item of items) {
    const n = nameOf(item);
    if (n.given.length === 0) {
      surnameOnly.push(item);
      continue;
    }
    // Romanisation sets block together ("Dmytro" with "Dmitry").
    const block = givenNameFold(n.given[0]!).charAt(0);
    const candidates = byBlock.get(block) ?? [];
    // Best candidate: the cluster whose names relate most closely; never a "different" one.
    let best: Cluster | null = null;
    let bestRank = RANK.different;
    for (const c of candidates) {
      let rank = RANK.same;
      let ok = true;
      for (const other of c.names) {
        const r = compareNames(n, other);
        if (r === "different") {
          ok = false;
          break;
        }
        rank = Math.max(rank, RANK[r]);
      }
      if (ok && rank < bestRank) {
        best = c;
        bestRank = rank;
      }
    }
    if (best) {
      best.names.push(n);
      best.items.push(item);
    } else {
      const c: Cluster = { names: [n], items: [item] };
      clusters.push(c);
      candidates.push(c);
      byBlock.set(block, candidates);
    }
  }
  mergeCorroborated(clusters);
  for (const item of surnameOnly) {
    const n = nameOf(item);
    const fam = translitFold(n.family);
    const matches = clusters.filter((c) => c.names.some((x) => translitFold(x.family) === fam || sameWhenSpelledOut(x.family, n.family)));
    if (matches.length === 1) {
      matches[0]!.items.push(item);
    } else if (matches.length === 0) {
      const existing = clusters.find((c) => c.names.every((x) => x.given.length === 0 && translitFold(x.family) === fam));
      if (existing) {
        existing.names.push(n);
        existing.items.push(item);
      } else clusters.push({ names: [n], items: [item] });
    }
    // Ambiguous surnames (two people share it) stay out: better no finding than a wrong one.
  }
  return clusters.map((c) => {
    const name = majoritySpelling(c.names);
    return { key: foldName(name), translitKey: translitFold(name), name, items: c.items };
  });
}

/**
 * Joins clusters whose names differ by a slip the spelling alone cannot show to be one ("Rask" /
 * "Rasek"): some pair of their names states the same office in the same country, no source names
 * both (a source naming two spellings may mean two people), and every pair of names relates under
 * that corroboration. Runs until no pair joins.
 */
function mergeCorroborated<T>(clusters: { names: (PersonName & { source: string })[]; items: T[] }[]): void {
  for (let joined = true; joined; ) {
    joined = false;
    for (let i = 0; i < clusters.length && !joined; i++) {
      for (let j = i + 1; j < clusters.length && !joined; j++) {
        const a = clusters[i]!;
        const b = clusters[j]!;
        const sourcesA = new Set(a.names.map((n) => n.source));
        if (b.names.some((n) => sourcesA.has(n.source))) continue;
        if (!a.names.some((x) => b.names.some((y) => sameOfficeAndCountry(x, y)))) continue;
        if (a.names.some((x) => b.names.some((y) => compareNames(x, y, { corroborated: true }) === "different"))) continue;
        a.names.push(...b.names);
        a.items.push(...b.items);
        clusters.splice(j, 1);
        joined = true;
      }
    }
  }
}

/** The full spelling given by the most sources (ties broken alphabetically on the folded form). */
export function majoritySpelling(names: (PersonName & { source: string })[]): string {
  const sourcesBySpelling = new Map<string, Set<string>>();
  const written = new Map<string, string>();
  for (const n of names) {
    const full = [...n.given, n.family].join(" ");
    const f = foldName(full);
    if (!written.has(f)) written.set(f, full);
    const s = sourcesBySpelling.get(f) ?? new Set<string>();
    s.add(n.source);
    sourcesBySpelling.set(f, s);
  }
  const best = [...sourcesBySpelling.entries()].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))[0];
  return best ? written.get(best[0])! : "";
}

/** Convenience for callers holding a written name only ("Emil Tarrow"). */
export function personNameOf(written: string): PersonName {
  return splitName(written);
}
