import { extractPlaceClaims, placeCore, readPlacePhrase, venueStripped } from "../../src/extract/place.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };

function places(text: string): Claim<"place">[] {
  return extractPlaceClaims(sourceFrom("r.txt", text), ctx);
}

function epicentres(text: string): Claim<"place">[] {
  return places(text).filter((c) => c.key === "place|epicentre");
}

describe("reference points: the place an epicentre is given from", () => {
  it.each([
    ["Its epicentre was 12 km north-east of the town of Brisdale, the institute said.", "brisdale", "town of Brisdale"],
    ["Seismologists said the epicentre lay 4 miles (6 km) west of Brisdale, at a shallow depth.", "brisdale", "Brisdale"],
    ["The tremor shook the valley, with its epicentre some three miles south of Brisdale and a depth of 9 km.", "brisdale", "Brisdale"],
    ["The quake was centred 20 km off Port Amsel, according to the agency.", "port amsel", "Port Amsel"],
    ["The epicenter was near the village of Oakhollow.", "oakhollow", "village of Oakhollow"],
    ["The earthquake struck at 2:10 a.m. on Monday, 15 km north of Brisdale.", "brisdale", "Brisdale"],
  ])("reads %s", (text, value, place) => {
    const [c, ...rest] = epicentres(text);
    expect(rest).toHaveLength(0);
    expect(c).toMatchObject({ value, data: { place, event: "epicentre" }, rule: "place/reference-point" });
    expect(c!.evidence.quote).toBe(text);
  });

  it("reads a fact line 'Epicentre: near the village of X, in the upper Y valley' as the village", () => {
    const [c] = epicentres("The basics\n\nEpicentre: near the village of Oakhollow, in the upper Brise valley\nDepth: about 10 km");
    expect(c).toMatchObject({ value: "oakhollow", evidence: { line: 3, column: "Epicentre: near ".length + 1 } });
  });

  it.each([
    "Brisdale became the epicentre of the protests on Friday.",
    "The epicentre of the crisis in Veloria is the banking sector.",
    "The epicentre was offshore, but damage in Brisdale was heavy.",
    "The fire spread 12 km north of Brisdale overnight.",
    "The quake was felt 40 km away in Brisdale.",
  ])("reads no epicentre from %s", (text) => {
    expect(epicentres(text)).toEqual([]);
  });
});

describe("fact lines 'Label: place'", () => {
  it("places the source's main event from a Venue: line", () => {
    const text = "The summit opened on Monday.\nVenue: Grand Exchange Hall, Brisdale\nLeaders arrived for the summit at noon.";
    const [c, ...rest] = places(text).filter((p) => p.rule.startsWith("place/fact-line"));
    expect(rest).toHaveLength(0);
    // A named venue of the gathering the source is about is that gathering's venue.
    expect(c).toMatchObject({ key: "place|gathering-venue", value: "grand exchange hall", data: { container: "Brisdale" } });
  });

  it("places an organisation's headquarters from a Headquarters: line after its name", () => {
    const [c] = places("The Brisdale Shipping Company was founded in 1990.\nHeadquarters: Port Amsel").filter((p) => p.rule === "place/fact-line");
    expect(c).toMatchObject({ key: "place|headquarters|brisdale shipping", value: "port amsel" });
  });

  it.each([
    "Venue: to be announced",
    "Location: the organisers said the Brisdale arena was full.",
    "Venue: Grand Exchange Hall",
  ])("gives no place claim for %s (no value, a sentence, or no event to place)", (text) => {
    expect(places(text).filter((p) => p.rule === "place/fact-line")).toEqual([]);
  });
});

describe("demonyms and venues as place values", () => {
  it("reads no place from 'the Velorian capital' when the capital is not named", () => {
    expect(readPlacePhrase("the Velorian capital on Friday")).toBeNull();
    expect(places("Leaders signed the declaration at the summit in the Velorian capital on Friday.")).toEqual([]);
  });

  it("resolves a known demonym's capital, and names the city when the text does", () => {
    expect(readPlacePhrase("the Portuguese capital on Friday")).toMatchObject({ place: "Lisbon", container: "Portugal" });
    expect(readPlacePhrase("the Velorian capital, Brisdale, on Friday")).toMatchObject({ place: "Brisdale", container: null });
    expect(readPlacePhrase("the Portuguese town of Brisca")).toMatchObject({ place: "Brisca", container: "Portugal" });
  });

  it("keeps a venue in an unnamed capital, without a demonym as its container", () => {
    const [c] = places("The summit took place at the Harbour Hall in the Velorian capital.");
    expect(c).toMatchObject({ key: "place|gathering-venue", value: "harbour hall", data: { place: "Harbour Hall", container: null } });
  });

  it("keeps the whole venue name as the value, never a lone ordinary word", () => {
    const [c] = places("The leaders met for the summit in the Mariner Palace.");
    expect(c?.value).toBe("mariner palace");
    expect(placeCore("the Independence Palace")).toBe("independence palace");
    expect(venueStripped(placeCore("Valmora-Stadion"))).toBe("valmora");
  });

  it("still reads ordinary names ending like demonyms as places", () => {
    expect(readPlacePhrase("the Dorian district of southern Portugal")).toMatchObject({ place: "Dorian district" });
    expect(readPlacePhrase("Milan on Sunday")).toMatchObject({ place: "Milan" });
  });
});
