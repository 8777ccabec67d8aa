import { extractNumberClaims } from "../../src/extract/number.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

function claimsOf(text: string): Claim<"number">[] {
  return extractNumberClaims(sourceFrom("a.txt", text), { corpusAnchor: null });
}

describe("a figure in apposition after a name is an age, never a count", () => {
  it.each([
    ["a full name, then a cue", "The pilot, Marek Ostrander, 47, was among those rescued."],
    ["a surname, then a verb", "Ostrander, 47, was among those rescued."],
    ["a full name in brackets", "Skipper Lina Varga (39) was rescued by a trawler."],
    ["a full name at the sentence's end", "Among those rescued was the pilot Marek Ostrander, 47."],
    ["an age after a name, then the evacuated", "Resident Oona Pell, 81, was evacuated from her home."],
  ])("%s", (_label, text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it("the count in the same sentence is still read", () => {
    const claims = claimsOf("The pilot, Marek Ostrander, 47, was one of 212 people rescued.");
    expect(claims.map((c) => [c.data.measure, c.data.amount])).toEqual([["rescued", 212]]);
  });
});

describe("figures after a capitalised word that are counts", () => {
  it("a count after a sentence-opening adverb and comma", () => {
    expect(claimsOf("Overall, 58 people were rescued.").map((c) => c.data.amount)).toEqual([58]);
  });

  it("a count after a weekday", () => {
    expect(claimsOf("By Tuesday, 58 people had been rescued.").map((c) => c.data.amount)).toEqual([58]);
  });

  it("a count too large to be an age", () => {
    expect(claimsOf("Officials in Porthaven, 310, were rescued.").map((c) => c.data.amount)).toEqual([310]);
  });
});
