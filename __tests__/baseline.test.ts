import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildFinding } from "../src/align/finding.js";
import { applyBaseline, baselineOf, BaselineError, readBaseline, writeBaseline, type Baseline } from "../src/baseline.js";
import type { Claim, Finding, Report } from "../src/types.js";
import { runCli, tempCopy, tempTree } from "./cli-io.js";
import { sampleReport } from "./report/fixture.js";

describe("baseline file", () => {
  test("holds each conflict's id with a readable kind, subject, values and summary, sorted by id", () => {
    const report = sampleReport();
    const baseline = baselineOf(report);
    const conflicts = report.findings.filter((f) => f.status === "conflict");
    expect(baseline.conflicts.map((c) => c.id)).toEqual(conflicts.map((f) => f.id).sort());
    const date = baseline.conflicts.find((c) => c.id === "date-aaaaaaaaaaaa");
    expect(date).toEqual({
      id: "date-aaaaaaaaaaaa",
      kind: "date",
      subject: conflicts[0]!.subject,
      values: ["Wednesday 3 July 2024", "Thursday 4 July 2024"],
      summary: `date: ${conflicts[0]!.subject}: ${conflicts[0]!.explanation}`,
    });
  });

  test("written and read back unchanged", () => {
    const t = tempTree();
    try {
      const file = join(t.root, "b.json");
      const baseline = baselineOf(sampleReport());
      writeBaseline(file, baseline);
      expect(readBaseline(file)).toEqual(baseline);
    } finally {
      t.remove();
    }
  });

  test.each([
    ["missing.json", null, /no such baseline file/],
    ["bad.json", "{ nope", /invalid JSON/],
    ["shape.json", JSON.stringify({ findings: [] }), /expected an object with a "conflicts" list/],
    ["entry.json", JSON.stringify({ conflicts: [{ kind: "date" }] }), /conflicts\[0\]: expected an object with a string "id"/],
  ])("a bad baseline %s is a BaselineError naming the file", (name, text, reason) => {
    const t = tempTree(text === null ? {} : { [name]: text });
    try {
      expect(() => readBaseline(join(t.root, name))).toThrow(BaselineError);
      expect(() => readBaseline(join(t.root, name))).toThrow(reason);
      expect(() => readBaseline(join(t.root, name))).toThrow(name);
    } finally {
      t.remove();
    }
  });
});

describe("applyBaseline", () => {
  const baseline: Baseline = {
    schemaVersion: 1,
    tool: "scoverify",
    conflicts: [
      { id: "date-aaaaaaaaaaaa", kind: "date", subject: "s", values: [], summary: "date: s" },
      { id: "place-ffffffffffff", kind: "place", subject: "venue", values: [], summary: "place: venue" },
      { id: "number-999999999999", kind: "number", subject: "n", values: [], summary: "number: n" },
    ],
  };
  const fresh = (): Report => {
    const r = sampleReport();
    return { ...r, gone: undefined, findings: r.findings.map(({ baseline: _drop, ...f }): Finding => f) };
  };

  test("known conflicts do not count, new ones do, gone ones are listed; agreements are untouched", () => {
    const out = applyBaseline(fresh(), baseline);
    expect(out.findings.map((f) => [f.id, f.baseline])).toEqual([
      ["date-aaaaaaaaaaaa", "known"],
      ["number-bbbbbbbbbbbb", "new"],
      ["name-cccccccccccc", undefined],
      ["quote-dddddddddddd", undefined],
    ]);
    expect(out.summary.conflicts).toBe(2);
    expect(out.summary.counted).toBe(1);
    expect(out.gone).toEqual([
      { id: "place-ffffffffffff", summary: "place: venue" },
      { id: "number-999999999999", summary: "number: n" },
    ]);
  });

  test("entries of kinds not checked in this run are not called gone", () => {
    const out = applyBaseline(fresh(), baseline, ["date", "name"]);
    expect(out.gone).toEqual([]);
  });
});

describe("finding ids", () => {
  const claim = (source: string, line: number, value: string, quote: string): Claim<"number"> => ({
    kind: "number",
    key: "number|attendance",
    subject: "attendance",
    value,
    display: value,
    evidence: { source, line, column: 1, quote },
    rule: "test",
    data: { amount: Number(value), unit: "people", measure: "attendance", approx: "exact", low: Number(value), high: Number(value) },
  });
  const id = (groups: Claim[][]) =>
    buildFinding({
      kind: "number",
      subject: "attendance",
      key: "number|attendance",
      groups: groups.map((claims) => ({ value: claims[0]!.value, display: claims[0]!.display, claims })),
    }).id;

  test("do not change when lines move or quotes are reworded, or with the order of values", () => {
    const before = id([[claim("a", 3, "61500", "A crowd of 61500.")], [claim("b", 7, "65100", "Attendance 65100.")]]);
    const after = id([[claim("b", 40, "65100", "The attendance: 65100.")], [claim("a", 9, "61500", "61500 came.")]]);
    expect(after).toBe(before);
    expect(id([[claim("a", 3, "61500", "x")], [claim("b", 7, "70000", "y")]])).not.toBe(before);
  });
});

