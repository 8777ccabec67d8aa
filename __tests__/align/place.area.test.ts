// A flood or fire touches many places: only where it began locates the event.
import { comparePlaceClaims } from "../../src/align/place.js";
import { extractPlaceClaims } from "../../src/extract/place.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
const claims = (...texts: string[]): Claim<"place">[] =>
  texts.flatMap((t, i) => extractPlaceClaims(sourceFrom(`00${i}.txt`, t), ctx));

describe("area events (floods, fires)", () => {
  it("sources naming different villages the floods hit do not conflict, and give no place claim", () => {
    const found = claims("The floods hit the village of Hollin on Monday.", "The floods hit the village of Stavik on Monday.");
    expect(found).toEqual([]);
    expect(comparePlaceClaims(found).filter((f) => f.status === "conflict")).toEqual([]);
  });

  it("where the flooding began is a place claim, and a village agrees with its district", () => {
    const found = claims(
      "The flooding began in the village of Hollin, in the Brenn district, shortly after midnight.",
      "Flooding started in the Brenn district after the river burst its banks.",
    );
    expect(found.map((c) => c.value).sort()).toEqual(["brenn", "hollin"]);
    expect(comparePlaceClaims(found).map((f) => f.status)).toEqual(["agreement"]);
  });

  it("two different villages where the flooding began still conflict", () => {
    const found = claims("The flooding began in the village of Hollin.", "The flooding began in the village of Stavik.");
    expect(comparePlaceClaims(found).map((f) => f.status)).toEqual(["conflict"]);
  });
});
