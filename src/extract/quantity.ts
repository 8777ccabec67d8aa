// Parsing of written quantities: numerals (digits and words), scales, units, approximations,
// and the interval a stated figure admits. Vocabularies live in data/*.json.
import { readFileSync } from "node:fs";
import type { Approximation, NumberData } from "../types.js";

function loadJson<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), "utf8")) as T;
}

interface UnitDef {
  factor: number;
  offset?: number;
  aliases: string[];
}
interface UnitsFile {
  /** displayUnits: units a converted figure may be shown in, largest first ("km", "m", "cm", "mm"). */
  dimensions: Record<string, { canonical: string; units: Record<string, UnitDef>; displayUnits?: string[] }>;
  currencies: Record<string, { symbols: string[]; words: string[] }>;
}
interface NumberWordsFile {
  small: Record<string, number>;
  tens: Record<string, number>;
  dozen: Record<string, number>;
  scales: Record<string, number>;
  abbreviations: Record<string, number>;
  vague: string[];
  contextOnly: string[];
}
export type Shape = "exact" | "about" | "nearly" | "over" | "at-least" | "under" | "at-most";
export interface MeasureDef {
  subject: string;
  dimensions: string[];
  before: string[];
  after: string[];
  nouns: string[];
  nounsAllowed?: string[];
  /**
   * Cues that name the measure as the subject of the clause, further back than the near window,
   * when the number directly follows one of `links`: "the death toll from ... rose to 112",
   * "agreed to buy X for $4.5 billion".
   */
  clause?: { links: string[]; cues: string[] };
  /** Participles before the counted noun that name the measure ("3,000 evacuated residents"). */
  modifiers?: string[];
  /** The figure belongs to a party or company named before it ("the Greens won 31 seats"). */
  holder?: boolean;
  /**
   * The clause's own subject and verb state the figure, which directly follows one of `links`:
   * "the stock closed up 29% at $47.40", "shares jumped 29% to $47.40". Wins over cues nearby.
   */
  statedBy?: { subjects: string[]; verbs: string[]; links: string[] };
  /** Figures change too often to contradict each other (a share price through a day of trading). */
  neverConflicts?: boolean;
  /**
   * The figure is keyed on the act, not on the counted noun: "275,000 units recalled" and
   * "275,000 heaters recalled" in one story are one figure. The value is the unit key used.
   */
  actUnit?: string;
}
interface MeasuresFile {
  approximations: { shape: Shape; phrases: string[] }[];
  measures: Record<string, MeasureDef>;
  peopleNouns: string[];
  invariantNouns: string[];
  /** Plurals not formed with -s ("men" → "man"); "_comment" aside. */
  irregularPlurals: Record<string, string>;
  contextDependentNouns: string[];
  notCounted: string[];
  timeUnits: string[];
  excludeAfterWords: string[];
  scores: { final: string[]; halfTime: string[]; running: string[]; otherMatch: string[]; partial: string[] };
  magnitude: string[];
  zero: Record<string, string[]>;
  previousPeriod: { before: string[]; after: string[] };
  expectedFigure: { before: string[]; after: string[] };
  increment: { before: string[] };
  hospitalState?: { verbs: string[]; places: string[]; treated: string[] };
  moneyHeads: { nouns: Record<string, string>; links: string[]; named: string[] };
  subset: { before: string[]; after: string[] };
  otherTime: { anchors: string[]; relatives: string[]; phrases: string[] };
  /** Counted nouns that name no event figure ("three jobs at once"): no claim without a cue. */
  abstractNouns: { nouns: string[] };
  /** Phrases making a figure a pro-forma one of a combined company ("the combined group would have"). */
  combined: { phrases: string[] };
  /** Phrases naming what a figure is not ("not counting the fine"): no cue is read after them. */
  excluded: { phrases: string[] };
  /** The whole a percentage is a share of: words dropped from it, and synonyms folded into one noun. */
  shareOf: { skip: string[]; nouns: Record<string, string> };
}

export const UNITS = loadJson<UnitsFile>("units.json");
export const NUMBER_WORDS = loadJson<NumberWordsFile>("number-words.json");
export const MEASURES = loadJson<MeasuresFile>("measures.json");

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// ---------------------------------------------------------------------------------------------
// Units

