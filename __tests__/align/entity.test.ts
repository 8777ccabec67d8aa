import { describe, expect, it } from "@jest/globals";
import {
  compareNamePart,
  compareNames,
  editDistance,
  isTypingTransposition,
  phoneticKey,
  resolveEntities,
  translitFold,
} from "../../src/align/entity.js";
import { splitName } from "../../src/extract/people.js";

const person = (written: string) => splitName(written);

describe("spelling relations", () => {
  it.each([
    ["António", "Antonio", "same"],
    ["Müller", "Muller", "same"],
    ["Chatzidakis", "Hatzidakis", "variant"],
    ["Zhaparov", "Japarov", "variant"],
    ["Rakhmon", "Rahmon", "variant"],
    ["Weidenfeller", "Weidenfeler", "typo"],
    ["Guterres", "Guteres", "typo"],
    ["Tokayev", "Tokarev", "different"],
    ["Guterres", "Gutierrez", "different"],
    ["Berg", "Borg", "different"],
    ["Hansen", "Jensen", "different"],
  ] as const)("%s / %s → %s", (a, b, relation) => {
    expect(compareNamePart(a, b)).toBe(relation);
  });

  it("folds romanisations to one form and keys sounds", () => {
    expect(translitFold("Chatzidakis")).toBe(translitFold("Hatzidakis"));
    expect(translitFold("Weidenfeller")).not.toBe(translitFold("Weidenfeler"));
    expect(phoneticKey("Weidenfeller")).toBe(phoneticKey("Weidenfeler"));
    expect(phoneticKey("Tokayev")).not.toBe(phoneticKey("Tokarev"));
    expect(editDistance("guterres", "gutreres")).toBe(1);
  });

  it("reads hyphenated syllables as one word, and keeps hyphenated given names apart from other names", () => {
    expect(compareNamePart("Wei-ming", "Weiming")).toBe("variant");
    expect(compareNames(person("Chen Wei-ming"), person("Chen Weiming"))).toBe("variant");
    expect(compareNames(person("Chen Wei-ming"), person("Chen Weiping"))).toBe("different");
    expect(compareNamePart("Yevgeny", "Evgeny")).toBe("variant");
  });
});

describe("compareNames", () => {
  it("requires the given names to agree", () => {
    expect(compareNames(person("Tobias Weidenfeller"), person("Tobias Weidenfeler"))).toBe("typo");
    expect(compareNames(person("Tobias Weidenfeller"), person("Markus Weidenfeller"))).toBe("different");
    expect(compareNames(person("António Guterres"), person("Antonio Guterres"))).toBe("same");
    expect(compareNames(person("Kassym-Jomart Tokayev"), person("Kassym-Jomart Tokarev"))).toBe("different");
    expect(compareNames(person("J. Smith"), person("John Smith"))).toBe("same");
  });
});

describe("resolveEntities", () => {
  const named = (source: string, written: string) => ({ source, ...splitName(written) });

  it("merges spelling variants across sources and keys by the majority spelling", () => {
    const items = [
      named("a", "Tobias Weidenfeler"),
      named("b", "Tobias Weidenfeller"),
      named("c", "Tobias Weidenfeller"),
      named("a", "Stavros Chatzidakis"),
      named("d", "Stavros Hatzidakis"),
      named("b", "Stavros Chatzidakis"),
    ];
    const entities = resolveEntities(items, (x) => x);
    expect(entities.map((e) => [e.key, e.items.length])).toEqual([
      ["tobias weidenfeller", 3],
      ["stavros chatzidakis", 3],
    ]);
    expect(entities[1]!.translitKey).toBe(translitFold("Stavros Hatzidakis"));
  });

  it("keeps different people with close names apart", () => {
    const items = [
      named("a", "Kassym-Jomart Tokayev"),
      named("b", "Nikolai Tokarev"),
      named("a", "Antonio Guterres"),
      named("b", "Carlos Gutierrez"),
      named("c", "Maria Guterres"),
    ];
    expect(resolveEntities(items, (x) => x)).toHaveLength(5);
  });

  it("attaches a surname-only item to the one person with that surname, and never to two", () => {
    const one = resolveEntities([named("a", "Vladimir Putin"), named("b", "Putin")], (x) => x);
    expect(one).toHaveLength(1);
    const two = resolveEntities([named("a", "Anna Berg"), named("b", "Lars Berg"), named("c", "Berg")], (x) => x);
    expect(two.map((e) => e.items.length)).toEqual([1, 1]);
  });

  it("stays near-linear: a thousand distinct people resolve quickly", () => {
    const items = Array.from({ length: 1000 }, (_, i) =>
      named(`s${i % 5}`, `${String.fromCharCode(65 + (i % 26))}name${i} Family${i}`),
    );
    const t0 = process.hrtime.bigint();
    const entities = resolveEntities(items, (x) => x);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    expect(entities).toHaveLength(1000);
    expect(ms).toBeLessThan(5000);
  });
});

describe("adjacent-letter transpositions", () => {
  it.each([
    ["Kowalczyk", "Kowlaczyk"],
    ["Hoffmann", "Hofmfann"],
    ["Lindqvist", "Lindqivst"],
    ["Szabados", "Szbaados"],
  ] as const)("%s / %s is a typo", (a, b) => {
    expect(compareNamePart(a, b)).toBe("typo");
    expect(isTypingTransposition(a.toLowerCase(), b.toLowerCase())).toBe(true);
  });

  it.each([
    // Real, distinct names: r-metathesis, swapped endings, the first letter, short names.
    ["Garcia", "Gracia"],
    ["Byrne", "Bryne"],
    ["Sardi", "Sadri"],
    ["Fabre", "Faber"],
    ["Marin", "Marni"],
    ["Olsen", "Losen"],
    ["Dahl", "Dhal"],
    // Two swaps are not one slip.
    ["Kowalczyk", "Kowlaczky"],
  ] as const)("%s / %s stays different", (a, b) => {
    expect(compareNamePart(a, b)).toBe("different");
  });

  it("merges a transposed surname only when the given names agree", () => {
    expect(compareNames(person("Teodor Kowalczyk"), person("Teodor Kowlaczyk"))).toBe("typo");
    expect(compareNames(person("Teodor Kowalczyk"), person("Marek Kowlaczyk"))).toBe("different");
    expect(compareNames(person("Carmen Garcia"), person("Carmen Gracia"))).toBe("different");
  });
});
