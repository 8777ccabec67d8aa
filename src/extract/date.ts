// Date claims: the day an event happened or will happen, modelled on chrono-node —
// small parsers find date expressions (date/parse.ts), then ordered refiners
// (1) drop dates not tied to an event word, (2) link each date to the event it modifies,
// (3) read the tense, (4) resolve weekdays and year-less dates against the source's anchor,
// (5) name the participants from the same clause. Each step adds to the claim's `rule`.

import { readFileSync } from "node:fs";
import type { Claim, DateData, DateResolution, Source } from "../types.js";
import {
  WEEKDAYS,
  addDays,
  monthFromName,
  weekdayFromName,
  daysBetween,
  displayRange,
  isValidCivil,
  resolveWeekday,
  toIsoDate,
  weekdayIndex,
  type WeekdayTense,
} from "./calendar.js";
import { anchorFor, type ExtractContext } from "./context.js";
import {
  CONTINUATION_VERBS,
  EVENT_KINDS,
  PART_NOUNS,
  competitionKindOf,
  competitionWinMentions,
  documentNear,
  findEventMentions,
  isPassiveAt,
  phaseNear,
  thingAfterOf,
  thingBefore,
  type EventKind,
  type EventMention,
} from "./date/events.js";
import { datelineEnd, isDateLine, maskQuotes, parseDateExpressions, tokenAt, tokenize, type DateExpression, type Token } from "./date/parse.js";
import { countriesIn, isVenueMention, participantsOf, type SourceParticipants } from "./date/participants.js";
import { countryLists } from "./members.js";
import { headedOrganisationNames, organisationKey } from "./organisation.js";
import { countryOf, foldName } from "./people.js";
import { splitSentences } from "./sentences.js";

/** Farthest (in tokens) a date may sit from the event word it modifies. */
const MAX_LINK_DISTANCE = 10;
/** Farthest in raw tokens, however many of them are names and titles. */
const MAX_RAW_LINK_DISTANCE = 25;

const OWN_DATE_VERBS: ReadonlySet<string> = new Set(
  (JSON.parse(readFileSync(new URL("../../data/events.json", import.meta.url), "utf8")) as { ownDateVerbs?: string[] })
    .ownDateVerbs ?? [],
);
const PLACE_TYPE_WORDS: ReadonlySet<string> = new Set(
  Object.keys(
    (JSON.parse(readFileSync(new URL("../../data/places.json", import.meta.url), "utf8")) as { placeTypes: Record<string, string> })
      .placeTypes,
  ),
);
// A clock time between an event and its date ("struck at 3:42 a.m. on Sunday") is one word.
const CLOCK_TIME = /\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\b\.?|GMT\b|UTC\b)|\b\d{1,2}[:.]\d{2}\b/giu;

