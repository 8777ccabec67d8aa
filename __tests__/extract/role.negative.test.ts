import { describe, expect, it } from "@jest/globals";
import { compareRoleClaims } from "../../src/align/role.js";
import { extractRoleClaims } from "../../src/extract/role.js";
import { sourceFrom } from "../helpers.js";

// Negative cases for offices: text that must yield no role claim, and pairs that must not conflict.
const ctx = { corpusAnchor: null };
const roles = (text: string, id = "n.txt") => extractRoleClaims(sourceFrom(id, text), ctx);

describe("role: text that yields no office", () => {
  it.each([
    ["a former office is history, not the person's office now", "Former president Anna Lindqvist said the vote was fair."],
    ["an office with no person", "The foreign minister is expected to attend the meeting."],
    ["an organisation is not a person holding an office", "The Ministry of Foreign Affairs said the talks would resume."],
    ["a headline in title case", "President Visits Flooded Valley As Waters Recede"],
  ])("%s", (_why, text) => {
    expect(roles(text)).toEqual([]);
  });
});

describe("role: pairs that must not conflict", () => {
  it.each([
    ["synonyms of one office", "Foreign Minister Karel Dvorsky said the talks went well.", "Karel Dvorsky, the minister of foreign affairs, said the talks went well."],
    ["an acting office and the office", "Acting President Lena Moro opened the session.", "President Lena Moro opened the session."],
    ["coach, head coach and manager of a team", "Head coach Pieter Vandamme praised his players.", "Manager Pieter Vandamme praised his players."],
  ])("%s", (_why, a, b) => {
    const claims = [...roles(a, "a.txt"), ...roles(b, "b.txt")];
    expect(claims.length).toBeGreaterThanOrEqual(2);
    expect(compareRoleClaims(claims).filter((f) => f.status === "conflict")).toEqual([]);
  });

  it("different offices of one person conflict only within one conflict group (the control case)", () => {
    const claims = [
      ...roles("Foreign Minister Karel Dvorsky said the talks went well.", "a.txt"),
      ...roles("Deputy Foreign Minister Karel Dvorsky said the talks went well.", "b.txt"),
    ];
    expect(compareRoleClaims(claims).filter((f) => f.status === "conflict")).toHaveLength(1);
  });
});
