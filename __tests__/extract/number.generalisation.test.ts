import { extractNumberClaims } from "../../src/extract/number.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

// Round 2: storms, deals and set-based sports, written in styles the first corpora lacked.

function claimsOf(text: string): Claim<"number">[] {
  return extractNumberClaims(sourceFrom("a.txt", text), { corpusAnchor: null });
}

function keyed(text: string): [string, string][] {
  return claimsOf(text).map((c) => [c.key, c.value]);
}

describe("ages and durations written as hyphenated compounds", () => {
  it("never reads a 67-year-old as a count, even beside a death verb", () => {
    expect(claimsOf("A 67-year-old man died when a wall collapsed, police said.")).toEqual([]);
    expect(claimsOf("The 24-year-old served 14 aces.").map((c) => c.value)).toEqual(["14"]);
  });

  it("never reads a 2-hour-48-minute match or a 3-day-old baby as a count", () => {
    expect(claimsOf("It was a 2-hour-48-minute match of huge serving.")).toEqual([]);
    expect(claimsOf("A 3-day-old baby was rescued.")).toEqual([]);
  });
});

describe("who is missing and who was killed in one sentence", () => {
  it("gives the number before 'were still missing' to the missing, not to the deaths", () => {
    expect(keyed("Officials said 32 people were killed and 14 were still missing.")).toEqual([
      ["number|deaths|people", "32"],
      ["number|missing|people", "14"],
    ]);
  });
});

describe("rainfall, storm surge and small lengths", () => {
  it("reads millimetres and inches of rain as one rainfall measure, and keeps small values visible", () => {
    const mm = claimsOf("Rainfall totals reached 380 millimetres in the hardest-hit districts.");
    const inches = claimsOf("The storm dumped 15 inches of rain in a single night.");
    expect(mm.map((c) => c.key)).toEqual(["number|rainfall|km"]);
    expect(inches.map((c) => c.key)).toEqual(["number|rainfall|km"]);
    expect(inches[0]!.data.amount).toBeCloseTo(0.000381, 9);
    // Shown in the unit the source used, with an equivalent that reads well; the value stays canonical.
    expect(inches[0]!.display).toBe("15 inches (≈ 38.1 cm)");
    expect(mm[0]!.display).toBe("380 millimetres");
    expect(mm[0]!.value).toBe("0.00038 km");
  });

  it("never shows a small length as a fraction of a kilometre", () => {
    for (const text of ["The tread was 0.381 mm deep.", "A storm surge of 3 metres swept in.", "A surge of 10 feet swept in."]) {
      const [claim] = claimsOf(text);
      expect(claim?.display).not.toMatch(/km/);
    }
    expect(claimsOf("A storm surge of 3 metres swept in.")[0]!.display).toBe("3 metres");
    expect(claimsOf("The road runs 15 miles along the coast.")[0]!.display).toBe("15 miles (≈ 24.1 km)");
  });

  it("gives the measure named after a bracketed conversion to both figures", () => {
    const claims = claimsOf("Up to 380 mm (15 inches) of rain had fallen by Wednesday.");
    expect(claims.map((c) => c.key)).toEqual(["number|rainfall|km", "number|rainfall|km"]);
    expect(claims[1]!.rule).toContain("+bracketed");
  });

  it("keeps the measure before a bracketed conversion for the bracketed figure, not the next cue", () => {
    const claims = claimsOf("Sustained winds of 185 km/h (115 mph) and gusts of up to 220 km/h lashed the coast.");
    expect(claims.map((c) => [c.key, c.value])).toEqual([
      ["number|wind speed|km/h", "185 km/h"],
      ["number|wind speed|km/h", "185 km/h"],
      ["number|wind gusts|km/h", "220 km/h"],
    ]);
    expect(claims[1]!.display).toBe("115 mph (≈ 185 km/h)");
  });

  it("reads a storm surge apart from rainfall and distances", () => {
    expect(keyed("A storm surge of 3 metres swept through the harbour.")).toEqual([["number|storm surge|km", "0.003 km"]]);
  });
});

describe("homes without power", () => {
  it("reads outages by what is counted, so homes and customers stay apart", () => {
    expect(keyed("About 1.2 million homes and businesses were without power.")).toEqual([["number|without power|home", "1200000"]]);
    expect(keyed("Roughly 1.2 million customers had lost electricity at the peak.")).toEqual([
      ["number|without power|customer", "1200000"],
    ]);
  });
});

