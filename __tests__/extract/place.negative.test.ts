import { describe, expect, it } from "@jest/globals";
import { comparePlaceClaims } from "../../src/align/place.js";
import { extractPlaceClaims } from "../../src/extract/place.js";
import { sourceFrom } from "../helpers.js";

// Negative cases for places: text that must yield no place claim, and pairs that must not conflict.
const ctx = { corpusAnchor: null };
const places = (text: string, id = "n.txt") => extractPlaceClaims(sourceFrom(id, text), ctx);

describe("place: text that yields no event place", () => {
  it.each([
    ["a person after 'in' is not a place", "The summit, in Anna Lindqvist's words, was a success."],
    ["a place with no event", "Lisbon is the capital of Portugal."],
    ["where people are treated is not where the crash was", "Twelve people injured in the crash remain in St. Aldric's Hospital."],
    ["a future meeting elsewhere", "The leaders will meet next week in Oslo."],
  ])("%s", (_why, text) => {
    expect(places(text).filter((c) => c.data.event !== "headquarters")).toEqual([]);
  });
});

describe("place: pairs that must not conflict", () => {
  it.each([
    ["a city and the country containing it", "The summit was held in Lisbon, Portugal on Thursday.", "The summit was held in Portugal on Thursday."],
    ["a venue and its city", "The final was played at the Valmora Stadium in Castelbrook on Saturday.", "The final was played in Castelbrook on Saturday."],
    ["one venue written two ways", "The final was played at the Valmora Stadium on Saturday.", "The final was played at the Valmora-Stadion on Saturday."],
  ])("%s", (_why, a, b) => {
    const claims = [...places(a, "a.txt"), ...places(b, "b.txt")];
    expect(new Set(claims.map((c) => c.evidence.source)).size).toBe(2);
    expect(comparePlaceClaims(claims).filter((f) => f.status === "conflict")).toEqual([]);
  });
});
