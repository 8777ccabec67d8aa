// Publication date from the top of an article: a line that is only a date stamp ("Thursday 04 July
// 2024 02:07 EDT", "16/08/2025 - 10:30", "Published: 11 March 2025 09:14 GMT"), a line opening with a
// labelled date ("date 2024-07-04 <caption>"), or a wire dateline with a year ("LISBON, March 11, 2025
// (Agency) -"). Dates inside reporting sentences are events, never the publication date.
import type { Publication, SourceLine } from "../types.js";

/** How many non-blank lines from the top may hold the date line. */
const TOP_LINES = 8;
/** Words a date stamp line may carry besides the date ("Regional news |", "By staff"). */
const MAX_EXTRA_WORDS = 4;

const MONTHS = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
];
const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const WEEKDAY = "(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+";
const LABEL = "(?:(?:first\\s+)?published(?:\\s+on)?|posted(?:\\s+on)?|date[d]?|updated|last\\s+updated|modified|on)\\s*:?\\s*";
const TIME =
  "(?:\\s*(?:[-–—,|·@]|at)?\\s*\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?:\\s*(?:[A-Z]{2,5}|(?:GMT|UTC)\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?))?)?";

/** A clock time standing before the date, with its zone ("3:15 PM EST", "15.15 GMT"). */
const CLOCK = "\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5})?";
/** A byline in front of the date: "By" and up to four capitalised names, then a separator. */
const BYLINE_HEAD = /^\s*[Bb]y\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’.-]*){0,3}\s*[,|·•–—-]\s*$/u;
/** A stamp that gives no calendar date ("Published 4 hours ago", "Updated just now"): removed, never a date. */
const RELATIVE_STAMP = new RegExp(
  `^[\\s|·•]*(?:${LABEL})(?:\\d+|an?|one|few)?\\s*(?:(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\\s+ago|just now|moments? ago|yesterday|today)[\\s|·•.]*$`,
  "i",
);

/** True for a line that is only a relative time stamp, which cannot be resolved to a date. */
export function isRelativeStamp(text: string): boolean {
  return RELATIVE_STAMP.test(text);
}

interface DateMatch {
  date: string;
  start: number;
  end: number;
}

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function monthNumber(name: string): number {
  const n = name.toLowerCase().replace(/\.$/, "").slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(n)) + 1;
}

const FORMS: { re: RegExp; read: (m: RegExpExecArray) => string | null }[] = [
  // 2024-07-04, 2024-07-04T11:20:00+03:00, 2024/07/04
  {
    re: /\b(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d/-])/g,
    read: (m) => iso(Number(m[1]), Number(m[3]), Number(m[4])),
  },
  // 04 July 2024, Thursday 04 July 2024, 2 June 2025
  {
    re: new RegExp(`\\b(?:${WEEKDAY})?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, "gi"),
    read: (m) => iso(Number(m[3]), monthNumber(m[2] ?? ""), Number(m[1])),
  },
  // June 2, 2025, Monday, June 2, 2025
  {
    re: new RegExp(`\\b(?:${WEEKDAY})?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "gi"),
    read: (m) => iso(Number(m[3]), monthNumber(m[1] ?? ""), Number(m[2])),
  },
  // 16/08/2025, 18.08.2025, 16-08-2025: day first (the order of most of the world); read month first
  // only when the first number cannot be a month's day-first reading (second number > 12).
  {
    re: /\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b/g,
    read: (m) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      const year = Number(m[4]);
      return b > 12 ? iso(year, a, b) : iso(year, b, a);
    },
  },
];

