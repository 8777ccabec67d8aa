import { extractDateClaims } from "../../src/extract/date.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

// Wednesday 17 September 2025: past-tense "Tuesday" is the 16th.
const WED = "2025-09-17";

function keyed(text: string, published = WED): [string, string][] {
  return extractDateClaims(sourceFrom("a.txt", text, published), { corpusAnchor: null }).map((c: Claim<"date">) => [c.key, c.value]);
}

describe("dates attach to the verb of their own clause", () => {
  it("gives the main clause's day to its verb, not to a founding in an appositive", () => {
    expect(
      keyed("The Atlantic Fisheries Alliance, founded by Portugal, Spain and Morocco, admitted Senegal and Cape Verde on Tuesday."),
    ).toEqual([["date|membership|cabo verde+senegal", "2025-09-16"]]);
  });

  it("keeps a year inside a relative clause with its own event and the main day with the main verb", () => {
    expect(keyed("The alliance, which was founded in 1990, met on Tuesday.")).toEqual([
      ["date|founding", "1990"],
      ["date|meeting", "2025-09-16"],
    ]);
  });

  it("never lends the main clause's event to a day inside an appositive", () => {
    // The day in the appositive belongs to "formed"; the main verb "met" has no day of its own.
    expect(keyed("The commission, formed on Tuesday by the three ministries, met again last month.")).toEqual([["date|founding", "2025-09-16"]]);
  });
});

describe("accession as an event", () => {
  it("keys joining and admission on the countries that joined", () => {
    const byJoin = keyed("Senegal and Cape Verde joined the alliance on Tuesday.");
    const byAdmit = keyed("The bloc admitted Cape Verde and Senegal on Tuesday.");
    expect(byJoin).toEqual([["date|membership|cabo verde+senegal", "2025-09-16"]]);
    expect(byAdmit).toEqual(byJoin);
    expect(keyed("The bloc admitted Senegal in 2019.")).toEqual([["date|membership|senegal", "2019"]]);
  });

  it("reads no accession without a group word, or without a country that joined", () => {
    expect(keyed("Twelve people were admitted to hospital on Tuesday.")).toEqual([]);
    expect(keyed("Nadia Rahman joined the alliance on Tuesday.")).toEqual([]);
    expect(keyed("Senegal joined the talks on Tuesday.").map(([k]) => k)).not.toContain("date|membership|senegal");
  });
});
