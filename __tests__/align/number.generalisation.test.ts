import { compareNumberClaims } from "../../src/align/number.js";
import { extractNumberClaims } from "../../src/extract/number.js";
import type { Finding } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

function findingsOf(...texts: string[]): Finding[] {
  const claims = texts.flatMap((t, i) => extractNumberClaims(sourceFrom(`s${i}.txt`, t), { corpusAnchor: null }));
  return compareNumberClaims(claims);
}

function conflicts(...texts: string[]): Finding[] {
  return findingsOf(...texts).filter((f) => f.status === "conflict");
}

describe("storms: what agrees and what conflicts", () => {
  it("380 mm, 380 millimetres and 15 inches of rain agree", () => {
    const f = findingsOf(
      "Up to 380 mm (15 inches) of rain had fallen.",
      "Rainfall totals reached 380 millimetres.",
      "The storm dumped 15 inches of rain.",
    );
    expect(f.map((x) => [x.subject, x.status])).toEqual([["rainfall (km)", "agreement"]]);
  });

  it("a different rainfall total conflicts", () => {
    expect(conflicts("Rainfall totals reached 380 millimetres.", "The storm dumped 25 inches of rain.")).toHaveLength(1);
  });

  it("a man's age never joins the death toll", () => {
    expect(conflicts("At least 23 people were killed.", "A 67-year-old man died in the storm. Officials said 23 people died.")).toEqual([]);
  });

  it("different outage figures conflict only for the same thing counted", () => {
    expect(conflicts("About 1.2 million homes were without power.", "Roughly 800,000 customers had lost electricity.")).toEqual([]);
    expect(conflicts("About 1.2 million homes were without power.", "Some 800,000 homes were left without power.")).toHaveLength(1);
  });
});

describe("deals: share prices and increments never conflict", () => {
  it("share prices on different days vary without a conflict", () => {
    const f = findingsOf("Brenmoor shares jumped 27% to €46.40 in early trading.", "Brenmoor shares were at 46.90 euros on Thursday.");
    expect(f.filter((x) => x.status === "conflict")).toEqual([]);
    expect(f.map((x) => x.subject)).toContain("share price (EUR)");
  });

  it("a further 21% does not contradict a 19.9% stake", () => {
    expect(conflicts("Halvard holds a 19.9% stake in Brenmoor.", "Holders of a further 21% of the shares back the bid.")).toEqual([]);
  });

  it("offer prices per share do conflict", () => {
    expect(conflicts("Halvard will pay €48 a share.", "Halvard will pay €46 per share.")).toHaveLength(1);
  });
});

describe("sports: set scores, stats of different players", () => {
  it("the same sets written three ways agree", () => {
    const f = findingsOf(
      "Okafor beat Lindqvist 6-4, 3-6, 7-5.",
      "He won the final 6-4 3-6 7-5.",
      "Lindqvist lost 4-6, 6-3, 5-7 to Okafor.",
    );
    expect(f.map((x) => [x.subject, x.status])).toEqual([["final score by sets", "agreement"]]);
  });

  it("different sets conflict, even with the same tally of sets", () => {
    expect(conflicts("Okafor beat Lindqvist 6-4, 3-6, 7-5.", "Okafor beat Lindqvist 6-4, 3-6, 7-6 (7-3).")).toHaveLength(1);
  });

  it("single set scores and game scores never conflict with the result", () => {
    expect(
      conflicts("Okafor beat Lindqvist 6-4, 3-6, 7-5.", "Okafor won the first set 6-4 and broke at 5-5 in the third set."),
    ).toEqual([]);
  });

  it("aces of two players never conflict", () => {
    expect(conflicts("Okafor fired 14 aces.", "Lindqvist hit nine aces.")).toEqual([]);
  });
});
