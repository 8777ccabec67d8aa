// Reads and validates reference files. Every problem is one line naming the file and, for a bad
// entry, the entry's path: "refs.json: people[2].offices[0].from: must be an ISO date (YYYY-MM-DD)".
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { isAbsolute, join } from "node:path";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import type { Diagnostic } from "../types.js";
import { scanJson } from "./positions.js";
import type { Period, Reference, ReferenceData } from "./types.js";

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

let validator: ValidateFunction | null = null;

function validate(data: unknown): ErrorObject[] {
  if (!validator) {
    const schema = JSON.parse(readFileSync(new URL("../../schema/reference.schema.json", import.meta.url), "utf8")) as object;
    const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strict: true });
    ajv.addFormat("iso-date", { type: "string", validate: isIsoDate });
    validator = ajv.compile(schema);
  }
  return validator(data) ? [] : [...(validator.errors ?? [])];
}

/** "/people/2/offices/0/from" → "people[2].offices[0].from". */
export function entryPath(instancePath: string): string {
  return instancePath
    .split("/")
    .slice(1)
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), "");
}

const TYPE_WORDS: Record<string, string> = {
  object: "a JSON object",
  array: "a list",
  string: "text",
  number: "a number",
  integer: "a whole number",
};

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "format":
      return "must be an ISO date (YYYY-MM-DD)";
    case "required":
      return `missing required field "${String(params.missingProperty)}"`;
    case "additionalProperties":
      return `unknown field "${String(params.additionalProperty)}"`;
    case "type":
      return `must be ${String(params.type)
        .split(",")
        .map((t) => TYPE_WORDS[t] ?? t)
        .join(" or ")}`;
    case "minLength":
    case "pattern":
      return "must not be empty";
    default:
      return error.message ?? "is not valid";
  }
}

/** The error a person should see first: the deepest one (the others are usually its echoes), in document order. */
function firstError(errors: ErrorObject[]): ErrorObject | undefined {
  const depth = (e: ErrorObject) => e.instancePath.split("/").length + (e.keyword === "required" || e.keyword === "additionalProperties" ? 1 : 0);
  return [...errors].sort((a, b) => depth(b) - depth(a))[0];
}

function periodProblem(data: ReferenceData): string | null {
  const check = (path: string, p: Period | string): string | null =>
    typeof p !== "string" && p.from && p.to && p.to < p.from ? `${path}.to: ends (${p.to}) before it starts (${p.from})` : null;
  const problems: (string | null)[] = [];
  (data.people ?? []).forEach((person, i) =>
    (person.offices ?? []).forEach((o, j) => problems.push(check(`people[${i}].offices[${j}]`, o))),
  );
  (data.organisations ?? []).forEach((org, i) => {
    for (const field of ["members", "observers", "dialoguePartners"] as const) {
      (org[field] ?? []).forEach((m, j) => problems.push(check(`organisations[${i}].${field}[${j}]`, m)));
    }
  });
  (data.organisations ?? []).forEach((org, i) => {
    const f = org.founded;
    if (f?.year !== undefined && f.date && f.date.slice(0, 4) !== String(f.year)) {
      problems.push(`organisations[${i}].founded.date: ${f.date} is not in founded.year ${f.year}`);
    }
  });
  return problems.find((p): p is string => p !== null) ?? null;
}

export type LoadResult = { ok: true; reference: Reference } | { ok: false; diagnostic: Diagnostic };

/** Parses and validates one reference file's text; `path` is how the file is named to the user. */
export function parseReference(path: string, text: string): LoadResult {
  const fail = (message: string): LoadResult => ({ ok: false, diagnostic: { level: "error", fatal: true, path, message } });
  const body = text.replace(/^\uFEFF/, "");
  if (!body.trim()) return fail("empty reference file (expected a JSON object)");
  const scanned = scanJson(body);
  if (!scanned.ok) {
    const { line, column, message } = scanned.problem;
    return fail(`malformed JSON at line ${line}, column ${column}: ${message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    return fail(`malformed JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const error = firstError(validate(data));
  if (error) {
    const where = entryPath(error.instancePath);
    return fail(`${where ? `${where}: ` : ""}${describe(error)}`);
  }
  const reference = data as ReferenceData;
  const period = periodProblem(reference);
  if (period) return fail(period);
  return { ok: true, reference: { path, data: reference, lines: scanned.positions.lines } };
}

/** Reads and validates a reference file; `path` is relative to `cwd` unless absolute. */
export async function loadReference(path: string, cwd: string): Promise<LoadResult> {
  let text: string;
  try {
    text = await readFile(isAbsolute(path) ? path : join(cwd, path), "utf8");
  } catch (e) {
    const code = typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : String(e);
    const message = code === "ENOENT" ? "reference file not found" : code === "EISDIR" ? "reference is a folder, not a file" : `cannot read reference file (${code})`;
    return { ok: false, diagnostic: { level: "error", fatal: true, path, message } };
  }
  return parseReference(path, text);
}
