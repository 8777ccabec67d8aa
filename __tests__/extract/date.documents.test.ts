import { extractDateClaims } from "../../src/extract/date.js";
import { datelineEnd } from "../../src/extract/date/parse.js";
import type { Claim, Source } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

// Saturday 7 June 2025: in past tense "Thursday" is 5 June, "Friday" 6 June, "Monday" 2 June.
const SAT = "2025-06-07";

function claimsOf(source: Source): Claim<"date">[] {
  return extractDateClaims(source, { corpusAnchor: null });
}

function keyed(text: string, published = SAT): [string, string][] {
  return claimsOf(sourceFrom("a.txt", text, published)).map((c) => [c.key, c.value]);
}

describe("signing events, keyed on the document signed", () => {
  it("dates a signing with the document after the verb, across a place", () => {
    expect(keyed("The three governments signed a joint declaration in the old port city on Friday, pledging to share grid capacity.")).toEqual([
      ["date|signing|declaration", "2025-06-06"],
    ]);
    expect(keyed("The two ministers signed the Orlov Treaty on Thursday evening in the cathedral hall.")).toEqual([
      ["date|signing|treaty", "2025-06-05"],
    ]);
  });

  it("reads 'put their names to' as a signing, with the date before it", () => {
    expect(keyed("On Thursday morning the four mayors put their names to the Riverside Accord.")).toEqual([
      ["date|signing|agreement", "2025-06-05"],
    ]);
  });

  it("gives a relative clause's own verb its date and its antecedent as the document", () => {
    expect(keyed("The Lindqvist Charter Declaration, which the ministers signed on Thursday, sets out new fishing limits.")).toEqual([
      ["date|signing|declaration", "2025-06-05"],
    ]);
    expect(keyed("The water pact, which all six states signed on Friday, takes effect in July.")).toEqual([
      ["date|signing|treaty", "2025-06-06"],
    ]);
  });

  it("a passive signing finds its document before the verb", () => {
    expect(keyed("The final communiqué was signed on Friday after a night of haggling.")).toEqual([["date|signing|declaration", "2025-06-06"]]);
  });

  it("a signing ceremony without a document makes a claim without a document key", () => {
    expect(keyed("The signing ceremony took place on Friday in the assembly hall.")).toEqual([["date|signing", "2025-06-06"]]);
  });

  it("dates every event noun coordinated with 'and' before one carrier verb", () => {
    expect(keyed("The leaders' plenary and the signing ceremony took place on Friday, 6 June, in the assembly hall.")).toEqual([
      ["date|signing", "2025-06-06"],
      ["date|summit", "2025-06-06"],
    ]);
  });

  it("a date followed by 'and' and a second verb belongs to the verb before it", () => {
    expect(keyed("The two premiers met in the capital on Thursday and signed a border treaty.")).toEqual([["date|meeting", "2025-06-05"]]);
  });

  it("negatives: signing words with no document, signs and autographs make no claim", () => {
    expect(keyed("The striker signed autographs for fans on Friday.")).toEqual([]);
    expect(keyed("There was a sign of progress on Friday, officials said.")).toEqual([]);
    expect(keyed("The club completed the signing of a new goalkeeper on Thursday.")).toEqual([]);
  });
});

describe("bilateral sessions are meetings, not the summit", () => {
  it("dates a bilateral session as a meeting, the day given with 'had spent ... in'", () => {
    expect(keyed("The hosts praised the northern delegation, which had spent Thursday afternoon in a tense bilateral session with the islanders.")).toEqual([
      ["date|meeting", "2025-06-05"],
    ]);
    expect(keyed("Officials held side talks on Thursday about grain exports.")).toEqual([["date|meeting", "2025-06-05"]]);
  });

  it("negative: a plain session is still the summit's, a bilateral one never is", () => {
    expect(keyed("The two presidents spent Thursday in a bilateral session.").map(([k]) => k)).not.toContain("date|summit");
    expect(keyed("The closing session was held on Friday.")).toEqual([]);
  });
});

