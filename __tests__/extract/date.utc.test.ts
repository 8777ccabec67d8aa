import { extractDateClaims, universalTimeNear } from "../../src/extract/date.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

// Wednesday 17 September 2025: past-tense "Tuesday" is the 16th.
const WED = "2025-09-17";

function keyed(text: string, published = WED): [string, string][] {
  return extractDateClaims(sourceFrom("a.txt", text, published), { corpusAnchor: null }).map((c: Claim<"date">) => [c.key, c.value]);
}

describe("days stated in universal time", () => {
  it("keys a day given with a GMT or UTC clock time apart from local days", () => {
    expect(keyed("The hurricane made landfall at 04:00 GMT on Wednesday.")).toEqual([["date|landfall utc", "2025-09-17"]]);
    expect(keyed("The hurricane made landfall on Wednesday at 0400 UTC.")).toEqual([["date|landfall utc", "2025-09-17"]]);
    expect(keyed("The storm came ashore Wednesday 0400Z near the port.")).toEqual([["date|landfall utc", "2025-09-17"]]);
  });

  it("keeps local days, and local clock times, under the event's own key", () => {
    expect(keyed("The hurricane made landfall at 11 p.m. on Tuesday, local time.")).toEqual([["date|landfall", "2025-09-16"]]);
    expect(keyed("The hurricane made landfall late on Tuesday.")).toEqual([["date|landfall", "2025-09-16"]]);
  });

  it("ties a GMT time only to the date right beside it", () => {
    const near = "landfall at 04:00 GMT on Wednesday";
    expect(universalTimeNear(near, near.indexOf("Wednesday"), near.length)).toBe(true);
    const apart = "landfall on Tuesday; the agency said 04:00 GMT";
    expect(universalTimeNear(apart, apart.indexOf("Tuesday"), apart.indexOf(";"))).toBe(false);
  });
});

describe("a deal agreed with the day inside the verb phrase", () => {
  it("dates 'agreed on Tuesday to buy'", () => {
    expect(keyed("Halvard agreed on Tuesday to buy Brenmoor for €48 a share.", "2026-03-10")).toEqual([
      ["date|deal announcement", "2026-03-10"],
    ]);
  });

  it("does not date an agreement that is not a deal", () => {
    expect(keyed("The two unions agreed on Tuesday to call off the strike.", "2026-03-10")).toEqual([]);
  });
});

describe("races", () => {
  it("dates a race or marathon won on a weekday", () => {
    expect(keyed("Amos Kiprono won the Lakeshore City Marathon on Sunday in 2:05:37.", "2025-10-13")).toEqual([
      ["date|race", "2025-10-12"],
    ]);
    expect(keyed("The race on Saturday was stopped for rain.", "2025-10-13")).toEqual([["date|race", "2025-10-11"]]);
  });

  it("reads no race date from a finishing time or a margin alone", () => {
    expect(keyed("Kiprono ran 2:05:37 to win by 12 seconds.", "2025-10-13")).toEqual([]);
  });
});
