import { extractPlaceClaims, readPlacePhrase } from "../../src/extract/place.js";
import { sourceFrom } from "../helpers.js";

function keyed(text: string): [string, string][] {
  return extractPlaceClaims(sourceFrom("p.txt", text), { corpusAnchor: null }).map((c) => [c.key, c.value]);
}

describe("a meeting held for a gathering places the gathering", () => {
  it("'met in X for the summit' is the summit's place", () => {
    expect(keyed("Ministers of the river pact met in the Dravish capital, Orlen, for the two-day summit, which closed on Friday.")).toEqual([
      ["place|summit", "orlen"],
    ]);
    expect(keyed("The prime ministers met in Tovask for the annual summit of the league.")).toEqual([["place|summit", "tovask"]]);
  });

  it("negatives: a meeting without a purpose phrase, or for another occasion, stays a meeting", () => {
    expect(keyed("The prime ministers met in Tovask on Friday.")).toEqual([["place|meeting", "tovask"]]);
    expect(keyed("The prime ministers met in Tovask for dinner after the summit.")).toEqual([["place|meeting", "tovask"]]);
  });
});

describe("demonyms in place phrases", () => {
  it("'the Dravish capital, Orlen' names Orlen", () => {
    expect(readPlacePhrase("the Dravish capital, Orlen, for the summit")).toMatchObject({ place: "Orlen" });
  });

  it("a demonym after a venue is not a container place", () => {
    const read = readPlacePhrase("the Merrow Exhibition Centre in the Dravish port city");
    expect(read?.place).toBe("Merrow Exhibition Centre");
    expect(read?.container ?? null).not.toBe("Dravish");
  });
});
