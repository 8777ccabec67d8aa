import { extractDateClaims } from "../../src/extract/date.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

// Wednesday 11 June 2025: past "Sunday" is 8 June, "Monday" 9 June, "Tuesday" 10 June; future "Friday" 13 June.
const WED = "2025-06-11";

function claimsOf(text: string, published = WED): Claim<"date">[] {
  return extractDateClaims(sourceFrom("a.txt", text, published), { corpusAnchor: null });
}

function keyed(text: string): [string, string][] {
  return claimsOf(text).map((c) => [c.key, c.value]);
}

describe("resignations and appointments are keyed on the person they happened to", () => {
  it("dates a resignation by its subject, through an appositive or a title", () => {
    expect(keyed("Helga Brandvik, chief executive of Ostmark Foods, resigned on Monday.")).toEqual([
      ["date|resignation|brandvik", "2025-06-09"],
    ]);
    expect(keyed("The chief executive of Ostmark Foods, Helga Brandvik, resigned on Tuesday.")).toEqual([
      ["date|resignation|brandvik", "2025-06-10"],
    ]);
    expect(keyed("Brandvik stepped down on Monday as chairman of the group.")).toEqual([["date|resignation|brandvik", "2025-06-09"]]);
    expect(keyed("The finance director, Paulo Serrat, quit on Tuesday.")).toEqual([["date|resignation|serrat", "2025-06-10"]]);
  });

  it("keeps two people's resignations apart", () => {
    expect(keyed("Paulo Serrat resigned on Monday and Ana Lind resigned on Tuesday.")).toEqual([
      ["date|resignation|serrat", "2025-06-09"],
      ["date|resignation|lind", "2025-06-10"],
    ]);
  });

  it("reads the tense: a resignation announced for later is in the future", () => {
    expect(keyed("Brandvik will step down on Friday, the company said.")).toEqual([["date|resignation|brandvik", "2025-06-13"]]);
  });

  it("takes the object of an active appointment and the subject of a passive one", () => {
    expect(keyed("The board appointed Ana Lind as interim chief executive on Tuesday.")).toEqual([
      ["date|appointment|lind", "2025-06-10"],
    ]);
    expect(keyed("Ana Lind was named interim chief executive on Tuesday.")).toEqual([["date|appointment|lind", "2025-06-10"]]);
  });

  it("makes no claim when nobody is named, for a non-passive 'named', or for a deadline", () => {
    expect(keyed("She resigned on Monday.")).toEqual([]);
    expect(keyed("A man named Karl Obst spoke to the crowd on Tuesday.")).toEqual([]);
    expect(keyed("Paulo Serrat resigned on Monday, effective 30 June.")).toEqual([["date|resignation|serrat", "2025-06-09"]]);
  });
});

describe("fines are keyed on the party fined", () => {
  it("takes the object of 'fined' and the subject of 'was fined'", () => {
    const [active] = keyed("The regulator fined Ostmark on Monday.");
    expect(active).toEqual(["date|fine|ostmark", "2025-06-09"]);
    expect(keyed("Ostmark was fined 2 million euros on Monday.")).toEqual([["date|fine|ostmark", "2025-06-09"]]);
  });

  it("a fine imposed by a named authority is not that authority's fine", () => {
    expect(keyed("The Food Standards Agency imposed the fine on Monday.")).toEqual([["date|fine", "2025-06-09"]]);
  });
});

