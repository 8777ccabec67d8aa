import { compareNumberClaims } from "../../src/align/number.js";
import { extractNumberClaims } from "../../src/extract/number.js";
import type { Finding } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

// Round 4: the same measure written several ways must meet; different measures must not.

function findingsOf(...texts: string[]): Finding[] {
  const claims = texts.flatMap((t, i) => extractNumberClaims(sourceFrom(`s${i}.txt`, t, "2024-05-02"), { corpusAnchor: null }));
  return compareNumberClaims(claims);
}

function conflicts(...texts: string[]): Finding[] {
  return findingsOf(...texts).filter((f) => f.status === "conflict");
}

describe("prices per share", () => {
  it("finds a per-share price conflict however each source words the rate", () => {
    const found = conflicts(
      "Halvorsen will pay $12.40 for each Tamberline share, a premium of 31%.",
      "- **Price per share:** US$12.40, all cash",
      "The price is 900 million dollars, or $12.40 for every Tamberline share.",
      "Tamberline holders will receive $14.20 in cash for each share they own.",
    );
    expect(found.map((f) => f.subject)).toEqual(["price per share (USD)"]);
    expect(found[0]!.values.map((v) => [v.value, v.sources.length])).toEqual([
      ["12.4 USD", 3],
      ["14.2 USD", 1],
    ]);
  });

  it("agrees when the per-share prices agree", () => {
    expect(
      conflicts("Halvorsen will pay $12.40 for each Tamberline share.", "Holders get $12.40 a share in cash.", "Offer per share: $12.40"),
    ).toEqual([]);
  });
});

describe("a loan is never the deal value", () => {
  it("reports no deal-value conflict from a bridge loan near a deal verb", () => {
    const found = findingsOf(
      "Orrin agreed to buy Tamberline for $3 billion.",
      "Orrin will buy Tamberline for $3bn. Orrin is borrowing to pay for it: a $1.5bn bridge loan.",
      "The deal, worth $3 billion, will be paid for with cash and a $1.5 billion bridge loan.",
    );
    expect(found.filter((f) => f.status === "conflict")).toEqual([]);
    expect(found.map((f) => [f.subject, f.status])).toEqual(
      expect.arrayContaining([
        ["deal value (USD)", "agreement"],
        ["loan (USD)", "agreement"],
      ]),
    );
  });
});

describe("fund sizes", () => {
  it("finds a conflict over a named fund's size however the size is linked", () => {
    const found = conflicts(
      "The ministers agreed to set up a €600 million ($650 million) fund for dikes and pumps.",
      "The plan includes a Coastal Resilience Fund of 600 million euros.",
      "It creates a Coastal Resilience Fund worth €600 million.",
      "It sets up a Coastal Resilience Fund of €900 million to pay for dikes.",
    );
    expect(found.map((f) => f.subject)).toEqual(["fund size of coastal resilience fund (EUR)"]);
    // The unnamed fund joins the named one it equals; the dollar conversion stays out.
    const values = found[0]!.values.map((v) => [v.value, v.sources.length]);
    expect(values).toEqual([
      ["600000000 EUR", 3],
      ["900000000 EUR", 1],
    ]);
  });

  it("never sets two differently named funds against each other", () => {
    expect(
      conflicts("It sets up a Coastal Resilience Fund of €600 million.", "It also sets up a Harbour Renewal Fund of €200 million."),
    ).toEqual([]);
  });
});

describe("totals, parts and the next clause", () => {
  it("reports no injured conflict from a subset or a figure of the next clause", () => {
    expect(
      conflicts(
        "The storm killed 12 people and injured 85.",
        "Officials had counted 12 dead and 85 injured, and 900 families had no power.",
        "In all 85 people were hurt, 9 of them critically.",
        "The crash left 85 injured, including 9 seriously.",
      ),
    ).toEqual([]);
  });

  it("still finds a real injured conflict", () => {
    expect(conflicts("The storm injured 85 people.", "Officials said 120 people were injured.")).toHaveLength(1);
  });
});

describe("figures of an earlier event", () => {
  it("never sets an earlier event's toll against the current one", () => {
    expect(
      conflicts(
        "The flood killed 12 people on Sunday.",
        "The flood killed 12 people. It is the worst since 2002, when 61 people died in the valley.",
        "A code has applied since the 2002 Velm flood, which killed 61 people. On Sunday 12 people died.",
      ),
    ).toEqual([]);
  });
});
