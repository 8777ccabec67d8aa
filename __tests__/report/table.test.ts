import { formatTable } from "../../src/report/table.js";
import { sampleReport } from "./fixture.js";

const visibleWidth = (line: string) => [...line.replace(/\x1b\[[0-9;]*m/g, "")].length;

describe("table formatter", () => {
  test("conflicts come first, each value with its sources, a quote and the likely value", () => {
    const text = formatTable(sampleReport(), { color: 0, detail: "normal" });
    const conflictAt = text.indexOf("conflict");
    const agreementAt = text.indexOf("agreement");
    expect(conflictAt).toBeGreaterThanOrEqual(0);
    expect(agreementAt === -1 || agreementAt > conflictAt).toBe(true);
    expect(text).toContain("Wednesday 3 July 2024");
    expect(text).toMatch(/a:3/);
    expect(text).toMatch(/likely: Wednesday 3 July 2024 \(67%\)/);
  });

  test("fits the terminal width it is given", () => {
    for (const width of [80, 100, 160]) {
      const text = formatTable(sampleReport(), { color: 0, detail: "verbose", width });
      const widest = Math.max(...text.split("\n").filter((l) => /^[┌│├└]/.test(l)).map(visibleWidth));
      expect(widest).toBeLessThanOrEqual(width);
    }
  });

  test("quiet shows conflicts only; without colour there is no ANSI code", () => {
    const text = formatTable(sampleReport(), { color: 0, detail: "quiet" });
    expect(text).not.toMatch(/│ agreement/);
    expect(text).not.toMatch(/\x1b\[/);
    const coloured = formatTable(sampleReport(), { color: 1, detail: "quiet" });
    expect(coloured).toMatch(/\x1b\[/);
  });
});
