import { describe, expect, it } from "@jest/globals";
import { extractRoleClaims } from "../../src/extract/role.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };

describe("extractRoleClaims", () => {
  it("gives the canonical office key as value and the wording as display", () => {
    const source = sourceFrom(
      "a.txt",
      "Modi is sending his minister of external affairs, Subrahmanyam Jaishankar, in his place.\nAcceptance came from Acting President Mohammad Rezaei (Iran).",
    );
    const claims = extractRoleClaims(source, ctx);
    expect(claims.map((c) => [c.data.person, c.value, c.display])).toEqual([
      ["Subrahmanyam Jaishankar", "foreign minister", "minister of external affairs"],
      ["Mohammad Rezaei", "president", "Acting President"],
    ]);
    expect(claims[0]!.key).toBe("role|jaishankar");
    expect(claims[1]!.data.country).toBe("Iran");
    expect(claims[0]!.evidence.line).toBe(1);
  });

  it("makes one claim per person and office, even when the office is repeated in other words", () => {
    const source = sourceFrom(
      "b.txt",
      "Kaltenbrunn coach Henrik Brandauer said they deserved it. Henrik Brandauer, the manager, smiled.\nCaptain Mats Ohlsen lifted the trophy.",
    );
    const claims = extractRoleClaims(source, ctx);
    expect(claims.map((c) => [c.data.person, c.value])).toEqual([
      ["Henrik Brandauer", "head coach"],
      ["Mats Ohlsen", "captain"],
    ]);
    expect(claims[0]!.data.organisation).toBe("Kaltenbrunn");
  });

  it("reads fire-service and governor wordings as the same offices", () => {
    const texts = [
      "Nikos Vlachos, the regional fire chief, said the front was closed.",
      "Nikos Vlachos, who heads the regional fire service, told television.",
      "Nikos Vlachos, chief of the regional fire service, praised the crews.",
      "Fire chief Nikos Vlachos, head of the Arkadia fire service, said more.",
    ];
    for (const t of texts) expect(extractRoleClaims(sourceFrom("c.txt", t), ctx).map((c) => c.value)).toEqual(["fire chief"]);
    for (const t of ["Irene Papadaki, the governor of the Arkadia region, spoke.", "Regional governor Irene Papadaki spoke."]) {
      expect(extractRoleClaims(sourceFrom("d.txt", t), ctx).map((c) => c.value)).toEqual(["governor"]);
    }
  });
});

describe("extractRoleClaims: possessive appositives", () => {
  it("reads 'X, Corvane's CEO' as chief executive of Corvane", () => {
    const claims = extractRoleClaims(sourceFrom("e.txt", "Helena Marsh, Corvane's CEO, did not hide it."), ctx);
    expect(claims.map((c) => [c.data.person, c.value, c.data.organisation])).toEqual([["Helena Marsh", "chief executive", "Corvane"]]);
  });
});
