import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildReport, runCheck } from "../../src/check.js";
import { run } from "../../src/cli.js";
import { discoverReferences, isReferenceFile } from "../../src/reference/discover.js";

const ARTICLE = "Officials met in the capital on Tuesday 2 July 2024.\n";

function corpus(reference: string | null, name = "scoverify.reference.json"): string {
  const dir = mkdtempSync(join(tmpdir(), "scoverify-disc-"));
  mkdirSync(join(dir, "news"));
  writeFileSync(join(dir, "news", "one.txt"), ARTICLE);
  writeFileSync(join(dir, "news", "two.txt"), ARTICLE);
  if (reference !== null) writeFileSync(join(dir, "news", name), reference);
  return dir;
}

describe("reference discovery", () => {
  it("recognises reference file names", () => {
    expect(isReferenceFile("news/scoverify.reference.json")).toBe(true);
    expect(isReferenceFile("summit.reference.json")).toBe(true);
    expect(isReferenceFile("reference.json")).toBe(false);
    expect(isReferenceFile("notes.json")).toBe(false);
  });

  it("finds reference files in checked folders and below", async () => {
    const dir = corpus("{}", "summit.reference.json");
    expect(await discoverReferences(["news"], dir)).toEqual(["news/summit.reference.json"]);
    expect(await discoverReferences(["news/one.txt"], dir)).toEqual([]);
  });

  it("uses a discovered file without a flag and never reads it as an article", async () => {
    const dir = corpus(JSON.stringify({ people: [{ name: "Ada Lovelace" }] }));
    const result = await runCheck(["news"], { cwd: dir });
    expect(result.sources.map((s) => s.id)).toEqual(["one.txt", "two.txt"]);
    expect(result.diagnostics).toEqual([]);
    // Each source's reliability from truth discovery reaches the report.
    const report = buildReport({ ...result, reliabilities: new Map([["one.txt", 0.42]]) });
    expect(report.sources.map((s) => s.reliability)).toEqual([0.42, undefined]);
  });

  it("makes a broken reference a fatal error naming the file and the entry", async () => {
    const dir = corpus(JSON.stringify({ people: [{ name: "A", offices: [{ office: "Mayor", to: "July 2024" }] }] }));
    const result = await runCheck(["news"], { cwd: dir });
    expect(result.diagnostics).toEqual([
      {
        level: "error",
        fatal: true,
        path: "news/scoverify.reference.json",
        message: "people[0].offices[0].to: must be an ISO date (YYYY-MM-DD)",
      },
    ]);
  });

  it("makes a missing --reference file a fatal error", async () => {
    const dir = corpus(null);
    const result = await runCheck(["news"], { cwd: dir, references: ["gone.json"] });
    expect(result.diagnostics).toEqual([{ level: "error", fatal: true, path: "gone.json", message: "reference file not found" }]);
  });

  it("exits 2 from the CLI with one clear line on stderr", async () => {
    const dir = corpus("{ \"people\": [ }");
    let stderr = "";
    let stdout = "";
    const code = await run(["check", "news"], {
      cwd: dir,
      env: {},
      stdoutIsTTY: false,
      stderrIsTTY: false,
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
    });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe("scoverify: error: news/scoverify.reference.json: malformed JSON at line 1, column 15: unexpected \"}\"\n");
  });
});
