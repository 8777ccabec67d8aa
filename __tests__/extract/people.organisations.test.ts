import { describe, expect, it } from "@jest/globals";
import { extractQuoteClaims } from "../../src/extract/quote.js";
import { canonicalOffice, findPeople, findPeopleInSource, officesConflict } from "../../src/extract/people.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
const names = (text: string) => findPeople(text).map((m) => m.name);

describe("organisations are never people", () => {
  it.each([
    "Corvane Systems said on Monday it had agreed to the deal.",
    "Tellmark Analytics said the offer was fair.",
    "Halden Group said profits rose.",
    "Brisk Ltd said it would appeal.",
    "Brisk AG said it would appeal.",
    "FC Wendelstadt said in a statement that the coach would stay.",
    "Wendelstadt United said the coach would stay.",
    "Real Kaltenbrunn said the coach would stay.",
    "The Ministry of Health said three people died.",
    "The Norland Civil Protection Agency said the roads were closed.",
    "The Federal Aviation Administration said the plane was grounded.",
  ])("%s → nobody", (text) => {
    expect(names(text)).toEqual([]);
  });

  it("keeps the person after an organisation named in a title-case run", () => {
    const [m, ...rest] = findPeople("Tellmark Analytics Chief Executive Ruben Ashdown said the staff would stay.");
    expect(rest).toHaveLength(0);
    expect(m!.name).toBe("Ruben Ashdown");
    expect(m!.office).toBe("chief executive");
  });

  it("does not take a lone organisation word the source names elsewhere for a surname", () => {
    const people = findPeopleInSource(
      sourceFrom("a.txt", "Corvane Systems agreed to buy a rival.\nCorvane said the deal was good.\nHelena Straub said so too."),
    );
    expect(people.people.map((p) => p.full)).toEqual(["Helena Straub"]);
    expect(people.resolve("Corvane")).toBeNull();
  });

  it("never credits a quote to an organisation, and 'she' after 'Name, Org's CEO, ...:' is that person", () => {
    const source = sourceFrom(
      "b-blog.md",
      [
        "Corvane Systems is paying $4.5bn for Tellmark Analytics, the deal it announced on Monday.",
        "",
        'Helena Straub, Corvane\'s CEO, did not hide it: "This is the missing piece of our platform," she told analysts.',
        "",
        '"We expect the deal to close early next year," Corvane Systems said in a statement.',
      ].join("\n"),
    );
    const claims = extractQuoteClaims(source, ctx);
    expect(claims.map((c) => [c.data.speaker, c.key])).toEqual([
      ["Helena Straub", "quote|straub"],
      [null, "quote|?"],
    ]);
    const straub = findPeopleInSource(source).people.find((p) => p.full === "Helena Straub");
    expect(straub?.mentions[0]?.office).toBe("chief executive");
    expect(straub?.mentions[0]?.organisation).toBe("Corvane");
  });
});

describe("table rows", () => {
  it("reads each cell of a row as its own text", () => {
    const row = "58' | Luka Brandt | VfR Kaltenbrunn";
    const [m, ...rest] = findPeople(row);
    expect(rest).toHaveLength(0);
    expect(m!.name).toBe("Luka Brandt");
    expect(row.slice(m!.start, m!.end)).toBe("Luka Brandt");
  });

  it("finds people in a row whose cells are all capitalised (no title-case heading)", () => {
    const people = findPeopleInSource(sourceFrom("a.md", "Minute | Scorer | Team\n--- | --- | ---\n58' | Luka Brandt | VfR Kaltenbrunn"));
    expect(people.mentions.map((m) => [m.name, m.line, m.column])).toEqual([["Luka Brandt", 3, 7]]);
  });

  it("does not carry a title across cells", () => {
    const [m] = findPeople("Referee | Luka Brandt");
    expect(m!.office).toBeNull();
  });
});

describe("offices of unseen domains", () => {
  it.each([
    ["chief executive officer", "chief executive"],
    ["CEO", "chief executive"],
    ["chief financial officer", "chief financial officer"],
    ["COO", "chief operating officer"],
    ["chairwoman", "chairman"],
    ["general counsel", "general counsel"],
    ["spokeswoman", "spokesperson"],
    ["minister of education", "education minister"],
    ["Education Secretary", "education minister"],
    ["minister for justice", "justice minister"],
    ["home secretary", "interior minister"],
    ["police commissioner", "police chief"],
    ["head coach", "head coach"],
    ["manager", "head coach"],
    ["presiding judge", "judge"],
    ["chief prosecutor", "prosecutor"],
    ["defence lawyer", "defence lawyer"],
    ["defense attorney", "defence lawyer"],
    ["director of the national seismological institute", "seismological institute director"],
  ])("%s → %s", (phrase, key) => {
    expect(canonicalOffice(phrase)?.key).toBe(key);
  });

  it("reads a portfolio minister written either way", () => {
    expect(findPeople("Education Minister Jane Doe said so.")[0]?.office).toBe("education minister");
    expect(findPeople("Jane Doe, the minister of education, said so.")[0]?.office).toBe("education minister");
  });

  it("gives no office for part of a joint office or an office with its own complement", () => {
    expect(findPeople("Economy and Finance Minister Jane Doe said so.")[0]?.office).toBeNull();
    expect(findPeople("Jane Doe, the foreign minister and deputy prime minister, said so.")[0]?.office).toBeNull();
    expect(findPeople("Jane Doe, secretary of state for Northern Ireland, said so.")[0]?.office).toBe("minister");
  });

  it("reads a company's president as an office of the company, not of a state", () => {
    const people = findPeopleInSource(sourceFrom("a.txt", "Corvane Systems grew.\nCorvane president Jane Doe said so."));
    expect(people.mentions[0]?.office).toBe("organisation president");
  });

  it("says which offices clash and which a person can hold together", () => {
    expect(officesConflict("chief executive", "chief operating officer")).toBe(true);
    expect(officesConflict("judge", "prosecutor")).toBe(true);
    expect(officesConflict("prosecutor", "defence lawyer")).toBe(true);
    expect(officesConflict("education minister", "justice minister")).toBe(true);
    expect(officesConflict("president", "prime minister")).toBe(true);
    expect(officesConflict("head coach", "referee")).toBe(true);
    // Compatible: one person often holds both.
    expect(officesConflict("spokesperson", "foreign minister")).toBe(false);
    expect(officesConflict("deputy prime minister", "foreign minister")).toBe(false);
    expect(officesConflict("chairman", "chief executive")).toBe(false);
    expect(officesConflict("captain", "goalkeeper")).toBe(false);
    expect(officesConflict("goalkeeper", "striker")).toBe(false);
    expect(officesConflict("senator", "foreign minister")).toBe(false);
    expect(officesConflict("economy minister", "economy and finance minister")).toBe(false);
    expect(officesConflict("organisation president", "president")).toBe(false);
    expect(officesConflict("deputy foreign minister", "foreign minister")).toBe(true);
  });
});

describe("appositive offices with an organisation", () => {
  it("reads an office 'for' a long capitalised organisation name", () => {
    const [m, ...rest] = findPeople("Maria Lopes, a spokeswoman for the Norland Consumer Safety Authority, said so.");
    expect(rest).toHaveLength(0);
    expect(m!.office).toBe("spokesperson");
    expect(m!.organisation).toBe("Norland Consumer Safety Authority");
  });

  it("does not take the place after 'mayor of' for a speaker", () => {
    expect(names("Jane Roe, mayor of Velmora, said the roads were open.")).toEqual(["Jane Roe"]);
    expect(names("In Brussels, Roe said so.")).toEqual(["Roe"]);
  });
});
