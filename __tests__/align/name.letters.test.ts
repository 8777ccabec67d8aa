import { describe, expect, it } from "@jest/globals";
import { compareNamePart, compareNames, resolveEntities, spellOutLetters } from "../../src/align/entity.js";
import { compareNameClaims } from "../../src/align/name.js";
import { extractNameClaims } from "../../src/extract/name.js";
import { splitName } from "../../src/extract/people.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
function claimsOf(texts: Record<string, string>): Claim<"name">[] {
  return Object.entries(texts).flatMap(([id, text]) => extractNameClaims(sourceFrom(id, text), ctx));
}
function findingsAbout(texts: Record<string, string>, family: string) {
  return compareNameClaims(claimsOf(texts)).filter((f) => f.key.includes(family));
}
function sourcesOf(f: { values: { sources: { source: string }[] }[] }): Set<string> {
  return new Set(f.values.flatMap((v) => v.sources.map((s) => s.source)));
}

describe("marked letters spelled out (ø→oe, ü→ue, ß→ss)", () => {
  it("spells out the listed letters before folding", () => {
    expect(spellOutLetters("Bjørnstad")).toBe("bjoernstad");
    expect(spellOutLetters("Grünwald")).toBe("gruenwald");
    expect(spellOutLetters("Straßer")).toBe("strasser");
    expect(spellOutLetters("Ålund")).toBe("aalund");
    expect(spellOutLetters("Lærke")).toBe("laerke");
  });

  it("treats a name with the letter and the name spelled out as variants, not misspellings", () => {
    expect(compareNamePart("Bjørnstad", "Bjoernstad")).toBe("variant");
    expect(compareNamePart("Grünwald", "Gruenwald")).toBe("variant");
    expect(compareNamePart("Häberle", "Haeberle")).toBe("variant");
    expect(compareNamePart("Köhnen", "Koehnen")).toBe("variant");
    expect(compareNames(splitName("Tilda Grünwald"), splitName("Tilda Gruenwald"))).toBe("variant");
    expect(compareNames(splitName("Jonas Müller"), splitName("Jonas Mueller"))).toBe("variant");
  });

  it("still treats a dropped or changed letter without a marked letter as a misspelling", () => {
    expect(compareNamePart("Bjørnstad", "Bjornstadt")).not.toBe("variant");
    expect(compareNamePart("Gruenwald", "Grunwalt")).not.toBe("variant");
    // An "oe" that no marked letter explains is no spelled-out letter.
    expect(compareNamePart("Boerman", "Berman")).not.toBe("variant");
  });

  it("links Møller and Moeller, Kühn and Kuehn as one person each (letter pairs too unlike for a typo)", () => {
    const entities = resolveEntities(
      [
        { given: ["Mats"], family: "Møller", source: "a" },
        { given: ["Mats"], family: "Moeller", source: "b" },
        { given: ["Jonas"], family: "Kühn", source: "a" },
        { given: ["Jonas"], family: "Kuehn", source: "b" },
      ],
      (n) => n,
    );
    expect(entities.map((e) => e.items.length)).toEqual([2, 2]);
  });

  it("reports the letter-spelled-out minority as a variant, never a conflict, alongside a diacritic-free spelling", () => {
    const found = findingsAbout(
      {
        "a.txt": "Goalkeeper Ingrid Bjørnstad saved two penalties.",
        "b.txt": "Goalkeeper Ingrid Bjørnstad was named player of the match.",
        "c.txt": "Goalkeeper Ingrid Bjornstad saved twice in the shoot-out.",
        "d.txt": "Goalkeeper Ingrid Bjoernstad kept her side in the game.",
      },
      "bjo",
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.status).toBe("variant");
    expect(sourcesOf(found[0]!)).toEqual(new Set(["a.txt", "b.txt", "c.txt", "d.txt"]));
  });

  it("gives one variant finding for Møller / Moeller, however many sources write each", () => {
    const found = findingsAbout(
      {
        "a.txt": "Mayor Mats Møller opened the bridge on Friday.",
        "b.txt": "Mayor Mats Møller said the bridge cost less than planned.",
        "c.txt": "Mayor Mats Moeller cut the ribbon.",
      },
      "m",
    );
    expect(found.map((f) => f.status)).toEqual(["variant"]);
    expect(sourcesOf(found[0]!)).toEqual(new Set(["a.txt", "b.txt", "c.txt"]));
  });

  it("keeps a real misspelling of a name with a marked letter a conflict", () => {
    const found = findingsAbout(
      {
        "a.txt": "Goalkeeper Ingrid Bjørnstad saved two penalties.",
        "b.txt": "Goalkeeper Ingrid Bjørnstad was named player of the match.",
        "c.txt": "Goalkeeper Ingrid Bjornstad saved twice in the shoot-out.",
        "d.txt": "Goalkeeper Ingrid Bjørnsstad kept her side in the game.",
      },
      "bjo",
    );
    expect(found.map((f) => f.status)).toEqual(["conflict"]);
  });

  it("does not link different given names through a spelled-out family name", () => {
    const found = findingsAbout(
      {
        "a.txt": "Mayor Tilda Grünwald opened the bridge on Friday.",
        "b.txt": "Engineer Petra Gruenwald said the bridge cost less than planned.",
      },
      "gr",
    );
    expect(found).toEqual([]);
  });
});
