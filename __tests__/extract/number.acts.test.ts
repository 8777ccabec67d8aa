import { extractNumberClaims } from "../../src/extract/number.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

// Round 5: numbers inside names, acts that name what a count is, ratios, abstract counts,
// "not counting" phrases and table/label rows.

function claimsOf(text: string): Claim<"number">[] {
  return extractNumberClaims(sourceFrom("a.txt", text), { corpusAnchor: null });
}

function keyed(text: string): [string, string][] {
  return claimsOf(text).map((c) => [c.key, c.value]);
}

describe("numbers that are part of a name", () => {
  it.each([
    ["a model name", "Brellik recalled 96,000 Nova 7 kettles in May.", "96000"],
    ["an approximate figure before a model name", "Brellik recalled more than 90,000 Nova 7 kettles.", "90000"],
    ["a name with a hyphenated model number", "The firm withdrew 3,400 Zephyr X-20 scooters from sale.", "3400"],
  ])("takes the figure before the name, never the name's number (%s)", (_label, text, value) => {
    const found = keyed(text);
    expect(found).toEqual([["number|recalled|item", value]]);
  });

  it.each([
    ["a spacecraft", "The Orion 4 crew landed safely."],
    ["an operating system", "Patches for Vantage 11 users arrive next week."],
    ["a storm category", "It was upgraded to Category 3 overnight."],
    ["a race stage", "He won Stage 14 by a wheel."],
    ["a fighter jet", "The air force bought F-35 jets."],
  ])("reads no count from a number inside a name (%s)", (_label, text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it("still counts after sentence-opening words that are not names", () => {
    expect(keyed("Exactly 14 miners were rescued.")).toEqual([["number|rescued|miner", "14"]]);
    expect(keyed("Another 12 people were injured.")[0]?.[0]).toBe("number|further injured|people");
    expect(keyed("Only 3 heaters were recalled.")).toEqual([["number|recalled|item", "3"]]);
  });

  it("keeps title-case headlines and currency codes as figures", () => {
    expect(keyed("Storm Kills 12 In Coastal Town")).toEqual([["number|deaths|people", "12"]]);
    expect(keyed("The regulator fined the firm EUR 7.5m on Friday.")).toEqual([["number|fine|EUR", "7500000 EUR"]]);
  });

  it("counts a noun after a place or maker name, not the weekday before a time word", () => {
    expect(keyed("Crews evacuated 300 Marrowby residents.")).toEqual([["number|evacuated|people", "300"]]);
    expect(keyed("The storm killed 12 Monday night.")).toEqual([["number|deaths|people", "12"]]);
  });
});

describe("acts that name what a count is", () => {
  it("keys recalls on the act, whatever noun is recalled", () => {
    expect(keyed("Dunmore recalled 58,000 units in March.")).toEqual([["number|recalled|item", "58000"]]);
    expect(keyed("The maker recalled 58,000 of the dryers worldwide.")).toEqual([["number|recalled|item", "58000"]]);
    expect(keyed("In all, 58,000 dryers were recalled.")).toEqual([["number|recalled|item", "58000"]]);
  });

  it("reads no figure from 'N of the NOUN' without an act", () => {
    expect(claimsOf("Dunmore sold 58,000 of the dryers in Europe.")).toEqual([]);
    expect(claimsOf("Two of the injured were children.")).toEqual([]);
  });

  it("gives rescued, recovered bodies, trapped and missing their own measures", () => {
    expect(keyed("Crews brought 19 divers out alive by noon.")).toEqual([["number|rescued|diver", "19"]]);
    expect(keyed("Nineteen men were brought to the surface alive.")).toEqual([["number|rescued|man", "19"]]);
    expect(keyed("The bodies of 6 climbers have been recovered.")).toEqual([["number|deaths|climber", "6"]]);
    expect(keyed("A landslide left five hikers trapped on the ridge.")).toEqual([["number|trapped|hiker", "5"]]);
    expect(keyed("Two are still missing.")).toEqual([["number|missing|people", "2"]]);
  });

  it("keys those present at the time apart from other counts of the noun", () => {
    expect(keyed("The blast hit when 40 workers from the day shift were working below.")).toEqual([
      ["number|present|worker", "40"],
    ]);
    expect(keyed("A shift of 40 workers was below ground.")).toEqual([["number|present|worker", "40"]]);
  });

  it("reads 'N of them' with its own verb as that act's total, not as a part", () => {
    expect(keyed("Thirty were rescued. Twelve of them were injured, two seriously.")).toEqual([
      ["number|rescued|people", "30"],
      ["number|injured|people", "12"],
    ]);
    expect(keyed("Thirty were brought out, 12 of them with injuries.")).toContainEqual(["number|injured|people", "12"]);
  });

  it("keeps parts without an act of their own out", () => {
    expect(keyed("Twelve were injured, five of them seriously.")).toEqual([["number|injured|people", "12"]]);
    expect(keyed("Dunmore recalled 58,000 units, 9,000 of them in Norway.")).toEqual([["number|recalled|item", "58000"]]);
  });
});

describe("ratios and abstract counts", () => {
  it.each([
    ["a word ratio", "About six in ten recalled dryers have been returned."],
    ["a digit ratio", "Roughly 3 in 10 households own one."],
    ["out of", "Nine out of ten owners said so."],
    ["jobs", "The new chief now has three jobs at once."],
    ["resignations", "It was a week of two resignations."],
    ["concerns", "Inspectors raised four concerns with the operator."],
  ])("reads no count from %s", (_label, text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it("still reads an abstract noun when an act cue names the figure", () => {
    // Cutting jobs is a figure of its own now (the job-cuts measure), keyed on the act.
    expect(keyed("The plant cut 300 jobs.")).toEqual([["number|job cuts|jobs", "300"]]);
    expect(keyed("There were 300 jobs lost and 12 workers injured.")).toContainEqual(["number|injured|worker", "12"]);
  });
});

describe("what a figure is not", () => {
  it.each([
    ["not counting", "The recall has cost Dunmore about €30 million, not counting the fine."],
    ["excluding", "The closure cost the operator $12 million, excluding the penalty."],
    ["on top of", "The repairs cost €8 million on top of the fine."],
  ])("does not key a cost on the thing it leaves out (%s)", (_label, text) => {
    const found = claimsOf(text);
    expect(found.map((c) => c.data.measure)).toEqual(["cost"]);
  });

  it("still reads a fine named as such", () => {
    expect(claimsOf("The regulator fined Dunmore €6 million.").map((c) => c.data.measure)).toEqual(["fine"]);
  });
});

describe("labels and two-cell table rows", () => {
  it("reads the label as what the figure counts", () => {
    expect(keyed("| Dryers recalled in Europe | 58,000 |")).toEqual([["number|recalled|item", "58000"]]);
    expect(keyed("Dryers recalled in Europe | 58,000")).toEqual([["number|recalled|item", "58000"]]);
    expect(keyed("| People treated for burns | 4 |")).toEqual([["number|injured|people", "4"]]);
    expect(keyed("- **Pulled out alive:** 19, of whom 7 were injured")).toEqual([["number|rescued|people", "19"]]);
  });

  it("reads nothing from labels that name no act or name a part", () => {
    expect(claimsOf("| Incidents reported | 37 |")).toEqual([]);
    expect(claimsOf("| ...of which in Norway | about 9,000 |")).toEqual([]);
    expect(claimsOf("| Figure | Number |")).toEqual([]);
  });

  it("leaves multi-column tables alone", () => {
    expect(claimsOf("| 1 | Arno Veit | 2:05:41 | 12 |")).toEqual([]);
  });
});