export interface UnitMatch {
  dimension: string;
  /** Unit key as listed in units.json ("acres"). */
  unit: string;
  canonical: string;
  factor: number;
  offset: number;
  /** Characters of text consumed, leading space included. */
  length: number;
}

const UNIT_ALIASES: { alias: string; dimension: string; unit: string; canonical: string; def: UnitDef }[] = [];
for (const [dimension, dim] of Object.entries(UNITS.dimensions)) {
  for (const [unit, def] of Object.entries(dim.units)) {
    for (const alias of def.aliases) UNIT_ALIASES.push({ alias, dimension, unit, canonical: dim.canonical, def });
  }
}
UNIT_ALIASES.sort((a, b) => b.alias.length - a.alias.length);

/** The unit written right after a number ("4,200 hectares", "45%", "10 km²"), if any. */
export function unitAfter(text: string): UnitMatch | null {
  const space = /^[ \u00a0\u202f\u2009]?/.exec(text)?.[0].length ?? 0;
  const rest = text.slice(space).toLowerCase();
  for (const a of UNIT_ALIASES) {
    if (!rest.startsWith(a.alias)) continue;
    const next = rest.charAt(a.alias.length);
    if (/[\p{L}\p{N}]/u.test(next)) continue;
    // "%" may touch the number; word units need the space or a boundary, which startsWith gives.
    return {
      dimension: a.dimension,
      unit: a.unit,
      canonical: a.canonical,
      factor: a.def.factor,
      offset: a.def.offset ?? 0,
      length: space + a.alias.length,
    };
  }
  return null;
}

const CURRENCY_SYMBOLS: { symbol: string; code: string }[] = Object.entries(UNITS.currencies)
  .flatMap(([code, c]) => c.symbols.map((symbol) => ({ symbol, code })))
  .sort((a, b) => b.symbol.length - a.symbol.length);
const CURRENCY_WORDS: { word: string; code: string }[] = Object.entries(UNITS.currencies)
  .flatMap(([code, c]) => c.words.map((word) => ({ word, code })))
  .sort((a, b) => b.word.length - a.word.length);

/** A currency symbol or code ending right before a number ("US$", "€ ", "USD "). */
export function currencyBefore(text: string): { code: string; written: string; length: number } | null {
  for (const { symbol, code } of CURRENCY_SYMBOLS) {
    const letters = /^[A-Za-z]/.test(symbol);
    const re = new RegExp(`${letters ? "(?<![\\p{L}])" : ""}${escapeRegExp(symbol)}[ \\u00a0]?$`, "u");
    const m = re.exec(text);
    if (m) return { code, written: m[0].trim(), length: m[0].length };
  }
  return null;
}

