import { describe, expect, it } from "@jest/globals";
import { extractNameClaims } from "../../src/extract/name.js";
import { extractQuoteClaims } from "../../src/extract/quote.js";
import { findPeople, findPeopleInSource } from "../../src/extract/people.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
const names = (text: string) => findPeople(text).map((m) => m.name);

describe("region adjectives, peoples and plural nouns are never people", () => {
  it.each([
    "The leaders of five West African states opened the summit on Tuesday.",
    "Five West African states opened the summit on Tuesday.",
    "Two Central Asian states said they agreed.",
    "Nordic states stressed the need for unity.",
    "Kazakhs said they would vote.",
    "Toyota recalls 1 million cars.",
    "The summit notes were published on Monday.",
  ])("%s → nobody", (text) => {
    expect(names(text)).toEqual([]);
    expect(extractNameClaims(sourceFrom("n.txt", text), ctx)).toEqual([]);
  });

  it("still reads a noun-like speech verb followed by 'that' or a colon", () => {
    expect(names("Kowalczyk states that the plan works.")).toEqual(["Kowalczyk"]);
    expect(names("Ruiz notes: the plan works.")).toEqual(["Ruiz"]);
    expect(names('"We will win," notes Ana Ruiz.')).toEqual(["Ana Ruiz"]);
  });

  it("does not frame a quote with a noun-like verb form used as a plural noun", () => {
    const quoted = (text: string) => extractQuoteClaims(sourceFrom("q.txt", text), ctx).map((c) => c.data.speaker);
    expect(quoted('Ana Ruiz welcomed the two pledges "to cut taxes for every family in the country".')).toEqual([null]);
    expect(quoted('Ana Ruiz pledges: "We will cut taxes for every family in the country."')).toEqual(["Ana Ruiz"]);
  });
});

describe("bylines and picture credits name journalists, not people of the story", () => {
  it.each([
    "By Jane Doe",
    "By Jane Doe and Tom Kerr, Reuters",
    "By Pieter van der Berg in The Hague",
    "Reporting by Jane Doe; Editing by Tom Kerr",
    "Additional reporting by Marta Ruiz in Madrid",
    "Photo: Reuters/John Smith",
    "Photo: John Smith/Reuters",
    "(Photo by John Smith/AFP via Getty Images)",
    "Credit: Marco Bellini/AP",
  ])("%s → nobody", (text) => {
    expect(names(text)).toEqual([]);
  });

  it("keeps people of a caption and of a sentence that opens with 'By'", () => {
    expect(names("Photo: Prime Minister Ana de la Cruz speaks on Monday.")).toEqual(["Ana de la Cruz"]);
    expect(names("By Friday, Jane Doe said she would stay.")).toEqual(["Jane Doe"]);
    expect(names("A goal by Luka Brandt won it.")).toEqual(["Luka Brandt"]);
  });

  it("gives no name claim for a byline line of a plain-text source", () => {
    const source = sourceFrom("b.txt", "Minister resigns\nBy Jane Doe\n\nPrime Minister Piet Novak resigned on Monday.");
    expect(extractNameClaims(source, ctx).map((c) => c.value)).toEqual(["Piet Novak"]);
  });
});

describe("stop words that are also names", () => {
  it("reads 'Jan' and 'June' as given names before a surname, not as months", () => {
    expect(names("Prime Minister Jan Kowal had resigned.")).toEqual(["Jan Kowal"]);
    expect(names("June Osei said it.")).toEqual(["June Osei"]);
  });

  it("keeps months as months", () => {
    expect(names("The vote on Jan. 5 was close.")).toEqual([]);
    expect(names("The vote in June was close.")).toEqual([]);
    const people = findPeopleInSource(sourceFrom("m.txt", "On Jan. 5 Prime Minister Piet Novak resigned."));
    expect(people.people.map((p) => p.full)).toEqual(["Piet Novak"]);
  });
});

describe("family names with particles", () => {
  it("reads a family name written alone with its particles", () => {
    expect(names('"I will go," van der Berg said.')).toEqual(["van der Berg"]);
    expect(findPeople("Van der Berg said he would go.")[0]).toMatchObject({ given: [], family: "Van der Berg" });
    expect(findPeople("De la Cruz said her task was the budget.")[0]).toMatchObject({ given: [], family: "De la Cruz" });
  });

  it("keeps a given name that looks like a particle", () => {
    expect(findPeople("Al Gore said no.")[0]).toMatchObject({ given: ["Al"], family: "Gore" });
    expect(names("Smith and de facto rules apply.")).toEqual([]);
  });

  it("resolves every later mention of the family name to the full name", () => {
    const people = findPeopleInSource(
      sourceFrom(
        "p.txt",
        [
          "Prime Minister Hendrik van der Berg resigned.",
          "Van der Berg said he would go. Critics blamed van der Berg for the collapse.",
          '"I will go," van der Berg said.',
        ].join("\n"),
      ),
    );
    expect(people.people.map((p) => p.full)).toEqual(["Hendrik van der Berg"]);
    expect(people.people[0]!.mentions).toHaveLength(4);
  });
});

describe("quoted titles name works, not people", () => {
  it.each([
    'Her party manifesto, "A Fair Deal For Every Region", is printed.',
    'The film "Lady Bird" won the prize.',
  ])("%s → nobody", (text) => {
    expect(names(text)).toEqual([]);
  });

  it("keeps a person named inside a quoted sentence", () => {
    expect(names('"We thank Jane Doe for her work," Tom Kerr said.')).toEqual(["Jane Doe", "Tom Kerr"]);
  });
});

describe("headlines with a colon and unfamiliar offices", () => {
  it("reads a Title Case headline with a colon as a heading, not a 'Label: name' line", () => {
    const source = sourceFrom("h.txt", "Teo Is Here: What Alves Brings To Hamford\nMateus Alves signed on Thursday.");
    expect(extractNameClaims(source, ctx).map((c) => c.value)).toEqual(["Mateus Alves"]);
    expect(names("Referee: Luka Brandt")).toEqual(["Luka Brandt"]);
  });

  it("keeps an agent's office out of the name", () => {
    const [m] = findPeople("Agent Jorge Mendonça said the talks had been friendly.");
    expect(m).toMatchObject({ name: "Jorge Mendonça", office: "agent" });
  });
});
