// Calendar arithmetic on ISO date strings (YYYY-MM-DD), done with integers only.
// Nothing here reads the machine's clock, time zone or locale: the proleptic Gregorian
// day count (days since 1970-01-01) is computed directly, so results are the same everywhere.

export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
export type WeekdayName = (typeof WEEKDAYS)[number];

export const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

/** How a weekday is placed relative to the anchor date. */
export type WeekdayTense = "past" | "future" | "same-week";

export interface CivilDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

/** Days since 1970-01-01 of a civil date (H. Hinnant's days_from_civil). */
export function daysFromCivil({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = floorDiv(y, 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = floorDiv(153 * mp + 2, 5) + day - 1;
  const doe = yoe * 365 + floorDiv(yoe, 4) - floorDiv(yoe, 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date of a day count since 1970-01-01 (H. Hinnant's civil_from_days). */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = floorDiv(z, 146097);
  const doe = z - era * 146097;
  const yoe = floorDiv(doe - floorDiv(doe, 1460) + floorDiv(doe, 36524) - floorDiv(doe, 146096), 365);
  const doy = doe - (365 * yoe + floorDiv(yoe, 4) - floorDiv(yoe, 100));
  const mp = floorDiv(5 * doy + 2, 153);
  const day = doy - floorDiv(153 * mp + 2, 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidCivil(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** Parses "YYYY-MM-DD" (a longer ISO timestamp is cut to its date part, no zone shift); null if invalid. */
export function parseIsoDate(iso: string): CivilDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isValidCivil(year, month, day) ? { year, month, day } : null;
}

export function toIsoDate({ year, month, day }: CivilDate): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function requireIso(iso: string): CivilDate {
  const civil = parseIsoDate(iso);
  if (!civil) throw new RangeError(`not an ISO date: ${iso}`);
  return civil;
}

export function addDays(iso: string, days: number): string {
  return toIsoDate(civilFromDays(daysFromCivil(requireIso(iso)) + days));
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return daysFromCivil(requireIso(b)) - daysFromCivil(requireIso(a));
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday (4). */
export function weekdayIndex(iso: string): number {
  return (((daysFromCivil(requireIso(iso)) + 4) % 7) + 7) % 7;
}

export function weekdayName(iso: string): WeekdayName {
  return WEEKDAYS[weekdayIndex(iso)]!;
}

/** Index of a weekday name ("wednesday", "Wed", "Weds", "Thurs."), or -1. */
export function weekdayFromName(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, "");
  return WEEKDAYS.findIndex((w) => {
    const full = w.toLowerCase();
    return full === lower || (lower.length >= 3 && full.startsWith(lower) && lower.length <= 5) || lower === `${full.slice(0, 3)}s`;
  });
}

/** Month number 1–12 of a month name or abbreviation ("Aug.", "Sept", "july"), or 0. */
export function monthFromName(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, "");
  if (lower.length < 3) return 0;
  const index = MONTHS.findIndex((m) => {
    const full = m.toLowerCase();
    return full === lower || (full.startsWith(lower) && (lower.length === 3 || lower === "sept"));
  });
  return index + 1;
}

/**
 * The date of a weekday relative to an anchor:
 * - past: the latest such weekday on or before the anchor ("met on Wednesday" in a Thursday paper);
 * - future: the earliest on or after the anchor ("will meet on Thursday");
 * - same-week: the nearest such day within three days either side, ties going to on-or-before
 *   (captions in the present tense: "attends the summit, Thursday").
 */
export function resolveWeekday(weekday: number, anchor: string, tense: WeekdayTense): string {
  if (!Number.isInteger(weekday) || weekday < 0 || weekday > 6) throw new RangeError(`bad weekday ${weekday}`);
  const back = (weekdayIndex(anchor) - weekday + 7) % 7;
  const forward = (weekday - weekdayIndex(anchor) + 7) % 7;
  if (tense === "past") return addDays(anchor, -back);
  if (tense === "future") return addDays(anchor, forward);
  return back <= forward ? addDays(anchor, -back) : addDays(anchor, forward);
}

/** "Wednesday 3 July 2024". */
export function displayDate(iso: string): string {
  const c = requireIso(iso);
  return `${weekdayName(iso)} ${c.day} ${MONTHS[c.month - 1]} ${c.year}`;
}

/** "Wednesday–Thursday 3–4 July 2024"; across months or years the two ends are written out. */
export function displayRange(start: string, end: string): string {
  if (start === end) return displayDate(start);
  const a = requireIso(start);
  const b = requireIso(end);
  if (a.year === b.year && a.month === b.month) {
    return `${weekdayName(start)}–${weekdayName(end)} ${a.day}–${b.day} ${MONTHS[a.month - 1]} ${a.year}`;
  }
  if (a.year === b.year) {
    return `${weekdayName(start)} ${a.day} ${MONTHS[a.month - 1]} – ${weekdayName(end)} ${b.day} ${MONTHS[b.month - 1]} ${a.year}`;
  }
  return `${displayDate(start)} – ${displayDate(end)}`;
}
