import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Report } from "../../src/types.js";
import { runCli } from "../cli-io.js";
import { dumpDom, expectedMatrix, readMatrix } from "../report/chromium.js";
import { sarifValidator } from "../report/sarif-schema.js";

/**
 * Every output format on real corpora, through run() with cwd = the repository root: each format
 * must tell the same story as the JSON report, and exit with the same code.
 */
const repo = join(import.meta.dirname, "..", "..");
const corpora = [["sources"], ["__tests__/e2e/corpora/dev-final/sources"]];

interface SarifLog {
  runs: {
    results: {
      ruleId: string;
      partialFingerprints: Record<string, string>;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; snippet: { text: string } } } }[];
    }[];
  }[];
}

describe.each(corpora)("formats on %s", (dir) => {
  let report: Report;
  let code: number;
  let tmp: string;
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), "scoverify-e2e-"));
    const r = await runCli(["check", dir!, "--format", "json"], repo);
    report = JSON.parse(r.out) as Report;
    code = r.code;
    expect(code).toBe(report.summary.counted > 0 ? 1 : 0);
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const conflicts = () => report.findings.filter((f) => f.status === "conflict");
  const pathOf = (id: string) => report.sources.find((s) => s.id === id)?.path ?? id;

  test("table: same exit code, the summary line, no colour in a pipe", async () => {
    const r = await runCli(["check", dir!], repo);
    expect(r.code).toBe(code);
    const { sources, claims, conflicts: n } = report.summary;
    expect(r.out).toContain(`${sources} sources, ${claims} claims: ${n} conflict${n === 1 ? "" : "s"}`);
    expect(r.out).not.toContain("\x1b");
  });

  test("sarif: valid SARIF 2.1.0, one result per conflict, locations at real lines quoting the article", async () => {
    const r = await runCli(["check", dir!, "--format", "sarif"], repo);
    expect(r.code).toBe(code);
    const log = JSON.parse(r.out) as SarifLog;
    const validate = sarifValidator();
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    const results = log.runs[0]!.results;
    expect(results.map((x) => x.partialFingerprints["scoverifyFindingId/v1"])).toEqual(conflicts().map((f) => f.id));
    for (const [i, result] of results.entries()) {
      const f = conflicts()[i]!;
      expect(result.ruleId).toBe(`scoverify/${f.kind}-conflict`);
      expect(result.message.text).toContain(f.explanation);
      expect(result.locations).toHaveLength(f.values.reduce((n, v) => n + v.sources.length, 0));
      for (const loc of result.locations) {
        const file = join(repo, decodeURIComponent(loc.physicalLocation.artifactLocation.uri));
        if (!existsSync(file)) continue; // a reference entry
        const lines = readFileSync(file, "utf8").split(/\r?\n/);
        expect(loc.physicalLocation.region.startLine).toBeLessThanOrEqual(lines.length);
      }
    }
  });

  test("github: one annotation per source line of each conflict, at files that exist", async () => {
    const r = await runCli(["check", dir!, "--format", "github"], repo);
    expect(r.code).toBe(code);
    const commands = r.out.split("\n").filter((l) => l.startsWith("::"));
    const expected = conflicts().flatMap((f) => f.values.flatMap((v) => v.sources.map((s) => `file=${pathOf(s.source)},line=${s.line},`)));
    expect(commands).toHaveLength(expected.length);
    for (const [i, c] of commands.entries()) {
      expect(c).toMatch(/^::(error|notice) /);
      expect(c.replace(/%2C/g, ",").replace(/%3A/g, ":")).toContain(expected[i]!);
    }
  });

  test("markdown: the heading counts the conflicts and the table has one row each", async () => {
    const r = await runCli(["check", dir!, "--format", "markdown"], repo);
    expect(r.code).toBe(code);
    const n = report.summary.conflicts;
    expect(r.out.split("\n")[0]).toBe(`## scoverify: ${n === 0 ? "no conflicts" : `${n} conflict${n === 1 ? "" : "s"}`}`);
    const rows = r.out.split("\n").filter((l) => /^\| (date|name|members|number|role|quote|attribution|place) \|/.test(l));
    const agreementRows = report.findings.filter((f) => f.status === "agreement").length;
    expect(rows).toHaveLength(n + agreementRows);
  });

  test("html: written to a file, opened in headless Chromium, the matrix reads back as the report", async () => {
    const file = join(tmp, "report.html");
    const r = await runCli(["check", dir!, "--format", `html:${file}`], repo);
    expect(r.code).toBe(code);
    expect(r.out).toBe("");
    const matrix = readMatrix(dumpDom(file));
    const expected = expectedMatrix(report, "normal");
    if (!expected.rows.length) return expect(matrix.rows).toEqual([]);
    expect(matrix.columns).toEqual(expected.columns);
    expect(matrix.rows.map((row) => ({ id: row.id, status: row.status, cells: row.cells.map((c) => c.values) }))).toEqual(expected.rows);
  });
});