/** Every calendar date with a year in the text, earliest first, extended over a following time stamp. */
function findDates(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  for (const form of FORMS) {
    form.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = form.re.exec(text)) !== null) {
      const date = form.read(m);
      if (!date) continue;
      const start = m.index;
      let end = start + m[0].length;
      const time = new RegExp(`^${TIME}`).exec(text.slice(end));
      if (time) end += time[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      found.push({ date, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const wordCount = (text: string): number => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

interface TopDate {
  date: string;
  origin: Publication["origin"];
  /** The line's text with the date stamp taken out, or null when nothing else is left. */
  rest: string | null;
  /** An "Updated"/"Modified" stamp: removed, but not the publication date. */
  updated: boolean;
  /** The words that state the date, for the evidence quote. */
  stamp: string;
}

/** The publication date a line near the top states, if it is a date line or starts with a date. */
export function readDateLine(text: string): TopDate | null {
  const line = text.trim();
  const dates = findDates(line);
  const first = dates[0];
  if (!first) return null;
  const before = line.slice(0, first.start);
  const after = line.slice(first.end);
  const updated = /\b(?:updated|modified|edited)\b/i.test(before);
  const stamp = line.slice(0, first.end).trim();
  const labelOnly = new RegExp(`^[\\s|·•:,–—-]*(?:${WEEKDAY})?(?:${LABEL})?[\\s|·•:,–—-]*$`, "i");
  // A line that is only a stamp, perhaps with a section label before it ("Regional news | ..."), the
  // time before the date ("Updated 3:15 PM EST, Tue March 4, 2025") or a byline ("By Jo Doe, March 4, 2025").
  const head = before
    .replace(new RegExp(LABEL, "gi"), " ")
    .replace(new RegExp(`^\\s*${CLOCK}\\s*[,|·•–—-]?\\s*(?:${WEEKDAY})?$`, "i"), " ");
  const headOk =
    wordCount(head) === 0 ||
    BYLINE_HEAD.test(head) ||
    (/[|·•:–—-]\s*$/.test(head) && wordCount(head) <= MAX_EXTRA_WORDS);
  // What follows the date may be more stamp: a time, an "Updated 2 hours ago" ("March 4, 2025 / 3:15 PM / Updated 2 hours ago").
  const tail = after
    .replace(new RegExp(`\\b(?:${LABEL})?\\d+\\s*(?:min(?:ute)?s?|hours?|hrs?|days?)\\s+ago\\b`, "gi"), " ")
    .replace(new RegExp(`(?:^|[\\s/|·•,–—-])${CLOCK}(?=$|[\\s/|·•,–—-])`, "g"), " ")
    .replace(/^[\s|·•:,/–—()-]+|[\s|·•:,/–—()-]+$/g, "");
  if (headOk && wordCount(tail) === 0 && dates.length === 1) {
    return { date: first.date, origin: "date-line", rest: null, updated, stamp };
  }
  // A line that opens with a labelled or separated date and goes on with text: strip the stamp.
  if (labelOnly.test(before)) {
    const labelled = before.trim() !== "";
    const separated = /^\s*(?:[|·•:–—-]|\s{2,})/.test(after) || first.end > first.start + 12;
    if (labelled || separated) {
      const rest = after.replace(/^[\s|·•:,–—-]+/, "");
      return { date: first.date, origin: "date-line", rest: rest || null, updated, stamp };
    }
  }
  // Wire dateline: "LISBON, March 11, 2025 (Agency) -".
  const dateline = /^[A-Z][A-Z .'’-]+(?:,\s*[A-Z][\p{L} .'’-]+)?,\s*$/u;
  if (dateline.test(before) && /^\s*(?:\([^)]*\)\s*)?[-–—]/.test(after)) {
    return { date: first.date, origin: "dateline", rest: line, updated: false, stamp };
  }
  return null;
}

export interface PublicationResult {
  published: Publication | null;
  /** The lines with pure date stamps near the top removed and leading date stamps stripped. */
  lines: SourceLine[];
}

/** Finds the publication date near the top of the lines (unless one is already known) and takes the stamp out of the text. */
export function findPublication(lines: SourceLine[], known: Publication | null): PublicationResult {
  let published = known;
  const out: SourceLine[] = [];
  let nonBlank = 0;
  for (const l of lines) {
    if (!l.text.trim() || nonBlank >= TOP_LINES) {
      out.push(l);
      continue;
    }
    nonBlank++;
    if (isRelativeStamp(l.text)) continue;
    const found = readDateLine(l.text);
    if (!found) {
      out.push(l);
      continue;
    }
    if (!published && !found.updated) {
      published = { date: found.date, origin: found.origin, line: l.line, quote: found.stamp };
    }
    if (found.origin === "dateline") out.push(l);
    else if (found.rest) out.push({ line: l.line, text: found.rest });
  }
  return { published, lines: out };
}

/** A date from a metadata field (front matter "date: 2025-06-01"), any of the written forms. */
export function parseDateValue(value: string): string | null {
  return findDates(value)[0]?.date ?? null;
}
