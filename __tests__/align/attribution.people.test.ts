import { describe, expect, it } from "@jest/globals";
import { namesMatch } from "../../src/align/attribution.js";
import { compareQuoteClaims } from "../../src/align/quote.js";
import { givenNamesClash } from "../../src/align/entity.js";
import { extractQuoteClaims } from "../../src/extract/quote.js";
import { splitName } from "../../src/extract/people.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };

describe("people who share a family name", () => {
  it("keeps brothers and sisters apart, but not spellings, initials or short forms of one name", () => {
    expect(namesMatch("Rafael Okafor", "Daniel Okafor")).toBe(false);
    expect(namesMatch("Serena Williams", "Venus Williams")).toBe(false);
    expect(namesMatch("Aleksandr Volkov", "Alexander Volkov")).toBe(true);
    expect(namesMatch("Mohammed Salah", "Muhammad Salah")).toBe(true);
    expect(namesMatch("Kassym-Jomart Tokayev", "Kassym Tokayev")).toBe(true);
    expect(namesMatch("V. Putin", "Vladimir Putin")).toBe(true);
    expect(namesMatch("Okafor", "Daniel Okafor")).toBe(true);
    expect(givenNamesClash(splitName("Jon Smith"), splitName("John Smith"))).toBe(false);
  });

  it("reports the same words given to the other brother as an attribution conflict", () => {
    const quote = "He will fit in quickly because he works harder than anyone";
    const claims = [
      ...extractQuoteClaims(sourceFrom("a.txt", `"${quote}," captain Rafael Okafor said.`), ctx),
      ...extractQuoteClaims(sourceFrom("b.txt", `"${quote}," said Rafael Okafor.`), ctx),
      ...extractQuoteClaims(sourceFrom("c.txt", `Defender Daniel Okafor put it simply: "${quote}."`), ctx),
    ];
    const conflicts = compareQuoteClaims(claims).filter((f) => f.status === "conflict");
    expect(conflicts.map((f) => [f.kind, f.values.map((v) => v.display).sort()])).toEqual([
      ["attribution", ["Daniel Okafor", "Rafael Okafor"]],
    ]);
  });

  it("leaves a bare family name two people of the source share without a speaker", () => {
    const source = sourceFrom(
      "d.txt",
      [
        "Captain Rafael Okafor and his brother, defender Daniel Okafor, both played.",
        '"We deserved the win and the fans were wonderful," Okafor said.',
      ].join("\n"),
    );
    expect(extractQuoteClaims(source, ctx).map((c) => c.data.speaker)).toEqual([null]);
  });

  it("still credits a bare family name when only one person of the source has it", () => {
    const source = sourceFrom(
      "e.txt",
      ["Captain Rafael Okafor played.", '"We deserved the win and the fans were wonderful," Okafor said.'].join("\n"),
    );
    expect(extractQuoteClaims(source, ctx).map((c) => c.data.speaker)).toEqual(["Rafael Okafor"]);
  });
});
