// Shared types of the pipeline: files → sources → claims → findings → report.
// Every stage depends only on the types of the stages before it.

export const CLAIM_KINDS = ["date", "name", "members", "number", "role", "quote", "attribution", "place"] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export function isClaimKind(value: string): value is ClaimKind {
  return (CLAIM_KINDS as readonly string[]).includes(value);
}

/** A problem noticed about one source: encoding damage, unreadable parts, a missing date. */
export interface SourceWarning {
  code: string;
  message: string;
  line?: number;
}

/** One line of an article's cleaned text, with its line number in the file as stored. */
export interface SourceLine {
  /** 1-based line in the original file (BOM and CR ignored). */
  line: number;
  text: string;
}

export interface Publication {
  /** ISO calendar date (YYYY-MM-DD) as written in the source: no time-zone shift. */
  date: string;
  /** What it was read from. */
  origin: "date-line" | "dateline" | "metadata" | "front-matter";
  line: number;
  quote: string;
}

export type SourceFormat = "text" | "markdown" | "html";

/** An article after ingest: clean text by line plus what was learned about it. */
export interface Source {
  /** File name; unique within a run (a path-qualified name is used when two files share one). */
  id: string;
  path: string;
  format: SourceFormat;
  title: string | null;
  byline: string | null;
  published: Publication | null;
  lines: SourceLine[];
  warnings: SourceWarning[];
}

/** Where a claim was read: enough for a person to find it again. */
export interface Evidence {
  source: string;
  line: number;
  /** 1-based column of the claim in that line of cleaned text. */
  column: number;
  /** The sentence (or a short window of it) the claim was read from. */
  quote: string;
}

export type DateResolution =
  | "explicit" // the text gives the calendar date
  | "explicit-year-from-anchor" // "Aug. 12": year taken from the publication date or corpus anchor
  | "weekday-past" // past tense: latest such weekday on or before the anchor
  | "weekday-future" // future or scheduled: on or after the anchor
  | "weekday-same-week" // present/unclear tense: the weekday in the anchor's week nearest to it
  | "unresolved"; // no anchor at all: the weekday stays a weekday

export interface DateData {
  /** ISO date of the first day, or null when only a weekday is known. */
  start: string | null;
  /** ISO date of the last day of a range ("held on Wednesday and Thursday"), else equal to start. */
  end: string | null;
  /** Weekday named in the text, if any ("Wednesday"). */
  weekday: string | null;
  resolution: DateResolution;
  /** The anchor date used and where it came from. */
  anchor: { date: string; origin: "publication" | "corpus" } | null;
  /** Kind of event: "meet", "summit", "found", "break out", "control", ... */
  event: string;
  /** Participants or the thing the event is about, normalised (surnames, organisation). */
  participants: string[];
  /** Country each participant represents, parallel to `participants` (null when the source does not say). */
  participantCountries?: (string | null)[];
  /** For an event whose participants are named only by country ("the leaders of A, B and C met"): those countries, sorted. */
  countries?: string[];
  /** Year-only claims ("founded in 2001"). */
  granularity: "day" | "month" | "year";
}

export interface NameData {
  /** The name as written in this source (repaired of encoding damage). */
  full: string;
  given: string[];
  family: string;
  /** Title or office written next to the name ("acting President"), if any. */
  title: string | null;
  /** Country stated with the name (from "of Portugal", "(Kenya)", "Peruvian ..."), if any. */
  country: string | null;
}

export interface RoleData {
  person: string;
  /** The office as written ("minister of external affairs"). */
  office: string;
  /** Canonical office, synonyms folded ("foreign minister"). */
  officeKey: string;
  country: string | null;
  organisation: string | null;
}

export interface MembersData {
  /** The organisation or group the set belongs to ("Northern Trade Council"). */
  group: string;
  /** The relation: founders, members, observers, participants, evacuated villages, ... */
  relation: string;
  items: string[];
  /** True when the text presents the list as complete ("founded by A and B", "six countries: ..."). */
  exhaustive: boolean;
  /** A stated count ("10-member", "six countries"), if any. */
  count: number | null;
}

export type Approximation = "exact" | "about" | "over" | "under" | "at-least" | "at-most";

