import { escapeMarkdown, formatMarkdown } from "../../src/report/markdown.js";
import { sampleReport } from "./fixture.js";

describe("markdown formatter", () => {
  test("summary counts, a conflicts table with values, sources and the likely value", () => {
    const md = formatMarkdown(sampleReport(), { color: 0, detail: "normal" });
    expect(md).toMatch(/^## scoverify: 2 conflicts\n/);
    expect(md).toContain("**2 conflicts** (1 new, 1 known from the baseline)");
    const rows = md.split("\n").filter((l) => l.startsWith("| new |") || l.startsWith("| known |"));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain("**Wednesday 3 July 2024** — a.txt L3, b.md L7<br>**Thursday 4 July 2024** — c d.html L12");
    expect(rows[0]).toContain("| Wednesday 3 July 2024 (67%) |");
    expect(rows[1]).toContain("**65,100** — reference");
  });

  test("agreements are collapsed in <details>; variants only when verbose", () => {
    const normal = formatMarkdown(sampleReport(), { color: 0, detail: "normal" });
    expect(normal).toMatch(/<details><summary>1 agreement<\/summary>[\s\S]*Tobias Weber[\s\S]*<\/details>/);
    expect(normal).not.toContain("variant</summary>");
    const verbose = formatMarkdown(sampleReport(), { color: 0, detail: "verbose" });
    expect(verbose).toContain("<details><summary>1 variant</summary>");
    const quiet = formatMarkdown(sampleReport(), { color: 0, detail: "quiet" });
    expect(quiet).not.toContain("agreement</summary>");
  });

  test("article text cannot break the table or inject HTML", () => {
    const md = formatMarkdown(sampleReport(), { color: 0, detail: "normal" });
    expect(md).not.toContain("<script>");
    expect(md).not.toContain("<b>Alpha</b>");
    expect(md).toContain("&lt;b&gt;Alpha&lt;/b&gt; &amp; Beta");
    expect(escapeMarkdown("a | b *c* [d]\ne")).toBe("a \\| b \\*c\\* \\[d\\] e");
    for (const row of md.split("\n").filter((l) => l.startsWith("| new |"))) {
      // 6 cell borders: the pipe in the quote is escaped and quotes are not in the table
      expect(row.split(/(?<!\\)\|/).length - 1).toBe(6);
    }
  });

  test("lists baseline conflicts that are gone", () => {
    const md = formatMarkdown(sampleReport(), { color: 0, detail: "normal" });
    expect(md).toContain("### Gone from the baseline");
    expect(md).toContain("`place-eeeeeeeeeeee`");
  });
});
