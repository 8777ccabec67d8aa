import { buildSource } from "../../src/ingest/source.js";
import { stripMarkdownLine } from "../../src/ingest/markdown.js";

const MD = [
  "---", // 1
  'title: "Council votes on the budget"', // 2
  "date: 2031-04-02", // 3
  "author: Sam Writer", // 4
  "---", // 5
  "", // 6
  "# Council votes on the budget", // 7
  "", // 8
  "**The council** approved the plan by *nine* votes to _four_, see [the minutes](https://example.org/m).", // 9
  "", // 10
  "| Ward | Votes for | Votes against |", // 11
  "|:-----|----------:|---------------|", // 12
  "| North | 5 | 1 |", // 13
  "", // 14
  "> \"We listened,\" the mayor said.", // 15
  "- The vote took two hours.", // 16
  "1. Debate resumes in May.", // 17
  "The file_name_with_underscores stays.", // 18
].join("\n");

describe("Markdown", () => {
  const source = buildSource("m.md", "m.md", "markdown", Buffer.from(MD));
  const at = (line: number) => source.lines.find((l) => l.line === line)?.text;

  test("front matter is metadata, not text: title, author and date read from it", () => {
    expect(source.lines.some((l) => l.line <= 5)).toBe(false);
    expect(source.title).toBe("Council votes on the budget");
    expect(source.byline).toBe("Sam Writer");
    expect(source.published).toEqual({ date: "2031-04-02", origin: "front-matter", line: 3, quote: "date: 2031-04-02" });
  });

  test("heading, emphasis, link, blockquote and list syntax are stripped; line numbers are the file's", () => {
    expect(at(7)).toBe("Council votes on the budget");
    expect(at(9)).toBe("The council approved the plan by nine votes to four, see the minutes.");
    expect(at(15)).toBe('"We listened," the mayor said.');
    expect(at(16)).toBe("The vote took two hours.");
    expect(at(17)).toBe("Debate resumes in May.");
    expect(at(18)).toBe("The file_name_with_underscores stays.");
  });

  test("table rows become cells joined by ' | ' and the separator row is dropped", () => {
    expect(at(11)).toBe("Ward | Votes for | Votes against");
    expect(at(12)).toBeUndefined();
    expect(at(13)).toBe("North | 5 | 1");
  });

  test("horizontal rules are syntax only", () => {
    expect(stripMarkdownLine("***")).toBeNull();
    expect(stripMarkdownLine("- - -")).toBeNull();
  });
});
