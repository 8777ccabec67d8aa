import { comparePlaceClaims } from "../../src/align/place.js";
import { extractPlaceClaims } from "../../src/extract/place.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

function claimsOf(texts: string[]): Claim<"place">[] {
  return texts.flatMap((t, i) => extractPlaceClaims(sourceFrom(`s${i}.txt`, t), { corpusAnchor: null }));
}

const VENUE_IN_CITY = "The harbour summit closed on Friday at the Merrow Exhibition Centre in Lanthe, the summit's host city, as the summit ended.";

describe("the one gathering placed under several keys", () => {
  it("a city named as a capital conflicts with the city holding the venue", () => {
    const findings = comparePlaceClaims(
      claimsOf([VENUE_IN_CITY, "The summit ended on Friday at the Merrow Exhibition Centre, after the summit talks.", "Ministers met in the Dravish capital, Orlen, for the two-day summit, which ended on Friday."]),
    ).filter((f) => f.status === "conflict");
    expect(findings).toHaveLength(1);
    expect(findings[0]!.values.map((g) => g.value).sort()).toEqual(["lanthe", "orlen"]);
  });

  it("negatives: a venue and the city it lies in agree; a place of unknown kind is left alone", () => {
    expect(comparePlaceClaims(claimsOf([VENUE_IN_CITY, "The summit ended on Friday at the Merrow Exhibition Centre, after the summit talks."])).filter((f) => f.status === "conflict")).toEqual([]);
    expect(
      comparePlaceClaims(claimsOf(["The summit ended on Friday at the Merrow Exhibition Centre.", "Ministers met in Orlen for the two-day summit."])).filter((f) => f.status === "conflict"),
    ).toEqual([]);
  });
});
