import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { escapeHtml, formatHtml } from "../../src/report/html.js";
import { dumpDom, expectedMatrix, readMatrix } from "./chromium.js";
import { sampleReport } from "./fixture.js";

describe("html formatter", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "scoverify-html-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("escapes every character that could open markup", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    const html = formatHtml(sampleReport(), { color: 3, detail: "verbose" });
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<b>Alpha");
  });

  test("self-contained: no scripts, no external stylesheets, images, fonts or links off the page", () => {
    const html = formatHtml(sampleReport(), { color: 0, detail: "verbose" });
    expect(html).not.toMatch(/<(script|link|img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/\b(src|href)\s*=\s*"(?!#)/i);
    expect(html).not.toMatch(/url\(|@import/i);
    expect(html).toContain("Content-Security-Policy");
    expect(html).not.toContain("\x1b");
  });

  test("in headless Chromium the matrix reads back as the report says", () => {
    const report = sampleReport();
    for (const detail of ["normal", "verbose"] as const) {
      const file = join(dir, `report-${detail}.html`);
      writeFileSync(file, formatHtml(report, { color: 0, detail }));
      const dom = dumpDom(file);
      const matrix = readMatrix(dom);
      const expected = expectedMatrix(report, detail);
      expect(matrix.columns).toEqual(expected.columns);
      expect(matrix.rows.map((r) => ({ id: r.id, status: r.status, cells: r.cells.map((c) => c.values) }))).toEqual(expected.rows);
      // every cell belongs to its row and its column
      for (const r of matrix.rows) {
        expect(r.cells.map((c) => c.finding)).toEqual(r.cells.map(() => r.id));
        expect(r.cells.map((c) => c.source)).toEqual(expected.columns);
      }
    }
  });

  test("in Chromium: conflicts highlighted, minority values marked, text shown literally, likely value and quotes present", () => {
    const report = sampleReport();
    const file = join(dir, "report.html");
    writeFileSync(file, formatHtml(report, { color: 0, detail: "normal" }));
    const dom = dumpDom(file);
    const { document } = parseHTML(dom);
    expect(document.querySelectorAll("script")).toHaveLength(0);
    const row = document.querySelector('tr[data-finding-id="date-aaaaaaaaaaaa"]');
    expect(row?.getAttribute("class")).toBe("conflict");
    expect(row?.getAttribute("data-likely")).toBe("2024-07-03");
    expect(row?.textContent).toContain("meeting of <b>Alpha</b> & Beta");
    const cells = readMatrix(dom).rows.find((r) => r.id === "date-aaaaaaaaaaaa")!.cells;
    const minority = cells.filter((c) => c.classes.includes("minority")).map((c) => c.source);
    expect(minority).toEqual(["c d.html"]);
    expect(cells.every((c) => c.classes.includes("conflict") || c.classes.includes("empty"))).toBe(true);
    const evidence = document.querySelector('article[data-finding-id="date-aaaaaaaaaaaa"]');
    expect(evidence?.textContent).toContain('They met on Wednesday, "3 July" <script>alert(1)</script>');
    expect(evidence?.textContent).toContain("Likely value: Wednesday 3 July 2024");
    // agreements are in the matrix but their quotes only come with --verbose
    expect(document.querySelector('article[data-finding-id="name-cccccccccccc"]')).toBeNull();
    expect(document.querySelector("#summary")?.getAttribute("data-conflicts")).toBe("2");
  });
});
