import { describe, expect, it } from "@jest/globals";
import { compareRoleClaims } from "../../src/align/role.js";
import { extractRoleClaims } from "../../src/extract/role.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
function claimsOf(texts: Record<string, string>): Claim<"role">[] {
  return Object.entries(texts).flatMap(([id, text]) => extractRoleClaims(sourceFrom(id, text), ctx));
}

describe("compareRoleClaims", () => {
  it("agrees on synonyms of one office", () => {
    const findings = compareRoleClaims(
      claimsOf({
        "a.txt": "Modi is sending his minister of external affairs, Subrahmanyam Jaishankar, in his place.",
        "b.txt": "Indian Foreign Minister Subrahmanyam Jaishankar attended.",
      }),
    );
    expect(findings.map((f) => [f.status, f.values.map((v) => v.value)])).toEqual([["agreement", ["foreign minister"]]]);
  });

  it("agrees across coach / head coach / manager and fire-service wordings, and across spelling variants", () => {
    const coach = compareRoleClaims(
      claimsOf({
        "a.txt": "Kaltenbrunn coach Henrik Brandauer said they deserved it.",
        "b.txt": "Head coach Henrik Brandauer smiled.",
        "c.txt": "Henrik Brandauer, the manager, was thrown into the air.",
      }),
    );
    expect(coach.map((f) => f.status)).toEqual(["agreement"]);
    const chief = compareRoleClaims(
      claimsOf({
        "a.txt": "Stavros Chatzidakis, who heads the regional fire service, said so.",
        "b.txt": "Fire chief Stavros Hatzidakis, head of the Arkadia fire service, said so.",
      }),
    );
    expect(chief.map((f) => f.status)).toEqual(["agreement"]);
  });

  it("folds 'acting' into the office", () => {
    const findings = compareRoleClaims(
      claimsOf({
        "a.txt": "Acting President Mohammad Rezaei (Iran) attended.",
        "b.txt": "President Mohammad Rezaei of Iran attended.",
      }),
    );
    expect(findings.map((f) => f.status)).toEqual(["agreement"]);
  });

  it("reports different offices of one person as a conflict", () => {
    const findings = compareRoleClaims(
      claimsOf({
        "a.txt": "Kazakhstan's Deputy Foreign Minister Roman Vasilenko said the talks went well.",
        "b.txt": "Foreign Minister Roman Vasilenko said the talks went well.",
        "c.txt": "Deputy Foreign Minister Roman Vasilenko added more.",
      }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.status).toBe("conflict");
    expect(findings[0]!.values.map((v) => [v.value, v.sources.length])).toEqual([
      ["deputy foreign minister", 2],
      ["foreign minister", 1],
    ]);
  });

  it("does not conflict on compatible offices, one-sided offices, or different people", () => {
    const findings = compareRoleClaims(
      claimsOf({
        "a.txt": "Captain Mats Ohlsen lifted the trophy. Referee Lena Vogt whistled.",
        "b.txt": "Mats Ohlsen, the midfielder, lifted the trophy.",
        "c.txt": "Coach Lena Vogel was pleased.",
      }),
    );
    expect(findings.filter((f) => f.status === "conflict")).toEqual([]);
  });
});

describe("compareRoleClaims: offices of unseen domains", () => {
  it("reports chief executive vs chief operating officer of one person as a conflict", () => {
    const findings = compareRoleClaims(
      claimsOf({
        "a.txt": "Brightwell chief executive Dana Okafor apologised to customers.",
        "b.txt": "Dana Okafor, the company's CEO, apologised.",
        "c.txt": "Brightwell chief operating officer Dana Okafor apologised.",
      }),
    );
    expect(findings.map((f) => [f.status, f.values.map((v) => [v.value, v.sources.map((s) => s.source)])])).toEqual([
      [
        "conflict",
        [
          ["chief executive", ["a.txt", "b.txt"]],
          ["chief operating officer", ["c.txt"]],
        ],
      ],
    ]);
  });

  it("reports judge vs prosecutor, and agrees on a portfolio minister written two ways", () => {
    const legal = compareRoleClaims(
      claimsOf({ "a.txt": "Presiding judge Anna Berg read the verdict.", "b.txt": "Prosecutor Anna Berg read the verdict." }),
    );
    expect(legal.map((f) => f.status)).toEqual(["conflict"]);
    const minister = compareRoleClaims(
      claimsOf({ "a.txt": "Education Minister Jane Doe spoke.", "b.txt": "Jane Doe, the minister of education, spoke." }),
    );
    expect(minister.map((f) => [f.status, f.values.map((v) => v.value)])).toEqual([["agreement", ["education minister"]]]);
  });

  it("does not set offices one person can hold together against each other", () => {
    const findings = compareRoleClaims(
      claimsOf({
        "a.txt": "Government spokesman Ilias Moraitis said the talks went well.",
        "b.txt": "Foreign Minister Ilias Moraitis said the talks went well.",
        "c.txt": "Deputy Prime Minister Ilias Moraitis said so.",
        "d.txt": "Captain Jonas Eder said so. Goalkeeper Jonas Eder saved twice.",
        "e.txt": "Striker Jonas Eder said so.",
      }),
    );
    expect(findings.filter((f) => f.status === "conflict")).toEqual([]);
  });

  it("leaves two clashing offices alone when one source itself gives both", () => {
    const findings = compareRoleClaims(
      claimsOf({
        "a.txt": "Chief executive Dana Okafor spoke. Later chief financial officer Dana Okafor added figures.",
        "b.txt": "Chief financial officer Dana Okafor spoke.",
      }),
    );
    expect(findings.filter((f) => f.status === "conflict")).toEqual([]);
  });
});

describe("compareRoleClaims: offices at different organisations", () => {
  it("reports a person's future office given differently, but not an office held at another organisation", () => {
    const future = compareRoleClaims(
      claimsOf({
        "a.txt": "Hanna Ostrup will be Corbinet's chief executive.",
        "b.txt": "Corbinet's chief operating officer will be Hanna Ostrup.",
      }),
    );
    expect(future.map((f) => [f.status, f.values.map((v) => v.value).sort()])).toEqual([
      ["conflict", ["chief executive", "chief operating officer"]],
    ]);
    const elsewhere = compareRoleClaims(
      claimsOf({
        "a.txt": "Hanna Ostrup will be Corbinet's chief executive.",
        "b.txt": "Hanna Ostrup, Veltor's chief financial officer, spoke first.",
      }),
    );
    expect(elsewhere.filter((f) => f.status === "conflict")).toEqual([]);
  });
});