// "at 04:00 GMT on Wednesday", "11 p.m. EDT Tuesday", "3 a.m. local time (0100 GMT) on Friday": a day
// given with a clock time in a named zone may be a day off the local day other sources give. With a
// known offset it is moved to its UTC day and compared with other UTC days; with an abbreviation that
// names several zones it is compared only with days in that same zone class (data/timezones.json).
interface ZoneDef {
  offset: number | null;
  class: string;
}
const ZONES: ReadonlyMap<string, ZoneDef> = new Map(
  Object.entries(
    (JSON.parse(readFileSync(new URL("../../data/timezones.json", import.meta.url), "utf8")) as { zones: Record<string, ZoneDef> }).zones,
  ),
);
const ZONE_ALTERNATION = [...ZONES.keys()].filter((z) => z.length > 1).sort((a, b) => b.length - a.length).join("|");
const ZONED_CLOCK = new RegExp(
  String.raw`\b(?:(\d{1,2})[:.](\d{2})|(\d{2})(\d{2})|(\d{1,2})(?:\s*([ap])\.?m\.?)?)\s*(?:([ap])\.?m\.?\s*)?\(?(${ZONE_ALTERNATION})\b|\b(\d{2})(\d{2})Z\b`,
  "gu",
);
const CLOCK_THEN_DATE = /^[\s,()]*(?:on\s+)?$/iu;
const DATE_THEN_CLOCK = /^[\s,(]*(?:at\s+)?$/iu;

/** A clock time in a named zone right beside a date expression. */
export interface ZonedClock {
  zone: string;
  zoneClass: string;
  /** Hours from UTC, or null when the abbreviation is ambiguous. */
  offset: number | null;
  /** Minutes after midnight, local to the zone. */
  minutes: number;
  written: string;
}

function clockMinutes(m: RegExpMatchArray): number | null {
  const [, h1, m1, h2, m2, h3, ap3, ap4, , hz, mz] = m;
  let hours: number;
  let minutes = 0;
  if (h1 !== undefined) [hours, minutes] = [Number(h1), Number(m1)];
  else if (h2 !== undefined) [hours, minutes] = [Number(h2), Number(m2)];
  else if (hz !== undefined) [hours, minutes] = [Number(hz), Number(mz)];
  else hours = Number(h3);
  const meridiem = (ap3 ?? ap4)?.toLowerCase();
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (meridiem === "p" ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return null;
  return hours * 60 + minutes;
}

/** The zoned clock time standing right before or after the date expression [start, end), if any. */
export function zonedClockNear(text: string, start: number, end: number): ZonedClock | null {
  for (const m of text.matchAll(ZONED_CLOCK)) {
    const from = m.index ?? 0;
    const to = from + m[0].length;
    const beside = (to <= start && CLOCK_THEN_DATE.test(text.slice(to, start))) || (from >= end && DATE_THEN_CLOCK.test(text.slice(end, from)));
    if (!beside) continue;
    const zone = m[8] ?? "Z";
    const def = ZONES.get(zone);
    const minutes = clockMinutes(m);
    if (!def || minutes === null) continue;
    return { zone, zoneClass: def.class, offset: def.offset, minutes, written: m[0].replace(/^\(|\s+/g, " ").trim() };
  }
  return null;
}

/** Whether a clock time in GMT/UTC stands right before or after the date expression [start, end). */
export function universalTimeNear(text: string, start: number, end: number): boolean {
  return zonedClockNear(text, start, end)?.zoneClass === "UTC";
}

/** Days to add to a zone's local day to reach the UTC day of the same instant. */
function utcDayShift(clock: ZonedClock): number | null {
  if (clock.offset === null) return null;
  return Math.floor((clock.minutes - clock.offset * 60) / 1440);
}

const COORDINATORS: ReadonlySet<string> = new Set(["and", "but", "then"]);
const RELATIVE_TO: ReadonlySet<string> = new Set(["after", "before", "since", "until", "following", "ahead"]);

interface TitleVocabulary {
  qualifiers: string[];
  honorifics: string[];
  offices: Record<string, string[]>;
}
const TITLES = JSON.parse(
  readFileSync(new URL("../../data/titles.json", import.meta.url), "utf8"),
) as TitleVocabulary;
// Words of people's titles ("Spanish premier Lucia Ferrer", "the director of civil defence"): a list of
// titled people between an event verb and its date ("sat down with ... in Lisbon on Friday") is one
// object, so its words do not count towards the link distance. Short function words still count.
const TITLE_WORDS: ReadonlySet<string> = new Set(
  [...Object.values(TITLES.offices).flat(), ...TITLES.qualifiers, ...TITLES.honorifics]
    .flatMap((phrase) => phrase.toLowerCase().split(/\s+/))
    .filter((w) => w.length > 3 && w !== "*"),
);

/** Whether a token is part of a name or title list: capitalised words, title words, "and", commas. */
function isNameListToken(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text) || TITLE_WORDS.has(t.lower) || PLACE_TYPE_WORDS.has(t.lower) || t.lower === "and" || t.text === ",";
}

/** Indices of the tokens of clock times after the first token of each. */
function clockTimeTails(text: string, tokens: Token[]): Set<number> {
  const tails = new Set<number>();
  for (const m of text.matchAll(CLOCK_TIME)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    tokens.forEach((t, i) => {
      if (t.start > start && t.end <= end) tails.add(i);
    });
  }
  return tails;
}

/** Tokens from `a` to `b` (a < b), counting a run of names and titles between them as nothing. */
function linkDistance(tokens: Token[], a: number, b: number, skip: ReadonlySet<number>): number {
  if (b - a > MAX_RAW_LINK_DISTANCE) return Infinity;
  let distance = 1;
  for (let i = a + 1; i < b; i++) if (!skip.has(i) && !isNameListToken(tokens[i]!)) distance++;
  return distance;
}

/** Whether a verb that takes the date itself stands between an event word and a later date. */
function ownDateVerbBetween(tokens: Token[], a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (OWN_DATE_VERBS.has(tokens[i]!.lower)) return true;
  return false;
}

// Markers of tense, general English (not domain vocabulary).
const FUTURE_MARKERS = new Set([
  "will", "shall", "'ll", "scheduled", "due", "expected", "planned", "plans", "planning", "upcoming", "would", "next", "set",
]);
const IRREGULAR_PAST = new Set([
  "met", "held", "broke", "began", "told", "took", "said", "spoke", "sang", "went", "came", "gave", "made", "won", "beat",
  "fell", "led", "left", "ran", "saw", "stood", "thought", "brought", "caught", "drew", "flew", "fought", "found", "got",
  "kept", "lost", "paid", "rose", "sent", "shot", "struck", "swept", "tore", "wore", "wrote", "chose", "drove", "became",
  "knew", "sat", "sought", "spent", "taught", "threw", "withdrew", "bought", "built", "burnt", "felt", "heard", "meant",
  "was", "were", "had", "did", "ago", "last", "arose", "underwent", "begun", "broken",
]);
const NOT_PAST_ED = new Set(["indeed", "hundred", "proceed", "exceed", "succeed", "scheduled", "expected", "planned"]);

function isFutureAt(tokens: Token[], i: number): boolean {
  const t = tokens[i]!.lower;
  if (t === "set" || t === "due" || t === "expected") return tokens[i + 1]?.lower === "to";
  if (t === "to") return ["is", "are", "was", "were"].includes(tokens[i - 1]?.lower ?? "");
  return FUTURE_MARKERS.has(t);
}

function isPastAt(tokens: Token[], i: number): boolean {
  const t = tokens[i]!.lower;
  if (IRREGULAR_PAST.has(t)) return true;
  return /^[a-z]{3,}ed$/.test(t) && !NOT_PAST_ED.has(t) && tokens[i]!.text === tokens[i]!.text.toLowerCase();
}

/** Tense of the clause around an event and its date: local markers first, then the nearest verb marker. */
function tenseOf(tokens: Token[], lo: number, hi: number, segFrom: number, segTo: number): WeekdayTense {
  const from = Math.max(segFrom, lo - 4);
  let past = false;
  for (let i = from; i <= hi && i < segTo; i++) {
    if (isFutureAt(tokens, i)) return "future";
    if (isPastAt(tokens, i)) past = true;
  }
  if (past) return "past";
  // Nothing next to the event: the nearest marker in the clause ("At a meeting ... on Wednesday, Tarrow hailed").
  for (let d = 1; d < segTo - segFrom; d++) {
    for (const i of [lo - d, hi + d]) {
      if (i < segFrom || i >= segTo || (i >= lo && i <= hi)) continue;
      if (isFutureAt(tokens, i)) return "future";
      if (isPastAt(tokens, i)) return "past";
    }
  }
  return "same-week";
}

interface Segment {
  from: number;
  to: number;
}

// Clause boundaries: ";", ": ", spaced dashes, and commas before a subordinator or relative pronoun.
const CLAUSE_BOUNDARY =
  /;|:\s|\s[—–]\s|,\s+(?=(?:which|who|whom|whose|while|whereas|but|although|though|because|since|when|where|after|before|as|so|yet)\b)|\s(?=(?:while|whereas|although|because)\b)/g;

function segmentsOf(text: string, tokens: Token[]): Segment[] {
  const cuts = [...text.matchAll(CLAUSE_BOUNDARY)].map((m) => tokenAt(tokens, (m.index ?? 0) + m[0].length - 1) + 1);
  const bounds = [0, ...cuts.filter((c) => c > 0 && c < tokens.length), tokens.length];
  const segments: Segment[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    if (bounds[k + 1]! > bounds[k]!) segments.push({ from: bounds[k]!, to: bounds[k + 1]! });
  }
  return segments;
}

// An appositive or relative clause set off by commas inside a sentence: "X, founded by A and B,
// admitted C on Tuesday", "X, which was founded in 1990, met on Tuesday". It opens with a relative
// pronoun or a past participle followed by a preposition, and closes at the next comma followed by
// a lowercase word that is not a conjunction (the main clause's verb), or at the sentence end.
const APPOSITIVE_OPEN =
  /,\s+(?=(?:which|who|whose|whom)\b|(?!said\b)(?:[a-z]{3,}ed|led|held|built|set up|known|born|made|run|won)\s+(?:by|in|on|at|as|with|from|under|after|during|last|earlier|for|to)\b)/g;
const APPOSITIVE_CLOSE = /,\s+(?!(?:and|or|but|nor|which|who|whose|whom|including|with|while|as)\b)(?=\p{Ll})/gu;

/** Token spans [from, to) of the appositive clauses of a sentence. */
function appositivesOf(text: string, tokens: Token[]): Segment[] {
  const spans: Segment[] = [];
  for (const open of text.matchAll(APPOSITIVE_OPEN)) {
    const start = (open.index ?? 0) + open[0].length;
    if (spans.length && tokenAt(tokens, start) < spans[spans.length - 1]!.to) continue;
    APPOSITIVE_CLOSE.lastIndex = start;
    const close = APPOSITIVE_CLOSE.exec(text);
    const end = close ? (close.index ?? text.length) : text.length;
    const from = tokenAt(tokens, start);
    const to = end >= text.length ? tokens.length : tokenAt(tokens, end);
    if (to > from) spans.push({ from, to });
  }
  return spans;
}

/** Which appositive a token stands in (its index), or -1 for the main clause. */
function appositiveIndex(appositives: Segment[], token: number): number {
  return appositives.findIndex((a) => token >= a.from && token < a.to);
}

function segmentOf(segments: Segment[], token: number): Segment {
  return segments.find((s) => token >= s.from && token < s.to) ?? { from: 0, to: Number.MAX_SAFE_INTEGER };
}

interface Linked {
  mention: EventMention;
  how: "caption" | "possessive" | "near" | "year" | "timeline";
}

const DEADLINE_WORDS: ReadonlySet<string> = new Set(["effective", "until", "till", "by"]);
// A date heading its line, at most two words before it ("Also Tuesday:"), then a colon or a spaced dash.
const HEADING_BEFORE = /^[\s\-*•#>_]*(?:(?:also|late|early|on|later|earlier|then|and)\s+){0,2}[*_\s]*$/iu;
const HEADING_AFTER = /^[*_]*\s*(?::|\s[—–-]\s)/u;

/** Whether a date expression heads a timeline line: "- **Tuesday:** ...", "Monday — ...". */
function isHeadingDate(text: string, expr: DateExpression): boolean {
  if (expr.type === "year") return false;
  return HEADING_BEFORE.test(text.slice(0, expr.start)) && HEADING_AFTER.test(text.slice(expr.end));
}

/** The event a date expression modifies, or null when the sentence ties it to none. */
function linkEvent(
  text: string,
  expr: DateExpression,
  first: number,
  last: number,
  tokens: Token[],
  all: EventMention[],
  segment: Segment,
  clockTails: ReadonlySet<number>,
  appositives: Segment[],
): Linked | null {
  // A date and its event stand in the same clause: an appositive never lends its event to the
  // main clause's date, nor the main clause its event to a date inside an appositive.
  const side = appositiveIndex(appositives, first);
  all = all.filter((m) => appositiveIndex(appositives, m.first) === side);
  if (expr.type === "year") {
    // "founded in 1997", "Established in 1997 by ...", "inception in Brisdale in 1997": only names in between.
    const host = [...all].reverse().find((m) => m.last < first && EVENT_KINDS.get(m.kind)?.years);
    if (!host || first - host.last > 4) return null;
    const between = tokens.slice(host.last + 1, first);
    if (!between.every((t) => t.lower === "in" || t.lower === "at" || /^\p{Lu}/u.test(t.text))) return null;
    return { mention: host, how: "year" };
  }
  if (expr.possessive) {
    // "walked out of Tuesday's session": the event is the verb whose object the dated noun is.
    const governing = all.find((m) => m.last < first && first - m.last <= 2 && OBJECT_PREPOSITIONS.has(tokens[m.last + 1]?.lower ?? "") && !m.carried);
    if (governing && first - governing.last === 2 && EVENT_KINDS.get(governing.kind)?.participants !== "thing") return { mention: governing, how: "possessive" };
    // "Thursday's meeting", "Saturday's Elmbridge Cup final"
    const next = all.find((m) => m.first > last && m.first - last <= 5 && !m.carried);
    return next ? { mention: next, how: "possessive" } : null;
  }
  if (expr.caption) {
    // A caption's trailing date (", Wednesday.") dates the picture's main event: the first event word.
    const head = all.find((m) => !m.carried);
    return head ? { mention: head, how: "caption" } : null;
  }
  if (isHeadingDate(text, expr)) {
    // A timeline line ("**Tuesday:** X resigned", "Monday — the board met") dates its own line's event.
    const head = all.find((m) => m.first > last);
    return head ? { mention: head, how: "timeline" } : null;
  }
  // "effective 31 March", "until Friday", "by Tuesday evening": a deadline or start, not the event's day.
  if (DEADLINE_WORDS.has(tokens[first - 1]?.lower ?? "")) return null;
  // "On Monday, as the plenary was debating the text, the delegations walked out": a leading date
  // set off by a subordinate clause dates the main clause's first event, after that clause's comma.
  const main = mainClauseAfterLeadingDate(tokens, first, last, segment);
  if (main !== null) {
    const head = all.find((m) => m.first >= main && linkDistance(tokens, main - 1, m.first, clockTails) <= MAX_LINK_DISTANCE);
    return head ? { mention: head, how: "near" } : null;
  }
  let best: { mention: EventMention; distance: number } | null = null;
  // "met in Lisbon on Thursday and signed the declaration": after "and" a new verb phrase begins, so
  // the date belongs to the event before it when there is one; after ", and" a new clause begins
  // ("approved it on Sunday, and the companies announced ..."), so never to an event after it.
  const commaAfter = tokens[last + 1]?.text === ",";
  const afterDate = commaAfter ? last + 2 : last + 1;
  const conjunctionAfter = COORDINATORS.has(tokens[afterDate]?.lower ?? "");
  const eventBefore = all.some(
    (m) =>
      m.first >= segment.from &&
      m.last < first &&
      !ownDateVerbBetween(tokens, m.last, first) &&
      linkDistance(tokens, m.last, first, clockTails) <= MAX_LINK_DISTANCE,
  );
  // "derailed on Tuesday when the delegations walked out": the when-clause tells what happened that day.
  if (tokens[last + 1]?.lower === "when") {
    const told = all.find((m) => m.first > last + 1 && m.last < segment.to && linkDistance(tokens, last, m.first, clockTails) <= MAX_LINK_DISTANCE);
    if (told && !EVENT_KINDS.get(told.kind)?.silent) return { mention: told, how: "near" };
  }
  for (const m of all) {
    if (m.first < segment.from || m.last >= segment.to) continue;
    if (first > m.last && ownDateVerbBetween(tokens, m.last, first)) continue;
    // "killed in a crash in May, with a vote on Friday": an event already dated by a month or year keeps it.
    if (first > m.last && tokens.slice(m.last + 1, first).some((t) => (/^\p{Lu}/u.test(t.text) && monthFromName(t.text) > 0) || /^(?:1[89]|20)\d\d$/.test(t.text))) continue;
    if (m.first > afterDate && conjunctionAfter && (eventBefore || commaAfter)) continue;
    // "on Monday, a day after the earthquake": the event is the reference point, not the day's event.
    // "On Monday, just before 13:00 CET, the group announced": a clock time is not an event.
    if (m.first > last && tokens.slice(last + 1, m.first).some((t, k) => RELATIVE_TO.has(t.lower) && !/^\d/.test(tokens[last + 2 + k]?.text ?? ""))) continue;
    const distance =
      m.first > last
        ? linkDistance(tokens, last, m.first, clockTails)
        : first > m.last
          ? linkDistance(tokens, m.last, first, clockTails)
          : 0;
    const before = m.last < first;
    if (
      distance <= MAX_LINK_DISTANCE &&
      (!best || distance < best.distance || (distance === best.distance && before && best.mention.first > last))
    ) {
      best = { mention: m, distance };
    }
  }
  if (best && best.mention.last < first) {
    // "adopted a communiqué at the summit on Wednesday": the noun of the occasion ("at the summit")
    // sits between the verb and its date; the document's event owns the date.
    const occasion = best.mention;
    const verb = [...all].reverse().find(
      (m) =>
        m.last < occasion.first &&
        m.first >= segment.from &&
        EVENT_KINDS.get(m.kind)?.participants === "document" &&
        documentNear(tokens, m, segment.from, occasion.first) !== null,
    );
    const occasionLead = tokens.slice(Math.max(segment.from, occasion.first - 5), occasion.first).some((t) => OCCASION_PREPOSITIONS.has(t.lower));
    if (verb && occasionLead && linkDistance(tokens, verb.last, first, clockTails) <= MAX_LINK_DISTANCE + 4) {
      return { mention: verb, how: "near" };
    }
  }
  return best ? { mention: best.mention, how: "near" } : null;
}

const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(["of", "from"]);
const OCCASION_PREPOSITIONS: ReadonlySet<string> = new Set(["at", "during"]);
const LEADING_DATE_LEAD: ReadonlySet<string> = new Set(["on", "late", "early", "by", "last"]);
const SUBORDINATORS: ReadonlySet<string> = new Set(["as", "while", "when", "after", "before", "although", "though", "because"]);

/**
 * For a date opening its sentence and set off by a comma before a subordinate clause ("On Monday, as
 * ..., the delegations walked out"), the token where the main clause begins: after the first comma
 * that closes the subordinate clause. Null when the date is not such a leading date.
 */
function mainClauseAfterLeadingDate(tokens: Token[], first: number, last: number, segment: Segment): number | null {
  if (!tokens.slice(0, first).every((t) => LEADING_DATE_LEAD.has(t.lower))) return null;
  if (tokens[last + 1]?.text !== "," || !SUBORDINATORS.has(tokens[last + 2]?.lower ?? "")) return null;
  if (segment.to > last + 3) return null; // the date's own clause goes on past the subordinator
  for (let i = last + 3; i < tokens.length; i++) if (tokens[i]!.text === ",") return i + 1;
  return null;
}

/** The year that puts a year-less day closest to the anchor ("Dec. 30" in a January paper is last year). */
function nearestYear(month: number, day: number, anchor: string): number | null {
  const year = Number(anchor.slice(0, 4));
  let bestYear: number | null = null;
  let bestGap = Infinity;
  for (const y of [year - 1, year, year + 1]) {
    if (!isValidCivil(y, month, day)) continue;
    const gap = Math.abs(daysBetween(anchor, toIsoDate({ year: y, month, day })));
    if (gap < bestGap) {
      bestGap = gap;
      bestYear = y;
    }
  }
  return bestYear;
}

interface Resolved {
  value: string;
  display: string;
  start: string | null;
  end: string | null;
  weekday: string | null;
  resolution: DateResolution;
  granularity: DateData["granularity"];
  steps: string[];
}

function resolve(
  expr: DateExpression,
  tense: WeekdayTense,
  anchor: { date: string; origin: "publication" | "corpus" } | null,
): Resolved | null {
  if (expr.type === "year") {
    const value = String(expr.year);
    return { value, display: value, start: null, end: null, weekday: null, resolution: "explicit", granularity: "year", steps: ["year"] };
  }
  if (expr.type === "explicit") {
    const steps = ["explicit"];
    let year = expr.year;
    let resolution: DateResolution = "explicit";
    if (year === null) {
      if (!anchor) return null; // a day without year or anchor cannot be placed
      year = nearestYear(expr.month, expr.day, anchor.date);
      resolution = "explicit-year-from-anchor";
      steps.push(anchor.origin === "corpus" ? "year-from-corpus-anchor" : "year-from-anchor");
    }
    if (year === null || !isValidCivil(year, expr.month, expr.day)) return null;
    const start = toIsoDate({ year, month: expr.month, day: expr.day });
    let end = start;
    if (expr.endDay !== null) {
      if (!isValidCivil(year, expr.month, expr.endDay) || expr.endDay <= expr.day) return null;
      end = toIsoDate({ year, month: expr.month, day: expr.endDay });
      steps.push("range");
    }
    if (expr.weekday !== null && expr.weekday !== weekdayIndex(start)) steps.push("weekday-mismatch");
    return {
      value: start === end ? start : `${start}/${end}`,
      display: displayRange(start, end),
      start,
      end,
      weekday: WEEKDAYS[weekdayIndex(start)]!,
      resolution,
      granularity: "day",
      steps,
    };
  }
  const effective: WeekdayTense =
    expr.modifier === "last" ? "past" : expr.modifier === "next" ? "future" : expr.modifier === "this" ? "same-week" : tense;
  const steps = [expr.endWeekday !== null ? "weekday-range" : "weekday"];
  if (expr.modifier) steps.push(expr.modifier);
  if (!anchor) {
    const names = expr.endWeekday !== null ? `${WEEKDAYS[expr.weekday]}/${WEEKDAYS[expr.endWeekday]}` : WEEKDAYS[expr.weekday]!;
    steps.push("unresolved");
    return { value: names, display: expr.written, start: null, end: null, weekday: expr.written, resolution: "unresolved", granularity: "day", steps };
  }
  const start = resolveWeekday(expr.weekday, anchor.date, effective);
  const end = expr.endWeekday !== null ? addDays(start, (expr.endWeekday - expr.weekday + 7) % 7) : start;
  steps.push(effective === "same-week" ? "same-week" : effective);
  if (anchor.origin === "corpus") steps.push("corpus-anchor");
  const resolution: DateResolution =
    effective === "past" ? "weekday-past" : effective === "future" ? "weekday-future" : "weekday-same-week";
  return {
    value: start === end ? start : `${start}/${end}`,
    display: displayRange(start, end),
    start,
    end,
    weekday: expr.written,
    resolution,
    granularity: "day",
    steps,
  };
}

function subjectOf(label: string, participants: string[]): string {
  if (!participants.length) return label;
  const names =
    participants.length === 1 ? participants[0]! : `${participants.slice(0, -1).join(", ")} and ${participants[participants.length - 1]}`;
  return `${label} of ${names}`;
}

// Between a bare list of countries and the event word: nothing but an adverb ("A and B jointly met").
const LIST_TO_EVENT = /^\s*(?:(?:jointly|together|also|then|finally|formally|again)\s+)?$/u;

/**
 * Countries whose people an event's clause names instead of the people themselves: "the leaders of
 * A, B and C held talks", "Portuguese and Spanish ministers met", "A, B and C met". Null unless the
 * clause gives exactly one complete such list; the aligner uses it to join the claim to the event of
 * the people from those countries.
 */
function countriesOfClause(text: string, from: number, to: number, eventStart: number): string[] | null {
  const clause = text.slice(from, to);
  const sets = new Set<string>();
  for (const list of countryLists(clause)) {
    if (!list.closed || list.open) continue;
    if (list.form === "countries" && (list.end > eventStart - from || !LIST_TO_EVENT.test(clause.slice(list.end, eventStart - from)))) continue;
    sets.add(list.countries.join("|"));
  }
  const [only] = [...sets];
  return sets.size === 1 && only ? only.split("|") : null;
}

/** Paragraphs counted as the lead: a headline's cue words reach sentences in these. */
const LEAD_PARAGRAPHS = 3;
/** Shortest line counted as a body paragraph (shorter ones are bylines, captions, headings). */
const MIN_PARAGRAPH_CHARS = 80;

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];
}

/**
 * Words of each line's paragraph, for event words that may take their cue from it: the paragraph
 * (the line itself in HTML, a run of non-blank lines otherwise) and, for the lead paragraphs, the headline.
 */
function paragraphContext(source: Source): (line: number) => ReadonlySet<string> {
  const lines = source.lines;
  const runOf = new Map<number, number>();
  const runs: string[] = [];
  for (let k = 0; k < lines.length; k++) {
    const { line, text } = lines[k]!;
    if (!text.trim()) continue;
    const previous = lines[k - 1];
    const joins = source.format !== "html" && previous !== undefined && previous.line === line - 1 && previous.text.trim() !== "";
    if (!joins) runs.push("");
    runs[runs.length - 1] += ` ${text}`;
    runOf.set(line, runs.length - 1);
  }
  const firstLine = lines.find((l) => l.text.trim())?.text.trim() ?? "";
  const headline = source.title ?? (firstLine.length < 200 && !/[.!?]["”’]?$/u.test(firstLine) ? firstLine : null);
  const headlineRun = source.title === null && headline !== null ? 0 : -1;
  const lead = new Set(
    runs
      .map((text, i) => ({ text, i }))
      .filter(({ text, i }) => i !== headlineRun && text.trim().length >= MIN_PARAGRAPH_CHARS)
      .slice(0, LEAD_PARAGRAPHS)
      .map(({ i }) => i),
  );
  const cache = new Map<number, ReadonlySet<string>>();
  return (line) => {
    const run = runOf.get(line);
    if (run === undefined) return new Set();
    let words = cache.get(run);
    if (!words) {
      words = new Set([...wordsOf(runs[run]!), ...(headline && lead.has(run) ? wordsOf(headline) : [])]);
      cache.set(run, words);
    }
    return words;
  };
}

/** The event noun a carrier ("held", "took place") took its kind from, or the mention itself. */
function hostOf(mention: EventMention, mentions: EventMention[]): EventMention | null {
  if (!mention.carried) return mention;
  return [...mentions].reverse().find((m) => !m.carried && m.last < mention.first && mention.first - m.last <= 12) ?? null;
}

/**
 * Event nouns joined to the one a date is linked to by "and" ("The plenary session and the signing
 * ceremony took place on Friday"): the date is the day of each of them.
 */
function coordinatedWith(mention: EventMention, mentions: EventMention[], tokens: Token[]): EventMention[] {
  const host = hostOf(mention, mentions);
  if (!host) return [];
  const joined = (a: EventMention, b: EventMention): boolean => {
    const between = tokens.slice(a.last + 1, b.first).map((t) => t.lower);
    return between[0] === "and" && (between.length === 1 || (between.length === 2 && ["the", "a", "an"].includes(between[1]!)));
  };
  return mentions.filter(
    (m) => !m.carried && m !== host && m.kind !== host.kind && (joined(m, host) || joined(host, m)),
  );
}

// A year written before the event noun: "The 2026 race", "the 2027 summit", "the 2025 City Marathon".
const YEAR_TOKEN = /^(?:1[89]|20)\d\d$/;

/** The year written in front of an event noun (names may stand between), or null. */
function yearBefore(tokens: Token[], mention: EventMention, from: number): number | null {
  for (let i = mention.first - 1; i >= Math.max(from, mention.first - 4); i--) {
    const t = tokens[i]!;
    if (YEAR_TOKEN.test(t.text)) return Number(t.text);
    if (!/^\p{Lu}/u.test(t.text)) return null;
  }
  return null;
}

/** A person or organisation an event happened to, with its key. */
interface Party {
  key: string;
  display: string;
}

// Capitalised words that never name an organisation on their own.
const NOT_ORGANISATION = new Set([
  "the", "a", "an", "on", "in", "at", "of", "and", "but", "its", "his", "her", "their", "this", "that", "it", "he", "she",
  "they", "we", "i", "mr", "mrs", "ms", "dr", "by", "for", "after", "before", "when", "as", "also", "shares", "police",
]);

function organisationWordAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !/^\p{Lu}/u.test(t.text)) return false;
  if (NOT_ORGANISATION.has(t.lower) || TITLE_WORDS.has(t.lower) || PLACE_TYPE_WORDS.has(t.lower)) return false;
  if (weekdayFromName(t.text) >= 0 || monthFromName(t.text)) return false;
  return countryOf(t.text) === null;
}

/**
 * The organisation named by the capitalised run through token i ("Halcora", "Northern Rail"), or null.
 * With `person`, the run must look like a personal name the people finder missed ("Helga Brandvik":
 * two or three words, no organisation word) and is keyed on its last word, as people are.
 */
function organisationAt(tokens: Token[], i: number, lo: number, hi: number, person = false): { party: Party; first: number; last: number } | null {
  if (!organisationWordAt(tokens, i)) return null;
  let a = i;
  let b = i;
  while (a - 1 >= lo && organisationWordAt(tokens, a - 1)) a--;
  while (b + 1 < hi && organisationWordAt(tokens, b + 1)) b++;
  const name = tokens.slice(a, b + 1).map((t) => t.text.replace(/['’]s$/u, "")).join(" ");
  if (person) {
    const words = name.split(" ");
    // "chief executive of Ostmark Foods": a run after a preposition is an organisation, not the subject.
    if (PREPOSITIONS.has(tokens[a - 1]?.lower ?? "")) return null;
    if (words.length > 3 || headedOrganisationNames(name).length || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return null;
    return { party: { key: foldName(words[words.length - 1]!), display: words[words.length - 1]! }, first: a, last: b };
  }
  const key = organisationKey(name);
  return key ? { party: { key, display: name }, first: a, last: b } : null;
}

const PREPOSITIONS = new Set(["of", "at", "for", "from", "by", "with", "to", "in", "on"]);

interface PlacedPerson {
  party: Party;
  first: number;
}

// Words that may stand between an object verb and its object ("fined the company X", "imposed the fine on X").
const OBJECT_LEAD = new Set(["on", "against", "to", "the", "a", "an", "its", "former", "as", "of", ","]);

/**
 * Who or what an event happened to: for an object verb in the active voice ("the regulator fined X",
 * "the board appointed X") and a noun with "of" ("the resignation of X"), the first person or
 * organisation after it; otherwise the subject, the nearest person (else organisation) before it in
 * its clause and outside other appositives ("X, chief executive of Y, resigned" → X).
 */
function partyOf(
  tokens: Token[],
  mention: EventMention,
  kind: EventKind,
  from: number,
  to: number,
  appositives: Segment[],
  people: PlacedPerson[],
  skip: ReadonlySet<number>,
): Party | null {
  const words = tokens.slice(mention.first, mention.last + 1).map((t) => t.lower).join(" ");
  const objectFirst =
    (kind.objectVerbs.has(words) && !isPassiveAt(tokens, mention.first)) || tokens[mention.last + 1]?.lower === "of";
  if (objectFirst) {
    for (let i = mention.last + 1; i < Math.min(to, mention.last + 9); i++) {
      if (skip.has(i)) return null;
      const person = people.find((p) => p.first === i);
      if (person) return person.party;
      const organisation = organisationAt(tokens, i, i, to, kind.partyIsPerson);
      if (organisation) return organisation.party;
      if (!OBJECT_LEAD.has(tokens[i]!.lower) && !TITLE_WORDS.has(tokens[i]!.lower) && !/^\p{Ll}/u.test(tokens[i]!.text)) return null;
    }
    return null;
  }
  const own = appositiveIndex(appositives, mention.first);
  const visible = (i: number): boolean => appositiveIndex(appositives, i) === own || appositiveIndex(appositives, i) === -1;
  const before = people.filter((p) => p.first >= from && p.first < mention.first && visible(p.first));
  if (before.length) return before[before.length - 1]!.party;
  for (let i = mention.first - 1; i >= from; i--) {
    if (!visible(i) || skip.has(i)) continue;
    const organisation = organisationAt(tokens, i, from, mention.first, kind.partyIsPerson);
    if (organisation) return organisation.party;
  }
  return null;
}

const ORDINAL_WORDS = new Set([
  "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
  "final", "last", "penultimate", "next",
]);

/** The numbered part of a multi-part event a clause names ("stage 15", "the third round"), or null. */
function partOf(tokens: Token[], from: number, to: number): string | null {
  for (let i = from; i < to; i++) {
    const noun = tokens[i]!.lower;
    if (!PART_NOUNS.has(noun)) continue;
    const next = tokens[i + 1]?.text ?? "";
    if (/^\d{1,3}$/.test(next)) return `${noun} ${next}`;
    const prev = tokens[i - 1]?.lower ?? "";
    if (/^\d{1,3}(?:st|nd|rd|th)$/.test(prev) || ORDINAL_WORDS.has(prev)) return `${prev} ${noun}`;
  }
  return null;
}

/** Whether a continuation verb ("resumes", "continues") stands right after the event word or between it and the date. */
function continuedAt(tokens: Token[], mention: EventMention, first: number, last: number): boolean {
  const lo = mention.last + 1;
  const hi = Math.max(mention.last + 2, first - 1);
  for (let i = lo; i <= hi && i < tokens.length; i++) {
    if (i >= first && i <= last) continue;
    if (CONTINUATION_VERBS.has(tokens[i]!.lower)) return true;
  }
  return CONTINUATION_VERBS.has(tokens[mention.first - 1]?.lower ?? "");
}

/** Farthest (in days) from the anchor a day may be and still be the occurrence the story reports. */
const SAME_OCCURRENCE_DAYS = 183;

/** Date claims of one source. */
export function extractDateClaims(source: Source, ctx: ExtractContext): Claim<"date">[] {
  const anchor = anchorFor(source, ctx);
  let people: SourceParticipants | null = null;
  let competition: { kind: string | null } | null = null;
  const claims: Claim<"date">[] = [];
  const seen = new Set<string>();
  const contextOf = paragraphContext(source);
  for (const sentence of splitSentences(source)) {
    if (source.published && sentence.text.trim() === source.published.quote.trim()) continue;
    if (isDateLine(sentence.text)) continue;
    const masked = maskQuotes(sentence.text);
    const expressions = parseDateExpressions(masked);
    if (!expressions.length) continue;
    const tokens = tokenize(masked);
    if (!tokens.length) continue;
    const segments = segmentsOf(masked, tokens);
    const context = contextOf(sentence.line);
    const found = segments.flatMap((s) => findEventMentions(tokens, s.from, s.to, context));
    // A win with a finishing time and no competition noun dates the source's one competition.
    competition ??= { kind: competitionKindOf(source.lines.map((l) => l.text).join("\n")) };
    const wins = segments.flatMap((s) =>
      competitionWinMentions(tokens, s.from, s.to, masked.slice(tokens[s.from]?.start ?? 0, tokens[s.to - 1]?.end ?? 0), competition!.kind, found),
    );
    const mentions = [...found, ...wins].sort((a, b) => a.first - b.first);
    if (!mentions.length) continue;
    const clockTails = clockTimeTails(masked, tokens);
    const appositives = appositivesOf(masked, tokens);
    const filed = datelineEnd(masked);
    for (const expr of expressions) {
      // The date of a wire dateline ("CITY, Oct 17 (Agency) - ") is when the story was filed.
      if (expr.end <= filed) continue;
      const first = tokenAt(tokens, expr.start);
      const last = tokenAt(tokens, expr.end - 1);
      const segment = segmentOf(segments, first);
      const linked = linkEvent(masked, expr, first, last, tokens, mentions, segment, clockTails, appositives);
      if (!linked) continue;
      for (const mention of [linked.mention, ...coordinatedWith(linked.mention, mentions, tokens)]) {
        const kind = EVENT_KINDS.get(mention.kind);
        if (!kind || kind.silent) continue;
        const eventSegment = segmentOf(segments, mention.first);
        const lo = Math.min(first, mention.first);
        const hi = Math.max(last, mention.last);
        const tense = tenseOf(tokens, lo, hi, eventSegment.from, Math.min(eventSegment.to, tokens.length));
        // "The 2026 race will be held on 18 October": the year in front of the event noun is the
        // occurrence's year; another year than the anchor's is another occurrence, keyed apart.
        const host = hostOf(mention, mentions) ?? mention;
        const hostSegment = segmentOf(segments, host.first);
        const occurrenceYear = expr.type === "year" ? null : yearBefore(tokens, host, hostSegment.from);
        const anchorYear = anchor ? Number(anchor.date.slice(0, 4)) : null;
        if (occurrenceYear !== null && expr.type === "weekday" && anchorYear !== null && occurrenceYear !== anchorYear) continue;
        const yearGiven = occurrenceYear !== null && expr.type === "explicit" && expr.year === null;
        const resolved = resolve(yearGiven ? { ...expr, year: occurrenceYear } : expr, tense, anchor);
        if (!resolved) continue;
        if (yearGiven) resolved.steps.push("year-from-phrase");
        let otherOccurrence: string | null = null;
        if (occurrenceYear !== null && anchorYear !== null && occurrenceYear !== anchorYear) otherOccurrence = String(occurrenceYear);
        else if (!kind.years && anchor && resolved.start && Math.abs(daysBetween(anchor.date, resolved.start)) > SAME_OCCURRENCE_DAYS) {
          // A day far from the story's date is another occurrence ("the 2019 summit on 3 May 2019").
          otherOccurrence = resolved.start.slice(0, 4);
        }

        let participantKeys: string[] = [];
        let participantNames: string[] = [];
        let participantCountries: (string | null)[] | null = null;
        let countries: string[] | null = null;
        if (kind.participants === "people") {
          people ??= participantsOf(source);
          const from = tokens[eventSegment.from]!.start;
          const to = tokens[Math.min(eventSegment.to, tokens.length) - 1]!.end;
          // Names inside quoted speech were masked out of `masked`, so only names of the clause count.
          // A name after "at the", "in" is a venue ("met at the Casa Rosada"), never a participant.
          const venues = new Set(
            people
              .located(sentence.line, sentence.column + from, sentence.column + to)
              .filter((p) => isVenueMention(masked, p.column - sentence.column, p.column - sentence.column + p.length))
              .map((p) => p.person.key),
          );
          const found = people
            .between(sentence.line, sentence.column + from, sentence.column + to)
            .filter((p) => masked.includes(p.display) && !venues.has(p.key));
          const sorted = [...found].sort((a, b) => a.key.localeCompare(b.key));
          participantKeys = sorted.map((p) => p.key);
          participantNames = sorted.map((p) => p.display);
          if (sorted.length) participantCountries = sorted.map((p) => p.country);
          else countries = countriesOfClause(masked, from, to, tokens[mention.first]!.start);
        } else if (kind.participants === "countries") {
          // Who joined: the countries of the event's clause, leaving out appositives other than its own.
          const own = appositiveIndex(appositives, mention.first);
          let clause = "";
          for (let i = eventSegment.from; i < Math.min(eventSegment.to, tokens.length); i++) {
            const at = appositiveIndex(appositives, i);
            clause += at === own ? `${tokens[i]!.text} ` : "_ ";
          }
          const joined = countriesIn(clause);
          if (!joined.length) continue;
          participantKeys = joined.map((c) => c.toLowerCase());
          participantNames = joined;
        } else if (kind.participants === "thing") {
          // "the collapse of the bridge": the thing after "of"; "the collapse of talks" is no such event.
          const segEnd = Math.min(hostSegment.to, tokens.length);
          const ofThing = thingAfterOf(tokens, host.last, segEnd);
          if (!ofThing && tokens[host.last + 1]?.lower === "of" && kind.bare.has(host.words.toLowerCase())) continue;
          const thing = ofThing ?? thingBefore(tokens, eventSegment.from, mention.first);
          if (thing) {
            participantKeys = [thing];
            participantNames = [`the ${thing}`];
          }
        } else if (kind.participants === "party") {
          people ??= participantsOf(source);
          const placed = people
            .located(sentence.line, sentence.column, sentence.column + masked.length)
            .filter((p) => masked.includes(p.person.display))
            .map((p) => ({ party: { key: p.person.key, display: p.person.display }, first: tokenAt(tokens, p.column - sentence.column) }));
          const dateTokens = new Set<number>();
          for (let i = first; i <= last; i++) dateTokens.add(i);
          const party = partyOf(tokens, host, kind, hostSegment.from, Math.min(hostSegment.to, tokens.length), appositives, placed, dateTokens);
          if (party) {
            participantKeys = [party.key];
            participantNames = [party.display];
          } else if (kind.partyRequired) continue;
        } else if (kind.participants === "document") {
          // "signed a joint declaration": keyed on the document; a bare "signing ceremony" joins the one there is.
          const document = documentNear(tokens, host, hostSegment.from, Math.min(hostSegment.to, tokens.length));
          if (document) {
            participantKeys = [document];
            participantNames = [`the ${document}`];
          } else if (!kind.bare.has(host.words.toLowerCase())) continue;
        }
        // "The race resumes on Monday with stage 15": a later part of the event, not the event's day.
        if (continuedAt(tokens, mention, first, last)) continue;
        // "Stage 15 on Monday", "the third round on Sunday": that part's own day.
        const part = kind.participants === "none" || kind.participants === "people" ? partOf(tokens, eventSegment.from, Math.min(eventSegment.to, tokens.length)) : null;
        // "opened on Tuesday", "ended on Wednesday": a day of a multi-day event, not the event's days.
        const phase = kind.phased
          ? phaseNear(tokens, mention, eventSegment.from, Math.min(eventSegment.to, tokens.length), first, last)
          : null;
        const zoned = expr.type !== "year" ? zonedClockNear(masked, expr.start, expr.end) : null;
        const shift = zoned ? utcDayShift(zoned) : null;
        // A day in a zone of known offset becomes its UTC day; an ambiguous zone keeps its own class.
        const universal = zoned !== null && shift !== null;
        let zoneNote: string | null = null;
        if (zoned && shift !== null && shift !== 0 && resolved.start && resolved.end) {
          resolved.start = addDays(resolved.start, shift);
          resolved.end = addDays(resolved.end, shift);
          resolved.value = resolved.start === resolved.end ? resolved.start : `${resolved.start}/${resolved.end}`;
          resolved.weekday = WEEKDAYS[weekdayIndex(resolved.start)]!;
          zoneNote = `from ${zoned.written} ${masked.slice(expr.start, expr.end)}`;
          resolved.display = `${displayRange(resolved.start, resolved.end)} (UTC; ${zoneNote})`;
        } else if (zoned && shift === null) {
          resolved.display = `${resolved.display} (${zoned.zone})`;
        }
        const zoneKey = universal ? " utc" : zoned ? ` tz ${zoned.zoneClass.toLowerCase()}` : "";
        const zoneLabel = universal ? " (UTC day)" : zoned ? ` (${zoned.zoneClass} day)` : "";
        const occurrenceKey = otherOccurrence ? ` ${otherOccurrence}` : "";
        const partKey = part ? ` ${part}` : "";
        const eventKey = `${phase ? `${kind.kind} ${phase}` : kind.kind}${partKey}${occurrenceKey}${zoneKey}`;
        const label = `${phase ? `${kind.label} (${phase})` : kind.label}${part ? ` (${part})` : ""}${otherOccurrence ? ` of ${otherOccurrence}` : ""}${zoneLabel}`;
        const key = `date|${eventKey}${participantKeys.length ? `|${participantKeys.join("+")}` : ""}`;
        const dedupe = `${key}\u241f${resolved.value}`;
        if (seen.has(dedupe)) continue;
        seen.add(dedupe);

        const steps = [...resolved.steps];
        if (linked.how !== "near") steps.push(linked.how);
        if (phase) steps.push(phase);
        if (part) steps.push("part");
        if (otherOccurrence) steps.push("other-occurrence");
        if (mention !== linked.mention) steps.push("coordinated");
        if (zoned) steps.push(universal ? (zoned.zoneClass === "UTC" ? "utc" : `tz-${zoned.zone}-to-utc`) : `tz-${zoned.zone}`);
        const data: DateData = {
          start: resolved.start,
          end: resolved.end,
          weekday: resolved.weekday,
          resolution: resolved.resolution,
          anchor: resolved.resolution === "explicit" ? null : anchor,
          event: kind.kind,
          participants: participantNames,
          granularity: resolved.granularity,
        };
        if (participantCountries) data.participantCountries = participantCountries;
        if (countries) data.countries = countries;
        claims.push({
          kind: "date",
          key,
          subject: countries ? `${subjectOf(label, countries)} (by country)` : subjectOf(label, participantNames),
          value: resolved.value,
          display: resolved.display,
          evidence: {
            source: source.id,
            line: sentence.line,
            column: sentence.column + expr.start,
            quote: sentence.text,
          },
          rule: `date/${steps.join("+")}`,
          data,
        });
      }
    }
  }
  return claims;
}
