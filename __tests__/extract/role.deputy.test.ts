import { describe, expect, it } from "@jest/globals";
import { extractRoleClaims } from "../../src/extract/role.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
const offices = (text: string): string[] => extractRoleClaims(sourceFrom("a.txt", text), ctx).map((c) => c.value);

describe("deputy ranks of portfolio ministers", () => {
  it("keeps deputy/vice/assistant in the office key before the name and in an appositive", () => {
    expect(offices("Deputy Health Minister Lorna Vettell opened the clinic.")).toEqual(["deputy health minister"]);
    expect(offices("Lorna Vettell, the deputy health minister, opened the clinic.")).toEqual(["deputy health minister"]);
    expect(offices("Vice Minister of Energy Ostap Grelin spoke first.")).toEqual(["deputy energy minister"]);
    expect(offices("Assistant Justice Minister Dario Pellacane declined to comment.")).toEqual(["assistant justice minister"]);
  });

  it("still reads the minister himself without a rank (negative)", () => {
    expect(offices("Health Minister Lorna Vettell opened the clinic.")).toEqual(["health minister"]);
    expect(offices("Lorna Vettell, the minister of the interior, opened the clinic.")).toEqual(["interior minister"]);
    expect(offices("The deputy said the health minister would come later.")).toEqual([]);
  });
});
