import { extractPlaceClaims, placeCore, placeTypeOf, readPlacePhrase } from "../../src/extract/place.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };

function places(text: string): Claim<"place">[] {
  return extractPlaceClaims(sourceFrom("p.txt", text), ctx);
}

describe("place phrases", () => {
  it.each([
    ["Lisbon, Portugal on Thursday", "Lisbon", "Portugal"],
    ["Portugal's capital of Lisbon.", "Lisbon", "Portugal"],
    ["the village of Brisca in the Valdora district", "village of Brisca", "Valdora district"],
    ["the Valmora Stadium in Castelbrook on Saturday", "Valmora Stadium", "Castelbrook"],
    ["the Valdora district of southern Portugal", "Valdora district", "southern Portugal"],
  ])("reads %s", (text, place, container) => {
    expect(readPlacePhrase(text)).toMatchObject({ place, container });
  });

  it("resolves 'the <country> capital' to the known capital, and names no place otherwise", () => {
    expect(readPlacePhrase("the Portugal capital on Thursday")).toMatchObject({ place: "Lisbon", container: "Portugal" });
    expect(readPlacePhrase("the Norvandia capital on Thursday")).toBeNull();
    expect(places("Ministers ended a two-day summit in the Norvandia capital on Friday.")).toEqual([]);
    // A named capital after it is still the place.
    expect(readPlacePhrase("the Norvandia capital, Kelbrook")).toMatchObject({ place: "Kelbrook" });
  });

  it("does not take a person after a comma as a container", () => {
    expect(readPlacePhrase("Lisbon, Ana Ruiz said")).toMatchObject({ place: "Lisbon", container: null });
  });

  it("folds venue, type and compass words and hyphens", () => {
    // A venue keeps its venue word, in one spelling: the rest of its name may be an ordinary word.
    expect(placeCore("Valmora Stadium")).toBe("valmora stadium");
    expect(placeCore("the Valmora-Stadion")).toBe("valmora stadium");
    expect(placeCore("the village of Brisca")).toBe("brisca");
    expect(placeCore("southern Portugal")).toBe("portugal");
    expect(placeTypeOf("Valmora-Stadion")).toBe("venue");
    expect(placeTypeOf("Lisbon")).toBe("city");
    expect(placeTypeOf("Brisca")).toBeNull();
  });
});

describe("place claims", () => {
  it("keys a summit by its event and keeps the stated container", () => {
    const [c, ...rest] = places("Leaders gathered for the summit in Lisbon, Portugal on Thursday.");
    expect(rest).toHaveLength(0);
    expect(c).toMatchObject({ key: "place|summit", value: "lisbon", data: { place: "Lisbon", container: "Portugal", event: "summit" } });
    expect(c!.evidence.column).toBe("Leaders gathered for the summit in ".length + 1);
  });

  it("reads where a fire broke out", () => {
    const [c] = places("The fire broke out on Tuesday afternoon in dry scrub outside the village of Brisca.");
    expect(c).toMatchObject({ key: "place|fire outbreak", value: "brisca" });
  });

  it("fills the container from elsewhere in the source (a dateline)", () => {
    const [c] = places("CASTELBROOK, Portugal (Wire) -- Fans arrived early.\nThe final at the Valmora Stadium drew a record crowd.");
    expect(c).toMatchObject({ key: "place|match", value: "valmora stadium", data: { container: null } });
    const [d] = places("CASTELBROOK, Portugal (Wire) -- The final was played in Castelbrook.");
    expect(d?.data.container).toBe("Portugal");
  });

  it.each([
    "Their last meeting was in Madrid in May.",
    "He will meet the premier in Paris next week.",
    "Brandt scored in the Nordic Cup final on Saturday.",
    "The summit will focus on terrorism, as recent attacks in Madrid raised concerns.",
    "The match kicked off in May.",
  ])("yields no place claim from %s", (text) => {
    expect(places(text)).toEqual([]);
  });
});

describe("names opened by a dotted abbreviation", () => {
  it("keeps 'St. James's Palace' whole, with its city as container", () => {
    const [c, ...rest] = places("The summit was held at St. James's Palace in London on Friday.");
    expect(rest).toHaveLength(0);
    expect(c).toMatchObject({ key: "place|gathering-venue", data: { place: "St. James's Palace", container: "London" } });
    expect(c?.display).toBe("St. James's Palace, London");
  });

  it.each([
    ["St. Aldric's Hospital on Friday", "St. Aldric's Hospital"],
    ["Mt. Corvel National Park", "Mt. Corvel National Park"],
    ["Ft. Alder, Norland", "Ft. Alder"],
  ])("reads %s", (text, place) => {
    expect(readPlacePhrase(text)?.place).toBe(place);
  });

  it("does not place a crash where the injured are treated", () => {
    expect(places("Twelve people injured in the crash remain in St. Aldric's Hospital.")).toEqual([]);
  });
});

describe("headquarters", () => {
  const hq = (text: string) => places(text).filter((c) => c.data.event === "headquarters");

  it.each([
    ["Norrhavn Robotics, which is headquartered in Constanta, makes arms.", "place|headquarters|norrhavn robotics"],
    ["Norrhavn Robotics is based in Constanta.", "place|headquarters|norrhavn robotics"],
    ["Norrhavn Robotics has its headquarters in Constanta.", "place|headquarters|norrhavn robotics"],
    ["Headquartered in Constanta, Norrhavn Robotics employs 1,400 people.", "place|headquarters|norrhavn robotics"],
    ["The Constanta-based Norrhavn Robotics Group said on Monday.", "place|headquarters|norrhavn robotics"],
    ["Shares of Norrhavn, which is based in Constanta, rose.", "place|headquarters|norrhavn"],
  ])("reads %s", (text, key) => {
    const [c, ...rest] = hq(text);
    expect(rest).toHaveLength(0);
    expect(c).toMatchObject({ key, value: "constanta", rule: "place/headquarters" });
  });

  it("resolves 'the Geneva-based agency' and 'its headquarters' to the organisation named before", () => {
    const [a] = hq("The World Relief Agency sent food on Monday. The Geneva-based agency said more would follow.");
    expect(a).toMatchObject({ key: "place|headquarters|wra", value: "geneva", rule: "place/headquarters+anaphor" });
    const [b] = hq("Ministers of the Eastern Waters Commission met at the commission's headquarters in Varna.");
    expect(b).toMatchObject({ key: "place|headquarters|ewc", value: "varna" });
  });

  it("keeps a container stated with the place", () => {
    const [c] = hq("Norrhavn, which is headquartered in Constanta, Romania, makes arms.");
    expect(c?.data).toMatchObject({ place: "Constanta", container: "Romania" });
  });

  it.each([
    "Elsa Brandvik is based in Oslo.",
    "The London-based analyst Jane Doe said shares would rise.",
    "Norrhavn moved its headquarters to Bucharest, having been based in Constanta until 2015.",
    "Norrhavn will be based in Constanta from next year.",
    "The company has its headquarters in Constanta.",
    "It is based in Constanta.",
  ])("yields no headquarters claim from %s", (text) => {
    expect(hq(text)).toEqual([]);
  });
});
