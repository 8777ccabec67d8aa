import { comparePlaceClaims } from "../../src/align/place.js";
import { extractPlaceClaims } from "../../src/extract/place.js";
import type { Finding } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
const LEAD = "The two-day summit of five northern leaders ended on Friday with a joint declaration.";

/** Findings over sources that each open with the same summit lead. */
function findings(...bodies: string[]): Finding[] {
  return comparePlaceClaims(bodies.flatMap((b, i) => extractPlaceClaims(sourceFrom(`00${i}.txt`, `${LEAD}\n${b}`), ctx)));
}
const conflicts = (...bodies: string[]) => findings(...bodies).filter((f) => f.status === "conflict");

describe("venue of the gathering across sources", () => {
  it("reports a castle against a congress centre, however each source ties the venue to the gathering", () => {
    const found = conflicts(
      "Premier Olav Renk hosted President Ida Marsk and Chancellor Pavel Orn at Kellby Castle.",
      "Premier Olav Renk welcomed his guests to Kellby Castle on Thursday.",
      "The leaders signed the declaration at Kellby Castle on Friday.",
      "The two-day meeting at the Kellby Congress Centre produced a signed text.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.key).toBe("place|gathering-venue");
    const byValue = new Map(found[0]?.values.map((v) => [v.value, v.sources.map((s) => s.source).sort()]));
    expect(byValue.get("kellby castle")).toEqual(["000.txt", "001.txt", "002.txt"]);
    expect(byValue.get("kellby congress centre")).toEqual(["003.txt"]);
  });

  it("agrees when every source names the same venue, with or without its town", () => {
    const all = findings(
      "Premier Olav Renk hosted the leaders at Kellby Castle in Kellby.",
      "The leaders signed the declaration at Kellby Castle.",
    );
    expect(all.filter((f) => f.status === "conflict")).toEqual([]);
    expect(all.find((f) => f.key === "place|gathering-venue")?.status).toBe("agreement");
  });
});

describe("venues that must not conflict (negative cases)", () => {
  it("does not set a venue against its town", () => {
    expect(conflicts("Premier Olav Renk hosted the leaders at Kellby Castle.", "The summit was held in Kellby.")).toEqual([]);
  });

  it("does not set the gathering's venue against a side meeting's or last year's", () => {
    expect(
      conflicts(
        "Premier Olav Renk hosted the leaders at Kellby Castle.",
        "Two ministers held a side meeting at the Kellby Grand Hotel.\nLast year's summit at Ostra Palace pledged less money.",
      ),
    ).toEqual([]);
  });

  it("leaves out a source that names two venues for the gathering", () => {
    expect(
      conflicts(
        "Premier Olav Renk hosted the leaders at Kellby Castle.\nThe leaders signed the declaration at the Ostra Palace.",
        "The leaders signed the declaration at the Ostra Palace.",
      ),
    ).toEqual([]);
  });

  it("does not compare a venue a source only plans", () => {
    expect(
      conflicts("Premier Olav Renk hosted the leaders at Kellby Castle.", "The leaders will sign the declaration at the Ostra Palace."),
    ).toEqual([]);
  });
});
