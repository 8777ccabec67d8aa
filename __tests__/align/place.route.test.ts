import { comparePlaceClaims } from "../../src/align/place.js";
import { extractPlaceClaims } from "../../src/extract/place.js";
import type { Finding } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };

function findings(...bodies: string[]): Finding[] {
  return comparePlaceClaims(bodies.flatMap((b, i) => extractPlaceClaims(sourceFrom(`00${i}.txt`, b), ctx))).filter((f) =>
    f.key.startsWith("place|route-"),
  );
}
const conflicts = (...bodies: string[]) => findings(...bodies).filter((f) => f.status === "conflict");

describe("comparing the ends of the journey", () => {
  it("reports two named destinations of the one crossing, even of different kinds (an island, a town)", () => {
    const found = conflicts(
      "The ferry was making its overnight crossing from Callowport to Merrin Island.",
      "Route: Callowport to Merrin Island, overnight",
      "Families waited for the overnight boat to Merrin Island.",
      "The ferry left Callowport on Sunday on its scheduled overnight crossing to Dunholt.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.key).toBe("place|route-destination");
    const byValue = new Map(found[0]?.values.map((v) => [v.value, v.sources.map((s) => s.source).sort()]));
    expect(byValue.get("merrin")).toEqual(["000.txt", "001.txt", "002.txt"]);
    expect(byValue.get("dunholt")).toEqual(["003.txt"]);
  });

  it("agrees on a place named with and without its type word, and on a place and its container", () => {
    expect(conflicts("its overnight crossing to Merrin Island", "the overnight boat to Merrin")).toHaveLength(0);
    expect(conflicts("its overnight crossing to Harrowby, Merrin Island", "the overnight boat to Merrin Island")).toHaveLength(0);
    expect(findings("its crossing from Callowport to Merrin", "the run from Callowport to Merrin").map((f) => f.status)).toEqual([
      "agreement",
      "agreement",
    ]);
  });

  it("does not set a planned service against the journey reported", () => {
    expect(conflicts("its overnight crossing to Merrin Island", "The line will move the service to Dunholt.")).toHaveLength(0);
  });
});
