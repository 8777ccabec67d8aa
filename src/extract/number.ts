// Number claims: quantities with what they count and their unit ("about 4,200 hectares burnt",
// "2,300 residents evacuated", "beat X 3-2", "a crowd of 61,500"). Dates, times, ages, match
// minutes, ordinals, years and numbers inside quoted speech are not quantities and are skipped.
import type { Claim, NumberData, Source } from "../types.js";
import {
  abbreviatedScaleThenCurrency,
  EARLIER_PREFIX,
  EXPECTED_PREFIX,
  FURTHER_PREFIX,
  MEASURES,
  NUMBER_WORDS,
  approximationBefore,
  approximationOf,
  canonicalValue,
  currencyBefore,
  currencyWordAfter,
  digitNumerals,
  displayDecimals,
  escapeRegExp,
  formatNumber,
  intervalOf,
  readableEquivalent,
  isPluralNoun,
  roundingOf,
  scaleAfter,
  singular,
  unitAfter,
  wordNumerals,
  type MeasureDef,
  type Numeral,
  type Shape,
  type UnitMatch,
} from "./quantity.js";
import { anchorFor, type ExtractContext } from "./context.js";
import { sentenceSpans } from "./sentences.js";

// ---------------------------------------------------------------------------------------------
// Masking: blank out (with spaces, so columns survive) what must never be read as a quantity.

