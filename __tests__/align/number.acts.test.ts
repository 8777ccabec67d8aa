import { compareNumberClaims } from "../../src/align/number.js";
import { extractNumberClaims } from "../../src/extract/number.js";
import type { Finding } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

// Round 5: counts keyed on what happened to those counted; bare counts never conflict.

function findingsOf(...texts: string[]): Finding[] {
  const claims = texts.flatMap((t, i) => extractNumberClaims(sourceFrom(`s${i}.txt`, t, "2024-05-02"), { corpusAnchor: null }));
  return compareNumberClaims(claims);
}

function conflicts(...texts: string[]): Finding[] {
  return findingsOf(...texts).filter((f) => f.status === "conflict");
}

describe("recalls keyed on the act", () => {
  it("finds a recall conflict across units, product names, 'of the' and table rows", () => {
    const found = conflicts(
      "Dunmore recalled 58,000 Breeze 2 dryers worldwide in March.",
      "| Dryers recalled worldwide | 58,000 |",
      "Dunmore recalled 58,000 units in March, 9,000 of them in Norway.",
      "Dunmore recalled 85,000 of the dryers worldwide in March.",
      "Dunmore recalled more than 50,000 Breeze 2 dryers in March.",
    );
    expect(found.map((f) => f.key)).toEqual(["number|recalled|item"]);
    expect(found[0]!.values.map((v) => [v.value, v.sources.length])).toEqual([
      ["58000", 3],
      ["85000", 1],
    ]);
  });

  it("never makes a conflict from the model number in a product name", () => {
    expect(conflicts("Dunmore recalled 58,000 Breeze 2 dryers.", "Dunmore recalled 58,000 Breeze 3 dryers.")).toEqual([]);
  });
});

describe("counts of one noun with different acts", () => {
  const sources = [
    "A shaft flooded while 30 divers from the morning shift were working. Crews brought 19 divers out alive. The bodies of 7 divers have been recovered. Four are still missing.",
    "A shift of 30 divers was below. Nineteen divers have been rescued and at least 7 were killed. Four divers are trapped.",
    "Search goes on for four divers after the flood killed at least 9 divers.",
  ];

  it("keeps present, rescued, dead and missing apart: only the death toll conflicts", () => {
    const found = conflicts(...sources);
    expect(found.map((f) => f.key)).toEqual(["number|deaths|diver"]);
  });

  it("lets bare counts of a noun differ without a conflict", () => {
    const found = findingsOf("Rescuers reached 30 divers.", "Rescuers reached four divers.");
    expect(found.map((f) => [f.key, f.status])).toEqual([["number|count|diver", "variant"]]);
  });

  it("never makes a conflict from head counts of those present", () => {
    const found = findingsOf(
      "The flood came when 30 divers were working in the shaft.",
      "In the section of the shaft where four divers were working, the roof fell.",
    );
    expect(found.every((f) => f.status !== "conflict")).toBe(true);
  });
});

describe("a cost that leaves the fine out", () => {
  it("does not set a cost against the fine", () => {
    const found = conflicts(
      "The recall has cost Dunmore about €30 million, not counting the fine.",
      "The regulator fined Dunmore €6 million.",
    );
    expect(found).toEqual([]);
  });

  it("still finds a conflict between two stated costs", () => {
    const found = conflicts(
      "The recall has cost Dunmore about €30 million, not counting the fine.",
      "The recall has cost Dunmore €45 million so far, excluding the fine.",
    );
    expect(found.map((f) => f.key)).toEqual(["number|cost|EUR"]);
  });
});
