import { escapeData, escapeProperty, formatGithub, workflowCommand } from "../../src/report/github.js";
import { sampleReport } from "./fixture.js";

describe("github formatter", () => {
  test("escapes message data and properties as GitHub's runner decodes them", () => {
    expect(escapeData("100%\r\nnext")).toBe("100%25%0D%0Anext");
    expect(escapeProperty("a:b,c%\n")).toBe("a%3Ab%2Cc%25%0A");
    expect(escapeData("a:b,c")).toBe("a:b,c");
    expect(workflowCommand("error", { file: "x,y.txt", line: 3, title: "t: 1" }, "m\nn")).toBe(
      "::error file=x%2Cy.txt,line=3,title=t%3A 1::m%0An",
    );
  });

  test("one annotation per source line of each conflict, at the source's path and line", () => {
    const text = formatGithub(sampleReport(), { color: 3, detail: "verbose" });
    const commands = text.split("\n").filter((l) => l.startsWith("::"));
    // conflict 1: three source lines (new → error); conflict 2: three (known → notice)
    expect(commands).toHaveLength(6);
    expect(commands.filter((c) => c.startsWith("::error "))).toHaveLength(3);
    expect(commands.filter((c) => c.startsWith("::notice "))).toHaveLength(3);
    expect(commands[0]).toMatch(/^::error file=corpus\/a\.txt,line=3,title=scoverify date conflict%3A meeting of <b>Alpha<\/b> & Beta::/);
    expect(commands[2]).toContain("file=corpus/c d.html,line=12,");
    expect(commands[2]).toContain("This source says Thursday 4 July 2024; other sources say Wednesday 3 July 2024.");
    // every command stays on one line: no raw newline or carriage return in properties or message
    for (const c of commands) expect(c).not.toMatch(/\r/);
  });

  test("agreements and variants give no annotation", () => {
    const text = formatGithub(sampleReport(), { color: 0, detail: "verbose" });
    expect(text).not.toContain("referee");
    expect(text).not.toContain("Sandvik");
  });

  test("never coloured, even when colour is forced", () => {
    expect(formatGithub(sampleReport(), { color: 3, detail: "normal" })).not.toContain("\x1b");
  });
});
