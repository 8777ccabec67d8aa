import { compareDateClaims } from "../../src/align/date.js";
import { extractDateClaims } from "../../src/extract/date.js";
import type { Finding } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

function findingsOf(published: string, ...texts: string[]): Finding[] {
  const claims = texts.flatMap((t, i) => extractDateClaims(sourceFrom(`s${i}.txt`, t, published), { corpusAnchor: null }));
  return compareDateClaims(claims);
}

describe("days in named zones", () => {
  it("a local time and the same instant in GMT agree", () => {
    const f = findingsOf("2025-09-17", "The storm made landfall at 11 p.m. EDT Tuesday.", "The storm made landfall at 0300 GMT on Wednesday.");
    expect(f.map((x) => x.status)).toEqual(["agreement"]);
  });

  it("a local day never conflicts with the UTC day of the same instant", () => {
    const f = findingsOf("2025-09-17", "The storm made landfall late on Tuesday.", "The storm made landfall at 0300 GMT on Wednesday.");
    expect(f.filter((x) => x.status === "conflict")).toEqual([]);
  });

  it("two UTC days of different instants conflict", () => {
    const f = findingsOf("2025-09-17", "The storm made landfall at 11 p.m. EDT Tuesday.", "The storm made landfall at 0300 GMT on Tuesday.");
    expect(f.map((x) => x.status)).toEqual(["conflict"]);
  });
});

describe("an accession beside a founding", () => {
  it("does not compare the day a country was admitted with the founding", () => {
    const f = findingsOf(
      "2025-09-17",
      "The Atlantic Fisheries Alliance, founded by Portugal, Spain and Morocco, admitted Senegal and Cape Verde on Tuesday.",
      "The alliance was founded in 1998. Senegal and Cape Verde joined the alliance on Tuesday.",
    );
    expect(f.map((x) => [x.key, x.status])).toEqual([["date|membership|cabo verde+senegal", "agreement"]]);
  });
});
