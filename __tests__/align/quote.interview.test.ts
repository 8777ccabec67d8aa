import { describe, expect, it } from "@jest/globals";
import { compareQuoteClaims } from "../../src/align/quote.js";
import { extractQuoteClaims } from "../../src/extract/quote.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
function claimsOf(texts: Record<string, string>): Claim<"quote">[] {
  return Object.entries(texts).flatMap(([id, text]) => extractQuoteClaims(sourceFrom(id, text), ctx));
}
const interview =
  "An interview with coach Rafael Okafor after the final.\n" +
  "Q: How did you feel at half-time?\n" +
  "A: We were never going to give up on this game. The lads showed real character tonight.";
const conflicts = (texts: Record<string, string>) => compareQuoteClaims(claimsOf(texts)).filter((f) => f.status === "conflict");

describe("interview answers compared with other sources' quotes", () => {
  it("reports a reworded answer in another source's direct quote as a quote conflict", () => {
    const found = conflicts({
      "a-interview.txt": interview,
      "b-wire.txt": "Coach Rafael Okafor was proud. “We were never going to give up on this match,” Okafor said.",
    });
    expect(found.map((f) => f.kind)).toEqual(["quote"]);
    expect(found[0]!.diff).toContain("game");
    expect(found[0]!.diff).toContain("match");
  });

  it("reports the same words credited to someone else as an attribution conflict", () => {
    const found = conflicts({
      "a-interview.txt": interview,
      "b-wire.txt": "Coach Rafael Okafor was proud, and so was captain Daniel Hale. “We were never going to give up on this game,” Hale said.",
    });
    expect(found.map((f) => f.kind)).toEqual(["attribution"]);
    expect(found[0]!.values.map((v) => v.display).sort()).toEqual(["Daniel Hale", "Rafael Okafor"]);
  });

  it("agrees with a source quoting the answer word for word", () => {
    const findings = compareQuoteClaims(
      claimsOf({
        "a-interview.txt": interview,
        "b-wire.txt": "“We were never going to give up on this game,” said coach Rafael Okafor.",
      }),
    );
    expect(findings.filter((f) => f.status === "conflict")).toEqual([]);
    expect(findings.some((f) => f.kind === "quote" && f.status === "agreement")).toBe(true);
  });

  it("compares nothing from an interview that does not say who answers", () => {
    const found = conflicts({
      "a-interview.txt": "Q: How did you feel at half-time?\nA: We were never going to give up on this match.",
      "b-wire.txt": "“We were never going to give up on this game,” coach Rafael Okafor said.",
    });
    expect(found).toEqual([]);
  });
});

describe("role and age speakers across sources", () => {
  it("credits 'the defender said' to the defender when comparing with another source", () => {
    const found = conflicts({
      "a.txt": "Defender Rafael Okafor scored twice.\n“We were never going to give up on this game,” the defender said.",
      "b.txt": "“We were never going to give up on this game,” said midfielder Jonas Berg.",
    });
    expect(found.map((f) => f.kind)).toEqual(["attribution"]);
  });

  it("raises nothing when the description fits two people", () => {
    const found = conflicts({
      "a.txt": "Defender Rafael Okafor scored. Defender Tom Hale was booked.\n“We were never going to give up on this game,” the defender said.",
      "b.txt": "“We were never going to give up on this game,” said midfielder Jonas Berg.",
    });
    expect(found).toEqual([]);
  });
});
