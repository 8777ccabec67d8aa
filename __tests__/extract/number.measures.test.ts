import { extractNumberClaims } from "../../src/extract/number.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

// Round 4: what an amount is (per-share prices, loans, funds), labels, parts of a total, clauses
// that leak into the next one, and figures of an earlier event.

function claimsOf(text: string, published?: string): Claim<"number">[] {
  return extractNumberClaims(sourceFrom("a.txt", text, published), { corpusAnchor: null });
}

function keyed(text: string, published?: string): [string, string][] {
  return claimsOf(text, published).map((c) => [c.key, c.value]);
}

describe("prices per share, however the share is named", () => {
  it.each([
    ["for each NAME share", "Halvorsen will pay $12.40 for each Tamberline share, a premium of 31%."],
    ["for every share", "Halvorsen pays $12.40 for every share."],
    ["in cash for each share they own", "Tamberline holders will receive $12.40 in cash for each share they own."],
    ["per NAME share", "The offer values the group at $12.40 per Tamberline share."],
    ["a share", "Halvorsen agreed to pay $12.40 a share."],
  ])("reads %s as the price per share", (_label, text) => {
    const money = claimsOf(text).filter((c) => c.data.unit === "USD");
    expect(money.map((c) => [c.key, c.value])).toEqual([["number|price per share|USD", "12.4 USD"]]);
  });

  it("keeps the total and the per-share price of one sentence apart", () => {
    expect(keyed("The price is 900 million dollars, or $22 for every Orrin Bay share.")).toEqual([
      ["number|money|USD", "900000000 USD"],
      ["number|price per share|USD", "22 USD"],
    ]);
  });

  it("never makes a rate of 'for each of' or of a figure 'a year earlier'", () => {
    const plants = claimsOf("Orrin paid $300 million for each of its two plants.");
    expect(plants.map((c) => c.data.measure)).not.toContain("price per of");
    expect(plants.some((c) => c.data.measure.startsWith("price per"))).toBe(false);
    const earlier = claimsOf("Revenue was $1.2 billion, up from $1.1 billion a year earlier.");
    expect(earlier.some((c) => c.data.measure.startsWith("price per"))).toBe(false);
  });

  it("gives a dividend paid per share its own rate, not the share price", () => {
    expect(keyed("The board declared a dividend of $1.20 a share.")).toEqual([["number|dividend per share|USD", "1.2 USD"]]);
  });
});

describe("labels that name the measure", () => {
  it.each([
    ["Markdown bullet", "- **Price per share:** US$22.00, all cash"],
    ["fact box", "Offer per share: $22"],
    ["hyphenated label", "Per-share price: $22"],
  ])("reads a %s as the price per share", (_label, text) => {
    expect(keyed(text)).toEqual([["number|price per share|USD", "22 USD"]]);
  });

  it("reads named measures and named funds from the label", () => {
    expect(keyed("Enterprise value: $5.1bn")).toEqual([["number|enterprise value|USD", "5100000000 USD"]]);
    expect(keyed("Bridge loan: $900m")).toEqual([["number|loan|USD", "900000000 USD"]]);
    expect(keyed("Coastal Resilience Fund: €600 million")).toEqual([
      ["number|fund size of coastal resilience fund|EUR", "600000000 EUR"],
    ]);
  });

  it("takes no measure from a label that names none", () => {
    expect(keyed("Our verdict: $22 is too little")).toEqual([["number|money|USD", "22 USD"]]);
    // A label mid-sentence is no label.
    expect(keyed("The analyst said the price per share was fair: $22 in cash.").map(([k]) => k)).not.toContain(
      "number|price per share|USD",
    );
  });
});

describe("an amount takes the measure of its head noun", () => {
  it("reads a loan as a loan even beside a deal verb", () => {
    expect(keyed("Orrin is borrowing to pay for it: a $900 million term loan.")).toEqual([["number|loan|USD", "900000000 USD"]]);
    expect(keyed("To finance the purchase, Orrin took out a bridge loan of $900 million.")).toEqual([
      ["number|loan|USD", "900000000 USD"],
    ]);
    expect(keyed("It will pay for the acquisition with cash and a €1.1bn credit facility.")).toEqual([
      ["number|loan|EUR", "1100000000 EUR"],
    ]);
  });

  it.each([
    ["fine", "The regulator ordered the bank to pay a $35 million fine.", "number|fine|USD"],
    ["fees", "The buyer will pay $40m in fees to its advisers.", "number|fee|USD"],
    ["dividend", "Shareholders get a special dividend of $2 billion.", "number|dividend|USD"],
    ["budget", "The ministry agreed to buy new trains from a €300 million budget.", "number|budget|EUR"],
    ["debt", "Orrin will also take on $700m of debt, the buyer said.", "number|debt|USD"],
    ["stake", "It bought a $450 million stake in the venture.", "number|stake value|USD"],
  ])("reads a %s by its noun, not as the deal value", (_label, text, key) => {
    expect(claimsOf(text).map((c) => c.key)).toEqual([key]);
  });

  it("leaves deal amounts with deal nouns or verbs as the deal value", () => {
    expect(keyed("Orrin agreed to buy Tamberline for $2.1 billion in cash.")).toEqual([["number|deal value|USD", "2100000000 USD"]]);
    expect(keyed("Orrin confirmed a $2.1 billion takeover of Tamberline.")).toEqual([["number|deal value|USD", "2100000000 USD"]]);
  });
});