/** HTML tags, entities, URLs and Markdown emphasis/heading/quote marks. */
export function maskMarkup(text: string): string {
  return text
    .replace(/&(?:ldquo|rdquo|quot|#8220|#8221|#34);/g, (m) => `"${" ".repeat(m.length - 1)}`)
    .replace(/<[^>]*>?/g, (m) => " ".repeat(m.length))
    .replace(/&[#\w]+;/g, (m) => " ".repeat(m.length))
    .replace(/\bhttps?:\/\/\S+/g, (m) => " ".repeat(m.length))
    .replace(/^(\s*)(?:[#>]+|[-*+]|\d{1,2}[.)])(?=\s)/, (m, lead: string) => lead + " ".repeat(m.length - lead.length))
    .replace(/[*_`]+/g, (m) => " ".repeat(m.length));
}

/** Direct speech: what people said is quoted, not stated by the source ("Twenty years of work"). */
export function maskSpeech(text: string): string {
  const chars = [...text];
  const out = chars.slice();
  let open = -1;
  let straight = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (open < 0) {
      if (c === "“" || c === "„" || c === "«") {
        open = i;
        straight = false;
      } else if (c === '"') {
        open = i;
        straight = true;
      }
    } else if ((straight && c === '"') || (!straight && (c === "”" || c === "“" || c === "»"))) {
      for (let j = open + 1; j < i; j++) out[j] = " ";
      open = -1;
    }
  }
  if (open >= 0) for (let j = open + 1; j < chars.length; j++) out[j] = " ";
  return out.join("");
}

const MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const DATE_TIME_PATTERNS: RegExp[] = [
  /\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/g,
  /\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/g,
  /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?:am|pm|a\.m\.|p\.m\.))?/gi,
  /\b\d{1,2}(?:\.\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}])/giu,
  new RegExp(`\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?\\b`, "gi"),
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\b\\.?(?:,?\\s+\\d{4})?`, "gi"),
  new RegExp(`\\b(?:${MONTHS})\\.?\\s+\\d{4}\\b`, "gi"),
];

/** ISO dates and timestamps, numeric dates, clock times and day-month dates. */
export function maskDatesAndTimes(text: string): string {
  let out = text;
  for (const re of DATE_TIME_PATTERNS) out = out.replace(re, (m) => " ".repeat(m.length));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Words and cue phrases

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

function words(text: string): string[] {
  return [...text.toLowerCase().matchAll(WORD)].map((m) => m[0]);
}

interface Cue {
  measure: string;
  def: MeasureDef;
  tokens: string[];
}

const MEASURE_CUES: { before: Cue[]; after: Cue[] } = { before: [], after: [] };
for (const [measure, def] of Object.entries(MEASURES.measures)) {
  for (const phrase of def.before) MEASURE_CUES.before.push({ measure, def, tokens: words(phrase) });
  for (const phrase of def.after) MEASURE_CUES.after.push({ measure, def, tokens: words(phrase) });
}

function indexOfSeq(hay: string[], needle: string[], from: number): number {
  outer: for (let i = from; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** Distance in words from the end of the last occurrence of `cue` in `before` to its end. */
function distanceBefore(before: string[], cue: string[]): number {
  let best = -1;
  let i = indexOfSeq(before, cue, 0);
  while (i >= 0) {
    best = i;
    i = indexOfSeq(before, cue, i + 1);
  }
  return best < 0 ? -1 : before.length - (best + cue.length);
}

function distanceAfter(after: string[], cue: string[]): number {
  return cue.length ? indexOfSeq(after, cue, 0) : -1;
}

const BEFORE_WINDOW = 5;
/** Words joining two clauses with no comma ("... were killed and 11 people were hurt"). */
const COORDINATORS = ["and", "but", "while", "whereas"];
const AFTER_WINDOW = 8;
/** Words that open a verb's own object ("damaged a substation"). */
const OBJECT_DETERMINERS = new Set(["a", "an", "the", "its", "their", "his", "her"]);

/** The nearest cue of `cues` around a quantity, among those `accept` allows. */
function nearestCue(
  before: string[],
  after: string[],
  accept: (def: MeasureDef) => boolean,
): string | null {
  let best: { measure: string; distance: number } | null = null;
  const b = before.slice(-BEFORE_WINDOW);
  const a = after.slice(0, AFTER_WINDOW);
  // "Three were killed and 11 people were hurt": a cue before a coordinator belongs to the
  // previous clause, so any cue of the number's own clause (after it) wins over it.
  const coordinatorAt = Math.max(...COORDINATORS.map((c) => b.lastIndexOf(c)));
  for (const cue of MEASURE_CUES.before) {
    if (!accept(cue.def)) continue;
    const d = distanceBefore(b, cue.tokens);
    const previousClause = coordinatorAt >= 0 && d >= 0 && b.length - d <= coordinatorAt;
    const distance = previousClause ? d + AFTER_WINDOW : d;
    if (d >= 0 && (!best || distance < best.distance)) best = { measure: cue.measure, distance };
  }
  for (const cue of MEASURE_CUES.after) {
    if (!accept(cue.def)) continue;
    const d = distanceAfter(a, cue.tokens);
    // "after the quake damaged a substation": a bare verb with an object of its own describes
    // that object, not the number.
    if (d >= 0 && cue.tokens.length === 1 && OBJECT_DETERMINERS.has(after[d + 1] ?? "")) continue;
    if (d >= 0 && (!best || d < best.distance)) best = { measure: cue.measure, distance: d };
  }
  return best?.measure ?? null;
}

interface ClauseCue {
  measure: string;
  def: MeasureDef;
  links: string[][];
  cues: string[][];
}

const CLAUSE_CUES: ClauseCue[] = Object.entries(MEASURES.measures).flatMap(([measure, def]) =>
  def.clause ? [{ measure, def, links: def.clause.links.map(words), cues: def.clause.cues.map(words) }] : [],
);
/** How far back in its clause the subject naming a measure may stand. */
const CLAUSE_WINDOW = 16;

function endsWith(hay: string[], needle: string[]): boolean {
  return needle.length > 0 && needle.length <= hay.length && indexOfSeq(hay, needle, hay.length - needle.length) >= 0;
}

/**
 * The measure named as the subject (or verb) of the number's clause when the number directly
 * follows a linking phrase: "the death toll from Sunday's quake rose to 112", "agreed to buy the
 * firm for $4.5 billion". `clause` holds the words from the clause start to the number.
 */
function clauseCue(clause: string[], accept: (def: MeasureDef) => boolean): string | null {
  let best: { measure: string; distance: number } | null = null;
  for (const c of CLAUSE_CUES) {
    if (!accept(c.def)) continue;
    for (const link of c.links) {
      if (!endsWith(clause, link)) continue;
      const rest = clause.slice(0, clause.length - link.length).slice(-CLAUSE_WINDOW);
      for (const cue of c.cues) {
        const d = distanceBefore(rest, cue);
        if (d >= 0 && (!best || d < best.distance)) best = { measure: c.measure, distance: d };
      }
    }
  }
  return best?.measure ?? null;
}

const STATED_BY = Object.entries(MEASURES.measures).flatMap(([measure, def]) =>
  def.statedBy
    ? [{ measure, def, subjects: def.statedBy.subjects.map(words), verbs: new Set(def.statedBy.verbs), links: new Set(def.statedBy.links) }]
    : [],
);

/**
 * The measure stated by the clause's own subject and verb when the figure directly follows a
 * link: "The stock closed up 29% at $47.40" → share price. `clause` holds the words from the
 * clause start to the number; the subject comes first, then the verb, then the link.
 */
function statedByCue(clause: string[], accept: (def: MeasureDef) => boolean): string | null {
  const last = clause[clause.length - 1];
  if (last === undefined) return null;
  const window = clause.slice(-CLAUSE_WINDOW, -1);
  for (const s of STATED_BY) {
    if (!accept(s.def) || !s.links.has(last)) continue;
    const verbAt = window.findIndex((w) => s.verbs.has(w));
    if (verbAt <= 0) continue;
    const head = window.slice(0, verbAt);
    if (s.subjects.some((subject) => indexOfSeq(head, subject, 0) >= 0)) return s.measure;
  }
  return null;
}

const COMBINED_RE = new RegExp(
  `(?<![\\p{L}])(?:${MEASURES.combined.phrases.map((p) => escapeRegExp(p).replace(/ /g, "[ \\u00a0]+")).join("|")})(?![\\p{L}])`,
  "iu",
);
/** Prefix of the measure of a pro-forma figure of a combined company ("combined revenue"). */
const COMBINED_PREFIX = "combined ";

const MODIFIER_MEASURE = new Map<string, string>();
for (const [measure, def] of Object.entries(MEASURES.measures)) {
  for (const m of def.modifiers ?? []) MODIFIER_MEASURE.set(m, measure);
}

const PREVIOUS_BEFORE = MEASURES.previousPeriod.before.map(
  (w) => new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}[ \\u00a0]*$`, "iu"),
);
const PREVIOUS_AFTER = MEASURES.previousPeriod.after.map(words);
/** Words after a figure within which "a year earlier" still dates it. */
const PREVIOUS_AFTER_WINDOW = 4;

const INCREMENT_BEFORE = MEASURES.increment.before.map(
  (w) => new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}[ \\u00a0]*$`, "iu"),
);

/** "a further 21% of the shares", "another 300 people": an addition, not the total. */
function isIncrement(before: string): boolean {
  return INCREMENT_BEFORE.some((re) => re.test(before));
}

/** "compared with $11.4 billion a year earlier": a figure for an earlier period. */
function isEarlierPeriod(before: string, after: string[]): boolean {
  if (PREVIOUS_BEFORE.some((re) => re.test(before))) return true;
  // "rose 8% to $12.3 billion from $11.4 billion": "from" right after another figure.
  if (/\d[\p{L}%$€£ \u00a0.]{0,24}[ \u00a0]from[ \u00a0]*$/u.test(before)) return true;
  const near = after.slice(0, PREVIOUS_AFTER_WINDOW + 4);
  return PREVIOUS_AFTER.some((p) => {
    const i = indexOfSeq(near, p, 0);
    return i >= 0 && i <= PREVIOUS_AFTER_WINDOW;
  });
}

const WEEKDAYS_AND_MONTHS = new RegExp(`^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|${MONTHS})$`, "i");

/**
 * Who a figure belongs to: the last run of capitalised words before it in the sentence, after
 * any possessive ("Norrvik's Harbour Alliance" → "harbour alliance"); sentence-initial function
 * words, pronouns, weekdays and months are not holders.
 */
function holderBefore(before: string): string | null {
  const runs = [...before.matchAll(/\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*)*/gu)];
  for (let i = runs.length - 1; i >= 0; i--) {
    let tokens = runs[i]![0].split(/[ \u00a0]+/);
    let possessive = -1;
    tokens.forEach((t, at) => {
      if (/['’]s$/.test(t)) possessive = at;
    });
    if (possessive >= 0 && possessive < tokens.length - 1) tokens = tokens.slice(possessive + 1);
    tokens = tokens.map((t) => t.replace(/['’]s?$/, "")).filter((t) => !STOP_WORDS.has(t.toLowerCase()) && !WEEKDAYS_AND_MONTHS.test(t));
    if (tokens.length) return tokens.join(" ").toLowerCase();
  }
  return null;
}

const HOSPITAL_STATE = MEASURES.hospitalState;
const alternation = (list: string[]) => list.map((w) => escapeRegExp(w).replace(/ /g, "[ \\u00a0]+")).join("|");
// "remain in St. Aldric's Hospital", "are still being treated", "still in hospital": the clause's
// state verb, then a care place within a few words or a treatment phrase.
const HOSPITAL_STATE_RE = HOSPITAL_STATE
  ? new RegExp(
      `(?<![\\p{L}])(?:${alternation(HOSPITAL_STATE.verbs)})[ \\u00a0]+(?:still[ \\u00a0]+)?(?:(?:${alternation(HOSPITAL_STATE.treated)})(?![\\p{L}])|(?:in|at|under)[ \\u00a0]+(?:[\\p{L}.'’-]+[ \\u00a0]+){0,4}?(?:${alternation(HOSPITAL_STATE.places)})(?![\\p{L}]))`,
      "iu",
    )
  : null;

/** Whether the clause after a counted noun puts those counted in hospital ("... remain in hospital"). */
function inHospitalState(afterClause: string): boolean {
  return HOSPITAL_STATE_RE !== null && HOSPITAL_STATE_RE.test(afterClause);
}

// ---------------------------------------------------------------------------------------------
// Money named by its head noun, labels, parts of a total, figures of another time

const MONEY_HEAD_NOUNS = new Map(Object.entries(MEASURES.moneyHeads.nouns));
const NAMED_HEADS = new Set(MEASURES.moneyHeads.named);
const byLength = (list: string[]) => [...list].sort((a, b) => b.length - a.length);
// "a Harbour Renewal Fund of €1.3 billion", "a bridge loan worth $2bn": a head noun, then a link.
const HEAD_BEFORE = new RegExp(
  `(?<![\\p{L}])([\\p{L}'’-]+)(?:['’]s)?[ \\u00a0]+(?:${alternation(byLength(MEASURES.moneyHeads.links))})[ \\u00a0]*$`,
  "iu",
);
// "a $2.5bn bridge loan", "€1.8 billion ($2.1 billion) fund", "$40m in fines": words after the amount.
const HEAD_AFTER = /^(?:[ \u00a0]*\([^()]{0,60}\))?((?:[ \u00a0]+[\p{L}'’-]+){1,6})/u;
const CAPITALISED = /^\p{Lu}/u;

/** The measure of a named head ("Harbour Renewal Fund" → "fund size of harbour renewal fund"). */
function namedHeadMeasure(measure: string, nameTokens: string[]): string {
  const name = nameTokens.filter((t) => !STOP_WORDS.has(t.toLowerCase()) && !WEEKDAYS_AND_MONTHS.test(t));
  // A name is more than the head noun itself ("Fund of €2bn" opening a sentence names nothing).
  return name.length >= 2 ? `${measure} of ${name.join(" ").toLowerCase()}` : measure;
}

function headMeasureOf(word: string, previous: string | undefined): string | undefined {
  const w = word.toLowerCase();
  return (previous ? MONEY_HEAD_NOUNS.get(`${previous.toLowerCase()} ${w}`) : undefined) ?? MONEY_HEAD_NOUNS.get(w);
}

/**
 * The measure a money amount's head noun gives it: "a US$2.5bn bridge loan" → loan, "a fine of
 * $40m" → fine, "the Harbour Renewal Fund of €1.3 billion" → fund size of harbour renewal fund.
 * The head wins over any deal verb nearby: what the amount is matters more than who pays it.
 */
function moneyHead(before: string, after: string): string | null {
  const link = HEAD_BEFORE.exec(before);
  if (link) {
    const headWord = link[1]!;
    const ahead = before.slice(0, link.index);
    const previous = /([\p{L}'’-]+)[ \u00a0]+$/u.exec(ahead)?.[1];
    const measure = headMeasureOf(headWord, previous);
    if (measure) {
      if (NAMED_HEADS.has(headWord.toLowerCase()) && CAPITALISED.test(headWord)) {
        const run = /((?:\p{Lu}[\p{L}'’-]*[ \u00a0]+){0,5})$/u.exec(ahead)?.[1] ?? "";
        return namedHeadMeasure(measure, [...run.trim().split(/[ \u00a0]+/).filter(Boolean), headWord]);
      }
      return measure;
    }
  }
  const m = HEAD_AFTER.exec(after);
  if (!m) return null;
  let tokens = m[1]!.trim().split(/[ \u00a0]+/);
  // "$40m in fines", "$800 million of net debt": the head noun follows "in" or "of".
  if (tokens[0]?.toLowerCase() === "in" || tokens[0]?.toLowerCase() === "of") tokens = tokens.slice(1);
  // "a €2bn Harbour Renewal Fund": a proper name ending in a named head.
  let caps = 0;
  while (caps < tokens.length && CAPITALISED.test(tokens[caps]!)) caps++;
  if (caps > 0) {
    const last = tokens[caps - 1]!;
    const measure = NAMED_HEADS.has(last.toLowerCase()) ? headMeasureOf(last, undefined) : undefined;
    return measure ? namedHeadMeasure(measure, tokens.slice(0, caps)) : null;
  }
  // The head of a compound is its last noun ("bridge loan", "investment fund"); up to three words.
  let found: string | null = null;
  for (let i = 0; i < Math.min(3, tokens.length); i++) {
    const word = tokens[i]!;
    if (STOP_WORDS.has(word.toLowerCase()) || CAPITALISED.test(word)) break;
    found = headMeasureOf(word, i > 0 ? tokens[i - 1] : undefined) ?? found;
  }
  return found;
}

// "Price per share: US$38.50", "Injured: more than 200": a label that opens the sentence.
const LABEL = /^[ \u00a0]*(\p{L}[\p{L}'’ \u00a0/-]{0,48}?)[ \u00a0]*:[ \u00a0]*$/u;
const MAX_LABEL_WORDS = 5;
const CLAUSE_VERBS = new Set(["said", "says", "say", "was", "were", "is", "are", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "might"]);
const LINK_WORDS = new Set(["of", "at", "to", "in", "by", "was", "were", "is", "are"]);

function trimLinks(tokens: string[]): string[] {
  let out = tokens;
  while (out.length && LINK_WORDS.has(out[0]!)) out = out.slice(1);
  while (out.length && LINK_WORDS.has(out[out.length - 1]!)) out = out.slice(0, -1);
  return out;
}

/** Every phrase naming a measure, by measure: its name, subject, cues and nouns. */
const LABEL_NAMES: { measure: string; def: MeasureDef; tokens: string[] }[] = Object.entries(MEASURES.measures).flatMap(
  ([measure, def]) =>
    [measure, def.subject.replace("{noun}", ""), ...def.before, ...def.after, ...def.nouns, ...(def.modifiers ?? [])]
      .map((p) => trimLinks(words(p)))
      .filter((tokens) => tokens.length > 0)
      .map((tokens) => ({ measure, def, tokens })),
);

/**
 * The measure a "Label: value" line names, for a value of `dimension`: "Price per share" → price
 * per share; "Fund size" → fund size; "Deaths", "Enterprise value" → the measure whose name or
 * cue the label is. Null when the label names none, or more than one.
 */
function labelMeasure(before: string, dimension: string): string | null {
  const label = LABEL.exec(before)?.[1];
  if (!label) return null;
  const tokens = words(label);
  // A label is a short noun phrase ("Price per share"), not a clause ("He said the price was fair").
  if (tokens.length > MAX_LABEL_WORDS || tokens.some((t) => CLAUSE_VERBS.has(t))) return null;
  if (dimension === "money") {
    const perAt = tokens.findIndex((t) => t === "per" || t.startsWith("per-"));
    const perNoun = perAt < 0 ? null : tokens[perAt]!.startsWith("per-") ? tokens[perAt]!.slice(4) : (tokens[perAt + 1] ?? null);
    const rest = perAt < 0 ? tokens : tokens.filter((_, i) => i !== perAt && !(tokens[perAt] === "per" && i === perAt + 1));
    let head: string | null = null;
    rest.forEach((t, i) => {
      head = headMeasureOf(t, i > 0 ? rest[i - 1] : undefined) ?? head;
    });
    if (perNoun && !STOP_WORDS.has(perNoun)) return `${head ?? "price"} per ${singular(perNoun)}`;
    if (head === "fund size") {
      const named = label.trim().split(/[ \u00a0]+/);
      return CAPITALISED.test(named[named.length - 1] ?? "") ? namedHeadMeasure(head, named) : head;
    }
    if (head) return head;
  }
  const found = new Set<string>();
  for (const n of LABEL_NAMES) {
    if (!n.def.dimensions.includes(dimension)) continue;
    if (n.tokens.length === tokens.length && n.tokens.every((t, i) => t === tokens[i])) found.add(n.measure);
  }
  return found.size === 1 ? [...found][0]! : null;
}

const SUBSET_BEFORE = MEASURES.subset.before.map((w) => new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}[ \\u00a0]*$`, "iu"));
const SUBSET_AFTER = new RegExp(`^[ \\u00a0]+(?:${alternation(MEASURES.subset.after)})(?![\\p{L}])`, "iu");

const OTHER_TIME = MEASURES.otherTime;
// "the worst since 1987, when 112 people died", "since the 1987 quake, which killed 112": a year
// after an anchor word, then a relative clause the figure stands in.
const otherTimeYear = (anchors: string[]) =>
  new RegExp(
    `(?<![\\p{L}])(?:${alternation(byLength(anchors))})[ \\u00a0]+(?:[\\p{L}'’-]+[ \\u00a0]+){0,2}?(\\d{4})(?![\\p{N}])(?:[ \\u00a0]+(?!(?:and|but|or)(?![\\p{L}]))[\\p{L}'’-]+){0,4},?[ \\u00a0]+(?:${alternation(OTHER_TIME.relatives)})(?![\\p{L}])[^,;]*$`,
    "iu",
  );
// "since" always looks back; other anchors ("in 1987", "the 1987 quake") only to a year before the source's.
const SINCE_YEAR = otherTimeYear(OTHER_TIME.anchors.filter((a) => a === "since"));
const OTHER_TIME_YEAR = otherTimeYear(OTHER_TIME.anchors.filter((a) => a !== "since"));
// A name (not the clause's first word) then "in 1987" with no comma after: the clause is about that event then.
const NAMED_IN_YEAR = /(?<=[\p{L}][ \u00a0]+)\p{Lu}[\p{L}'’-]*[ \u00a0]+in[ \u00a0]+(\d{4})(?![\p{N}])[^,;]*$/u;
// "In 2025 the company shed ...", "In 2025, the company shed ...": a clause opened by a year.
const OPENING_IN_YEAR = /^[\s"“‘(]*in[ \u00a0]+(\d{4})(?![\p{N}]),?[^,;]*$/iu;
// "the loss of 1,100 roles in 2025", "killed 31 people here in 2019": the year just after the figure.
const IN_YEAR_AFTER = /^(?:[ \u00a0]+[\p{L}'’-]+){0,2}?[ \u00a0]+in[ \u00a0]+(\d{4})(?![\p{N}])/iu;
const OTHER_TIME_PHRASE = new RegExp(`(?<![\\p{L}])(?:${alternation(byLength(OTHER_TIME.phrases))})(?![\\p{L}])`, "iu");
const OTHER_TIME_PHRASE_RELATIVE = new RegExp(
  `(?<![\\p{L}])(?:${alternation(byLength(OTHER_TIME.phrases))})(?![\\p{L}])[^;.]{0,60}?,?[ \\u00a0]+(?:${alternation(OTHER_TIME.relatives)})(?![\\p{L}])[^,;]*$`,
  "iu",
);

/**
 * Whether the clause a figure stands in is anchored to another time, so the figure belongs to
 * another event: "since 1987, when 112 people were killed", "the 1987 quake, which killed 112",
 * "last year's flood, which killed 40". A year counts as another time when it is before the
 * source's year ("since" always looks back, so it needs no known year).
 */
function isOtherTime(sentenceBefore: string, clause: string, anchorYear: number | null, after = ""): boolean {
  if (OTHER_TIME_PHRASE.test(clause) || OTHER_TIME_PHRASE_RELATIVE.test(sentenceBefore)) return true;
  const yearOf = (m: RegExpExecArray | null) => (m ? Number(m[1]) : NaN);
  // The clause's own past year: "Storm X in 2019 came ashore ... and killed 31", "In 2025 the
  // company shed 1,100 jobs", "the loss of 1,100 roles in 2025".
  if (anchorYear !== null) {
    const own = [NAMED_IN_YEAR.exec(clause), OPENING_IN_YEAR.exec(clause), IN_YEAR_AFTER.exec(after)].map(yearOf);
    if (own.some((year) => year >= 1000 && year < anchorYear)) return true;
  }
  const since = yearOf(SINCE_YEAR.exec(sentenceBefore));
  if (since >= 1000 && since <= 2100 && (anchorYear === null || since < anchorYear)) return true;
  const other = yearOf(OTHER_TIME_YEAR.exec(sentenceBefore));
  return other >= 1000 && anchorYear !== null && other < anchorYear;
}

const EXPECTED_BEFORE = MEASURES.expectedFigure.before.map(words);
const EXPECTED_AFTER = MEASURES.expectedFigure.after.map(words);
/** Words back in the clause within which "forecast" still governs a figure. */
const EXPECTED_BEFORE_WINDOW = 8;

/** "forecast revenue of $12.8 billion", "the 12.1 billion dollars analysts had expected". */
function isExpected(clause: string[], after: string[]): boolean {
  const back = clause.slice(-EXPECTED_BEFORE_WINDOW);
  if (EXPECTED_BEFORE.some((p) => indexOfSeq(back, p, 0) >= 0)) return true;
  const near = after.slice(0, PREVIOUS_AFTER_WINDOW + 3);
  return EXPECTED_AFTER.some((p) => {
    const i = indexOfSeq(near, p, 0);
    return i >= 0 && i <= PREVIOUS_AFTER_WINDOW;
  });
}

// A comma then a word that opens a new clause: cues after it belong to that clause.
const CLAUSE_OPENER = /,[ \u00a0]+(?:with|and|but|while|whereas|including|which|who|as|after|before|when|although|though|[\p{Ll}]+ing)(?![\p{L}])/u;

const CLAUSE_OPENERS = new RegExp(CLAUSE_OPENER.source, "gu");

/**
 * Where the clause a number stands in starts, for the cue words before it: just after the last
 * comma that opens a new clause ("200 injured, and 4,500 people ..."), so a cue of the clause
 * before never leaks into the next one.
 */
function openerBefore(text: string, at: number): number {
  let start = 0;
  for (const m of text.slice(0, at).matchAll(CLAUSE_OPENERS)) start = (m.index ?? 0) + 1;
  return start;
}

/** Where the clause a number stands in ends, looking forward from `from` up to `limit`. */
// A subordinating conjunction opens a new clause even without a comma ("41% of X once the stake is counted").
const SUBORDINATOR = /[ \u00a0](?:once|because|unless|although|though|whereas|while|if|until)(?![\p{L}])/iu;

// "about €45 million, not counting the fine": what follows names what the figure is not.
const EXCLUDED_AFTER = new RegExp(`(?<![\\p{L}])(?:${alternation(byLength(MEASURES.excluded.phrases))})(?![\\p{L}])`, "iu");

function clauseEnd(text: string, from: number, limit: number): number {
  const piece = text.slice(from, limit);
  const ends = [CLAUSE_OPENER.exec(piece), SUBORDINATOR.exec(piece), EXCLUDED_AFTER.exec(piece)].flatMap((m) => (m ? [m.index ?? 0] : []));
  return ends.length ? from + Math.min(...ends) : limit;
}

// Function words and common verbs: a counted noun phrase stops before them.
export const STOP_WORDS = new Set([
  "a", "an", "the", "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "onto", "over", "under",
  "and", "or", "but", "nor", "as", "than", "that", "which", "who", "whom", "whose", "this", "these", "those",
  "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would",
  "can", "could", "may", "might", "must", "shall", "should", "it", "its", "their", "his", "her", "our", "my",
  "your", "they", "them", "he", "she", "we", "you", "i", "not", "no", "so", "per", "each", "after", "before",
  "since", "until", "while", "when", "where", "if", "about", "around", "across", "against", "between",
  "through", "during", "without", "within", "among", "amid", "via", "including", "excluding", "according",
  "said", "says", "say", "more", "less", "most", "least", "other", "others", "all", "both", "such", "also",
  "only", "just", "still", "already", "then", "there", "here", "now", "ago", "later", "earlier", "up", "down",
  "out", "off", "away", "back", "left", "right", "this", "next", "last", "first", "second", "third",
  "once", "because", "unless", "although", "though", "whereas",
]);

const TIME_UNITS = new Set(MEASURES.timeUnits);
const NOT_COUNTED = new Set(MEASURES.notCounted);
const PEOPLE = new Set(MEASURES.peopleNouns);
const EXCLUDE_AFTER = MEASURES.excludeAfterWords.map(
  (w) => new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}[ \\u00a0]*$`, "iu"),
);
const NOUN_MEASURE = new Map<string, string>();
for (const [measure, def] of Object.entries(MEASURES.measures)) for (const n of def.nouns) NOUN_MEASURE.set(n, measure);

interface NounPhrase {
  head: string;
  modifiers: string[];
  /** Offset just past the noun phrase, relative to the text it was read from. */
  end: number;
}

// A product or model name between a figure and its noun ("275,000 Nimbus 2 heaters", "40 F-35
// jets"): up to four capitalised words or model numbers, then the lowercase noun.
const NAME_RUN = /^(?:[ \u00a0]+(?:\p{Lu}[\p{L}\p{N}'’.&-]*|\p{N}[\p{N}\p{L}.-]*)){1,4}(?=[ \u00a0]+\p{Ll})/u;

/** The counted noun after a number: "870 firefighters", "11 water-bombing aircraft". */
function countedNoun(after: string): NounPhrase | "duration" | null {
  const modifiers: string[] = [];
  // The noun after a name counts what the name is a kind of ("275,000 Nimbus 2 heaters" → heaters).
  const name = NAME_RUN.exec(after);
  const nameTokens = name ? name[0].trim().split(/[ \u00a0]+/) : [];
  const isName =
    nameTokens.length > 0 &&
    CAPITALISED.test(nameTokens[0]!) &&
    !nameTokens.some((t) => STOP_WORDS.has(t.toLowerCase()) || WEEKDAYS_AND_MONTHS.test(t));
  let offset = isName && name ? name[0].length : 0;
  for (let i = 0; i < 3; i++) {
    const m = /^[ \u00a0]+([\p{Ll}][\p{L}'’-]*)/u.exec(after.slice(offset));
    if (!m) return null;
    const word = m[1]!.replace(/['’]$/, "");
    const lower = word.toLowerCase();
    offset += m[0].length;
    if (TIME_UNITS.has(lower)) return "duration";
    if (NOT_COUNTED.has(lower)) return null;
    if (isPluralNoun(lower) && !STOP_WORDS.has(lower)) return { head: lower, modifiers, end: offset };
    if (STOP_WORDS.has(lower) || modifiers.length >= 2) return null;
    modifiers.push(lower);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Reading one quantity

interface Reading {
  /** Offsets in the sentence text of the whole phrase (approximation word to unit or noun). */
  start: number;
  end: number;
  numeral: Numeral;
  shape: Shape;
  dimension: string;
  amount: number;
  rounding: number;
  unit: UnitMatch | null;
  currency: string | null;
  measure: string;
  /** Counted thing: "firefighter", "people", canonical unit for measured quantities. */
  unitKey: string;
  /** Noun or unit as written, for display. */
  unitWritten: string;
  subjectNoun: string;
  measureFromCue: boolean;
  /** Stated for an earlier period ("compared with $11.4 billion a year earlier"). */
  earlier: boolean;
  /** A forecast or expectation, not a reported figure. */
  expected: boolean;
  /** Added to an earlier figure ("a further 21%"): not the total. */
  further: boolean;
  rule: string;
  /**
   * A bracketed conversion's primary figure's interval (canonical units): the conversion was
   * rounded from it, so its own interval never reaches beyond its value and that interval.
   */
  primaryInterval?: [number, number];
}

const MONTH_BEFORE = new RegExp(`(?<![\\p{L}])(?:${MONTHS})\\.?[ \\u00a0]*$`, "iu");
const MONTH_AFTER = new RegExp(`^[ \\u00a0]+(?:of[ \\u00a0]+)?(?:${MONTHS})(?![\\p{L}])`, "iu");
const TIME_AFTER = /^[ \u00a0]?(?:am|pm|a\.m\.|p\.m\.|h|hrs?|gmt|utc|cest|eest|cet|eet|bst|edt|est|pdt|pst|local time)(?![\p{L}])/iu;

// "142 of the 300 seats": a part, then its whole (digits only, so no clock or score is taken).
const PART_OF = /^[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+|its[ \u00a0]+|their[ \u00a0]+)?\d[\d,]*(?![\d,.]\d)/u;
const WHOLE_AFTER_PART = /\d[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+|its[ \u00a0]+|their[ \u00a0]+)?$/u;

// "per share", "a day", "for each Harbour share", "in cash for every share they own".
const RATE_AFTER =
  /^(?:[ \u00a0]+in[ \u00a0]+(?:cash|stock|shares|cash[ \u00a0]+and[ \u00a0]+(?:stock|shares)))?[ \u00a0]+(?:(?:a|an)[ \u00a0]+|(?:per|for[ \u00a0]+(?:each|every))[ \u00a0]+((?:\p{Lu}[\p{L}'’.&-]*[ \u00a0]+){0,4}))([\p{Ll}]+)(?![\p{L}])(?![ \u00a0]+(?:earlier|ago|before|later)(?![\p{L}]))/u;

/** The unit a money amount is paid per, singular ("share", "day"), if it is a rate. */
function moneyRate(after: string): string | null {
  const m = RATE_AFTER.exec(after);
  const noun = m?.[2];
  return noun && !STOP_WORDS.has(noun) ? singular(noun) : null;
}

const OF_THEM = /^[ \u00a0]+of[ \u00a0]+them(?![\p{L}])/iu;
// "257,000 of the heaters": a figure, then the set it is taken from (not a digit: see PART_OF).
const OF_THE_WHOLE = /^[ \u00a0]+of[ \u00a0]+(?:the|its|their)(?=[ \u00a0]+[\p{L}])/iu;
const ABSTRACT_NOUNS = new Set(MEASURES.abstractNouns.nouns);
const NUMBER_WORD_ALTERNATION = byLength([...Object.keys(NUMBER_WORDS.small), ...Object.keys(NUMBER_WORDS.tens)]).join("|");
const RATIO_AFTER = new RegExp(`^[ \\u00a0]+(?:in|out[ \\u00a0]+of)[ \\u00a0]+(?:\\d|(?:${NUMBER_WORD_ALTERNATION})(?![\\p{L}]))`, "iu");
const RATIO_BEFORE = new RegExp(`(?:\\d|(?<![\\p{L}])(?:${NUMBER_WORD_ALTERNATION}))[ \\u00a0]+(?:in|out[ \\u00a0]+of)[ \\u00a0]+$`, "iu");

/**
 * The count measure whose "after" cue starts at the first of `after` ("were injured", "are still
 * missing", "with injuries"); the longest such cue wins.
 */
function cueAtStart(after: string[]): string | null {
  let best: { measure: string; length: number } | null = null;
  for (const cue of MEASURE_CUES.after) {
    if (!cue.def.dimensions.includes("count") || (cue.def.nounsAllowed && !cue.def.nounsAllowed.includes("people"))) continue;
    if (distanceAfter(after.slice(0, cue.tokens.length), cue.tokens) === 0 && (!best || cue.tokens.length > best.length)) {
      best = { measure: cue.measure, length: cue.tokens.length };
    }
  }
  return best?.measure ?? null;
}

// A capitalised word right before a figure, with only a space between ("Nimbus 2", "Apollo 11").
const NAME_WORD_BEFORE = /(?<![\p{L}\p{N}'’.-])(\p{Lu}[\p{L}\p{N}'’.&]*)[ \u00a0]$/u;
/** Single words that cue a measure ("Kills 12" in a headline is a verb, not a name). */
const CUE_WORDS = new Set(
  [...MEASURE_CUES.before, ...MEASURE_CUES.after].flatMap((c) => (c.tokens.length === 1 ? c.tokens : [])),
);
const MIN_TITLE_WORDS = 3;
const TITLE_SHARE = 0.6;

/** "Fire Kills 12 In Hillside Town": most longer words capitalised, so capitals name nothing. */
function isTitleCase(text: string): boolean {
  const long = [...text.matchAll(/\p{L}{4,}/gu)].map((m) => m[0]);
  if (long.length < MIN_TITLE_WORDS) return false;
  return long.filter((w) => CAPITALISED.test(w)).length >= TITLE_SHARE * long.length;
}

/**
 * Whether a figure is part of a name: a model, product or series number right after a
 * capitalised word ("Nimbus 2 heaters", "Apollo 11", "Windows 11 users", "Terminal 5"). Such a
 * number counts nothing; the count is the figure before the name. Sentence-opening adverbs
 * ("Exactly 52"), approximation and increment words, cue verbs, weekdays, months and
 * possessives ("Halcora's 400") are not names, nor is anything in a title-case headline.
 */
function isPartOfName(text: string, numeral: Numeral): boolean {
  if (numeral.word) return false;
  const before = text.slice(0, numeral.start);
  const m = NAME_WORD_BEFORE.exec(before);
  if (!m) return false;
  const word = m[1]!;
  const lower = word.toLowerCase();
  if (/['’]s?$/.test(word) || STOP_WORDS.has(lower) || WEEKDAYS_AND_MONTHS.test(word) || CUE_WORDS.has(lower)) return false;
  if (approximationBefore(before) || isIncrement(before) || currencyBefore(before)) return false;
  const sentenceInitial = before.slice(0, m.index).trim() === "";
  if (sentenceInitial && /ly$/.test(lower)) return false;
  // "Nimbus 2 Heaters": a capitalised word after the figure too reads as a title-case phrase.
  if (/^[ \u00a0]+\p{Lu}/u.test(text.slice(numeral.end))) return false;
  return !isTitleCase(text);
}

// "Teodor Example, 58, was rescued", "Jane Doe (41) said": a capitalised word, then the figure
// set off by commas or brackets.
const NAME_THEN_COMMA = /(?<![\p{L}\p{N}'’.-])(?:(\p{Lu}[\p{L}'’.-]*)[ \u00a0]+)?(\p{Lu}[\p{L}'’.-]*),[ \u00a0]*$/u;
const NAME_THEN_BRACKET = /(?<![\p{L}\p{N}'’.-])(?:(\p{Lu}[\p{L}'’.-]*)[ \u00a0]+)?(\p{Lu}[\p{L}'’.-]*)[ \u00a0]*\($/u;
const OLDEST_AGE = 125;

function isNameWord(word: string | undefined): boolean {
  return Boolean(word) && !WEEKDAYS_AND_MONTHS.test(word ?? "") && !STOP_WORDS.has((word ?? "").toLowerCase());
}

/**
 * A figure in apposition right after a name is the person's age ("The captain, Teodor Example,
 * 58, was among those rescued"), never a count, whatever cue follows. Only a plain whole number
 * of a plausible age. A list of places and their counts ("Kerry, 12, Cork, 7", "Kerry (12) and
 * Cork (7)") looks alike, so: after a full name (two capitalised words) the figure may be closed
 * by a comma, bracket or the sentence's end; after one capitalised word only by a comma and a
 * lowercase word ("Example, 58, was"). Weekdays and months ("On Tuesday, 58, ...") are no names.
 */
function isAgeInApposition(before: string, after: string, numeral: Numeral): boolean {
  if (!/^\d{1,3}$/.test(numeral.written) || numeral.value > OLDEST_AGE) return false;
  const bracket = NAME_THEN_BRACKET.exec(before);
  const match = bracket ?? NAME_THEN_COMMA.exec(before);
  if (!match || !isNameWord(match[2])) return false;
  const fullName = isNameWord(match[1]);
  if (/^[ \u00a0]*,[ \u00a0]*\p{Ll}/u.test(after) && !bracket) return true;
  if (!fullName) return false;
  return bracket ? /^[ \u00a0]*\)/u.test(after) : /^[ \u00a0]*(?:,|[.;]?[ \u00a0]*$)/u.test(after);
}

function readQuantity(
  text: string,
  numeral: Numeral,
  barrierBefore: number,
  barrierAfter: number,
  clauseStart: number,
  anchorYear: number | null,
): Reading | null {
  const before = text.slice(0, numeral.start);
  const after = text.slice(numeral.end);
  // "31 of them seriously", "5 of whom died": a part of a total stated before, never a total;
  // but "Twenty-three of them were injured" states the injured total with its own verb.
  const ofThem = OF_THEM.exec(after);
  const subsetAct = ofThem ? cueAtStart(words(after.slice(ofThem[0].length))) : null;
  if (SUBSET_AFTER.test(after) && !subsetAct) return null;
  if (isPartOfName(text, numeral)) return null;
  if (isAgeInApposition(before, after, numeral)) return null;
  // "six in ten recalled heaters", "one in five": a ratio, not a count.
  if (RATIO_AFTER.test(after) || RATIO_BEFORE.test(before)) return null;
  // Not quantities: ordinals, match minutes (58'), times, dates, ranges and score-like pairs.
  if (/^(?:st|nd|rd|th)(?![\p{L}])/iu.test(after)) return null;
  if (/^['’′]/.test(after)) return null;
  if (/^[.:/,-]\d|^[ \u00a0]?[-–—][ \u00a0]?\d/.test(after)) return null;
  if (TIME_AFTER.test(after) || MONTH_AFTER.test(after) || MONTH_BEFORE.test(before)) return null;
  if (/\d[ \u00a0]?[-–—][ \u00a0]?$/.test(before)) return null;
  if (EXCLUDE_AFTER.some((re) => re.test(before))) return null;
  if (numeral.word && /^[ \u00a0]+of(?![\p{L}])/iu.test(after) && !subsetAct && !OF_THE_WHOLE.test(after)) return null;

  const magnitudeBefore = /magnitude[ \u00a0-]*(?:of[ \u00a0]+)?$/i.test(before);
  if (/[\p{L}]-$/u.test(before) && !magnitudeBefore) return null;

  const currency = currencyBefore(before);
  const currencyStart = numeral.start - (currency?.length ?? 0);
  const approx = approximationBefore(text.slice(0, currencyStart));
  const phraseStart = currencyStart - (approx?.length ?? 0);
  const shape: Shape = approx?.shape ?? (NUMBER_WORDS.dozen[numeral.written.toLowerCase()] ? "about" : "exact");

  let money = Boolean(currency);
  const scale = scaleAfter(
    after,
    money || /^[ \u00a0]?(?:million|billion|trillion|thousand)/i.test(after) || abbreviatedScaleThenCurrency(after),
  );
  let rest = scale ? after.slice(scale.length) : after;
  let consumed = scale ? scale.length : 0;
  let currencyCode = currency?.code ?? null;
  if (!currencyCode) {
    const word = currencyWordAfter(rest);
    if (word) {
      currencyCode = word.code;
      money = true;
      consumed += word.length;
      rest = rest.slice(word.length);
    }
  }
  const factor = scale?.factor ?? 1;

  let dimension = "count";
  let unit: UnitMatch | null = null;
  let noun: NounPhrase | null = null;
  let compound: string | null = null;
  let partOf: RegExpExecArray | null = null;
  let ofWhole: RegExpExecArray | null = null;
  const magnitudeAfter = /^[ \u00a0-]magnitude(?![\p{L}])/iu.test(rest);
  if (magnitudeBefore || magnitudeAfter || /^[^.;]{0,20}richter/i.test(rest)) {
    dimension = "magnitude";
    if (magnitudeAfter) consumed += /^[ \u00a0-]magnitude/i.exec(rest)![0].length;
  } else if (money) {
    dimension = "money";
  } else {
    unit = unitAfter(rest);
    if (unit) {
      dimension = unit.dimension;
      consumed += unit.length;
    } else {
      // "67-year-old man", "a 2-hour-48-minute match": an age or a duration, never a count.
      const firstPart = /^-([\p{L}]+)/u.exec(rest)?.[1]?.toLowerCase();
      if (firstPart && (TIME_UNITS.has(firstPart) || TIME_UNITS.has(`${firstPart}s`))) return null;
      // "UPDATE 1-Melbrook": a name after the hyphen counts nothing.
      if (/^-\p{Lu}/u.test(rest)) return null;
      const hyphen = /^-([\p{L}]+)(?![\p{L}-])/u.exec(rest);
      if (hyphen) {
        const w = hyphen[1]!.toLowerCase();
        if (TIME_UNITS.has(w) || TIME_UNITS.has(`${w}s`) || NOT_COUNTED.has(w)) return null;
        compound = w;
        consumed += hyphen[0].length;
      } else {
        // "won 142 of the 300 seats": the part counts the whole's noun; the whole is read on its own.
        partOf = numeral.word ? null : PART_OF.exec(rest);
        // "recalled 257,000 of the heaters": the heaters are the whole set the act applies to.
        ofWhole = partOf || subsetAct ? null : OF_THE_WHOLE.exec(rest);
        const lead = partOf ?? ofWhole;
        const found = countedNoun(lead ? rest.slice(lead[0].length) : rest);
        if (found === "duration") return null;
        noun = found;
        if (noun) consumed += noun.end + (lead ? lead[0].length : 0);
        else if (ofWhole) return null;
      }
    }
  }
  if (numeral.yearLike && !money && !unit && !(approx && noun)) return null;
  // "Four are still missing": a number word with no noun counts people only when the verb right
  // after it names what happened to them.
  const actAfter = subsetAct ?? (numeral.word && !noun && !compound && dimension === "count" ? cueAtStart(words(rest)) : null);
  if (numeral.word && !noun && !compound && dimension === "count" && !actAfter) {
    // A bare number word ("two of", "the two") names nothing.
    return null;
  }

  let value = numeral.value;
  let decimals = numeral.decimals;
  if (numeral.dotGroup && dimension === "count") {
    // "61.500 spectators": a count cannot be fractional, so the dot groups thousands.
    value = Math.round(numeral.value * 1000);
    decimals = 0;
  }
  const rounding = roundingOf({ ...numeral, value, decimals }, factor, dimension);
  const amount = value * factor;
  const end = numeral.end + consumed;

  // What is measured.
  // The whole after a part ("won 142 of the 300 seats"): words before it describe the part.
  const whole = !numeral.word && WHOLE_AFTER_PART.test(before);
  const wordsBefore = whole ? [] : words(text.slice(barrierBefore, phraseStart));
  const wordsAfter = words(text.slice(end, clauseEnd(text, end, barrierAfter)));
  const clauseWords = whole ? [] : words(text.slice(clauseStart, phraseStart));
  let measure: string;
  let unitKey: string;
  let unitWritten: string;
  let subjectNoun: string;
  let measureFromCue = false;
  let measureFromClause = false;
  if (dimension === "count") {
    const head = noun?.head ?? compound;
    const lemma = head ? (PEOPLE.has(head) ? "people" : singular(head)) : "people";
    const modifiers = noun?.modifiers ?? [];
    unitKey = [...modifiers, lemma].join(" ");
    unitWritten = head ? [...modifiers, head].join(" ") : "";
    subjectNoun = head ? (PEOPLE.has(head) ? "people" : [...modifiers, head].join(" ")) : "people";
    // "1,100 job cuts": a two-word noun names the measure before its head alone does.
    const lastModifier = modifiers[modifiers.length - 1];
    const byNoun = head ? ((lastModifier ? NOUN_MEASURE.get(`${lastModifier} ${head}`) : undefined) ?? NOUN_MEASURE.get(head)) : undefined;
    // "3,000 evacuated residents": the participle names what happened to those counted.
    const byModifierAt = byNoun ? -1 : modifiers.findIndex((m) => MODIFIER_MEASURE.has(m));
    const byModifier = byModifierAt >= 0 ? MODIFIER_MEASURE.get(modifiers[byModifierAt]!) : undefined;
    const accept = (def: MeasureDef) => def.dimensions.includes("count") && (!def.nounsAllowed || def.nounsAllowed.includes(lemma));
    const byCue = actAfter ?? (byNoun ?? byModifier ? null : nearestCue(wordsBefore, wordsAfter, accept));
    // A clause subject ("the death toll ... rose to 112") names people, never other things counted.
    const byClause = byNoun ?? byModifier ?? byCue ?? (!head || PEOPLE.has(head) ? clauseCue(clauseWords, accept) : null);
    // "Twelve people injured in the crash remain in hospital": the state verb of the clause says
    // what the figure counts now, over the participle that says how they got there.
    const byState =
      !byNoun && inHospitalState(text.slice(end, clauseEnd(text, end, barrierAfter))) ? "hospitalised" : null;
    // A whole nothing else names ("142 of the 300 seats") is the total of its noun.
    const byWhole = whole && head && !byState && !byNoun && !byModifier && !byCue && !byClause ? "total" : null;
    // "Injured: more than 200": a label that names a measure, when nothing nearer does.
    const byLabel =
      byState ?? byNoun ?? byModifier ?? byCue ?? byClause ?? byWhole ? null : labelMeasure(text.slice(0, phraseStart), "count");
    const found = byState ?? byNoun ?? byModifier ?? byCue ?? byClause ?? byWhole ?? byLabel;
    measureFromClause = !byWhole && !byState && !byNoun && !byModifier && !byCue && Boolean(byClause);
    // "257,000 of the heaters" is a figure only with the act it is the object or subject of.
    if (ofWhole && (byNoun || byModifier || !(byCue ?? byClause))) return null;
    if (found) {
      measure = found;
      measureFromCue = true;
      if (byNoun) {
        unitKey = "people";
        subjectNoun = "people";
      } else if (byModifier && !byState && !byWhole) {
        const rest = modifiers.filter((_, i) => i !== byModifierAt);
        unitKey = [...rest, lemma].join(" ");
        subjectNoun = head && PEOPLE.has(head) ? "people" : [...rest, head ?? "people"].join(" ");
      }
      // "275,000 units recalled", "275,000 heaters recalled": one figure, keyed on the act.
      const actUnit = MEASURES.measures[found]?.actUnit;
      if (actUnit) unitKey = actUnit;
    } else {
      if (!head) return null; // a bare number with nothing counted
      // "three jobs at once", "two resignations": abstract things counted name no event figure.
      if (ABSTRACT_NOUNS.has(head)) return null;
      if (compound && !/s$/.test(compound)) subjectNoun = `${compound}s`;
      measure = "count";
    }
    if (NUMBER_WORDS.contextOnly.includes(numeral.written.toLowerCase()) && !measureFromCue) return null;
    // "200 injured, including 31 seriously": a part takes no measure from the total's cue words;
    // only what it counts itself ("including 12 children") stays.
    if (measure !== "count" && SUBSET_BEFORE.some((re) => re.test(text.slice(barrierBefore, phraseStart)))) return null;
  } else if (dimension === "magnitude") {
    measure = "magnitude";
    unitKey = "M";
    unitWritten = "";
    subjectNoun = "magnitude";
    measureFromCue = true;
  } else if (dimension === "money") {
    // "$95 per share", "$5 a day", "$38.50 for each Harbour share": a rate, never the same measure as a total.
    const rateNoun = moneyRate(text.slice(end));
    const before = text.slice(0, phraseStart);
    // What the amount is ("a $2bn bridge loan", "Fund size: €1bn") outranks who pays it.
    const head = moneyHead(before, text.slice(end)) ?? (rateNoun ? null : labelMeasure(before, "money"));
    const acceptMoney = (def: MeasureDef) => def.dimensions.includes("money");
    const stated = rateNoun || head ? null : statedByCue(clauseWords, acceptMoney);
    const near = rateNoun || head || stated ? null : nearestCue(wordsBefore, wordsAfter, acceptMoney);
    const cue = rateNoun || head ? null : (stated ?? near ?? clauseCue(clauseWords, acceptMoney));
    measureFromClause = !near && Boolean(cue);
    measure = rateNoun ? `${head ?? "price"} per ${rateNoun}` : (head ?? cue ?? "money");
    measureFromCue = Boolean(cue ?? rateNoun ?? head);
    unitKey = currencyCode ?? "money";
    unitWritten = "";
    subjectNoun = unitKey;
  } else {
    const acceptDimension = (def: MeasureDef) => def.dimensions.includes(dimension);
    const near = nearestCue(wordsBefore, wordsAfter, acceptDimension);
    const cue = near ?? clauseCue(clauseWords, acceptDimension) ?? labelMeasure(text.slice(0, phraseStart), dimension);
    measureFromClause = !near && Boolean(cue);
    measure = cue ?? (dimension === "length" ? "distance" : dimension);
    measureFromCue = Boolean(cue);
    if (!cue && dimension === "percent") {
      const share = shareOf(text.slice(end));
      if (share) {
        measure = `share of ${share}`;
        measureFromCue = true;
      }
    }
    unitKey = unit?.canonical ?? dimension;
    unitWritten = unit ? text.slice(numeral.end + (scale?.length ?? 0), end).trim() : "";
    subjectNoun = unitKey;
  }

  const earlier =
    isEarlierPeriod(text.slice(clauseStart, phraseStart), wordsAfter) ||
    isOtherTime(text.slice(0, phraseStart), text.slice(clauseStart, phraseStart), anchorYear, text.slice(end));
  const expected = !earlier && isExpected(clauseWords, wordsAfter);
  const further = !earlier && !expected && isIncrement(text.slice(0, phraseStart));
  const measureDef = MEASURES.measures[measure];
  if (measureDef?.holder) {
    // A party's share or seats mean nothing without the party: unnamed, they stay generic.
    const holder = holderBefore(text.slice(0, phraseStart));
    if (holder) measure = `${measure} of ${holder}`;
    else {
      measure = dimension === "count" ? "count" : dimension;
      measureFromCue = false;
    }
  }
  // "3 of the 5 victims" with nothing saying what the 3 are: a part of a count is no count of its own.
  if (partOf && (measure === "count" || !measureFromCue)) return null;
  // "the combined company would have annual revenue of $5 billion": a pro-forma figure, not
  // either party's own reported one.
  if (measureFromCue && !MEASURES.measures[measure]?.neverConflicts && COMBINED_RE.test(text.slice(clauseStart, phraseStart))) {
    measure = `${COMBINED_PREFIX}${measure}`;
  }
  return {
    earlier,
    expected,
    further,
    start: phraseStart,
    end,
    numeral,
    shape,
    dimension,
    amount,
    rounding,
    unit,
    currency: currencyCode,
    measure,
    unitKey,
    unitWritten,
    subjectNoun,
    measureFromCue,
    rule: `number/${dimension}${measureFromCue ? (measureFromClause ? "+clause" : "+cue") : ""}${earlier ? "+earlier" : ""}${expected ? "+expected" : ""}${further ? "+further" : ""}${approx ? "+approx" : ""}${unit && (unit.factor !== 1 || unit.offset !== 0) ? `+converted(${unit.unit}→${unit.canonical})` : ""}`,
  };
}

// "| Heaters recalled worldwide | 275,000 |": a table row of one label cell and one value cell
// (the outer pipes may already be gone: "Heaters recalled worldwide | 275,000").
const TWO_CELL_ROW = /^([ \u00a0]*\|?)([^|]+)\|([^|]+)\|?[ \u00a0]*$/u;

/**
 * A figure whose label names what it counts, read as if the label followed it: "Pulled out
 * alive: 14" as "14 pulled out alive", "| Heaters recalled worldwide | 275,000 |" as "275,000
 * heaters recalled worldwide". Only the first figure of the value, only a short noun phrase for a
 * label, and only when the label names a measure: a label that only names a noun ("Complaints
 * received") or a part ("...of which in Finland") gives nothing.
 */
function labelledReading(text: string, numeral: Numeral, anchorYear: number | null): Reading | null {
  if (numeral.yearLike) return null;
  const currency = currencyBefore(text.slice(0, numeral.start));
  const currencyStart = numeral.start - (currency?.length ?? 0);
  const approx = approximationBefore(text.slice(0, currencyStart));
  const phraseStart = currencyStart - (approx?.length ?? 0);
  let label: string | undefined;
  const row = TWO_CELL_ROW.exec(text);
  if (row) {
    const valueCell = row[1]!.length + row[2]!.length + 1;
    if (phraseStart >= valueCell && text.slice(valueCell, phraseStart).trim() === "") label = row[2];
  } else {
    label = LABEL.exec(text.slice(0, phraseStart))?.[1];
  }
  if (!label) return null;
  const tokens = words(label);
  if (!tokens.length || tokens.length > MAX_LABEL_WORDS || tokens.some((t) => CLAUSE_VERBS.has(t))) return null;
  const figure = text.slice(phraseStart, numeral.end);
  const synthetic = `${figure} ${label.trim().toLowerCase()}`;
  const shifted: Numeral = { ...numeral, start: numeral.start - phraseStart, end: numeral.end - phraseStart };
  const reading = readQuantity(synthetic, shifted, 0, synthetic.length, 0, anchorYear);
  if (!reading || !reading.measureFromCue || reading.dimension !== "count") return null;
  return { ...reading, numeral, start: phraseStart, end: numeral.end, rule: `${reading.rule}+label` };
}

const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "all"]);

/** "45 percent of the world's population" → "world population". */
const SHARE_SKIP = new Set(MEASURES.shareOf.skip);
const SHARE_NOUNS = new Map(Object.entries(MEASURES.shareOf.nouns));

function shareOf(after: string): string | null {
  const m = /^[ \u00a0]+of[ \u00a0]+/i.exec(after);
  if (!m) return null;
  const ws = [...after.slice(m[0].length).matchAll(/([\p{L}-]+)(['’]s)?|(\p{N}[\p{N},.]*)|[^\p{L}\s]/gu)];
  const out: string[] = [];
  const possessive: boolean[] = [];
  for (const w of ws) {
    // "of its roughly 30,000 employees": the size of the whole says nothing about which whole.
    if (w[3] && out.length === 0) continue;
    const word = w[1]?.toLowerCase();
    if (!word) break;
    if (out.length === 0 && DETERMINERS.has(word)) continue;
    // "19.9% of Brenmoor", "41% of Brenmoor": shares of a named company or country are held by
    // different parties the sentence may not name, so they stay plain percentages.
    if (out.length === 0 && /^\p{Lu}/u.test(w[1] ?? "")) return null;
    // "of its roughly 30,000 global employees": how approximate or how whole says nothing of which whole.
    if (out.length === 0 && SHARE_SKIP.has(word)) continue;
    if (STOP_WORDS.has(word) && !DETERMINERS.has(word)) break;
    const folded = SHARE_NOUNS.get(word);
    // "of the group's workforce", "of its employees": whose staff is the sentence's own company.
    if (folded) return [...out.filter((_, k) => !possessive[k]), folded].join(" ");
    possessive.push(Boolean(w[2]));
    out.push(word);
    if (!w[2] && out.length >= 3) break;
  }
  return out.length ? out.join(" ") : null;
}

// ---------------------------------------------------------------------------------------------
// Scores

const SCORE = /(?<![\p{L}\p{N}.,:/'’-])(\d{1,2})([ \u00a0]?[-–—:][ \u00a0]?)(\d{1,2})(?![\p{N}]|[.,:/-]\d|[ \u00a0]?(?:%|am|pm|h\b))/gu;
const SCORE_CUES: { kind: "final" | "half-time" | "running"; tokens: string[] }[] = [
  ...MEASURES.scores.final.map((p) => ({ kind: "final" as const, tokens: words(p) })),
  ...MEASURES.scores.halfTime.map((p) => ({ kind: "half-time" as const, tokens: words(p) })),
  ...MEASURES.scores.running.map((p) => ({ kind: "running" as const, tokens: words(p) })),
];
const OTHER_MATCH = MEASURES.scores.otherMatch.map((p) => new RegExp(`(?<![\\p{L}])${escapeRegExp(p)}(?![\\p{L}])`, "iu"));
/** "VfR A 3:2 SC B": a result line with the teams around the score and nothing else. */
const SCORE_HEADER = /^\p{Lu}[\p{L}.'’ &-]{1,60}[ \u00a0]\d{1,2}[ \u00a0]?[-–—:][ \u00a0]?\d{1,2}[ \u00a0]\p{Lu}[\p{L}.'’ &-]{1,60}$/u;

interface ScoreReading {
  start: number;
  end: number;
  sides: [number, number];
  written: string;
  kind: "final" | "half-time" | "running";
  header: boolean;
  /** Set by set ("6-4, 3-6, 7-5"), the match winner's side first; absent for a single score. */
  sets?: [number, number][];
}

const PARTIAL_SCORE = new Set(MEASURES.scores.partial);
// Between two set scores: a comma or "and", a tiebreak count ("7-6(4)") or bracket ("7-6 (7-4)").
const SET_GAP = /^[ \u00a0]*(?:\(\d{1,2}\))?\)?[ \u00a0]*[,;]?[ \u00a0]*(?:and[ \u00a0]+)?\(?$/u;

type ScoreMatch = RegExpMatchArray & { index: number };

/** The score kind named by cue words around a score, or null. */
function scoreKindNear(beforeWords: string[], afterWords: string[]): ScoreReading["kind"] | null {
  let best: { kind: ScoreReading["kind"]; distance: number } | null = null;
  for (const cue of SCORE_CUES) {
    const db = distanceBefore(beforeWords, cue.tokens);
    const da = distanceAfter(afterWords, cue.tokens);
    for (const d of [db, da]) if (d >= 0 && (!best || d < best.distance)) best = { kind: cue.kind, distance: d };
  }
  return best?.kind ?? null;
}

/**
 * Runs of scores that follow one another ("6-4, 3-6, 7-5", "6-4 3-6 7-5", "7-6 (7-4), 6-3"): the
 * sets (frames, quarters) of one match. A bracketed score right after one is a tiebreak, not a set.
 */
function scoreRuns(text: string, found: ScoreMatch[]): ScoreMatch[][] {
  const runs: ScoreMatch[][] = [];
  let run: ScoreMatch[] = [];
  for (const m of found) {
    const last = run[run.length - 1];
    if (last && SET_GAP.test(text.slice(last.index + last[0].length, m.index))) run.push(m);
    else {
      if (run.length) runs.push(run);
      run = [m];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

function isTiebreak(text: string, m: ScoreMatch): boolean {
  return text[m.index - 1] === "(" && text[m.index + m[0].length] === ")";
}

function readScores(text: string, line: string): { scores: ScoreReading[]; spans: [number, number][] } {
  const spans: [number, number][] = [];
  const scores: ScoreReading[] = [];
  const found = [...text.matchAll(SCORE)].map((m) => m as ScoreMatch);
  const header = SCORE_HEADER.test(line.trim()) && found.length === 1;
  const inSets = new Set<ScoreMatch>();
  // "10:30, 11:45": clock times (a colon pair with a two-digit right side) are never sets.
  const setLike = found.filter((m) => !(m[2]!.trim() === ":" && m[3]!.length === 2));
  for (const run of scoreRuns(text, setLike)) {
    const sets = run.filter((m) => !isTiebreak(text, m));
    if (sets.length < 2) continue;
    for (const m of run) inSets.add(m);
    const first = run[0]!;
    const last = run[run.length - 1]!;
    const start = first.index;
    const end = last.index + last[0].length + (isTiebreak(text, last) ? 1 : 0);
    spans.push([start, end]);
    const beforeWords = words(text.slice(0, start)).slice(-8);
    const afterWords = words(text.slice(end)).slice(0, 6);
    const near = [...beforeWords, ...afterWords].join(" ");
    // Only a match result stated as such is compared; set-by-set running commentary is not.
    if (scoreKindNear(beforeWords, afterWords) !== "final" || OTHER_MATCH.some((re) => re.test(near))) continue;
    const sides = sets.map((m) => [Number(m[1]), Number(m[3])] as [number, number]);
    const wonA = sides.filter(([a, b]) => a > b).length;
    const wonB = sides.filter(([a, b]) => b > a).length;
    // "lost 4-6, 6-3, 5-7" and "won 6-4, 3-6, 7-5" state the same match: the winner's side goes first.
    const oriented = wonB > wonA ? sides.map(([a, b]) => [b, a] as [number, number]) : sides;
    scores.push({
      start,
      end,
      sides: [Math.max(wonA, wonB), Math.min(wonA, wonB)],
      written: text.slice(start, end).replace(/\s+/g, " "),
      kind: "final",
      header: false,
      sets: oriented,
    });
  }
  for (const m of found) {
    if (inSets.has(m)) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    spans.push([start, end]);
    const sep = m[2]!.trim();
    const a = Number(m[1]);
    const b = Number(m[3]);
    // "14:30" is a clock time: a colon score has single-digit sides unless it is a result line.
    if (sep === ":" && m[3]!.length === 2 && !header) continue;
    let kind: ScoreReading["kind"] | null = header ? "final" : null;
    if (!kind) {
      const prev = found.filter((o) => (o.index ?? 0) < start).pop();
      const next = found.find((o) => (o.index ?? 0) > start);
      const beforeWords = words(text.slice(prev ? (prev.index ?? 0) + prev[0].length : 0, start)).slice(-8);
      const afterWords = words(text.slice(end, next ? next.index : text.length)).slice(0, 6);
      kind = scoreKindNear(beforeWords, afterWords);
      // "beat them 2-0 in last year's semi-final": a score of another match.
      const near = [...beforeWords, ...afterWords].join(" ");
      if (OTHER_MATCH.some((re) => re.test(near))) continue;
      // "took the first set 6-4", "broke at 5-5 in the deciding set": part of a match, not its result.
      if ([...beforeWords.slice(-5), ...afterWords.slice(0, 5)].some((w) => PARTIAL_SCORE.has(w))) continue;
    }
    if (!kind) continue;
    scores.push({ start, end, sides: [a, b], written: `${m[1]}${sep === ":" ? ":" : m[2]!.includes(" ") ? ` ${sep} ` : sep}${m[3]}`, kind, header });
  }
  return { scores, spans };
}

// ---------------------------------------------------------------------------------------------
// Claims

const MEASURE_SUBJECT: Record<string, string> = Object.fromEntries(
  Object.entries(MEASURES.measures).map(([k, d]) => [k, d.subject]),
);

function subjectOf(r: Reading): string {
  if (r.earlier) return `earlier ${subjectOf({ ...r, earlier: false })}`;
  if (r.expected) return `expected ${subjectOf({ ...r, expected: false })}`;
  if (r.further) return `further ${subjectOf({ ...r, further: false })}`;
  const held = / of (.+)$/.exec(r.measure);
  const heldBy = held ? r.measure.slice(0, held.index) : "";
  if (held && MEASURES.measures[heldBy]?.holder) {
    // "vote share of harbour alliance (%)": the holder goes before the unit.
    return subjectOf({ ...r, measure: heldBy }).replace(/(?: \([^)]*\))?$/, (unit) => ` of ${held[1] ?? ""}${unit}`);
  }
  if (r.measure === "count") return `number of ${r.subjectNoun}`;
  const template = MEASURE_SUBJECT[r.measure];
  if (r.dimension === "count") {
    if (!template) return r.measure;
    return template.replace("{noun}", r.subjectNoun);
  }
  const base = template ?? r.measure;
  return r.unitKey ? `${base} (${r.unitKey})` : base;
}

/** The phrase as written ("about 4,200 hectares", "US$4.5bn"), with the canonical amount when converted. */
function displayOf(r: Reading, text: string): string {
  let display = text.slice(r.start, r.end).replace(/\s+/g, " ").trim();
  if (r.unit && (r.unit.factor !== 1 || r.unit.offset !== 0)) {
    // Shown in the unit the source used; the equivalent only where it reads well (never "0.000381 km").
    const equivalent = readableEquivalent(r.dimension, r.amount * r.unit.factor + r.unit.offset, r.unit.unit);
    if (equivalent) {
      const v = equivalent.amount;
      const decimals = Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 1 ? 1 : displayDecimals(v);
      display += ` (≈ ${formatNumber(v, decimals)} ${equivalent.unit})`;
    }
  }
  return display;
}

const MAX_QUOTE = 320;

function quoteWindow(sentence: string, at: number): string {
  const clean = sentence.replace(/\s+/g, " ").trim();
  if (clean.length <= MAX_QUOTE) return clean;
  const collapsedAt = sentence.slice(0, at).replace(/\s+/g, " ").trimStart().length;
  const from = Math.max(0, Math.min(clean.length - MAX_QUOTE, collapsedAt - MAX_QUOTE / 2));
  const start = from === 0 ? 0 : clean.indexOf(" ", from) + 1;
  const piece = clean.slice(start, start + MAX_QUOTE);
  const cut = piece.lastIndexOf(" ");
  return `${start > 0 ? "…" : ""}${start + MAX_QUOTE < clean.length && cut > 0 ? `${piece.slice(0, cut)}…` : piece}`;
}

function claimOf(
  source: Source,
  line: number,
  column: number,
  quote: string,
  rule: string,
  subject: string,
  display: string,
  data: NumberData,
  valueUnit: string,
): Claim<"number"> {
  return {
    kind: "number",
    key: `number|${data.measure}|${data.unit}`,
    subject,
    value: data.score ? `${Math.max(...data.score)}-${Math.min(...data.score)}` : canonicalValue(data.amount, valueUnit),
    display,
    evidence: { source: source.id, line, column, quote },
    rule,
    data,
  };
}

const RANGE_GAP = /^[ \u00a0]*(to|and|or|[-–—])[ \u00a0]*(?:US\$|\$|€|£|¥)?[ \u00a0]*$/iu;

/**
 * Numerals that are the ends of a range ("between $12.8 billion and $13.1 billion", "10 or 12
 * people", "$12.8bn to $13.1bn"): a range states no single figure, so neither end is compared.
 * "rose from 100 to 112" and "rose 8% to $12.3 billion" are changes, not ranges.
 */
function rangeMembers(text: string, numerals: Numeral[], readings: (Reading | null)[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < numerals.length; i++) {
    const first = readings[i];
    const second = readings[i + 1];
    const n = numerals[i]!;
    const gap = RANGE_GAP.exec(text.slice(first?.end ?? n.end, numerals[i + 1]!.start));
    if (!gap) continue;
    const link = gap[1]!.toLowerCase();
    const before = text.slice(0, first?.start ?? n.start);
    if (link === "and" && !/(?<![\p{L}])between[ \u00a0]*$/iu.test(before)) continue;
    if (first && second && (first.dimension !== second.dimension || first.unitKey !== second.unitKey)) continue;
    if (!first && /(?<![\p{L}])from[ \u00a0]*(?:US\$|\$|€|£|¥)?[ \u00a0]*$/iu.test(before)) continue;
    out.add(i);
    out.add(i + 1);
  }
  return out;
}

/**
 * "380 mm (15 inches) of rain", "winds of 185 km/h (115 mph)": a bracketed conversion states the
 * same figure in another unit. Cues after the brackets apply to the figure before them (read again
 * with the brackets blanked), and the bracketed figure takes that figure's measure rather than
 * one read from the words around it. Money is left alone: exchange rates make no exact conversion.
 */
function shareConversionMeasures(
  work: string,
  numerals: Numeral[],
  readings: (Reading | null)[],
  readAt: (text: string, list: Numeral[], i: number) => Reading | null,
): void {
  for (let i = 0; i + 1 < numerals.length; i++) {
    const outer = readings[i];
    const inner = readings[i + 1];
    if (!outer || !inner || outer.dimension !== inner.dimension) continue;
    if (outer.dimension === "count" || outer.dimension === "money" || outer.dimension === "magnitude") continue;
    if (!/^[ \u00a0]*\([ \u00a0]*$/.test(work.slice(outer.end, inner.start))) continue;
    const close = /^[ \u00a0]*\)/.exec(work.slice(inner.end));
    if (!close) continue;
    let measured = outer;
    if (!outer.measureFromCue) {
      const closeEnd = inner.end + close[0].length;
      const blanked = work.slice(0, outer.end) + " ".repeat(closeEnd - outer.end) + work.slice(closeEnd);
      const without = numerals.filter((_, k) => k !== i + 1);
      const reread = readAt(blanked, without, i);
      if (reread?.measureFromCue) measured = reread;
      else if (inner.measureFromCue) measured = inner;
    }
    if (!measured.measureFromCue) continue;
    const tagged = (r: Reading): Reading => ({
      ...r,
      measure: measured.measure,
      measureFromCue: true,
      earlier: measured.earlier,
      expected: measured.expected,
      further: measured.further,
      rule: r === measured ? r.rule : `${r.rule}+bracketed`,
    });
    readings[i] = tagged(measured.numeral === outer.numeral ? measured : outer);
    readings[i + 1] = { ...tagged(inner), primaryInterval: canonicalInterval(outer) };
    i++;
  }
}

/** A reading's interval in canonical units (no upper bound stays unbounded). */
function canonicalInterval(r: Reading): [number, number] {
  const [lowWritten, highWritten] = intervalOf(r.amount, r.rounding, r.shape, r.dimension);
  const toCanonical = (v: number) => (r.unit ? v * r.unit.factor + r.unit.offset : v);
  return [toCanonical(lowWritten), highWritten >= Number.MAX_SAFE_INTEGER ? highWritten : toCanonical(highWritten)];
}

/**
 * "125 mph (200 km/h)": the bracketed figure was rounded from the primary one, so "200" means
 * about 201, not 150–250; its interval is its own value (to its last digit) joined with the
 * primary's interval, and never wider than its own rounding allows.
 */
function boundedInterval(r: Reading): [number, number] {
  const [low, high] = canonicalInterval(r);
  if (!r.primaryInterval) return [low, high];
  // Half the last written digit, scaled ("1.2 million" → 0.05 million) and in canonical units.
  const scale = r.numeral.value !== 0 ? r.amount / r.numeral.value : 1;
  const digit = 0.5 * 10 ** -r.numeral.decimals * scale * (r.unit ? r.unit.factor : 1);
  const value = r.unit ? r.amount * r.unit.factor + r.unit.offset : r.amount;
  const [primaryLow, primaryHigh] = r.primaryInterval;
  return [Math.max(low, Math.min(value - digit, primaryLow)), Math.min(high, Math.max(value + digit, primaryHigh))];
}

const ZERO_PHRASES: { measure: string; re: RegExp }[] = Object.entries(MEASURES.zero).flatMap(([measure, phrases]) =>
  phrases.map((p) => ({ measure, re: new RegExp(`(?<![\\p{L}])${escapeRegExp(p)}(?![\\p{L}])`, "giu") })),
);

// One item of a results list with the verb left out: "(, | and | :) the Greens 41" then a
// separator or the sentence end. The holder is a run of capitalised words.
const LIST_ITEM_HOLDER = /(?:^|[,;:]|[ \u00a0](?:and|was|were|is|are))[ \u00a0]*(?:the[ \u00a0]+)?(\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*){0,4})[ \u00a0]+$/u;
const LIST_ITEM_END = /^[ \u00a0]*(?:[,;.)]|and(?![\p{L}])|$)/u;
const SEAT_WORD = /(?<![\p{L}])seats?(?![\p{L}])/iu;
const SEATS_WON = "seats won";

/**
 * Seats per party in a results list that leaves the verb and noun out: "The Union Party won 142
 * seats, the Greens 41 and the Liberals 12", "Seats: the Union Party 97, the Greens 41". Read only
 * when the sentence speaks of seats (a seats-won figure read in it, or the word "seats" and two or
 * more such items), so score lines and other bare numbers stay unread.
 */
function resultListClaims(
  source: Source,
  line: number,
  work: string,
  numerals: Numeral[],
  readings: (Reading | null)[],
  inRange: ReadonlySet<number>,
  evidence: (at: number) => { column: number; quote: string },
): Claim<"number">[] {
  const items: { i: number; holder: string; start: number }[] = [];
  numerals.forEach((n, i) => {
    if (readings[i] || inRange.has(i) || n.word || n.decimals > 0 || n.yearLike) return;
    const holder = LIST_ITEM_HOLDER.exec(work.slice(0, n.start));
    if (!holder || !LIST_ITEM_END.test(work.slice(n.end))) return;
    const name = holder[1]!
      .split(/[ \u00a0]+/)
      .filter((t) => !STOP_WORDS.has(t.toLowerCase()) && !WEEKDAYS_AND_MONTHS.test(t))
      .join(" ")
      .toLowerCase();
    if (name) items.push({ i, holder: name, start: n.start - holder[0].length + holder[0].indexOf(holder[1]!) });
  });
  if (!items.length) return [];
  const seatsRead = readings.some((r) => r?.measure.startsWith(`${SEATS_WON} of `));
  if (!seatsRead && !(SEAT_WORD.test(work) && items.length >= 2)) return [];
  return items.map(({ i, holder, start }) => {
    const n = numerals[i]!;
    const measure = `${SEATS_WON} of ${holder}`;
    const data: NumberData = { amount: n.value, unit: "seat", measure, approx: "exact", low: n.value, high: n.value };
    const ev = evidence(n.start);
    const display = `${work.slice(start, n.end).replace(/\s+/g, " ").trim()} seats`;
    return claimOf(source, line, ev.column, ev.quote, "number/count+results-list", `seats won of ${holder}`, display, data, "");
  });
}

/** Number claims of one source. */
export function extractNumberClaims(source: Source, ctx: ExtractContext): Claim<"number">[] {
  const claims: Claim<"number">[] = [];
  const anchor = anchorFor(source, ctx);
  const anchorYear = anchor ? Number(anchor.date.slice(0, 4)) : null;
  for (const { line, text } of source.lines) {
    if (!/\d|\p{L}/u.test(text)) continue;
    const markup = maskMarkup(text);
    const analysis = maskDatesAndTimes(maskSpeech(markup));
    for (const [offset, piece] of sentenceSpans(markup)) {
      const quoteText = piece;
      let work = analysis.slice(offset, offset + piece.length);
      const evidence = (at: number) => ({ column: offset + at + 1, quote: quoteWindow(quoteText, at) });

      const { scores, spans } = readScores(work, analysis);
      for (const s of scores) {
        const ev = evidence(s.start);
        if (s.sets) {
          // Compared set by set: the same tally (2-1) with other set scores is another result.
          const measure = "final score by sets";
          const total = s.sides[0] + s.sides[1];
          const data: NumberData = { amount: total, unit: "sets", measure, approx: "exact", low: total, high: total, score: s.sides };
          const claim = claimOf(source, line, ev.column, ev.quote, "number/set-scores+cue", measure, s.written, data, "");
          claims.push({ ...claim, value: s.sets.map(([a, b]) => `${a}-${b}`).join(" ") });
          continue;
        }
        const measure = s.kind === "final" ? "final score" : s.kind === "half-time" ? "half-time score" : "running score";
        const total = s.sides[0] + s.sides[1];
        const data: NumberData = { amount: total, unit: "score", measure, approx: "exact", low: total, high: total, score: s.sides };
        claims.push(claimOf(source, line, ev.column, ev.quote, `number/score${s.header ? "-header" : "+cue"}`, measure, s.written, data, ""));
      }
      for (const [a, b] of spans) work = work.slice(0, a) + " ".repeat(b - a) + work.slice(b);

      const numerals = [...digitNumerals(work), ...wordNumerals(work)].sort((x, y) => x.start - y.start);
      const readAt = (text: string, list: Numeral[], i: number): Reading | null => {
        const n = list[i]!;
        const barriers = [...text.matchAll(/[;·|()—]/g)].map((m) => m.index ?? 0);
        const commas = [...text.matchAll(/,(?!\d)/g)].map((m) => m.index ?? 0);
        const prev = list[i - 1];
        const next = list[i + 1];
        const barrierBefore = Math.max(prev ? prev.end : 0, ...barriers.filter((b) => b < n.start).map((b) => b + 1));
        const barrierAfter = Math.min(next ? next.start : text.length, ...barriers.filter((b) => b > n.end));
        // A clause runs back to the last comma or barrier; other numbers inside it do not end it.
        const clauseStart = Math.max(0, ...[...barriers, ...commas].filter((b) => b < n.start).map((b) => b + 1));
        return readQuantity(text, n, Math.max(barrierBefore, openerBefore(text, n.start)), barrierAfter, clauseStart, anchorYear);
      };
      const readings = numerals.map((_, i) => readAt(work, numerals, i) ?? labelledReading(work, numerals[i]!, anchorYear));
      shareConversionMeasures(work, numerals, readings, readAt);
      const inRange = rangeMembers(work, numerals, readings);
      for (let i = 0; i < numerals.length; i++) {
        const r = readings[i];
        if (!r || inRange.has(i)) continue;
        const canonical = r.unit ? r.amount * r.unit.factor + r.unit.offset : r.amount;
        const [low, high] = boundedInterval(r);
        const data: NumberData = {
          amount: canonical,
          unit: r.unitKey,
          measure: r.earlier
            ? `${EARLIER_PREFIX}${r.measure}`
            : r.expected
              ? `${EXPECTED_PREFIX}${r.measure}`
              : r.further
                ? `${FURTHER_PREFIX}${r.measure}`
                : r.measure,
          approx: approximationOf(r.shape),
          low,
          high,
        };
        const ev = evidence(r.numeral.start);
        const valueUnit = r.dimension === "count" ? "" : r.unitKey;
        claims.push(claimOf(source, line, ev.column, ev.quote, r.rule, subjectOf(r), displayOf(r, work), data, valueUnit));
      }

      claims.push(...resultListClaims(source, line, work, numerals, readings, inRange, evidence));

      for (const z of ZERO_PHRASES) {
        for (const m of work.matchAll(z.re)) {
          const data: NumberData = { amount: 0, unit: "people", measure: z.measure, approx: "exact", low: 0, high: 0 };
          const ev = evidence(m.index ?? 0);
          const subject = MEASURE_SUBJECT[z.measure]?.replace("{noun}", "people") ?? z.measure;
          claims.push(claimOf(source, line, ev.column, ev.quote, "number/none-stated", subject, m[0], data, ""));
        }
      }
    }
  }
  return claims;
}
