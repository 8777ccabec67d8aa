import { describe, expect, it } from "@jest/globals";
import { compareNamePart, compareNames } from "../../src/align/entity.js";
import { namesMatch } from "../../src/align/attribution.js";
import { compareNameClaims } from "../../src/align/name.js";
import { extractNameClaims } from "../../src/extract/name.js";
import { splitName } from "../../src/extract/people.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
const nameClaims = (texts: Record<string, string>): Claim<"name">[] =>
  Object.entries(texts).flatMap(([id, text]) => extractNameClaims(sourceFrom(id, text), ctx));

describe("a dropped letter in a long family name with the same given name", () => {
  it("is a typo when the given names are equal", () => {
    expect(compareNames(splitName("Marisol Dalisaeg"), splitName("Marisol Dalisag"))).toBe("typo");
    expect(namesMatch("Marisol Dalisaeg", "Marisol Dalisag")).toBe(true);
  });

  it("is not a typo on the family name alone, with another given name, or in a short name", () => {
    expect(compareNamePart("Dalisaeg", "Dalisag")).toBe("different");
    expect(compareNames(splitName("Marisol Dalisaeg"), splitName("Teodora Dalisag"))).toBe("different");
    expect(compareNames(splitName("Jonas Hanns"), splitName("Jonas Hans"))).toBe("different");
    // A letter dropped at the start changes the anchor of the name.
    expect(compareNames(splitName("Marisol Edalisag"), splitName("Marisol Dalisag"))).toBe("different");
  });

  it("yields a name conflict for the minority spelling", () => {
    const findings = compareNameClaims(
      nameClaims({
        "000.txt": "Mayor Marisol Dalisaeg opened the shelter on Friday.",
        "001.txt": "Mayor Marisol Dalisaeg said the roads were closed.",
        "002.txt": "Mayor Marisol Dalisaeg visited the site.",
        "003.txt": "Mayor Marisol Dalisag thanked the volunteers.",
      }),
    );
    const conflict = findings.find((f) => f.status === "conflict");
    expect(conflict?.values.map((v) => [v.value, v.sources.length])).toEqual([
      ["Marisol Dalisaeg", 3],
      ["Marisol Dalisag", 1],
    ]);
  });
});
