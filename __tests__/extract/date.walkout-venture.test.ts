import { extractDateClaims } from "../../src/extract/date.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

// Thursday 12 March 2026: "Tuesday" in the past tense is 10 March, "Monday" 9 March, "Wednesday" 11 March.
const THU = "2026-03-12";

function claimsOf(text: string, published = THU): Claim<"date">[] {
  return extractDateClaims(sourceFrom("a.txt", text, published), { corpusAnchor: null });
}

function keyed(text: string): [string, string][] {
  return claimsOf(text).map((c) => [c.key, c.value]);
}

describe("date claims of joint ventures and partnerships (the announcement)", () => {
  it("dates the announcement of a joint venture, partnership or alliance", () => {
    expect(keyed("Corvell and Istria Motors announced their partnership on Tuesday.")).toEqual([["date|deal announcement", "2026-03-10"]]);
    expect(keyed("The two carmakers announced a joint venture on Wednesday to build batteries.")).toEqual([
      ["date|deal announcement", "2026-03-11"],
    ]);
    expect(keyed("Pellor and Vantis announced on Monday that they will combine forces in a new chip company.")).toEqual([
      ["date|deal announcement", "2026-03-09"],
    ]);
  });

  it("dates what speakers said they would form, create or launch", () => {
    expect(keyed("Pellor and Vantis said on Tuesday they would form a joint venture to make turbines.")).toEqual([
      ["date|deal announcement", "2026-03-10"],
    ]);
    expect(keyed("The airlines said on Monday that they planned to launch an alliance covering Asia.")).toEqual([
      ["date|deal announcement", "2026-03-09"],
    ]);
  });

  it("takes the deal cue of an announcement from its paragraph when a colon splits the clause", () => {
    expect(keyed("Staff heard the news announced on Tuesday: the two firms are setting up a joint venture in the port.")).toEqual([
      ["date|deal announcement", "2026-03-10"],
    ]);
  });

  it("dates nothing for a statement that announces no deal", () => {
    expect(keyed("The mayor said on Tuesday she would form a committee to review the budget.")).toEqual([]);
    expect(keyed("The company said on Tuesday that its venture arm had grown.")).toEqual([]);
    expect(keyed("Analysts said on Monday the alliance was under strain.")).toEqual([]);
    expect(keyed("The ministry announced on Monday that schools would reopen.")).toEqual([]);
  });
});

describe("date claims of walkouts, adoptions and closings at a summit", () => {
  it("dates a walkout as its own event, not the meeting it interrupts", () => {
    expect(keyed("The talks were nearly derailed on Tuesday when the delegations of Arvenia and Tolmark walked out of the hall.")).toEqual([
      ["date|walkout", "2026-03-10"],
    ]);
    expect(keyed("On Tuesday the delegates of three countries walked out of the plenary over the draft.")).toEqual([
      ["date|walkout", "2026-03-10"],
    ]);
    expect(keyed("The text was softened after Arvenia and Tolmark walked out of Tuesday's session in protest.")).toEqual([
      ["date|walkout", "2026-03-10"],
    ]);
    expect(keyed("The minister who led Tuesday's walkout said the text was unacceptable.")).toEqual([["date|walkout", "2026-03-10"]]);
  });

  it("dates the main clause's event after a leading date and a subordinate clause", () => {
    expect(keyed("On Monday, as the opening plenary was debating the draft, the delegations of Arvenia and Tolmark rose from their seats and walked out of the hall.")).toEqual([
      ["date|walkout", "2026-03-09"],
    ]);
    expect(keyed("On Monday, while the summit was in recess, the ministers met in private.")).toEqual([["date|meeting", "2026-03-09"]]);
  });

  it("dates the adoption of a communiqué on its document, even with the occasion between", () => {
    expect(keyed("Delegates from 30 countries adopted a final communiqué at the Harbour Summit in Velmar on Wednesday.")).toEqual([
      ["date|adoption|declaration", "2026-03-11"],
    ]);
    expect(keyed("The assembly adopted a resolution on Tuesday.")).toEqual([["date|adoption|resolution", "2026-03-10"]]);
  });

  it("keys a closing phase verb right before the date as the closing", () => {
    expect(keyed("Three days of talks at the summit ended on Wednesday night with applause in the plenary hall.")).toEqual([
      ["date|summit closing", "2026-03-11"],
    ]);
  });

  it("makes no claim for an adoption without a document, nor for a walkout without a date", () => {
    expect(keyed("The city adopted a stray dog on Tuesday.")).toEqual([]);
    expect(keyed("If the delegations walk out again, the host will need a new offer.")).toEqual([]);
    // A leading date whose own clause holds its event keeps it.
    expect(keyed("On Monday, the ministers met, as expected.")).toEqual([["date|meeting", "2026-03-09"]]);
  });
});
