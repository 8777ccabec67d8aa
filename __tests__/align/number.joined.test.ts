import { compareNumberClaims, figureTail } from "../../src/align/number.js";
import { extractNumberClaims } from "../../src/extract/number.js";
import type { Claim, Finding } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

function claimsOf(text: string, id = "s.txt"): Claim<"number">[] {
  return extractNumberClaims(sourceFrom(id, text), { corpusAnchor: null });
}

function findingsOf(...texts: string[]): Finding[] {
  return compareNumberClaims(texts.flatMap((t, i) => claimsOf(t, `s${i}.txt`)));
}

describe("commitments and pledges are funding", () => {
  it.each([
    ["committing", "The two groups will form a company, committing £1.6 billion ($2 billion) over four years."],
    ["have committed", "The partners have committed £1.6bn over four years."],
    ["pledge", "Donors pledge £1.6 billion to the clinic network."],
  ])("%s", (_label, text) => {
    const pounds = claimsOf(text).filter((c) => c.data.unit === "GBP");
    expect(pounds.map((c) => c.data.measure)).toEqual(["funding"]);
  });
});

describe("a lone unmeasured amount that shares the phrase after the figure", () => {
  it("the phrase after the figure skips a bracketed conversion and needs content words", () => {
    const [committing] = claimsOf("They are committing £1.6 billion ($2 billion) over four years to it.").filter((c) => c.data.unit === "GBP");
    expect(committing && figureTail(committing)).toBe("over four years");
    const [venture] = claimsOf("They plan to invest £1.6 billion in the venture.");
    expect(venture && figureTail(venture)).toBeNull();
  });

  it("joins the funding figure and disagrees with it", () => {
    const f = findingsOf(
      "The partners have committed £1.6bn over four years.",
      "The figure everyone repeated was £6.1 billion over four years.",
      "The two firms plan to invest £1.6 billion over four years.",
    );
    const conflicts = f.filter((x) => x.status === "conflict");
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.subject).toBe("funding (GBP)");
    expect(conflicts[0]?.values.map((v) => [...new Set(v.sources.map((s) => s.source))].sort())).toEqual([["s0.txt", "s2.txt"], ["s1.txt"]]);
    expect(conflicts[0]?.explanation).toContain("over four years");
  });

  it("stays apart without the shared phrase", () => {
    const f = findingsOf("The partners have committed £1.6bn over four years.", "The figure everyone repeated was £6.1 billion.", "The firms plan to invest £1.6 billion over four years.");
    expect(f.filter((x) => x.status === "conflict")).toEqual([]);
  });

  it("stays apart when its source gives a measured figure of its own", () => {
    const f = findingsOf(
      "The partners have committed £1.6bn over four years.",
      "They will invest £1.6 billion. Analysts spoke of £6.1 billion over four years.",
    );
    expect(f.filter((x) => x.status === "conflict")).toEqual([]);
  });

  it("stays apart when the amounts are of a different order", () => {
    const f = findingsOf("The partners have committed £1.6bn over four years.", "Staff costs will be £40 million over four years.");
    expect(f.filter((x) => x.status === "conflict")).toEqual([]);
  });

  it("stays apart when its source gives two such amounts", () => {
    const f = findingsOf(
      "The partners have committed £1.6bn over four years.",
      "Estimates ranged from £3.5 billion over four years to £6.1 billion over four years.",
    );
    expect(f.filter((x) => x.status === "conflict")).toEqual([]);
  });

  it("stays apart when two measured figures of that size could be its home", () => {
    const f = findingsOf(
      "The partners have committed £1.6bn over four years. The deal is valued at £5 billion over four years.",
      "The figure everyone repeated was £6.1 billion over four years.",
    );
    expect(f.filter((x) => x.status === "conflict")).toEqual([]);
  });

  it("an equal unmeasured amount still only agrees", () => {
    const f = findingsOf("The partners have committed £1.6bn over four years.", "The figure everyone repeated was £1.6 billion over four years.");
    expect(f.filter((x) => x.status === "conflict")).toEqual([]);
    expect(f.find((x) => x.subject === "funding (GBP)")?.status).toBe("agreement");
  });
});
