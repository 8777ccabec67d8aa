import { comparePlaceClaims, samePlaceName } from "../../src/align/place.js";
import { extractPlaceClaims, placeCore } from "../../src/extract/place.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };

function claims(...texts: string[]): Claim<"place">[] {
  return texts.flatMap((t, i) => extractPlaceClaims(sourceFrom(`00${i}.txt`, t), ctx));
}

const conflicts = (...texts: string[]) => comparePlaceClaims(claims(...texts)).filter((f) => f.status === "conflict");

describe("two named venues in one town", () => {
  it("reports a castle against a congress centre of the same town as two venues", () => {
    const found = conflicts(
      "The summit was held at Tarnholm Castle in Tarnholm, Norvania.",
      "The summit was held at Tarnholm Castle in Tarnholm, Norvania.",
      "The summit was held at the Tarnholm Congress Centre in Tarnholm, Norvania.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.values.map((v) => v.value).sort()).toEqual(["tarnholm castle", "tarnholm congress centre"]);
  });

  it("reports two venue words on one name as two venues", () => {
    expect(conflicts("The summit was held at the Tarnholm Hotel.", "The summit was held at the Tarnholm Centre.")).toHaveLength(1);
  });

  it("does not read an event word inside a venue's name as an event of its own", () => {
    const read = claims("The summit was held at the Tarnholm Congress Centre.");
    expect(read.map((c) => [c.key, c.value])).toEqual([["place|gathering-venue", "tarnholm congress centre"]]);
  });
});

describe("one venue written several ways (negative cases)", () => {
  it("agrees on a venue with and without its venue word, in two spellings", () => {
    const findings = comparePlaceClaims(
      claims(
        "The final was played at the Valmora Stadium in Castelbrook.",
        "The final was played at the Valmora-Stadion.",
        "The final was played at the Valmora.",
      ),
    );
    expect(findings.map((f) => f.status)).toEqual(["agreement"]);
  });

  it("agrees on a castle and the town it stands in", () => {
    expect(conflicts("The summit was held at Tarnholm Castle in Tarnholm.", "The summit was held in Tarnholm.")).toEqual([]);
  });

  it("compares names by venue word and the rest of the name", () => {
    expect(samePlaceName(placeCore("Tarnholm Stadium"), placeCore("Tarnholm"))).toBe(true);
    expect(samePlaceName(placeCore("Tarnholm Theater"), placeCore("Tarnholm Theatre"))).toBe(true);
    expect(samePlaceName(placeCore("Tarnholm Castle"), placeCore("Tarnholm Centre"))).toBe(false);
    expect(samePlaceName(placeCore("Tarnholm Castle"), placeCore("Oskar Castle"))).toBe(false);
  });
});
