import { extractDateClaims } from "../../src/extract/date.js";
import { sourceFrom } from "../helpers.js";

// Saturday 7 June 2025: in past tense "Thursday" is 5 June, "Tuesday" 3 June.
const SAT = "2025-06-07";

function keyed(text: string): [string, string][] {
  return extractDateClaims(sourceFrom("a.txt", text, SAT), { corpusAnchor: null }).map((c) => [c.key, c.value]);
}

describe("job-cut announcements, dated like deal announcements", () => {
  it("'said on DAY it would cut/eliminate …' is the cuts announcement", () => {
    expect(keyed("Brindle Tools said on Thursday it would cut 900 jobs across its three mills.")).toEqual([["date|cuts announcement", "2025-06-05"]]);
    expect(keyed("Brindle Tools said on Tuesday it would eliminate 900 positions.")).toEqual([["date|cuts announcement", "2025-06-03"]]);
  });

  it("'announced on DAY that it will cut …' and 'announced on DAY, D Month, that …'", () => {
    expect(keyed("The bakery group announced on Tuesday that it will cut 300 jobs.")).toEqual([["date|cuts announcement", "2025-06-03"]]);
    expect(keyed("The bakery group announced on Tuesday, 3 June, that it would shed 300 roles in a restructuring.")).toEqual([
      ["date|cuts announcement", "2025-06-03"],
    ]);
  });

  it("a bare 'announced on DAY' takes its cue from layoffs named in the paragraph", () => {
    expect(keyed("The mill will close by next year. The owners announced on Thursday that it was part of a plan to lay off staff, with 200 jobs going.")).toEqual([
      ["date|cuts announcement", "2025-06-05"],
    ]);
  });

  it("a deal announcement is still a deal announcement", () => {
    expect(keyed("Brindle Tools said on Thursday it would buy its rival in a $2 billion deal.")).toEqual([["date|deal announcement", "2025-06-05"]]);
  });

  it("negatives: a speech verb without a cut, or a cut without an announcement, makes no claim", () => {
    expect(keyed("Brindle Tools said on Thursday it would open a new mill.")).toEqual([]);
    expect(keyed("Workers said on Thursday they were worried about their jobs.")).toEqual([]);
    expect(keyed("The owners announced on Thursday a new chairman.")).toEqual([]);
  });
});
