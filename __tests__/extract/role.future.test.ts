import { describe, expect, it } from "@jest/globals";
import { extractRoleClaims } from "../../src/extract/role.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
const roles = (text: string) =>
  extractRoleClaims(sourceFrom("a.txt", text), ctx).map((c) => [c.data.person, c.value, c.data.organisation]);

describe("extractRoleClaims: the office a person takes at an organisation", () => {
  it("reads 'X, who …, will be ORG's OFFICE'", () => {
    expect(roles("Hanna Ostrup, who currently heads Veltor's grid division, will be Corbinet's chief executive.")).toEqual([
      ["Hanna Ostrup", "chief executive", "Corbinet"],
    ]);
  });

  it("reads 'ORG's OFFICE will be X'", () => {
    expect(roles("Corbinet's chief financial officer will be Hanna Ostrup, who runs Veltor's treasury.")).toEqual([
      ["Hanna Ostrup", "chief financial officer", "Corbinet"],
    ]);
  });

  it("reads 'X, the … who will run ORG as OFFICE'", () => {
    expect(roles("Hanna Ostrup, the Danish engineer who will run Corbinet as chief executive, visited the plant.")).toEqual([
      ["Hanna Ostrup", "chief executive", "Corbinet"],
    ]);
  });

  it("reads 'X, A's post and ORG's designated OFFICE'", () => {
    expect(roles("Hanna Ostrup, Veltor's head of grids and Corbinet's designated chief executive, spoke first.")).toEqual([
      ["Hanna Ostrup", "chief executive", "Corbinet"],
    ]);
  });

  it("makes no claim for offices the person does not take or that are not offices", () => {
    expect(roles("Hanna Ostrup will be Corbinet's chief executive's deputy.")).toEqual([]);
    expect(roles("Corbinet's best hope will be Hanna Ostrup.")).toEqual([]);
    expect(roles("Hanna Ostrup will be in Corbinet's offices on Monday.")).toEqual([]);
    expect(roles("Hanna Ostrup, who heads Veltor's grid division, spoke first.")).toEqual([]);
  });
});
