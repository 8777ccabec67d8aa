import { describe, expect, it } from "@jest/globals";
import { extractQuoteClaims } from "../../src/extract/quote.js";
import { findPeopleInSource } from "../../src/extract/people.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
const peopleOf = (text: string) => findPeopleInSource(sourceFrom("a.txt", text)).people.map((p) => p.full).sort();

describe("findPeopleInSource: team names are not people", () => {
  it("drops 'City Nickname' when the source uses the nickname as a modifier before an office", () => {
    const text = "The Dunmore Otters lost the semi-final.\nOtters coach Maria Velasco said the defence had failed.";
    expect(peopleOf(text)).toEqual(["Maria Velasco"]);
  });

  it("drops 'City Nickname' when the source writes 'the Nickname' alone", () => {
    const text = "Grace Holt scored twice as Perrin Harriers beat Dunmore Otters.\nThe Otters turned the ball over late.";
    expect(peopleOf(text)).toEqual(["Grace Holt", "Perrin Harriers"]);
  });

  it("resolves 'he said' after 'Nickname coach First Last said' to the coach, not the team", () => {
    const text =
      "The Dunmore Otters lost 70-65.\nOtters coach Paul Varga said his side had tired. \"We ran out of legs,\" he said.";
    const quotes = extractQuoteClaims(sourceFrom("a.txt", text), ctx);
    expect(quotes.map((q) => q.data.speaker)).toEqual(["Paul Varga"]);
  });

  it("keeps people whose surname follows 'the' only before a noun a surname modifies, or with a possessive office", () => {
    expect(peopleOf("Tomas Feld visited the port.\nCritics of the Feld administration stayed away.")).toEqual(["Tomas Feld"]);
    expect(peopleOf("Anna Brisk arrived late.\nBrisk's spokesman Carl Moen said she was delayed.")).toEqual(["Anna Brisk", "Carl Moen"]);
  });

  it("keeps a person given with a real cue even when 'the Surname' appears", () => {
    expect(peopleOf("Coach Lena Marsh praised the Marsh twins.\nThe Marsh, as fans call her, smiled.")).toContain("Lena Marsh");
  });
});
