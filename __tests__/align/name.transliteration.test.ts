import { describe, expect, it } from "@jest/globals";
import { namesMatch } from "../../src/align/attribution.js";
import { compareGivenName, compareNames, givenNameFold } from "../../src/align/entity.js";
import { compareNameClaims } from "../../src/align/name.js";
import { splitName } from "../../src/extract/people.js";
import { extractNameClaims } from "../../src/extract/name.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
function claimsOf(texts: Record<string, string>): Claim<"name">[] {
  return Object.entries(texts).flatMap(([id, text]) => extractNameClaims(sourceFrom(id, text), ctx));
}

describe("given names in several romanisations", () => {
  it("treats listed romanisations of one given name as variants", () => {
    expect(compareGivenName("Aleksandr", "Alexander")).toBe("variant");
    expect(compareGivenName("Oleksandr", "Alexander")).toBe("variant");
    expect(compareGivenName("Mohammed", "Muhammad")).toBe("variant");
    expect(compareGivenName("Yevgeny", "Evgeny")).toBe("variant");
    expect(givenNameFold("Sergei")).toBe(givenNameFold("Sergey"));
    expect(compareNames(splitName("Aleksandr Volkov"), splitName("Alexander Volkov"))).toBe("variant");
  });

  it("keeps truly different given names apart", () => {
    expect(compareGivenName("Rafael", "Daniel")).toBe("different");
    expect(compareGivenName("Alexander", "Alexei")).toBe("different");
    expect(compareNames(splitName("Rafael Okafor"), splitName("Daniel Okafor"))).toBe("different");
    expect(namesMatch("Rafael Okafor", "Daniel Okafor")).toBe(false);
  });

  it("reports one person written Aleksandr and Alexander as a variant finding, not two people or a conflict", () => {
    const findings = compareNameClaims(
      claimsOf({
        "a.txt": "Energy minister Aleksandr Volkov opened the plant on Monday.",
        "b.txt": "The plant was opened by energy minister Alexander Volkov.",
        "c.txt": "Minister Oleksandr Volkov said the plant would run by spring.",
      }),
    );
    const volkov = findings.filter((f) => f.key.includes("volkov"));
    expect(volkov).toHaveLength(1);
    expect(volkov[0]!.status).toBe("variant");
    expect(new Set(volkov[0]!.values.flatMap((v) => v.sources.map((s) => s.source)))).toEqual(new Set(["a.txt", "b.txt", "c.txt"]));
  });

  it("gives brothers with different given names no name finding together", () => {
    const findings = compareNameClaims(
      claimsOf({
        "a.txt": "Defender Rafael Okafor scored the opener.",
        "b.txt": "Striker Daniel Okafor scored the opener.",
      }),
    );
    expect(findings.filter((f) => f.status !== "agreement")).toEqual([]);
    expect(findings.some((f) => f.values.length > 1)).toBe(false);
  });
});
