import { describe, expect, it } from "@jest/globals";
import { compareRoleClaims } from "../../src/align/role.js";
import { extractRoleClaims } from "../../src/extract/role.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
function claimsOf(texts: Record<string, string>): Claim<"role">[] {
  return Object.entries(texts).flatMap(([id, text]) => extractRoleClaims(sourceFrom(id, text), ctx));
}
const statuses = (texts: Record<string, string>): string[][] =>
  compareRoleClaims(claimsOf(texts)).map((f) => [f.status, ...f.values.map((v) => v.value)]);

describe("compareRoleClaims on deputy ministers", () => {
  it("a deputy minister and the minister of one portfolio conflict", () => {
    expect(
      statuses({
        "a.txt": "Deputy Transport Minister Ilse Marrow toured the port.",
        "b.txt": "Ilse Marrow, the deputy transport minister, toured the port.",
        "c.txt": "Transport Minister Ilse Marrow toured the port.",
      }),
    ).toEqual([["conflict", "deputy transport minister", "transport minister"]]);
  });

  it("deputy and vice wordings of one office agree (negative)", () => {
    expect(
      statuses({
        "a.txt": "Deputy Energy Minister Ostap Grelin spoke first.",
        "b.txt": "Vice Minister of Energy Ostap Grelin spoke first.",
      }),
    ).toEqual([["agreement", "deputy energy minister"]]);
  });
});
