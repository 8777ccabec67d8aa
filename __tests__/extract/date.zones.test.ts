import { extractDateClaims, zonedClockNear } from "../../src/extract/date.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const WED = "2025-09-17";

function claims(text: string, published = WED): Claim<"date">[] {
  return extractDateClaims(sourceFrom("a.txt", text, published), { corpusAnchor: null });
}
function keyed(text: string, published = WED): [string, string][] {
  return claims(text, published).map((c) => [c.key, c.value]);
}

describe("days given with a clock time in a named zone", () => {
  it("moves a day in a zone of known offset to its UTC day", () => {
    // 11 p.m. EDT on Tuesday is 03:00 UTC on Wednesday.
    const [late] = claims("The storm made landfall at 11 p.m. EDT Tuesday.");
    expect([late!.key, late!.value]).toEqual(["date|landfall utc", "2025-09-17"]);
    expect(late!.display).toContain("11 p.m. EDT");
    expect(late!.rule).toContain("tz-EDT-to-utc");
    // Earlier in the evening it is still Tuesday in UTC.
    expect(keyed("The storm made landfall at 7 p.m. EDT on Tuesday.")).toEqual([["date|landfall utc", "2025-09-16"]]);
    // East of Greenwich the UTC day can be the day before.
    expect(keyed("The quake struck Friday at 2 a.m. JST.")).toEqual([["date|earthquake utc", "2025-09-11"]]);
  });

  it("gives a local time and the same instant in GMT one UTC day", () => {
    expect(keyed("The storm made landfall at 11 p.m. EDT Tuesday.")).toEqual(keyed("The storm made landfall at 0300 GMT on Wednesday."));
    expect(keyed("The quake struck at 3 a.m. local time (0100 GMT) on Friday.")).toEqual([["date|earthquake utc", "2025-09-12"]]);
  });

  it("keys a day in an ambiguous abbreviation by that zone only", () => {
    expect(keyed("The quake struck at 9 a.m. IST on Friday.")).toEqual([["date|earthquake tz ist", "2025-09-12"]]);
  });

  it("leaves local days and unzoned clock times under the event's own key", () => {
    expect(keyed("The storm made landfall late on Tuesday.")).toEqual([["date|landfall", "2025-09-16"]]);
    expect(keyed("The storm made landfall at 11 p.m. on Tuesday.")).toEqual([["date|landfall", "2025-09-16"]]);
  });

  it("reads a zone only right beside the date", () => {
    const text = "landfall on Tuesday; the agency said 11 p.m. EDT";
    expect(zonedClockNear(text, text.indexOf("Tuesday"), text.indexOf(";"))).toBeNull();
    const near = "at 11 p.m. EDT Tuesday";
    expect(zonedClockNear(near, near.indexOf("Tuesday"), near.length)).toMatchObject({ zone: "EDT", offset: -4, minutes: 23 * 60 });
  });
});

describe("a win with a finishing time dates the competition", () => {
  const MON = "2025-10-13";

  it("dates the race when the race noun is in another sentence, or named nowhere", () => {
    expect(keyed("The Lakeshore marathon drew 30,000 runners.\nKiprono ran 2:05:37 on Sunday to win.", MON)).toEqual([["date|race", "2025-10-12"]]);
    expect(keyed("Kiprono won in 2:05:37 on Sunday.", MON)).toEqual([["date|race", "2025-10-12"]]);
  });

  it("reads nothing when the source names two kinds of competition, or no win, or no time", () => {
    expect(keyed("The race was hot.\nThe cup match is on Saturday week.\nKiprono ran 2:05:37 on Sunday to win.", MON).map(([k]) => k)).not.toContain("date|race");
    expect(keyed("She ran 2:19:12 in Chicago on Oct. 8 last year.", MON)).toEqual([]);
    expect(keyed("The Union Party won on Sunday.", MON)).toEqual([]);
    expect(keyed("Kiprono ran 2:05:37 to win by 12 seconds.", MON)).toEqual([]);
  });
});
