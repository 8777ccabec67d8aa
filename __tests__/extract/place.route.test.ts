import { extractPlaceClaims } from "../../src/extract/place.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };

function routeOf(text: string): Record<string, string[]> {
  const claims: Claim<"place">[] = extractPlaceClaims(sourceFrom("a.txt", text), ctx).filter((c) => c.key.startsWith("place|route-"));
  const out: Record<string, string[]> = {};
  for (const c of claims) (out[c.key.slice("place|route-".length)] ??= []).push(c.value);
  return out;
}

describe("the route of the journey reported", () => {
  it("reads origin and destination of a definite journey", () => {
    expect(routeOf("The ferry was on its regular overnight crossing from Callowport to Merrin Island when it began to list.")).toEqual({
      origin: ["callowport"],
      destination: ["merrin"],
    });
    expect(routeOf("The 30-year-old vessel was on its overnight run from Callowport to Dunholt when the engine failed.")).toEqual({
      origin: ["callowport"],
      destination: ["dunholt"],
    });
  });

  it("reads a destination alone and a 'Route: X to Y' fact line", () => {
    expect(routeOf("Families came to collect relatives from the overnight boat to Merrin Island.")).toEqual({ destination: ["merrin"] });
    expect(routeOf("Route: Callowport to Merrin Island, overnight")).toEqual({ origin: ["callowport"], destination: ["merrin"] });
  });

  it("marks a planned service so that it only ever agrees", () => {
    const claims = extractPlaceClaims(sourceFrom("a.txt", "The company said it will resume the service to Merrin Island."), ctx);
    expect(claims.filter((c) => c.key === "place|route-destination").map((c) => c.rule)).toEqual(["place/route+future"]);
  });

  it.each([
    ["a way of travel, not the journey", "Survivors were taken by boat to Callowport."],
    ["another journey (a rescue boat)", "The rescue boat to Merrin Island left at dawn."],
    ["another journey (the return flight)", "Her return flight to Dunholt was cancelled."],
    ["an indefinite journey", "She had booked a flight to Dunholt for Friday."],
    ["travel without a journey noun", "Many passengers were travelling to Merrin Island for the holidays."],
    ["a journey of another time", "Last year the ferry made its crossing to Dunholt in a storm; next week it sails again."],
    ["a label whose value is not a route", "Route: closed since Monday"],
  ])("reads no route from %s", (_why, text) => {
    expect(routeOf(text)).toEqual({});
  });
});