/** A currency word right after a number or its scale ("4.5 billion dollars"). */
export function currencyWordAfter(text: string): { code: string; length: number } | null {
  const lower = text.toLowerCase();
  for (const { word, code } of CURRENCY_WORDS) {
    const m = new RegExp(`^\\s${escapeRegExp(word)}(?![\\p{L}])`, "u").exec(lower);
    if (m) return { code, length: m[0].length };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Numerals

export interface Numeral {
  start: number;
  end: number;
  written: string;
  value: number;
  /** Digits after the decimal mark, 0 for integers and words. */
  decimals: number;
  /** Written as a word ("three"). */
  word: boolean;
  /** "61.500": one dot then exactly three digits; a decimal unless the quantity is a count. */
  dotGroup: boolean;
  /** Four plain digits between 1000 and 2100: probably a year. */
  yearLike: boolean;
}

// Digits: comma groups, space groups (incl. no-break and narrow no-break spaces), dot groups
// (two or more), or plain digits; then an optional decimal part.
const DIGIT_NUMERAL =
  /(?<![\p{L}\p{N}_/.:,'’])(\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,.]\d)|\d{1,3}(?:\.\d{3}){2,}(?!\d)|\d+)((?:[.,]\d+)?)/gu;

/** Every numeral written in digits in a line of (masked) text. */
export function digitNumerals(text: string): Numeral[] {
  const out: Numeral[] = [];
  for (const m of text.matchAll(DIGIT_NUMERAL)) {
    const intPart = m[1] ?? "";
    let frac = m[2] ?? "";
    const start = m.index ?? 0;
    let written = m[0];
    let value: number;
    let decimals = 0;
    let dotGroup = false;
    if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(intPart)) {
      value = Number(intPart.replace(/\./g, ""));
    } else {
      const digits = intPart.replace(/[, \u00a0\u202f\u2009]/g, "");
      if (frac.startsWith(",") && intPart.includes(",")) frac = "";
      if (frac.startsWith(",") && frac.length - 1 === 3) {
        // "4,200" is handled above; a lone ",ddd" here cannot happen. Keep as written.
        frac = "";
      }
      if (frac) {
        decimals = frac.length - 1;
        dotGroup = frac.startsWith(".") && decimals === 3 && !intPart.includes(",") && !/\s/.test(intPart);
      }
      value = Number(`${digits}${frac ? `.${frac.slice(1)}` : ""}`);
      written = intPart + frac;
    }
    if (!Number.isFinite(value)) continue;
    const yearLike = /^\d{4}$/.test(intPart) && !frac && value >= 1000 && value <= 2100;
    out.push({ start, end: start + written.length, written, value, decimals, word: false, dotGroup, yearLike });
  }
  return out;
}

const SMALL = NUMBER_WORDS.small;
const TENS = NUMBER_WORDS.tens;
const WORD_NUMERAL = new RegExp(
  `(?<![\\p{L}-])(?:(a dozen|dozen)|(${Object.keys(TENS).join("|")})(?:[- ](${Object.keys(SMALL)
    .filter((w) => SMALL[w]! < 10)
    .join("|")}))?|(${Object.keys(SMALL).join("|")}))(?![\\p{L}])`,
  "giu",
);

/** Every numeral written in words ("three", "twenty-five", "a dozen"). */
export function wordNumerals(text: string): Numeral[] {
  const out: Numeral[] = [];
  for (const m of text.matchAll(WORD_NUMERAL)) {
    const start = m.index ?? 0;
    let value: number;
    if (m[1]) value = NUMBER_WORDS.dozen[m[1].toLowerCase()] ?? 12;
    else if (m[2]) value = (TENS[m[2].toLowerCase()] ?? 0) + (m[3] ? (SMALL[m[3].toLowerCase()] ?? 0) : 0);
    else value = SMALL[(m[4] ?? "").toLowerCase()] ?? NaN;
    if (!Number.isFinite(value)) continue;
    out.push({ start, end: start + m[0].length, written: m[0], value, decimals: 0, word: true, dotGroup: false, yearLike: false });
  }
  return out;
}

/** A scale word after a number ("4.5 billion"; "bn", "m", "k" only when `money`). */
export function scaleAfter(text: string, money: boolean): { factor: number; written: string; length: number } | null {
  const word = /^[ \u00a0]?(hundred|thousand|million|billion|trillion)(?![\p{L}])/iu.exec(text);
  if (word) return { factor: NUMBER_WORDS.scales[word[1]!.toLowerCase()] ?? 1, written: word[1]!, length: word[0].length };
  if (!money) return null;
  const abbr = /^[ \u00a0]?(bn|bln|mn|mln|tn|trn|m|k|b)(?![\p{L}])/iu.exec(text);
  if (abbr) return { factor: NUMBER_WORDS.abbreviations[abbr[1]!.toLowerCase()] ?? 1, written: abbr[1]!, length: abbr[0].length };
  return null;
}

// ---------------------------------------------------------------------------------------------
// Approximations and intervals

const APPROX_PHRASES: { phrase: string; shape: Shape; re: RegExp }[] = MEASURES.approximations
  .flatMap((a) => a.phrases.map((phrase) => ({ phrase, shape: a.shape })))
  .sort((a, b) => b.phrase.length - a.phrase.length)
  .map((a) => ({ ...a, re: new RegExp(`(?<![\\p{L}])${escapeRegExp(a.phrase)}[ \\u00a0]*$`, "iu") }));

/** "7.2 bln euros", "300m dollars": a scale abbreviation followed by a currency word. */
export function abbreviatedScaleThenCurrency(text: string): boolean {
  const abbr = /^[ \u00a0]?(?:bn|bln|mn|mln|tn|trn|m|b)(?![\p{L}])/iu.exec(text);
  return abbr !== null && currencyWordAfter(text.slice(abbr[0].length)) !== null;
}

/** The approximation phrase ending right before a number ("about", "more than"), if any. */
export function approximationBefore(text: string): { shape: Shape; written: string; length: number } | null {
  for (const a of APPROX_PHRASES) {
    const m = a.re.exec(text);
    if (m) return { shape: a.shape, written: m[0].trim(), length: m[0].length };
  }
  return null;
}

export const APPROX_WORDS: string[] = APPROX_PHRASES.map((a) => a.phrase);

export function approximationOf(shape: Shape): Approximation {
  return shape === "nearly" ? "about" : shape;
}

/** Share of a stated figure that "about N" may be off by. */
export const ABOUT_TOLERANCE = 0.05;
/** "nearly N" / "almost N": at most this share below N. */
export const NEARLY_TOLERANCE = 0.1;

/**
 * Half a unit of the precision a figure is written with, in the figure's own unit:
 * decimals → half of the last decimal place ("6.1" → 0.05); scaled figures ("4.5 billion") the
 * same on the mantissa; whole numbers of 100 or more → half of their last non-zero digit's place
 * ("4,200" → 50, "870" → 5); smaller whole counts are exact (nobody rounds 12 deaths to 10).
 */
export function roundingOf(numeral: Numeral, scale: number, dimension: string): number {
  if (numeral.decimals > 0) return (0.5 * scale) / 10 ** numeral.decimals;
  const mantissa = Math.round(numeral.value);
  // Measured (not counted) quantities are always rounded to their last stated digit.
  const measured = CONTINUOUS_DIMENSIONS.has(dimension);
  if (scale > 1 || measured) {
    if (mantissa < 100) return 0.5 * scale;
  } else if (mantissa < 100) {
    return 0;
  }
  let zeros = 0;
  let rest = mantissa;
  while (rest > 0 && rest % 10 === 0) {
    zeros += 1;
    rest /= 10;
  }
  if (zeros === 0) return scale > 1 || measured ? 0.5 * scale : 0;
  return 0.5 * scale * 10 ** zeros;
}

/** Dimensions whose figures are measurements, rounded to their last digit, not exact counts. */
const CONTINUOUS_DIMENSIONS = new Set(["percent", "magnitude", "temperature", "speed", "length", "area", "mass"]);

/** Upper bound used for "over N" and "at least N": no bound, kept finite so it serializes. */
export const NO_UPPER_BOUND = Number.MAX_SAFE_INTEGER;

/** Interval [low, high] a figure admits in its written unit, given how it was qualified. */
export function intervalOf(value: number, rounding: number, shape: Shape, dimension: string): [number, number] {
  const cap = dimension === "percent" ? 100 : NO_UPPER_BOUND;
  switch (shape) {
    case "exact":
      return [value - rounding, value + rounding];
    case "about":
      return [value * (1 - ABOUT_TOLERANCE) - rounding, value * (1 + ABOUT_TOLERANCE) + rounding];
    case "nearly":
      return [value * (1 - NEARLY_TOLERANCE) - rounding, value + rounding];
    case "over":
    case "at-least":
      return [value - rounding, cap];
    case "under":
    case "at-most":
      return [0, value + rounding];
  }
}

/** How a claim's interval was widened, for a finding's `tolerance`. */
export function toleranceNotes(shape: Shape, rounding: number, conversion: string | null): string[] {
  const notes: string[] = [];
  if (shape === "about") notes.push(`about: ±${ABOUT_TOLERANCE * 100}% plus rounding`);
  if (shape === "nearly") notes.push(`nearly: up to ${NEARLY_TOLERANCE * 100}% below`);
  if (shape === "over" || shape === "at-least") notes.push(`${shape === "over" ? "over" : "at least"}: no upper bound`);
  if (shape === "under" || shape === "at-most") notes.push(`${shape === "under" ? "under" : "up to"}: no lower bound`);
  if (rounding > 0) notes.push("round figures: ±half of the last stated digit");
  if (conversion) notes.push(`${conversion} conversion`);
  return notes;
}

// ---------------------------------------------------------------------------------------------
// Formatting (locale-free)

/** "4200" → "4,200"; keeps up to `digits` decimals, trailing zeros dropped. */
export function formatNumber(value: number, digits = 2): string {
  const rounded = value.toFixed(digits);
  // Trailing zeros of the decimals only: "150" stays "150", "4.50" becomes "4.5".
  const fixed = rounded.includes(".") ? rounded.replace(/\.?0+$/, "") : rounded;
  const [int = "0", frac] = fixed.split(".");
  const sign = int.startsWith("-") ? "-" : "";
  const grouped = int.replace("-", "").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}${grouped}${frac ? `.${frac}` : ""}`;
}

/**
 * The unit a converted figure reads best in: the canonical unit, unless the figure is below 1 of it
 * and the dimension lists display units; then the largest of those that gives 1 or more
 * ("15 inches" is 38.1 cm, not 0.000381 km). Null when that is the unit the source wrote.
 */
export function readableEquivalent(dimension: string, canonicalAmount: number, writtenUnit: string): { amount: number; unit: string } | null {
  const dim = UNITS.dimensions[dimension];
  if (!dim) return null;
  const display = dim.displayUnits ?? [];
  if (Math.abs(canonicalAmount) >= 1 || !display.length || canonicalAmount === 0) {
    return writtenUnit === dim.canonical ? null : { amount: canonicalAmount, unit: dim.canonical };
  }
  // A small figure the source wrote in one of the display units already reads well as written.
  if (display.includes(writtenUnit)) return null;
  for (const unit of display) {
    const factor = dim.units[unit]?.factor;
    if (!factor) continue;
    const amount = canonicalAmount / factor;
    if (Math.abs(amount) >= 1) return unit === writtenUnit ? null : { amount, unit };
  }
  return null;
}

/** Canonical value string: plain digits, no grouping ("4200 ha", "4500000000 USD", "870"). */
export function canonicalValue(amount: number, unit: string): string {
  const rounded =
    Math.abs(amount) >= 100
      ? Math.round(amount)
      : Math.abs(amount) >= 1 || amount === 0
        ? Math.round(amount * 100) / 100
        : // "380 mm" in km: keep three significant digits rather than rounding to nothing.
          Number(amount.toPrecision(3));
  return unit ? `${rounded} ${unit}` : String(rounded);
}

/** Decimals that show a figure to about three significant digits (at least `min`). */
export function displayDecimals(value: number, min = 0): number {
  const abs = Math.abs(value);
  if (abs >= 100 || abs === 0) return min;
  return Math.max(min, Math.min(10, 2 - Math.floor(Math.log10(abs))));
}

// ---------------------------------------------------------------------------------------------
// Nouns

const IRREGULAR_PLURALS = new Map(Object.entries(MEASURES.irregularPlurals).filter(([w]) => !w.startsWith("_")));

/** "firefighters" → "firefighter", "countries" → "country", "people" → "people". */
export function singular(word: string): string {
  const w = word.toLowerCase();
  if (MEASURES.invariantNouns.includes(w)) return w;
  const irregular = IRREGULAR_PLURALS.get(w);
  if (irregular) return irregular;
  if (/ies$/.test(w) && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w) && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

export function isPluralNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (MEASURES.invariantNouns.includes(w) || IRREGULAR_PLURALS.has(w)) return true;
  return w.length > 3 && /s$/.test(w) && !/(?:ss|us|is|ous)$/.test(w);
}

/** Whether a claim's measure is specific enough for two differing values to be a conflict. */
export function isConflictCapable(data: Pick<NumberData, "measure" | "unit">): boolean {
  // A figure for an earlier period ("a year earlier") is named too loosely to pin down which one.
  if (data.measure.startsWith(EARLIER_PREFIX) || data.measure.startsWith(EXPECTED_PREFIX)) return false;
  if (data.measure.startsWith(FURTHER_PREFIX)) return false;
  if (MEASURES.measures[data.measure]?.neverConflicts) return false;
  // A count named only by its noun ("52 miners", "four miners") says nothing of what happened to
  // those counted (working, rescued, dead, missing): differing figures are at most a variant.
  if (data.measure === "count") return false;
  return !GENERIC_MEASURES.has(data.measure);
}

/** Prefix of the measure of a figure stated for an earlier period ("earlier revenue"). */
export const EARLIER_PREFIX = "earlier ";
/** Prefix of the measure of a forecast or expected figure ("expected revenue"). */
export const EXPECTED_PREFIX = "expected ";
/** Prefix of the measure of a figure added to an earlier one ("a further 21%"): not the total. */
export const FURTHER_PREFIX = "further ";

/** Measures that only say what the unit is, not what was measured. */
export const GENERIC_MEASURES = new Set([
  "speed",
  "area",
  "money",
  "percent",
  "percentage points",
  "distance",
  "length",
  "mass",
  "temperature",
  "running score",
]);