describe("another occurrence of a recurring event", () => {
  it("takes the year written before the event noun and keys the occurrence apart", () => {
    expect(keyed("The 2026 regatta will be held on 14 June.")).toEqual([["date|race 2026", "2026-06-14"]]);
    expect(keyed("The 2019 summit opened on 3 May in the same hall.")).toEqual([["date|summit opening 2019", "2019-05-03"]]);
  });

  it("a year equal to the story's own year is the reported occurrence", () => {
    expect(keyed("The 2025 Lakeside Marathon was run on 1 June in light rain.")).toEqual([["date|race", "2025-06-01"]]);
  });

  it("a full date far from the story's date is another occurrence", () => {
    expect(keyed("The previous record was set when the race was held on 9 June 2019.")).toEqual([["date|race 2019", "2019-06-09"]]);
  });

  it("negatives: a weekday for another year's edition makes no claim; next year's edition is left out", () => {
    expect(keyed("The 2026 race will be held on a Sunday, probably on Sunday.")).toEqual([]);
    expect(keyed("Next year's race will be held on 13 June.")).toEqual([]);
  });
});

describe("wire datelines are publication metadata", () => {
  it("finds the end of a leading dateline with a date", () => {
    const text = "PORT ELLIS, Wednesday 4 March 2026 (Coastal Press) - The two firms agreed on Tuesday to merge.";
    expect(text.slice(datelineEnd(text))).toBe("The two firms agreed on Tuesday to merge.");
    const short = "KARVIK, Nordland, Oct 17 (Wirewire) — The treaty was signed on Friday.";
    expect(short.slice(datelineEnd(short))).toBe("The treaty was signed on Friday.");
  });

  it("negatives: a sentence opening with a date, or a dateline without a date, is not cut", () => {
    expect(datelineEnd("On Monday, 3 March - a cold day - the leaders met.")).toBe(0);
    expect(datelineEnd("PORT ELLIS (Coastal Press) - The two firms agreed to merge.")).toBe(0);
    expect(datelineEnd("The leaders met on Friday.")).toBe(0);
  });

  it("never takes the dateline's date as the event's date", () => {
    // Published Wednesday 4 March 2026: the deal was agreed on Tuesday 3 March, whatever the dateline says.
    expect(keyed("PORT ELLIS, Wednesday 4 March 2026 (Coastal Press) - Halloran Group agreed on Tuesday to buy Brisk Foods for $900 million.", "2026-03-04")).toEqual([
      ["date|deal announcement", "2026-03-03"],
    ]);
    expect(keyed("PORT ELLIS, March 4 (Coastal Press) - The harbour summit opened in the old customs house.", "2026-03-04")).toEqual([]);
  });
});

describe("deal announcements whose deal noun is in the paragraph or the headline", () => {
  it("a clock time after 'before' does not stop the date linking to the announcement", () => {
    expect(keyed("On Monday, shortly before 9:30 GMT, the grocer announced that it would buy its rival.")).toEqual([
      ["date|deal announcement", "2025-06-02"],
    ]);
  });

  it("a date before ', and' and a new clause is not the later clause's date", () => {
    expect(keyed("The boards approved the merger late on Sunday, and the companies announced the deal publicly.")).toEqual([]);
  });

  it("takes the deal noun from the previous sentence of the paragraph", () => {
    expect(keyed("The takeover had been rumoured for weeks. Both boards approved it late on Sunday, and the companies announced on Monday that talks were complete.")).toEqual([
      ["date|deal announcement", "2025-06-02"],
    ]);
  });

  it("takes the deal noun from the headline for a lead paragraph", () => {
    const text = [
      "Halloran to swallow Brisk Foods in $900m deal",
      "",
      "The region's oldest bakery chain is changing hands. Brisk Foods will become part of Halloran Group, the two companies announced on June 2.",
    ].join("\n");
    expect(keyed(text)).toEqual([["date|deal announcement", "2025-06-02"]]);
  });

  it("negatives: no deal noun nearby, or the headline's reaching only the lead", () => {
    expect(keyed("The council announced on Monday that the bridge would reopen.")).toEqual([]);
    const filler = "Analysts spent the week arguing about what the price says about the sector and its prospects.";
    const text = [
      "Halloran to swallow Brisk Foods in $900m deal",
      "",
      filler,
      "",
      filler,
      "",
      filler,
      "",
      "Separately, the bakery chain announced on Monday that its head of marketing would retire.",
    ].join("\n");
    expect(keyed(text)).toEqual([]);
  });
});
