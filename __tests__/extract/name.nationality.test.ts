import { describe, expect, it } from "@jest/globals";
import { extractNameClaims } from "../../src/extract/name.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
const countries = (text: string): [string, string | null][] =>
  extractNameClaims(sourceFrom("a.txt", text), ctx).map((c) => [c.value, c.data.country]);

describe("nationality stated with a name", () => {
  it("reads a demonym or a country possessive directly before the name, and 'X, the <demonym> who'", () => {
    expect(countries("The race went to Kenya's Wanjiru Odhiambo after a late surge.")).toEqual([["Wanjiru Odhiambo", "Kenya"]]);
    expect(countries("The race went to Ethiopian Selam Bekele after a late surge.")).toEqual([["Selam Bekele", "Ethiopia"]]);
    expect(countries("Selam Bekele won the race.\nBekele, the Ethiopian who led from the start, smiled.")).toEqual([["Selam Bekele", "Ethiopia"]]);
    expect(countries("Selam Bekele won the race.\nThe Ethiopian runner Bekele smiled.\nKenyan Bekele smiled.")).toEqual([["Selam Bekele", "Kenya"]]);
  });

  it("gives no country from a club, an event or the place of the event (negative)", () => {
    expect(countries("Arsenal's Tomas Brevik scored twice in Spain on Sunday.")).toEqual([["Tomas Brevik", null]]);
    expect(countries("In Madrid, Tomas Brevik won the Spanish Open on Sunday.")).toEqual([["Tomas Brevik", null]]);
    expect(countries("Tomas Brevik, the winner, flew home from Spain.")).toEqual([["Tomas Brevik", null]]);
  });
});