describe("share prices, offers and increments in deal stories", () => {
  it("reads market prices of the shares as a share price, not the deal value", () => {
    expect(keyed("Brenmoor shares were at 46.90 euros on Thursday, a discount to the offer.")).toEqual([
      ["number|share price|EUR", "46.9 EUR"],
    ]);
    expect(keyed("Brenmoor shares jumped 27% to €46.40 in early trading.")).toContainEqual(["number|share price|EUR", "46.4 EUR"]);
  });

  it("keeps an offer per share as a price per share", () => {
    expect(keyed("Halvard agreed to buy Brenmoor for €48 a share in cash.")).toEqual([["number|price per share|EUR", "48 EUR"]]);
  });

  it("reads 'a further 21%' as an addition to the stake, not the stake", () => {
    const claims = claimsOf("Halvard owns a 19.9% stake and has backing from holders of a further 21% of the shares.");
    expect(claims.map((c) => c.data.measure)).toEqual(["stake", "further stake"]);
    expect(claims[1]!.subject).toBe("further stake (%)");
  });
});

describe("set scores", () => {
  it("reads a set-by-set result as one score, the winner's sets first", () => {
    const won = claimsOf("Okafor beat Lindqvist 6-4, 3-6, 7-5 on Sunday.");
    const lost = claimsOf("Lindqvist lost to Okafor 4-6, 6-3, 5-7 in the final.");
    const spaced = claimsOf("He won Sunday's final 6-4 3-6 7-5 against Lindqvist.");
    for (const claims of [won, lost, spaced]) {
      expect(claims.map((c) => [c.key, c.value])).toEqual([["number|final score by sets|sets", "6-4 3-6 7-5"]]);
    }
    expect(won[0]!.data.score).toEqual([2, 1]);
  });

  it("keeps tiebreaks out of the sets", () => {
    expect(keyed("She won the final 7-6 (7-4), 6-3.")).toEqual([["number|final score by sets|sets", "7-6 6-3"]]);
    expect(keyed("She won the final 7-6(4), 6-3.")).toEqual([["number|final score by sets|sets", "7-6 6-3"]]);
  });

  it("reads no result from one set or a game score inside a set", () => {
    expect(claimsOf("First set to Okafor, 6-4, after a single break.")).toEqual([]);
    expect(claimsOf("Okafor won the first set 6-4.")).toEqual([]);
    expect(claimsOf("The match turned when Okafor broke serve at 5-5 in the deciding set.")).toEqual([]);
  });

  it("reads set-by-set commentary with no result cue as nothing", () => {
    expect(claimsOf("The sets went 6-4, 3-6, 7-5.")).toEqual([]);
  });

  it("never takes clock times for sets", () => {
    expect(claimsOf("Okafor won, the sessions ran at 10:30, 11:45 and 14:00.").filter((c) => c.data.score)).toEqual([]);
  });

  it("still reads a single match score", () => {
    expect(keyed("Kaltenbrunn beat Rostal 3-2 in the final.")).toEqual([["number|final score|score", "3-2"]]);
  });
});

describe("wire-style money and headline counters", () => {
  it("reads '7.2 bln euros' as money, like '€7.2bn'", () => {
    expect(keyed("The 7.2 bln euros deal would create a larger group.")).toEqual([["number|deal value|EUR", "7200000000 EUR"]]);
  });

  it("reads no count from a headline counter before a name ('UPDATE 1-Halvard')", () => {
    expect(claimsOf("UPDATE 1-Halvard to buy Brenmoor")).toEqual([]);
  });

  it("reads damage named as the clause's subject", () => {
    expect(keyed("Damage was estimated at $2.4 billion.")).toEqual([["number|damage|USD", "2400000000 USD"]]);
  });

  it("reads no stake from a cue beyond a subordinate clause", () => {
    expect(claimsOf("Backers control about 41% of the capital once the stake is counted.").map((c) => c.data.measure)).toEqual([
      "share of capital",
    ]);
  });

  it("keeps shares of a named company as plain percentages: who holds them is not said", () => {
    expect(keyed("Halvard, which already holds 19.9% of Brenmoor, made the offer.")).toEqual([["number|percent|%", "19.9 %"]]);
    expect(keyed("It represents 45% of the world's population.")).toEqual([["number|share of world population|%", "45 %"]]);
  });
});
