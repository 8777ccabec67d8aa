import { compareDateClaims } from "../../src/align/date.js";
import { extractDateClaims } from "../../src/extract/date.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

function claimsOf(text: string, published = "2025-06-04", id = "a.txt"): Claim<"date">[] {
  return extractDateClaims(sourceFrom(id, text, published), { corpusAnchor: null });
}

describe("opening and closing days of a multi-day event", () => {
  it.each([
    ["The five-nation summit opened in Accra on Tuesday.", "date|summit opening", "2025-06-03"],
    ["The leaders ended a two-day summit in Accra on Wednesday with a pledge.", "date|summit closing", "2025-06-04"],
    ["They signed a communique at the close of the Accra summit on June 4.", "date|summit closing", "2025-06-04"],
    ["The summit was held on Tuesday and Wednesday in Accra.", "date|summit", "2025-06-03/2025-06-04"],
  ])("%s", (text, key, value) => {
    const [c] = claimsOf(text);
    expect(c).toMatchObject({ key, value });
  });

  it("does not read a phase into events that are their own beginning", () => {
    expect(claimsOf("The fire started on Tuesday near the village.")[0]?.key).toBe("date|outbreak|fire");
  });

  it("does not set the opening day against the closing day or the whole range", () => {
    const findings = compareDateClaims([
      ...claimsOf("The five-nation summit opened in Accra on Tuesday.", "2025-06-03", "a.txt"),
      ...claimsOf("The leaders ended a two-day summit in Accra on Wednesday.", "2025-06-04", "b.txt"),
      ...claimsOf("The summit was held on Tuesday and Wednesday in Accra.", "2025-06-05", "c.txt"),
      ...claimsOf("At the close of the summit on Thursday the leaders signed a communique.", "2025-06-06", "d.txt"),
    ]);
    // Only the closing days meet: Wednesday against Thursday.
    expect(findings.map((f) => [f.key, f.status])).toEqual([["date|summit closing", "conflict"]]);
  });
});

describe("participants named by country", () => {
  it("records the countries of 'the leaders of A, B and C' on a claim that names no people", () => {
    const [c] = claimsOf("The leaders of Chile, Peru and Bolivia held talks in Lima on Thursday.", "2025-05-16");
    expect(c?.key).toBe("date|meeting");
    expect(c?.data.countries).toEqual(["Bolivia", "Chile", "Peru"]);
  });

  it("records the country of each named participant", () => {
    const [c] = claimsOf("Chilean President Ana Ruiz and Peruvian President Marco Salas met on Thursday.", "2025-05-16");
    expect(c?.data.participants).toEqual(["Ruiz", "Salas"]);
    expect(c?.data.participantCountries).toEqual(["Chile", "Peru"]);
  });

  it.each([
    // A place the meeting is in, not the people's countries.
    "The ministers held talks in Chile, Peru and Bolivia on Thursday.",
    // An open list.
    "The leaders of Chile, Peru and Bolivia, among others, met on Thursday.",
  ])("records no countries for: %s", (text) => {
    const [c] = claimsOf(text, "2025-05-16");
    expect(c?.data.countries).toBeUndefined();
  });
});
