import { describe, expect, it } from "@jest/globals";
import { compareRoleClaims } from "../../src/align/role.js";
import { extractRoleClaims } from "../../src/extract/role.js";
import { isProvisionalTitle } from "../../src/extract/people.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
function claimsOf(texts: Record<string, string>): Claim<"role">[] {
  return Object.entries(texts).flatMap(([id, text]) => extractRoleClaims(sourceFrom(id, text), ctx));
}

describe("acting and interim offices", () => {
  it("reads acting, interim and caretaker titles as provisional, plain ones not", () => {
    expect(isProvisionalTitle("acting Prime Minister")).toBe(true);
    expect(isProvisionalTitle("the interim president")).toBe(true);
    expect(isProvisionalTitle("caretaker prime minister")).toBe(true);
    expect(isProvisionalTitle("Prime Minister")).toBe(false);
    expect(isProvisionalTitle("finance minister")).toBe(false);
  });

  it("never sets an acting office against the person's own post", () => {
    const findings = compareRoleClaims(
      claimsOf({
        "a.txt": "Finance Minister Lucía de la Cruz was named acting prime minister.",
        "b.txt": "Acting Prime Minister Lucía de la Cruz will run the government.",
        "c.txt": "Lucia de la Cruz, the finance minister, takes over.",
      }),
    );
    expect(findings.filter((f) => f.status === "conflict")).toEqual([]);
    expect(findings.map((f) => f.values.map((v) => v.value).join())).toContain("finance minister");
  });

  it("still sets two plain offices one person cannot hold against each other", () => {
    const findings = compareRoleClaims(
      claimsOf({
        "a.txt": "Finance Minister Lucía de la Cruz spoke.",
        "b.txt": "Prime Minister Lucía de la Cruz spoke.",
      }),
    );
    expect(findings.map((f) => f.status)).toEqual(["conflict"]);
  });
});
