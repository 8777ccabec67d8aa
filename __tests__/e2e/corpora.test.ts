import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Finding, Report } from "../../src/types.js";
import { runCli } from "./run.js";

// Held-out style corpora (five reports of an invented event in mixed formats, with a gold file in the
// evaluation format of shared/eval: conflicts that must be found, things that must not conflict,
// judgement calls that may go either way, files whose encoding damage must be flagged). Each was
// written by someone who had not read the code, to measure generalisation; they stay here so that a
// change that wins on one event and loses on another shows up. Matching follows the evaluation's
// rules: case- and diacritics-insensitive substrings over subject, key, quotes and values.

interface GoldItem {
  id: string;
  kinds?: string[];
  subject_any?: string[];
  value_groups?: string[][];
  diff_any?: string[];
  sources?: string[][];
}
interface Gold {
  conflicts?: GoldItem[];
  must_not_conflict?: GoldItem[];
  acceptable?: GoldItem[];
  encoding_damage?: string[];
}

const fold = (s: unknown) =>
  String(s ?? "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ");
const has = (text: string, term: string) => fold(text).includes(fold(term));
type Value = Finding["values"][number];
const sourceIds = (v: Value) => v.sources.map((s) => s.source);
const valueText = (v: Value) => `${v.value} ${v.display}`;
const subjectText = (f: Finding) =>
  [f.subject, f.key, ...f.values.flatMap((v) => v.sources.map((s) => s.quote))].join(" \u2016 ");
const sourceMatches = (v: Value, keys: string[]) =>
  keys.some((k) =>
    k === "reference" ? v.reference === true || sourceIds(v).some((id) => fold(id).startsWith("reference")) : sourceIds(v).some((id) => fold(id).includes(fold(k))),
  );

function assign(groups: string[][], values: Value[], sources: string[][] | undefined, used = new Set<number>(), i = 0): boolean {
  if (i === groups.length) return true;
  for (let j = 0; j < values.length; j++) {
    if (used.has(j)) continue;
    const v = values[j]!;
    if (!groups[i]!.some((alias) => has(valueText(v), alias))) continue;
    if (sources?.[i] && !sourceMatches(v, sources[i]!)) continue;
    used.add(j);
    if (assign(groups, values, sources, used, i + 1)) return true;
    used.delete(j);
  }
  return false;
}

function matches(item: GoldItem, f: Finding): boolean {
  if (item.kinds?.length && !item.kinds.includes(f.kind)) return false;
  if (item.subject_any?.length && !item.subject_any.some((t) => has(subjectText(f), t))) return false;
  if (item.diff_any && !item.diff_any.some((t) => f.values.some((v) => has(valueText(v), t)))) return false;
  const groups = item.value_groups ?? [];
  return groups.length === 0 || assign(groups, f.values, item.sources);
}

/** What the evaluation would say: missed gold conflicts, violations, unexplained conflicts, unflagged damage. */
function score(report: Report, gold: Gold) {
  const conflicts = report.findings.filter((f) => f.status === "conflict");
  const claimed = new Set<number>();
  const missed: string[] = [];
  for (const item of gold.conflicts ?? []) {
    const hits = conflicts.map((f, k) => (matches(item, f) ? k : -1)).filter((k) => k >= 0);
    if (!hits.length) missed.push(item.id);
    hits.forEach((k) => claimed.add(k));
  }
  const violated: string[] = [];
  for (const item of gold.must_not_conflict ?? []) {
    conflicts.forEach((f, k) => {
      if (!claimed.has(k) && matches(item, f)) {
        claimed.add(k);
        violated.push(`${item.id}: ${f.kind} ${f.subject} — ${f.explanation}`);
      }
    });
  }
  for (const item of gold.acceptable ?? []) conflicts.forEach((f, k) => !claimed.has(k) && matches(item, f) && claimed.add(k));
  const unexplained = conflicts.filter((_, k) => !claimed.has(k)).map((f) => `${f.kind} ${f.subject} — ${f.explanation}`);
  const unflagged = (gold.encoding_damage ?? []).filter(
    (key) => !report.sources.some((s) => fold(s.id).includes(fold(key)) && s.warnings.some((w) => /encod|mojibake/i.test(w.code))),
  );
  return { missed, violated, unexplained, unflagged };
}

const root = join(import.meta.dirname, "corpora");
const corpora = readdirSync(root).filter((d) => !d.startsWith("."));

describe.each(corpora)("held-out style corpus %s", (name) => {
  it("finds every gold conflict with no violation, no unexplained conflict, and flags encoding damage", async () => {
    const gold = JSON.parse(readFileSync(join(root, name, "gold.json"), "utf8")) as Gold;
    const result = await runCli(["check", "sources", "--format", "json"], join(root, name));
    const report = JSON.parse(result.stdout) as Report;
    expect(score(report, gold)).toEqual({ missed: [], violated: [], unexplained: [], unflagged: [] });
    expect(result.code).toBe((gold.conflicts ?? []).length > 0 ? 1 : 0);
  });
});
