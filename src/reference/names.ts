// Name comparison for reference checks: folding (case, diacritics, punctuation), Dice similarity on
// letter pairs, and a transliteration-tolerant consonant key, so "Rokhval" is recognised as close to
// "Rokhvel" without being the same. Romanisation variants (Zhelbarov/Jelbarov, Yulia/Yuliya) are folded with
// the same transliteration rules the article-vs-article name aligner uses, so both layers agree on them.
import { translitFold } from "../align/entity.js";

/** Lower case, no diacritics, punctuation and hyphens as spaces, single spaces. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[ıİ]/g, "i")
    .toLowerCase()
    .replace(/[’'`´]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function tokens(text: string): string[] {
  const f = fold(text);
  return f ? f.split(" ") : [];
}

function bigrams(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length - 1; i++) out.push(word.slice(i, i + 2));
  return out;
}

/** A string folded once for repeated Dice comparisons: its letters and letter-pair counts. */
export interface DiceProfile {
  letters: string;
  pairs: Map<string, number>;
}

export function diceProfile(text: string): DiceProfile {
  const letters = fold(text).replace(/ /g, "");
  const pairs = new Map<string, number>();
  for (const g of bigrams(letters)) pairs.set(g, (pairs.get(g) ?? 0) + 1);
  return { letters, pairs };
}

/** Sørensen–Dice coefficient of two profiles (0–1); multiset intersection of letter pairs. */
export function diceOfProfiles(a: DiceProfile, b: DiceProfile): number {
  if (a.letters === b.letters) return 1;
  if (a.letters.length < 2 || b.letters.length < 2) return 0;
  let common = 0;
  for (const [g, n] of b.pairs) common += Math.min(n, a.pairs.get(g) ?? 0);
  return (2 * common) / (a.letters.length - 1 + b.letters.length - 1);
}

/** Sørensen–Dice coefficient on letter pairs (0–1); multiset intersection. */
export function dice(a: string, b: string): number {
  return diceOfProfiles(diceProfile(a), diceProfile(b));
}

/** Consonant skeleton with common transliteration pairs merged: "Rokhvel" and "Rokhval" → "rhvl". */
export function phoneticKey(word: string): string {
  const f = fold(word).replace(/ /g, "");
  const merged = f
    .replace(/dzh|zh|dj|j/g, "j")
    .replace(/kh|ch|h/g, "h")
    .replace(/ph/g, "f")
    .replace(/ck|c|q/g, "k")
    .replace(/w/g, "v")
    .replace(/[aeiouy]/g, "");
  return merged.replace(/(.)\1+/g, "$1");
}

/** True when two names differ only by romanisation, word for word ("Dzhelbarov" / "Jelbarov", "Yulia" / "Yuliya"). */
export function isTransliteration(written: string, known: string): boolean {
  const a = tokens(written);
  const b = tokens(known);
  if (!a.length || a.length !== b.length || a.join(" ") === b.join(" ")) return false;
  return a.every((t, i) => t === b[i] || translitFold(t) === translitFold(b[i]!));
}

/**
 * How a written name relates to a known one: "same" after folding, "variant" when only romanisation
 * differs (a transliteration, never a misspelling), "close" when all tokens but one are
 * equal and the differing one is a near spelling (same consonant key, or Dice ≥ 0.7) of a word long
 * enough to judge (5+ letters, lengths within one letter: an added syllable makes another name), else "different".
 */
export function compareNames(written: string, known: string): "same" | "variant" | "close" | "different" {
  const a = tokens(written);
  const b = tokens(known);
  if (!a.length || !b.length) return "different";
  if (a.join(" ") === b.join(" ")) return "same";
  if (isTransliteration(written, known)) return "variant";
  if (a.length !== b.length) return "different";
  const differing = a.map((t, i) => [t, b[i]!] as const).filter(([x, y]) => x !== y);
  if (differing.length !== 1) return "different";
  const [x, y] = differing[0]!;
  if (Math.min(x.length, y.length) < 5 || Math.abs(x.length - y.length) > 1) return "different";
  // An initial is not a misspelling, nor is a word that merely starts the same way.
  if (x.startsWith(y) || y.startsWith(x)) return "different";
  const close = (phoneticKey(x) === phoneticKey(y) && dice(x, y) >= 0.5) || dice(x, y) >= 0.7;
  return close ? "close" : "different";
}
