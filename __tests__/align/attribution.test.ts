import { compareAttributionClaims, displayName, namesMatch } from "../../src/align/attribution.js";
import { extractAttributionClaims } from "../../src/extract/attribution.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
function claimsOf(texts: string[]): Claim<"attribution">[] {
  return texts.flatMap((text, i) => extractAttributionClaims(sourceFrom(`00${i}.txt`, text), ctx));
}

describe("compareAttributionClaims", () => {
  it("reports different people credited with one minute's act as a conflict", () => {
    const findings = compareAttributionClaims(
      claimsOf([
        "Luka Brandt restored Kaltenbrunn's lead in the 58th minute with a header.",
        "Luka Brandt put Kaltenbrunn back in front on 58 minutes.",
        "58 minutes: Captain Mats Oberle puts Kaltenbrunn back in front.",
      ]),
    );
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f!.status).toBe("conflict");
    expect(f!.kind).toBe("attribution");
    expect(f!.key).toBe("attribution|minute 58");
    expect(f!.values.map((v) => [v.display, v.sources.map((s) => s.source)])).toEqual([
      ["Luka Brandt", ["000.txt", "001.txt"]],
      ["Mats Oberle", ["002.txt"]],
    ]);
  });

  it("agrees when sources credit the same person, by full name or surname", () => {
    const findings = compareAttributionClaims(
      claimsOf([
        "Emre Kaya scored in the 88th minute.",
        "Emre Kaya came on late. Kaya scored the winner on 88 minutes.",
      ]),
    );
    expect(findings.map((f) => [f.status, f.values.length])).toEqual([["agreement", 1]]);
  });

  it("keeps different minutes apart", () => {
    const findings = compareAttributionClaims(
      claimsOf(["Jonas Müller scored in the 17th minute.", "Tomasz Wieczorek scored in the 34th minute."]),
    );
    expect(findings).toEqual([]);
  });

  it("ignores a source that credits two people with one minute", () => {
    const findings = compareAttributionClaims(
      claimsOf([
        "Luka Brandt scored in the 58th minute.",
        "Mats Oberle scored in the 58th minute. Later it emerged that Luka Brandt had scored in the 58th minute.",
      ]),
    );
    expect(findings.filter((f) => f.status === "conflict")).toEqual([]);
  });
});

describe("namesMatch", () => {
  it("matches a surname with the full name, and a one-word name with any part", () => {
    expect(namesMatch("Sandvoss", "Henrik Sandvoss")).toBe(true);
    expect(namesMatch("Xi", "Xi Jinping")).toBe(true);
    expect(namesMatch("Jonas Müller", "Jonas Muller")).toBe(true);
    expect(namesMatch("Mats Oberle", "Henrik Sandvoss")).toBe(false);
    expect(namesMatch("Mats Oberle", "Mats Hummel")).toBe(false);
  });
});

describe("namesMatch across spellings of one person", () => {
  it("takes a misspelling or another romanisation for the same person, but not a close other name", () => {
    expect(namesMatch("Corinna Westfall", "Corinna Westfal")).toBe(true);
    expect(namesMatch("Yuri Dzhabarov", "Yury Jabarov")).toBe(true);
    expect(namesMatch("Maria Lopes", "Mario Lopez")).toBe(false);
  });
});

describe("displayName", () => {
  it("shows the family-name spelling most sources use, in its fullest form", () => {
    expect(
      displayName([
        { name: "Ottilie Marchett", source: "a" },
        { name: "Ottilie Marchetto", source: "b" },
        { name: "Marchetto", source: "c" },
        { name: "Ottilie Marchetto", source: "c" },
      ]),
    ).toBe("Ottilie Marchetto");
  });

  it("breaks a tie towards the longer spelling and keeps other words of the name as the fullest form", () => {
    expect(displayName([{ name: "Ottilie Marchett", source: "a" }, { name: "Ottilie Marchetto", source: "b" }])).toBe("Ottilie Marchetto");
    expect(displayName([{ name: "Xi", source: "a" }, { name: "Xi", source: "b" }, { name: "Xi Jinping", source: "c" }])).toBe("Xi Jinping");
  });
});
