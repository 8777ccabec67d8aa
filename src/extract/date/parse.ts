// Parsers for date expressions in one sentence (after quoted speech is masked):
// explicit day-month dates, weekdays (with last/next/this, ranges, possessives, captions) and "in YYYY".
// Each parser is small and returns spans; linking to an event and resolving come later (date.ts).

import { monthFromName, weekdayFromName } from "../calendar.js";

export interface Token {
  text: string;
  /** Lowercase, possessive "'s" removed. */
  lower: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => {
    const start = m.index ?? 0;
    return {
      text: m[0],
      lower: m[0].toLowerCase().replace(/['’]s$/u, ""),
      start,
      end: start + m[0].length,
    };
  });
}

/** Index of the token containing a character offset (or the next one). */
export function tokenAt(tokens: Token[], offset: number): number {
  const i = tokens.findIndex((t) => t.end > offset);
  return i === -1 ? tokens.length - 1 : i;
}

export type DateExpression =
  | {
      type: "explicit";
      start: number;
      end: number;
      day: number;
      endDay: number | null;
      month: number;
      year: number | null;
      /** Weekday written with it ("Saturday, 31 May"), index 0–6, or null. */
      weekday: number | null;
      caption: boolean;
      possessive: boolean;
    }
  | {
      type: "weekday";
      start: number;
      end: number;
      weekday: number;
      endWeekday: number | null;
      modifier: "last" | "next" | "this" | null;
      caption: boolean;
      possessive: boolean;
      /** Written as it appears ("Wednesday", "Wednesday and Thursday"). */
      written: string;
    }
  | { type: "year"; start: number; end: number; year: number; caption: false; possessive: false };

const WD = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const MONTH =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
const PART = "(?:(?:the\\s+)?(?:morning|afternoon|evening|night)\\s+of\\s+)?";
const ORD = "(?:st|nd|rd|th)?";

// "3 July 2024", "Saturday, 31 May", "3–4 July", "the afternoon of 12 August"
const DAY_MONTH = new RegExp(
  `\\b${PART}(?:${WD},?\\s+)?(\\d{1,2})${ORD}(?:\\s*(?:–|-|and|to)\\s*(\\d{1,2})${ORD})?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?(?![\\d:])`,
  "g",
);
// "July 3, 2024", "Aug. 12", "Wednesday, July 3", "the evening of Aug. 14", "July 3-4"
const MONTH_DAY = new RegExp(
  `\\b${PART}(?:${WD},?\\s+)?${MONTH}\\s+(\\d{1,2})${ORD}(?:\\s*(?:–|-)\\s*(\\d{1,2})${ORD})?(?:,?\\s+(\\d{4}))?(?![\\d:])`,
  "g",
);
// "on Wednesday", "last Tuesday", "Saturday's", "Thursday evening", "Wednesday and Thursday"
const WEEKDAY = new RegExp(
  `\\b(?:(on|last|next|this|early|late)\\s+)?${WD}(['’]s)?(?:\\s+(?:morning|afternoon|evening|night))?(?:\\s+(?:and|to|through|until|–|-)\\s+${WD}(?:\\s+(?:morning|afternoon|evening|night))?)?(?![\\p{L}\\d])`,
  "gu",
);
const YEAR = /\bin\s+(1[89]\d\d|20\d\d)\b(?!\s*[-–/]\s*\d)/g;

// A weekday right after these words is not the day something happened on
// ("since Tuesday", "by Friday", "of Tuesday night", "a night like Saturday night").
const WEEKDAY_BLOCKERS = new Set([
  "since", "until", "till", "by", "before", "after", "from", "of", "like", "through", "between", "to",
  "every", "each", "a", "an", "the", "following", "previous", "that", "including", "except", "than",
]);

function isCaption(text: string, start: number, end: number): boolean {
  return /,\s*$/.test(text.slice(0, start)) && /^\s*[.!]?\s*(?:\([^)]*\)\s*)?$/.test(text.slice(end));
}

