import { compareDateClaims } from "../../src/align/date.js";
import { extractDateClaims } from "../../src/extract/date.js";
import type { Claim, Finding } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

/** Findings of several sources: [id, text, published]. */
function findingsOf(...sources: [string, string, string][]): Finding[] {
  const claims: Claim<"date">[] = sources.flatMap(([id, text, published]) =>
    extractDateClaims(sourceFrom(id, text, published), { corpusAnchor: null }),
  );
  return compareDateClaims(claims);
}

function valuesOf(f: Finding): [string, string[]][] {
  return f.values.map((v) => [v.value, v.sources.map((s) => s.source)]);
}

describe("aligning resignations, fines and collapses", () => {
  it("reports one person's resignation on two different days, a timeline line included", () => {
    const findings = findingsOf(
      ["a.txt", "Helga Brandvik, chief executive of Ostmark Foods, resigned on Tuesday.", "2025-06-11"],
      ["b.md", "- **Tuesday:** chief executive Helga Brandvik resigned.", "2025-06-12"],
      ["c.txt", "Brandvik stepped down on Monday as chief executive.", "2025-06-13"],
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.status).toBe("conflict");
    expect(valuesOf(findings[0]!)).toEqual([
      ["2025-06-10", ["a.txt", "b.md"]],
      ["2025-06-09", ["c.txt"]],
    ]);
  });

  it("never compares two people's resignations", () => {
    const findings = findingsOf(
      ["a.txt", "Helga Brandvik resigned on Tuesday.", "2025-06-11"],
      ["b.txt", "Paulo Serrat resigned on Monday.", "2025-06-11"],
    );
    expect(findings.filter((f) => f.status === "conflict")).toEqual([]);
  });

  it("a fine whose party goes unnamed joins the one fine of the corpus", () => {
    const findings = findingsOf(
      ["a.txt", "The regulator fined Ostmark on Monday.", "2025-06-11"],
      ["b.txt", "The authority fined Ostmark 2 million euros on Monday.", "2025-06-11"],
      ["c.txt", "The agency imposed the fine on Tuesday.", "2025-06-11"],
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.status).toBe("conflict");
    expect(valuesOf(findings[0]!)).toEqual([
      ["2025-06-09", ["a.txt", "b.txt"]],
      ["2025-06-10", ["c.txt"]],
    ]);
  });

  it("bare 'the collapse' claims meet each other; other things' collapses stay apart", () => {
    const findings = findingsOf(
      ["a.txt", "The collapse happened shortly after 4 a.m. on Tuesday.", "2025-06-11"],
      ["b.txt", "The collapse struck at 4.15am on Tuesday.", "2025-06-11"],
      ["c.txt", "The collapse happened early on Monday, before dawn.", "2025-06-12"],
    );
    expect(findings.map((f) => [f.status, valuesOf(f)])).toEqual([
      ["conflict", [["2025-06-10", ["a.txt", "b.txt"]], ["2025-06-09", ["c.txt"]]]],
    ]);
    const apart = findingsOf(
      ["a.txt", "The bridge collapsed on Tuesday.", "2025-06-11"],
      ["b.txt", "The stadium roof collapsed on Monday.", "2025-06-11"],
    );
    expect(apart).toEqual([]);
  });

  it("stages of a race are not the race's day", () => {
    const findings = findingsOf(
      ["a.txt", "Lind won the race on Saturday. The race resumes on Monday with stage 15.", "2025-06-15"],
      ["b.txt", "Lind won the race on Saturday.", "2025-06-15"],
    );
    expect(findings.map((f) => f.status)).toEqual(["agreement"]);
  });
});
