import { readFileSync } from "node:fs";
import { writeFileAtomic } from "./output.js";
import { isClaimKind, type ClaimKind, type Finding, type Report } from "./types.js";

/**
 * A baseline records accepted conflicts so CI fails only on new ones. Entries are keyed by the
 * finding id (kind + key + sorted values, never line numbers), so moving text around in an
 * article keeps them matched; the readable fields are for people reviewing the file.
 */

export const DEFAULT_BASELINE_FILE = ".scoverify-baseline.json";

export interface BaselineEntry {
  id: string;
  kind: ClaimKind;
  subject: string;
  values: string[];
  /** One line: "date: meeting of A and B: 2 sources say X; 1 says Y". */
  summary: string;
}

export interface Baseline {
  schemaVersion: 1;
  tool: string;
  conflicts: BaselineEntry[];
}

export class BaselineError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = "BaselineError";
  }
}

export function summarize(f: Finding): string {
  return `${f.kind}: ${f.subject}: ${f.explanation}`;
}

/** The baseline of a report's conflicts, sorted by id so the file diffs cleanly. */
export function baselineOf(report: Report): Baseline {
  const conflicts = report.findings
    .filter((f) => f.status === "conflict")
    .map((f) => ({ id: f.id, kind: f.kind, subject: f.subject, values: f.values.map((v) => v.display), summary: summarize(f) }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { schemaVersion: 1, tool: report.tool.name, conflicts };
}

export function writeBaseline(file: string, baseline: Baseline): void {
  writeFileAtomic(file, `${JSON.stringify(baseline, null, 2)}\n`);
}

/** Reads and checks a baseline file; any problem is a BaselineError naming the file. */
export function readBaseline(file: string): Baseline {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    const code = typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : String(e);
    throw new BaselineError(
      file,
      code === "ENOENT" ? "no such baseline file (create it with --update-baseline)" : `cannot read baseline (${code})`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new BaselineError(file, `invalid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (typeof raw !== "object" || raw === null || !("conflicts" in raw) || !Array.isArray(raw.conflicts)) {
    throw new BaselineError(file, 'not a scoverify baseline: expected an object with a "conflicts" list');
  }
  const conflicts: BaselineEntry[] = raw.conflicts.map((entry: unknown, i: number) => {
    if (typeof entry !== "object" || entry === null || !("id" in entry) || typeof entry.id !== "string" || !entry.id) {
      throw new BaselineError(file, `conflicts[${i}]: expected an object with a string "id"`);
    }
    const e = entry as Partial<Record<keyof BaselineEntry, unknown>> & { id: string };
    const kind = typeof e.kind === "string" && isClaimKind(e.kind) ? e.kind : kindFromId(e.id);
    return {
      id: e.id,
      kind,
      subject: typeof e.subject === "string" ? e.subject : "",
      values: Array.isArray(e.values) ? e.values.filter((v): v is string => typeof v === "string") : [],
      summary: typeof e.summary === "string" ? e.summary : e.id,
    };
  });
  return { schemaVersion: 1, tool: "scoverify", conflicts };
}

/** Ids look like "date-0123456789ab"; an entry without a kind falls back to that prefix. */
function kindFromId(id: string): ClaimKind {
  const prefix = id.split("-")[0] ?? "";
  return isClaimKind(prefix) ? prefix : "date";
}

/**
 * Marks each conflict "known" (in the baseline) or "new", recounts what counts toward
 * --max-conflicts, and lists baseline entries no longer found. Entries of kinds that were not
 * checked in this run (--kinds) are not called gone: they were not looked for.
 */
export function applyBaseline(report: Report, baseline: Baseline, checkedKinds?: readonly ClaimKind[]): Report {
  const knownIds = new Set(baseline.conflicts.map((c) => c.id));
  const findings = report.findings.map((f): Finding => {
    if (f.status !== "conflict") return f;
    return { ...f, baseline: knownIds.has(f.id) ? "known" : "new" };
  });
  const found = new Set(findings.filter((f) => f.status === "conflict").map((f) => f.id));
  const gone = baseline.conflicts
    .filter((c) => !found.has(c.id) && (!checkedKinds || checkedKinds.includes(c.kind)))
    .map((c) => ({ id: c.id, summary: c.summary }));
  const counted = findings.filter((f) => f.status === "conflict" && f.baseline !== "known").length;
  return { ...report, findings, summary: { ...report.summary, counted }, gone };
}
