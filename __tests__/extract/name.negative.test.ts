import { describe, expect, it } from "@jest/globals";
import { extractNameClaims } from "../../src/extract/name.js";
import { extractRoleClaims } from "../../src/extract/role.js";
import { findPeople } from "../../src/extract/people.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };

describe("no person from places, organisations and common words", () => {
  it.each([
    "Leaders met at the annual meeting of the Shanghai Cooperation Organization in the capital.",
    "A crowd filled the Rosenau Stadium in Brennfeld.",
    "The UN chief is visiting Central Asia this week.",
    "The ceremony was held in the Independence Palace.",
    "The Associated Press reported the result first.",
    "The group was created to counter Western Alliances.",
    "Despite having a seat at the table, the minister stayed at home.",
    "Observer states include Saudi Arabia and Sri Lanka.",
    "They won the Hansa Cup on Saturday in May.",
    "Monday Morning Briefing",
    "The Astana Declaration was signed by all members.",
  ])("%s", (text) => {
    expect(findPeople(text)).toEqual([]);
    expect(extractNameClaims(sourceFrom("n.txt", text), ctx)).toEqual([]);
  });

  it("does not take villages listed after a place preposition for people", () => {
    const text = "Some 2,300 residents were evacuated from Alta Verde, Monte Rosso and Kato Pigadi.";
    expect(findPeople(text)).toEqual([]);
  });

  it("ignores Title Case headings whose capitals name nobody in the body", () => {
    const source = sourceFrom("h.txt", "Premier Makes Surprise Visit To Border Region\nThe visit lasted two hours.");
    expect(extractNameClaims(source, ctx)).toEqual([]);
    expect(extractRoleClaims(source, ctx)).toEqual([]);
  });

  it("makes no role claim from a former office or an unknown one", () => {
    const source = sourceFrom("r.txt", "Former President Anna Lindqvist spoke. Grand Vizier Omar Haddad listened.");
    expect(extractRoleClaims(source, ctx)).toEqual([]);
  });
});

describe("no person from company names", () => {
  it.each(["Corvane Systems will pay 4.5 billion dollars.", "Shares in Tellmark Analytics rose 30%."])("%s", (text) => {
    expect(findPeople(text)).toEqual([]);
  });
});
