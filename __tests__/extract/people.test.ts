import { describe, expect, it } from "@jest/globals";
import {
  canonicalOffice,
  countryOf,
  findPeople,
  findPeopleInSource,
  foldName,
  personKey,
  repairMojibake,
} from "../../src/extract/people.js";
import { sourceFrom } from "../helpers.js";

function only(text: string) {
  const found = findPeople(text);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe("findPeople: titles before the name", () => {
  it("reads a demonym as the country of a titled person", () => {
    const m = only("Summit host Kazakh President Kassym-Jomart Tokayev opened the session.");
    expect(m.name).toBe("Kassym-Jomart Tokayev");
    expect(m.given).toEqual(["Kassym-Jomart"]);
    expect(m.family).toBe("Tokayev");
    expect(m.office).toBe("president");
    expect(m.country).toBe("Kazakhstan");
  });

  it("reads 'of Pakistan' after the name as the country", () => {
    const m = only("Attending are Prime Minister Shehbaz Sharif of Pakistan and others.");
    expect(m.name).toBe("Shehbaz Sharif");
    expect(m.office).toBe("prime minister");
    expect(m.country).toBe("Pakistan");
  });

  it("folds 'acting' into the office and reads a country in brackets", () => {
    const m = only("- Acting President Mohammad Mokhbar (Iran)");
    expect(m.title).toBe("Acting President");
    expect(m.office).toBe("president");
    expect(m.country).toBe("Iran");
  });

  it("keeps 'Deputy Foreign Minister' distinct and reads a possessive country", () => {
    const m = only("Kazakhstan's Deputy Foreign Minister Roman Vassilenko said the talks went well.");
    expect(m.office).toBe("deputy foreign minister");
    expect(m.country).toBe("Kazakhstan");
  });

  it("reads an organisation before the office", () => {
    const m = only("Also present will be U.N. Secretary-General António Guterres, who is visiting.");
    expect(m.office).toBe("secretary-general");
    expect(m.organisation).toBe("United Nations");
    const coach = only("Kaltenbrunn coach Henrik Sandvoss said it was a great night.");
    expect(coach.office).toBe("head coach");
    expect(coach.organisation).toBe("Kaltenbrunn");
  });

  it("reads 'Referee:' labels and pre-posed appositives", () => {
    expect(only("Referee: Tobias Weidenfeller").office).toBe("referee");
    const gov = only("The regional governor, Eleni Markopoulou, visited the command post.");
    expect(gov.name).toBe("Eleni Markopoulou");
    expect(gov.office).toBe("governor");
    const fm = only("Modi is sending his minister of external affairs, Subrahmanyam Jaishankar, in his place.");
    expect(fm.name).toBe("Subrahmanyam Jaishankar");
    expect(fm.office).toBe("foreign minister");
  });

  it("reads an office from a passive verb ('refereed by')", () => {
    expect(only("The match was refereed by Tobias Weidenfeler, who booked four players.").office).toBe("referee");
  });
});

describe("findPeople: appositives after the name", () => {
  it.each([
    ["Stavros Chatzidakis, the regional fire chief, said the wind had dropped.", "fire chief"],
    ["Stavros Chatzidakis, who heads the regional fire service, told local television.", "fire chief"],
    ["Stavros Chatzidakis, chief of the regional fire service, praised the crews.", "fire chief"],
    ["Eleni Markopoulou, the governor of the Tymfaia region, spoke on Wednesday.", "governor"],
    ["Subrahmanyam Jaishankar, minister of external affairs, arrived late.", "foreign minister"],
  ])("%s", (text, office) => {
    const m = only(text);
    expect(m.cue).toBe("appositive");
    expect(m.office).toBe(office);
  });

  it("gives an office followed by a name to that name, not to the word before the comma", () => {
    const found = findPeople("In Drosochori, beekeeper Thanasis Rallis lost his hives.");
    expect(found.map((m) => m.name)).toEqual(["Thanasis Rallis"]);
    expect(found[0]!.office).toBe("beekeeper");
  });
});

describe("findPeople: speech verbs and name shape", () => {
  it("accepts a surname with a speech verb and two-token names by shape", () => {
    expect(only("Putin said the grouping was a pillar of the new order.").cue).toBe("speech");
    const m = only("Luka Brandt restored the lead in the 58th minute.");
    expect(m.cue).toBe("shape");
    expect(m.given).toEqual(["Luka"]);
  });

  it("keeps particles inside the family name", () => {
    const m = only("Ursula von der Leyen said the union would respond.");
    expect(m.family).toBe("von der Leyen");
    expect(m.given).toEqual(["Ursula"]);
  });

  it("gives offsets that point at the name", () => {
    const text = "Russian President Vladimir Putin arrived.";
    const m = only(text);
    expect(text.slice(m.start, m.end)).toBe("Vladimir Putin");
    expect(m.country).toBe("Russia");
  });
});

describe("findPeopleInSource", () => {
  it("resolves later surname mentions to the full name given earlier", () => {
    const source = sourceFrom(
      "a.txt",
      "Russian President Vladimir Putin and Chinese President Xi Jinping met.\nPutin and Xi joined the other leaders. Putin said it went well.",
    );
    const people = findPeopleInSource(source);
    const putin = people.people.find((p) => p.family === "Putin");
    expect(putin?.full).toBe("Vladimir Putin");
    expect(putin?.mentions.length).toBe(3);
    expect(people.resolve("Putin")?.full).toBe("Vladimir Putin");
    expect(people.resolve("Xi")?.full).toBe("Xi Jinping");
    expect(people.resolve("Mr. Putin's")?.full).toBe("Vladimir Putin");
    const line2 = putin?.mentions.filter((m) => m.line === 2).map((m) => m.column);
    expect(line2).toEqual([1, 40]);
  });

  it("drops Title Case heading words that the body does not name", () => {
    const source = sourceFrom("b.txt", "Hungary's Prime Minister Makes Initial Wartime Visit\nThe summit opened on Thursday.");
    expect(findPeopleInSource(source).people).toHaveLength(0);
  });

  it("repairs mojibake in names before reading them", () => {
    const source = sourceFrom("c.txt", "On the pitch, Jonas MÃ¼ller gave Kaltenbrunn the lead.");
    expect(findPeopleInSource(source).people.map((p) => p.full)).toEqual(["Jonas Müller"]);
  });
});

describe("helpers", () => {
  it("folds names and keys surnames", () => {
    expect(foldName("António")).toBe("antonio");
    expect(foldName("Müller")).toBe("muller");
    expect(personKey("Mr. Vladimir Putin's")).toBe("putin");
    expect(personKey("Ursula von der Leyen")).toBe("von der leyen");
  });

  it("maps demonyms and names to countries", () => {
    expect(countryOf("Kazakh")).toBe("Kazakhstan");
    expect(countryOf("Kyrgyz")).toBe("Kyrgyzstan");
    expect(countryOf("Belarusian")).toBe("Belarus");
    expect(countryOf("Kazakhstan's")).toBe("Kazakhstan");
    expect(countryOf("U.S.")).toBe("United States");
    expect(countryOf("Kaltenbrunn")).toBeNull();
  });

  it("canonicalises office synonyms and keeps deputies apart", () => {
    expect(canonicalOffice("minister of external affairs")?.key).toBe("foreign minister");
    expect(canonicalOffice("Foreign Minister")?.key).toBe("foreign minister");
    expect(canonicalOffice("Deputy Foreign Minister")?.key).toBe("deputy foreign minister");
    expect(canonicalOffice("former President")).toEqual({ key: "president", former: true });
    expect(canonicalOffice("head of the Tymfaia fire service")?.key).toBe("fire chief");
    expect(canonicalOffice("manager")?.key).toBe("head coach");
    expect(canonicalOffice("chief of staff of something odd entirely here")).toBeNull();
  });

  it("repairs UTF-8 read as Windows-1252 or 1250 and leaves clean text alone", () => {
    expect(repairMojibake("MÃ¼ller")).toBe("Müller");
    expect(repairMojibake("AntĂłnio")).toBe("António");
    expect(repairMojibake("Dvořák and naïve café")).toBe("Dvořák and naïve café");
  });
});

describe("name shapes", () => {
  it("reads apostrophes and Arabic articles inside names", () => {
    expect(only("Sean O'Brien said the deal was done.").name).toBe("Sean O'Brien");
    const m = only("President Bashar al-Assad of Syria attended.");
    expect(m.name).toBe("Bashar al-Assad");
    expect(m.family).toBe("al-Assad");
    expect(m.country).toBe("Syria");
  });

  it("marks past offices as former", () => {
    const m = only("The late President Ebrahim Rostami was remembered.");
    expect(m.office).toBe("president");
    expect(m.former).toBe(true);
    expect(only("Then-President Lena Holm signed it.").former).toBe(true);
  });
});
