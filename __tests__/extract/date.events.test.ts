import { extractDateClaims } from "../../src/extract/date.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

// Tuesday 10 June 2025: "Sunday" in past tense is 8 June, "Monday" 9 June.
const TUE = "2025-06-10";

function claimsOf(text: string, published = TUE): Claim<"date">[] {
  return extractDateClaims(sourceFrom("a.txt", text, published), { corpusAnchor: null });
}

function keyed(text: string): [string, string][] {
  return claimsOf(text).map((c) => [c.key, c.value]);
}

describe("date claims of disasters and deals (event vocabulary)", () => {
  it("dates an earthquake through an impact verb after it, across a place and a clock time", () => {
    expect(keyed("A magnitude 6.8 earthquake struck near the town of Montecarra in Sierra Lucar province at 3:42 a.m. on Sunday.")).toEqual([
      ["date|earthquake", "2025-06-08"],
    ]);
    expect(keyed("The quake hit the coast early on Sunday.")).toEqual([["date|earthquake", "2025-06-08"]]);
  });

  it("dates a storm's landfall", () => {
    expect(keyed("Storm Idris made landfall late on Monday near the port.")).toEqual([["date|landfall", "2025-06-09"]]);
    expect(keyed("The hurricane came ashore on Monday night.")).toEqual([["date|landfall", "2025-06-09"]]);
  });

  it("dates a deal announcement only when the clause is about a deal", () => {
    expect(keyed("Acme said on Monday it had agreed to buy Zenith for $2 billion.")).toEqual([
      ["date|deal announcement", "2025-06-09"],
    ]);
    expect(keyed("Shareholders will vote on the offer from Acme, which announced the acquisition on Monday.")).toEqual([
      ["date|deal announcement", "2025-06-09"],
    ]);
    expect(keyed("The government announced on Monday that schools would reopen.")).toEqual([]);
  });

  it("impact verbs date nothing without an event noun before them", () => {
    expect(keyed("Police struck a protester with a baton on Monday.")).toEqual([]);
    expect(keyed("Shares hit a record high on Monday.")).toEqual([]);
  });

  it("does not count a list of titled people between a meeting verb and its date", () => {
    const claims = claimsOf(
      "Duarte Valente, the Portuguese president, sat down with Spanish premier Lucia Ferrer and Moroccan prime minister Karim Bennani in Lisbon on Friday.",
      "2025-05-17",
    );
    expect(claims.map((c) => [c.key, c.value])).toEqual([["date|meeting|bennani+ferrer+valente", "2025-05-16"]]);
  });

  it("a possessive weekday dates its event even after a preposition", () => {
    expect(keyed("The death toll from Sunday's earthquake is still rising.")).toEqual([["date|earthquake", "2025-06-08"]]);
  });
});

describe("date claims of disasters and deals: negative cases", () => {
  it("a date taken by a verb of its own does not date the event noun before it", () => {
    expect(keyed("The death toll from the earthquake rose to 112 on Monday.")).toEqual([]);
  });

  it("an event used as a reference point ('a day after the quake') is not dated by the day", () => {
    expect(keyed("Rescuers reached the town on Monday, a day after the earthquake.")).toEqual([]);
  });

  it("a weekday after a preposition stays blocked when it is not possessive", () => {
    expect(keyed("The earthquake zone has had aftershocks since Sunday.")).toEqual([]);
  });
});
