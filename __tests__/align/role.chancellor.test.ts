import { describe, expect, it } from "@jest/globals";
import { compareRoleClaims } from "../../src/align/role.js";
import { extractRoleClaims } from "../../src/extract/role.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
function roleFindings(texts: Record<string, string>) {
  return compareRoleClaims(Object.entries(texts).flatMap(([id, text]) => extractRoleClaims(sourceFrom(id, text), ctx)));
}

describe("chancellor and prime minister", () => {
  it("agree for a country whose head of government is the chancellor, showing both wordings", () => {
    const found = roleFindings({
      "a.txt": "German Chancellor Lena Grubar opened the session.",
      "b.txt": "German Prime Minister Lena Grubar opened the session.",
    });
    expect(found.map((f) => [f.status, f.values.map((v) => v.display)])).toEqual([["agreement", ["prime minister (chancellor / prime minister)"]]]);
  });

  it("clash with president for such a country", () => {
    const found = roleFindings({
      "a.txt": "German Chancellor Lena Grubar opened the session.",
      "b.txt": "German Chancellor Lena Grubar spoke first.",
      "c.txt": "German President Lena Grubar opened the session.",
    });
    expect(found.map((f) => f.status)).toEqual(["conflict"]);
  });

  it("do not clash, with each other or with president, when no country says what the chancellor is", () => {
    for (const other of ["Prime Minister", "President"]) {
      const found = roleFindings({
        "a.txt": "Chancellor Lena Grubar opened the session.",
        "b.txt": "Chancellor Lena Grubar spoke first.",
        "c.txt": `${other} Lena Grubar opened the session.`,
      });
      expect(found.map((f) => [f.status, f.values.map((v) => v.value)])).toEqual([["agreement", ["chancellor"]]]);
    }
  });

  it("stay apart for a country that calls its head of government prime minister", () => {
    const found = roleFindings({
      "a.txt": "Danish Chancellor Lena Grubar opened the session.",
      "b.txt": "Danish Chancellor Lena Grubar spoke first.",
      "c.txt": "Danish Prime Minister Lena Grubar opened the session.",
    });
    expect(found.map((f) => [f.status, f.values.map((v) => v.value)])).toEqual([["agreement", ["chancellor"]]]);
  });
});

describe("a chancellor title without a country", () => {
  it("joins the country's office the same person holds in another source", () => {
    const found = roleFindings({
      "a.txt": "Austrian Chancellor Lena Grubar opened the session.",
      "b.txt": "Chancellor Lena Grubar spoke first.",
    });
    expect(found.map((f) => [f.status, f.values.map((v) => v.value)])).toEqual([["agreement", ["prime minister"]]]);
  });

  it("stays its own office when the other source's chancellor is no head of government", () => {
    const found = roleFindings({
      "a.txt": "Danish Chancellor Lena Grubar opened the session.",
      "b.txt": "Chancellor Lena Grubar spoke first.",
    });
    expect(found.map((f) => [f.status, f.values.map((v) => v.value)])).toEqual([["agreement", ["chancellor"]]]);
  });
});

describe("a chancellor and a portfolio minister", () => {
  it("clash for one person whatever the country: a head of government is not also its foreign minister", () => {
    const found = roleFindings({
      "a.txt": "Chancellor Lena Grubar of Velmora opened the session.",
      "b.txt": "Velmoran Chancellor Lena Grubar spoke first.",
      "c.txt": "Lena Grubar, Foreign Minister of Velmora, opened the session.",
    });
    expect(found.map((f) => f.status)).toEqual(["conflict"]);
  });
});