/**
 * The CI story end to end, in a temporary copy of a corpus with planted conflicts: record a
 * baseline; move lines and reword a sentence that holds no claim → still exit 0; make one source
 * give a new attendance figure → exit 1 with exactly that conflict marked new.
 */
describe("baseline round trip on a real corpus", () => {
  const corpus = join(import.meta.dirname, "e2e", "corpora", "dev-final", "sources");
  interface JsonReport {
    findings: { id: string; status: string; baseline?: string; values: { value: string; sources: { source: string; line: number }[] }[] }[];
    summary: { conflicts: number; counted: number };
    gone?: { id: string }[];
  }

  test("update, edit unrelated text (exit 0), add a conflicting claim (exit 1, one new)", async () => {
    expect(existsSync(corpus)).toBe(true);
    const t = tempCopy(corpus);
    try {
      const file = (name: string) => join(t.root, "sources", name);
      const update = await runCli(["check", "sources", "--update-baseline", "--format", "json"], t.root);
      expect(update.err).toMatch(/wrote \d+ conflicts? to \.scoverify-baseline\.json/);
      expect(update.code).toBe(0);
      const baseline = JSON.parse(readFileSync(join(t.root, ".scoverify-baseline.json"), "utf8")) as Baseline;
      // The corpus has planted conflicts; without any the rest of this test would prove nothing.
      expect(baseline.conflicts.length).toBeGreaterThan(0);
      const updated = JSON.parse(update.out) as JsonReport;
      expect(updated.summary.counted).toBe(0);

      // Lines move: two lines at the top of an article. A sentence that holds no claim is reworded.
      const post = file("002_brennfeld-evening-post.txt");
      writeFileSync(post, `Reprinted from the late edition.\n\n${readFileSync(post, "utf8")}`);
      const review = "003_touchline-review.txt";
      const claims = await runCli(["claims", "sources"], t.root);
      const claimed = new Set(
        claims.out
          .split("\n")
          .filter(Boolean)
          .map((l) => JSON.parse(l) as { evidence: { source: string; line: number } })
          .filter((c) => c.evidence.source === review)
          .map((c) => c.evidence.line),
      );
      const reviewLines = readFileSync(file(review), "utf8").split("\n");
      const quiet = reviewLines.findIndex((text, i) => i >= 4 && text.length > 60 && / the /.test(text) && !claimed.has(i + 1));
      expect(quiet).toBeGreaterThan(0);
      reviewLines[quiet] = reviewLines[quiet]!.replace(" the ", " that ");
      writeFileSync(file(review), reviewLines.join("\n"));

      const same = await runCli(["check", "sources", "--baseline", ".scoverify-baseline.json", "--format", "json"], t.root);
      expect(same.err).not.toMatch(/gone/);
      expect(same.code).toBe(0);
      const sameReport = JSON.parse(same.out) as JsonReport;
      const sameIds = sameReport.findings.filter((f) => f.status === "conflict").map((f) => f.id).sort();
      expect(sameIds).toEqual(baseline.conflicts.map((c) => c.id).sort());
      expect(sameReport.findings.filter((f) => f.baseline === "new")).toEqual([]);
      expect(sameReport.gone).toEqual([]);

      // One source now gives a different attendance: a conflict the baseline has not seen.
      const radio = file("004_sportradio-nord.txt");
      const radioLines = readFileSync(radio, "utf8").split("\n");
      const attendanceLine = radioLines.findIndex((l) => l.includes("The official attendance was 61,500"));
      expect(attendanceLine).toBeGreaterThanOrEqual(0);
      radioLines[attendanceLine] = radioLines[attendanceLine]!.replace("61,500", "72,431");
      writeFileSync(radio, radioLines.join("\n"));

      const changed = await runCli(["check", "sources", "--baseline", ".scoverify-baseline.json", "--format", "json"], t.root);
      expect(changed.code).toBe(1);
      const report = JSON.parse(changed.out) as JsonReport;
      const fresh = report.findings.filter((f) => f.baseline === "new");
      expect(fresh).toHaveLength(1);
      expect(report.summary.counted).toBe(1);
      const newSources = fresh[0]!.values.flatMap((v) => v.sources.map((s) => `${s.source}:${s.line}`));
      expect(newSources).toContain(`004_sportradio-nord.txt:${attendanceLine + 1}`);
      expect(fresh[0]!.values.map((v) => v.value).join(" ")).toMatch(/72431|72,431/);
      // Everything else is still known; what it replaced is reported gone so the baseline can be pruned.
      const others = report.findings.filter((f) => f.status === "conflict" && f !== fresh[0]);
      expect(others.every((f) => f.baseline === "known")).toBe(true);
      expect((report.gone ?? []).length).toBe(baseline.conflicts.length - others.length);
      expect(changed.err).toMatch(/gone; prune with --update-baseline|^$/);
    } finally {
      t.remove();
    }
  });
});