describe("fund sizes", () => {
  it.each([
    ["of", "The ministers set up a Coastal Resilience Fund of €600 million."],
    ["worth", "The ministers created a Coastal Resilience Fund worth €600 million."],
    ["with capital of", "The creation of a Coastal Resilience Fund with capital of EUR 600 million."],
    ["amount then name", "They launched a €600 million Coastal Resilience Fund."],
    ["euros after the figure", "The plan includes a Coastal Resilience Fund of 600 million euros, to be spent by 2030."],
  ])("keys a named fund by its name (%s)", (_label, text) => {
    expect(keyed(text)).toEqual([["number|fund size of coastal resilience fund|EUR", "600000000 EUR"]]);
  });

  it("keys an unnamed fund as a fund and leaves a bracketed conversion out", () => {
    expect(keyed("They agreed to set up a €600 million ($650 million) fund for dikes and pumps.")).toEqual([
      ["number|fund size|EUR", "600000000 EUR"],
      ["number|money|USD", "650000000 USD"],
    ]);
  });

  it("names no fund after a single capitalised word", () => {
    expect(keyed("Fund of €600 million: that is what the ministers promised.").map(([k]) => k)).toEqual(["number|fund size|EUR"]);
  });
});

describe("a cue stays in its clause, and a part is no total", () => {
  it("never gives the next coordinated clause's figure to the injured", () => {
    expect(keyed("The ministry recorded 12 dead and 85 injured, and 900 families had no power.")).toEqual([
      ["number|deaths|people", "12"],
      ["number|injured|people", "85"],
      ["number|count|family", "900"],
    ]);
  });

  it("still reads a figure whose own cue follows it after ', and'", () => {
    expect(keyed("Five people were killed, and 40 were injured.")).toEqual([
      ["number|deaths|people", "5"],
      ["number|injured|people", "40"],
    ]);
  });

  it.each([
    ["N of them", "Some 85 people were hurt, 9 of them critically."],
    ["N of whom", "In all 85 people were injured, 9 of whom remain in a critical condition."],
    ["including N", "The crash left 85 injured, including 9 seriously."],
    ["of whom N", "The crash left 85 injured, of whom 9 seriously."],
  ])("drops a part of the total (%s)", (_label, text) => {
    expect(keyed(text)).toEqual([["number|injured|people", "85"]]);
  });

  it("keeps what a part counts by its own noun", () => {
    const claims = keyed("The blast killed 14 people, including 3 teenagers.");
    expect(claims).toContainEqual(["number|deaths|people", "14"]);
    expect(claims.filter(([k]) => k === "number|deaths|people")).toHaveLength(1);
  });
});

describe("figures of an earlier event", () => {
  it.each([
    ["since YEAR, when", "It was the worst flood in the region since 2002, when 61 people drowned.", undefined],
    ["since the YEAR event, which", "A code has applied since the 2002 Velm flood, which killed 61 people.", undefined],
    ["the YEAR event, which", "The 2002 flood, which killed 61 people, changed the rules.", "2024-05-02"],
    ["in YEAR, when", "The dam failed in 2002, when 61 people died.", "2024-05-02"],
    ["last year's event, which", "Unlike last year's storm, which killed 61 people, this one passed quickly.", undefined],
  ])("marks a figure in a clause anchored to another time as earlier (%s)", (_label, text, published) => {
    const claims = claimsOf(text, published);
    expect(claims.map((c) => c.data.measure)).toEqual(["earlier deaths"]);
  });

  it("leaves the current event's figures alone", () => {
    // The same year as the source's, or a weekday: the event being reported.
    expect(keyed("The dam failed in 2024, when 61 people died.", "2024-05-02")).toEqual([["number|deaths|people", "61"]]);
    expect(keyed("Since Sunday, when the storm made landfall, 14 people have died.")).toEqual([["number|deaths|people", "14"]]);
    expect(keyed("The 2024 summit, which drew 3,000 protesters, ended on Friday.", "2024-05-02")).toEqual([
      ["number|count|protester", "3000"],
    ]);
    // A year in a clause of its own ("in 2009 and still owns ...") dates nothing after the comma.
    expect(
      keyed("He founded the firm in 2009 and still owns 6% of it, which means he will walk away with $250m.", "2024-05-02"),
    ).toEqual([
      ["number|percent|%", "6 %"],
      ["number|money|USD", "250000000 USD"],
    ]);
    // Without a known year, only "since" is sure to look back.
    expect(keyed("The dam failed in 2002, when 61 people died.")).toEqual([["number|deaths|people", "61"]]);
  });
});
