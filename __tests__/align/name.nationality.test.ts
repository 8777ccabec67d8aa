import { describe, expect, it } from "@jest/globals";
import { compareNameClaims } from "../../src/align/name.js";
import { extractNameClaims } from "../../src/extract/name.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
function claimsOf(texts: Record<string, string>): Claim<"name">[] {
  return Object.entries(texts).flatMap(([id, text]) => extractNameClaims(sourceFrom(id, text), ctx));
}
const conflicts = (texts: Record<string, string>): string[][] =>
  compareNameClaims(claimsOf(texts))
    .filter((f) => f.status === "conflict")
    .map((f) => f.values.map((v) => v.value));

describe("compareNameClaims on nationality", () => {
  it("one person given different countries by different sources conflicts", () => {
    expect(
      conflicts({
        "a.txt": "The race went to Kenyan Wanjiru Odhiambo after a late surge.",
        "b.txt": "Wanjiru Odhiambo of Kenya won the race.",
        "c.txt": "The race went to Ugandan Wanjiru Odhiambo after a late surge.",
      }),
    ).toEqual([["Kenya", "Uganda"]]);
  });

  it("one country, or a source that states none, is no conflict (negative)", () => {
    expect(
      conflicts({
        "a.txt": "The race went to Kenya's Wanjiru Odhiambo after a late surge.",
        "b.txt": "Kenyan Wanjiru Odhiambo won the race.",
        "c.txt": "Wanjiru Odhiambo won the race in Uganda.",
      }),
    ).toEqual([]);
  });
});
