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

  it("does not take a person after a comma as a container", () => {
    expect(readPlacePhrase("Lisbon, Ana Ruiz said")).toMatchObject({ place: "Lisbon", container: null });
  });

  it("folds venue, type and compass words and hyphens", () => {
    expect(placeCore("Valmora Stadium")).toBe("valmora");
    expect(placeCore("the Valmora-Stadion")).toBe("valmora");
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
    expect(c).toMatchObject({ key: "place|match", value: "valmora", data: { container: null } });
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