export interface NumberData {
  /** The amount in canonical units (hectares, US dollars, percent, count...). */
  amount: number;
  /** Canonical unit ("ha", "USD", "%", "people", "score"...). */
  unit: string;
  /** What is counted or measured, normalised ("area burnt", "evacuated", "attendance"). */
  measure: string;
  approx: Approximation;
  /** Interval the claim admits once approximation is taken into account. */
  low: number;
  high: number;
  /** For scores: the two sides ("3-2" → [3, 2]). */
  score?: [number, number];
}

export interface QuoteData {
  /** Speaker as written (surname-normalised in the key), or null when none is given. */
  speaker: string | null;
  /** The quoted words, joined when one statement is split around "X said". */
  text: string;
}

export interface PlaceData {
  /** Place as written. */
  place: string;
  /** The place it lies in as stated ("Brisdale, Veloria" → "Veloria"), if any. */
  container: string | null;
  /** What happened there ("summit", "meeting", "broke out"...). */
  event: string;
}

export interface AttributionData {
  /** The act attributed ("scored the 58th-minute goal", a quote's words...). */
  act: string;
  /** Who is credited. */
  person: string;
}

export interface ClaimDataByKind {
  date: DateData;
  name: NameData;
  role: RoleData;
  members: MembersData;
  number: NumberData;
  quote: QuoteData;
  place: PlaceData;
  attribution: AttributionData;
}

/** One fact one source states, with its evidence and the rule that read it. */
export interface Claim<K extends ClaimKind = ClaimKind> {
  kind: K;
  /** Normalised blocking key: only claims that share it can be compared. */
  key: string;
  /** What the claim is about, for a person ("meeting of Tarrow and Qiao"). */
  subject: string;
  /** Canonical value compared across sources ("2024-07-03"). */
  value: string;
  /** The value as a person reads it ("Wednesday 3 July 2024"). */
  display: string;
  evidence: Evidence;
  /** Provenance tag: which parser and refiners produced it ("date/weekday+tense"). */
  rule: string;
  data: ClaimDataByKind[K];
}

export type AnyClaim = { [K in ClaimKind]: Claim<K> }[ClaimKind];

export type FindingStatus = "conflict" | "agreement" | "variant";

export interface FindingSource {
  source: string;
  line: number;
  column?: number;
  quote: string;
}

export interface FindingValue {
  value: string;
  display: string;
  sources: FindingSource[];
  /** True when the value comes from a reference file rather than an article. */
  reference?: boolean;
}

export interface LikelyValue {
  value: string;
  confidence: number;
  why: string;
}

export interface Finding {
  /** Stable: hash of kind + normalised subject key + sorted values; never line numbers. */
  id: string;
  status: FindingStatus;
  kind: ClaimKind;
  subject: string;
  key: string;
  /** One line a person can read: "3 sources say Wednesday 3 July; 1 says Thursday 4 July". */
  explanation: string;
  values: FindingValue[];
  /** For numbers: the tolerance that was applied when comparing approximate values. */
  tolerance?: string;
  /** For quotes: the word-level difference between the versions. */
  diff?: string;
  likely?: LikelyValue;
  /** Baseline state in CI runs. */
  baseline?: "new" | "known";
}

export interface SourceSummary {
  id: string;
  path: string;
  published: string | null;
  warnings: SourceWarning[];
  reliability?: number;
}

export interface ReportSummary {
  sources: number;
  claims: number;
  conflicts: number;
  agreements: number;
  variants: number;
  /** Conflicts that count toward --max-conflicts (baseline-known ones excluded). */
  counted: number;
}

export interface Report {
  schemaVersion: 1;
  tool: { name: string; version: string };
  sources: SourceSummary[];
  findings: Finding[];
  summary: ReportSummary;
  /** Baseline conflicts no longer found, so the baseline can be pruned. */
  gone?: { id: string; summary: string }[];
}

/** A message for stderr: a note, a warning about one input, or an error. */
export interface Diagnostic {
  level: "note" | "warning" | "error";
  /** The file or path it is about, when there is one. */
  path?: string;
  message: string;
  /** The run cannot be trusted (a broken reference file): the CLI prints it and exits 2 without a report. */
  fatal?: boolean;
}
