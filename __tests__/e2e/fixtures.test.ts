import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Report } from "../../src/types.js";
import { runCli } from "./run.js";

// Each folder under fixtures/ holds sources/ (articles in) and expected.json (the report out):
// the exit code, every conflict (kind, values and the sources giving them) and source warnings.
// Extra conflicts fail the test as surely as missing ones.

interface ExpectedValue {
  value?: string;
  valueContains?: string;
  sources: string[];
}
interface Expected {
  exitCode: number;
  conflicts: { kind: string; values: ExpectedValue[] }[];
  warnings: Record<string, string[]>;
}

const root = join(import.meta.dirname, "fixtures");
const fixtures = readdirSync(root).filter((d) => !d.startsWith("."));

function valueMatches(expected: ExpectedValue, actual: Report["findings"][number]["values"][number]): boolean {
  const sources = [...new Set(actual.sources.map((s) => s.source))].sort();
  if (JSON.stringify(sources) !== JSON.stringify([...expected.sources].sort())) return false;
  if (expected.value !== undefined) return actual.value === expected.value;
  if (expected.valueContains !== undefined) {
    return `${actual.value} ${actual.display}`.toLowerCase().includes(expected.valueContains.toLowerCase());
  }
  return true;
}

describe.each(fixtures)("fixture %s", (name) => {
  const dir = join(root, name);
  const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Expected;

  it("reports exactly the expected conflicts, warnings and exit code", async () => {
    const result = await runCli(["check", "sources", "--format", "json"], dir);
    const report = JSON.parse(result.stdout) as Report;
    const conflicts = report.findings.filter((f) => f.status === "conflict");
    const describe = conflicts.map((f) => `${f.kind}: ${f.explanation}`);
    expect({ count: conflicts.length, conflicts: describe }).toEqual({
      count: expected.conflicts.length,
      conflicts: expect.any(Array),
    });
    for (const want of expected.conflicts) {
      const hit = conflicts.find(
        (f) =>
          f.kind === want.kind &&
          f.values.length === want.values.length &&
          want.values.every((v) => f.values.some((a) => valueMatches(v, a))),
      );
      expect({ want, found: hit ? "yes" : describe }).toEqual({ want, found: "yes" });
    }
    const warnings = Object.fromEntries(
      report.sources.filter((s) => s.warnings.length).map((s) => [s.id, s.warnings.map((w) => w.code).sort()]),
    );
    expect(warnings).toEqual(expected.warnings);
    expect(result.code).toBe(expected.exitCode);
  });
});
