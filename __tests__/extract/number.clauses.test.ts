import { extractNumberClaims } from "../../src/extract/number.js";
import { isConflictCapable } from "../../src/extract/quantity.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

// Round 7: a cue of the previous coordinated clause, money named by "of" + head noun, share
// prices stated by the stock's own verb, and pro-forma figures of a combined company.

function claimsOf(text: string): Claim<"number">[] {
  return extractNumberClaims(sourceFrom("a.txt", text), { corpusAnchor: null });
}

function measures(text: string, published?: string): [string, string][] {
  return extractNumberClaims(sourceFrom("a.txt", text, published), { corpusAnchor: null }).map((c) => [c.data.measure, c.value]);
}

describe("a cue of the number's own clause wins over one of the previous coordinated clause", () => {
  it.each(["hurt", "injured", "wounded"])("reads '11 people were %s' after 'were killed and' as injured", (verb) => {
    expect(measures(`Four miners were killed and 11 people were ${verb} on Friday when a shaft flooded.`)).toEqual([
      ["deaths", "4"],
      ["injured", "11"],
    ]);
  });

  it("reads 'were hospitalised' after 'died and' as in hospital", () => {
    expect(measures("Two passengers died and 9 people were hospitalised after the coach overturned.")).toEqual([
      ["deaths", "2"],
      ["hospitalised", "9"],
    ]);
  });

  it("reads 'seriously hurt' as injured", () => {
    expect(measures("Officials said 6 people were seriously hurt.")).toEqual([["injured", "6"]]);
  });
});

describe("money named by the head noun after 'of'", () => {
  it("gives '$N of net debt' the debt measure, not the deal's", () => {
    const found = measures("Including about $650 million of net debt, the takeover has an enterprise value of about $5.2 billion.");
    expect(found).toContainEqual(["debt", "650000000 USD"]);
    expect(found).toContainEqual(["enterprise value", "5200000000 USD"]);
    expect(found.some(([m]) => m === "deal value")).toBe(false);
  });

  it("gives '$N of sales' the revenue measure", () => {
    expect(measures("The group's $2.2bn of sales came mostly from software.")).toEqual([["revenue", "2200000000 USD"]]);
  });

  it("names nothing when 'of' is followed by no known head", () => {
    expect(measures("Analysts said $3 billion of the company was at stake.").map(([m]) => m)).toEqual(["money"]);
  });
});

describe("a share price stated by the stock's own verb", () => {
  it.each([
    "The stock closed up 18% at $23.10 on Tuesday, a little below the offer price.",
    "Its shares rose 18% on Tuesday to close at $23.10.",
    "The target's shares jumped 18% to $23.10, while the buyer's fell.",
  ])("reads the price as a share price that never conflicts: %s", (text) => {
    const price = claimsOf(text).find((c) => c.value === "23.1 USD");
    expect(price?.data.measure).toBe("share price");
    expect(isConflictCapable(price!.data)).toBe(false);
  });

  it("keeps an agreed price with a deal verb as the deal value", () => {
    expect(measures("The buyer agreed to acquire the maker of sensors for $2.4 billion.")).toEqual([["deal value", "2400000000 USD"]]);
  });
});

describe("pro-forma figures of a combined company", () => {
  it("keys revenue of the combined company apart from a company's own revenue", () => {
    const combined = measures("He said the combined company would have about 9,000 employees and annual revenue of roughly $3 billion.");
    expect(combined).toContainEqual(["combined revenue", "3000000000 USD"]);
    expect(measures("The seller had revenue of $1.1 billion.")).toEqual([["revenue", "1100000000 USD"]]);
  });

  it("does not mark a figure combined when only another clause speaks of the merged group", () => {
    expect(measures("The merged group will be based in Lyon, and the seller reported revenue of $800 million.")).toContainEqual([
      "revenue",
      "800000000 USD",
    ]);
  });
});