function isPossessive(matched: string): boolean {
  return /['’]s\b/.test(matched);
}

/** Every date expression of a (masked) sentence, explicit dates first, overlaps removed. */
export function parseDateExpressions(text: string): DateExpression[] {
  const found: DateExpression[] = [];
  const covered = (s: number, e: number): boolean => found.some((f) => s < f.end && e > f.start);

  for (const re of [DAY_MONTH, MONTH_DAY]) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (covered(start, end)) continue;
      const dayMonth = re === DAY_MONTH;
      const weekdayText = m[1];
      // DAY_MONTH groups: weekday, day, end day, month, year; MONTH_DAY: weekday, month, day, end day, year.
      const day = Number(dayMonth ? m[2] : m[3]);
      const endDayText = dayMonth ? m[3] : m[4];
      const month = monthFromName((dayMonth ? m[4] : m[2]) ?? "");
      const yearText = m[5];
      if (!month || day < 1 || day > 31) continue;
      found.push({
        type: "explicit",
        start,
        end,
        day,
        endDay: endDayText ? Number(endDayText) : null,
        month,
        year: yearText ? Number(yearText) : null,
        weekday: weekdayText ? weekdayFromName(weekdayText) : null,
        caption: isCaption(text, start, end),
        possessive: false,
      });
    }
  }

  for (const m of text.matchAll(WEEKDAY)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (covered(start, end)) continue;
    const prefix = m[1]?.toLowerCase() ?? null;
    // A possessive weekday names its event whatever governs the phrase: "the toll from Sunday's quake".
    if (!prefix && !isPossessive(m[0])) {
      const before = /([\p{L}]+)\W*$/u.exec(text.slice(0, start))?.[1]?.toLowerCase();
      // "in the early hours of Tuesday", "on the night of Monday" are that day; other "of Monday"s are not.
      const partOfDay = before === "of" && /\b(?:hours|morning|afternoon|evening|night)\s+of\s*$/iu.test(text.slice(0, start));
      if (before && WEEKDAY_BLOCKERS.has(before) && !partOfDay) continue;
    }
    // "on Tuesdays" (habitual) never matches: the pattern stops at a letter after the name.
    const weekday = weekdayFromName(m[2]!);
    const endWeekday = m[4] ? weekdayFromName(m[4]) : null;
    if (weekday < 0) continue;
    const modifier = prefix === "last" || prefix === "next" || prefix === "this" ? prefix : null;
    const written = m[4] ? `${m[2]}–${m[4]}` : m[2]!;
    found.push({
      type: "weekday",
      start,
      end,
      weekday,
      endWeekday: endWeekday !== null && endWeekday >= 0 && endWeekday !== weekday ? endWeekday : null,
      modifier,
      caption: isCaption(text, start, end),
      possessive: isPossessive(m[0]),
      written,
    });
  }

  for (const m of text.matchAll(YEAR)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (covered(start, end)) continue;
    found.push({ type: "year", start, end, year: Number(m[1]), caption: false, possessive: false });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Replaces quoted speech with spaces (offsets kept), so dates and events inside quotes are ignored. */
export function maskQuotes(text: string): string {
  const blank = (s: string): string => s.replace(/[^\s]/g, " ");
  return text
    .replace(/“[^”]*”?/g, blank)
    .replace(/"[^"]*"?/g, blank)
    .replace(/(^|[\s(])‘[^’]*’(?=[\s,.;:!?)]|$)/g, (m, lead: string) => lead + blank(m.slice(lead.length)));
}

/** True for a line that is only a date and time (a publication line), not a sentence about an event. */
export function isDateLine(text: string): boolean {
  const rest = text
    .replace(new RegExp(WD, "g"), "")
    .replace(new RegExp(MONTH, "g"), "")
    .replace(/\b\d{1,4}\b/g, "")
    .replace(/\b[A-Z]{2,5}\b/g, "") // time zones: EDT, CEST
    .replace(/\b(?:a\.?m|p\.?m|updated|published|date|posted)\b/gi, "");
  return (rest.match(/\p{L}{2,}/gu) ?? []).length <= 1;
}

// A wire dateline opening a story: "CITY, Wednesday 4 March 2026 (Agency) - ", "CITY, Region, Oct 17
// (Agency) — ", "CITY, March 4 - ". Its date is the day the story was filed, not the day of an event.
const DATELINE = new RegExp(
  String.raw`^\s*((?:\p{Lu}[\p{L}\p{M}.'’-]*\s*)+(?:,\s*(?:\p{Lu}[\p{L}\p{M}.'’-]*\s*)+)*),\s*([^()\-–—,]{3,40}?(?:,\s*\d{4})?)\s*(?:\([^)]{1,60}\)\s*)?(?:-{1,2}|[–—])\s`,
  "u",
);
const CALENDAR_WORD = new RegExp(`^(?:${WD}|${MONTH})$`);

/** Offset where a leading wire dateline with a date ends (the event text starts), or 0 when there is none. */
export function datelineEnd(text: string): number {
  const m = DATELINE.exec(text);
  if (!m) return 0;
  const [whole, place = "", when = ""] = m;
  // The place is names only: "On Monday, 3 March - ..." is a sentence, not a dateline.
  if (place.split(/[\s,]+/).some((w) => CALENDAR_WORD.test(w.replace(/\.$/, "")))) return 0;
  const dates = parseDateExpressions(when);
  if (!dates.some((d) => d.type !== "year" && d.start === 0 && d.end >= when.trimEnd().length - 1)) return 0;
  return whole.length;
}
