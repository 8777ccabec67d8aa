import { formatSarif, FINGERPRINT_KEY, ruleId, toUri } from "../../src/report/sarif.js";
import { sampleReport } from "./fixture.js";
import { sarifValidator } from "./sarif-schema.js";

interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; snippet: { text: string } } };
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: SarifLocation[];
  partialFingerprints: Record<string, string>;
  baselineState?: string;
}
interface SarifLog {
  version: string;
  runs: { tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string }[] } }; results: SarifResult[] }[];
}

const render = () => JSON.parse(formatSarif(sampleReport(), { color: 3, detail: "quiet" })) as SarifLog;

describe("sarif formatter", () => {
  test("validates against the official SARIF 2.1.0 schema", () => {
    const validate = sarifValidator();
    const ok = validate(render());
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  test("the schema check is real: a broken log is rejected", () => {
    const validate = sarifValidator();
    const log = render() as unknown as { runs: { results: { level: string }[] }[] };
    log.runs[0]!.results[0]!.level = "fatal";
    expect(validate(log)).toBe(false);
  });

  test("one result per conflict, none for agreements or variants, whatever the detail level", () => {
    const report = sampleReport();
    const results = render().runs[0]!.results;
    const conflicts = report.findings.filter((f) => f.status === "conflict");
    expect(results).toHaveLength(conflicts.length);
    expect(results.map((r) => r.partialFingerprints[FINGERPRINT_KEY])).toEqual(conflicts.map((f) => f.id));
  });

  test("each result: rule per kind, the explanation, a location for every source line with its quote", () => {
    const log = render();
    const run = log.runs[0]!;
    const result = run.results[0]!;
    const finding = sampleReport().findings[0]!;
    expect(result.ruleId).toBe(ruleId("date"));
    expect(result.ruleId).toBe("scoverify/date-conflict");
    expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
    expect(result.message.text).toContain(finding.explanation);
    const locs = result.locations.map((l) => [
      l.physicalLocation.artifactLocation.uri,
      l.physicalLocation.region.startLine,
      l.physicalLocation.region.snippet.text,
    ]);
    expect(locs).toEqual([
      ["corpus/a.txt", 3, finding.values[0]!.sources[0]!.quote],
      ["corpus/b.md", 7, finding.values[0]!.sources[1]!.quote],
      ["corpus/c%20d.html", 12, finding.values[1]!.sources[0]!.quote],
    ]);
    expect(result.baselineState).toBe("new");
    expect(run.results[1]!.baselineState).toBe("unchanged");
  });

  test("tool.driver names the tool, its version and a rule for every kind", () => {
    const driver = render().runs[0]!.tool.driver;
    expect(driver.name).toBe("scoverify");
    expect(driver.version).toBe("9.9.9");
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.rules.map((r) => r.id)).toContain("scoverify/number-conflict");
  });

  test("uris are relative and percent-encoded per segment", () => {
    expect(toUri("sources/a b#1.txt")).toBe("sources/a%20b%231.txt");
    expect(toUri("sub\\x.md")).toBe("sub/x.md");
  });
});