describe("collapses, crashes and other accidents are keyed on the thing they happened to", () => {
  it("dates a collapse by the structure before the verb, or a bare collapse noun", () => {
    expect(keyed("The mine collapsed on Tuesday.")).toEqual([["date|collapse|mine", "2025-06-10"]]);
    expect(keyed("Part of the tunnel collapsed before dawn on Tuesday.")).toEqual([["date|collapse|tunnel", "2025-06-10"]]);
    expect(keyed("The collapse happened early on Monday, before dawn.")).toEqual([["date|collapse", "2025-06-09"]]);
    expect(keyed("The collapse struck at 4.15am on Tuesday.")).toEqual([["date|collapse", "2025-06-10"]]);
    expect(keyed("The dam gave way in the early hours of Tuesday.")).toEqual([["date|collapse|building", "2025-06-10"]]);
    expect(keyed("Rescuers reached the site after the collapse of the bridge on Monday.")).toEqual([
      ["date|collapse|bridge", "2025-06-09"],
    ]);
  });

  it("dates derailments, crashes, explosions, fires and sinkings", () => {
    expect(keyed("A freight train derailed on Monday near the border.")).toEqual([["date|derailment|train", "2025-06-09"]]);
    expect(keyed("The plane crashed shortly after take-off on Sunday.")).toEqual([["date|crash|aircraft", "2025-06-08"]]);
    expect(keyed("A boiler exploded at the works on Tuesday.")).toEqual([["date|explosion|plant", "2025-06-10"]]);
    expect(keyed("The ferry caught fire on Monday.")).toEqual([["date|fire outbreak|vessel", "2025-06-09"]]);
    expect(keyed("The trawler sank on Tuesday.")).toEqual([["date|sinking|vessel", "2025-06-10"]]);
  });

  it("verbs of collapse and crash without a thing, and 'contained' meaning 'included', date nothing", () => {
    expect(keyed("The merger collapsed on Tuesday.")).toEqual([]);
    expect(keyed("Diplomats blamed the collapse of the negotiations on Tuesday.")).toEqual([]);
    expect(keyed("Shares crashed on Monday.")).toEqual([]);
    expect(keyed("The draft that circulated on Thursday night contained 2038 as an end date.")).toEqual([]);
    expect(keyed("The fire was contained on Tuesday.")).toEqual([["date|under control|fire", "2025-06-10"]]);
  });
});

describe("dates that belong to another event", () => {
  it("an election takes the date next to it without making a claim, so no other event borrows it", () => {
    expect(keyed("The minister, killed in a helicopter crash in May, will be succeeded after a runoff election Friday.")).toEqual([]);
    expect(keyed("The party will start coalition talks this week after winning 142 seats in Sunday's election.")).toEqual([]);
  });

  it("an event already dated by a month or year does not take a later date", () => {
    expect(keyed("The plane crashed in May, and the report was published on Tuesday.")).toEqual([]);
    expect(keyed("The plane crashed on Sunday.")).toEqual([["date|crash|aircraft", "2025-06-08"]]);
  });
});

describe("parts of a multi-part event", () => {
  it("a resumption with a later stage makes no claim about the race", () => {
    expect(keyed("The race resumes on Monday with stage 15.")).toEqual([]);
    expect(keyed("The race continues on Tuesday after the rest day.")).toEqual([]);
  });

  it("a numbered stage or round is keyed apart from the event", () => {
    expect(claimsOf("Stage 15 of the race on Monday climbs into the hills.").map((c) => c.key)).toEqual(["date|race stage 15"]);
    expect(claimsOf("The third round of the match on Saturday ended level.").map((c) => c.key)).toEqual(["date|match third round"]);
    expect(keyed("Lind won the race on Sunday.")).toEqual([["date|race", "2025-06-08"]]);
  });
});

describe("timeline lines date their own line's event", () => {
  it("a bold weekday with a colon, or a weekday and a dash, heads the line", () => {
    expect(keyed("- **Tuesday:** chairman Paulo Serrat resigned, and so did Ana Lind.")).toEqual([
      ["date|resignation|serrat", "2025-06-10"],
    ]);
    expect(keyed("- **Also Tuesday:** Ana Lind was named interim chief executive.")).toEqual([
      ["date|appointment|lind", "2025-06-10"],
    ]);
    expect(keyed("Monday — the regulator fined Ostmark.")).toEqual([["date|fine|ostmark", "2025-06-09"]]);
  });

  it("a heading without an event, or a sentence that merely contains a colon, dates nothing", () => {
    expect(keyed("- **Tuesday:** no further comment from the company.")).toEqual([]);
    expect(keyed("Analysts said the outlook for Tuesday: uncertain.")).toEqual([]);
  });
});
