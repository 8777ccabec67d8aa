import { compareDateClaims } from "../../src/align/date.js";
import { extractDateClaims } from "../../src/extract/date.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const THU = "2024-07-04";

function claimsOf(text: string, published: string | undefined = THU, id = "a.txt"): Claim<"date">[] {
  return extractDateClaims(sourceFrom(id, text, published), { corpusAnchor: published ?? null });
}

describe("text that states no event date", () => {
  test.each([
    ["a publication line", "The Wire\nThursday 04 July 2024 02:07 EDT\nLeaders gathered in the capital."],
    ["'second meeting in as many months'", "It marked their second meeting in as many months."],
    ["'for the second time in recent months'", "The two are scheduled to meet for the second time in recent months."],
    ["'second time in two months'", "They met for the second time in two months."],
    ["'last week' without a day", "The parliament session began last week and talks resume next week."],
    ["a month alone", "The last meeting between the two leaders took place in May."],
    ["a date inside quoted speech", "“We met on Wednesday and agreed on everything,” the minister said."],
    ["a date inside straight quotes", "He said \"the summit on Friday will decide it\" before leaving."],
    ["an age", "In the village, beekeeper Nikos Rallis, 64, lost his hives."],
    ["a time alone", "The fire broke out at 14:30 in dry scrub."],
    ["'first time since 1994'", "The club won the cup for the first time since 1994."],
    ["'a 31-year wait'", "The victory ended a 31-year wait for the city."],
    ["'since Tuesday'", "The wildfire has been burning since Tuesday."],
    ["a weekday with no event word", "The minister boasted Wednesday that the alliance was strong."],
    ["'began' followed by a verb", "Engineers began inspecting buildings on Thursday."],
    ["an adjective 'final'", "The final whistle blew on Saturday evening."],
    ["'of Tuesday night'", "Crews spent much of Tuesday night and Wednesday fighting on two fronts."],
    ["habitual weekdays", "The council meets on Tuesdays."],
    ["another occasion of the event kind", "Their next match on Wednesday is away, after the opening session on Monday."],
    ["a year that is not a founding", "Its 2022 invasion drew sanctions, and it expanded in 2017."],
  ])("%s", (_label, text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  test("a date tied to one event is not given to another word of the sentence", () => {
    // The date belongs to the meeting (nearest), not the session mentioned later in the sentence.
    const claims = claimsOf(
      "The two presidents are scheduled to meet on Thursday for the second time in recent months as they head to the capital for a session of the council.",
    );
    expect(claims.map((c) => c.data.event)).toEqual(["meeting"]);
  });
});

describe("pairs that must not conflict", () => {
  test("founding years agree across wordings, and a 'since 1994' adds nothing", () => {
    const claims = [
      ...claimsOf("The grouping was established in 2001 by six states.", THU, "s1"),
      ...claimsOf("The organisation was founded in 2001.", THU, "s2"),
      ...claimsOf("Since its inception in Geneva in 2001, the body has grown. It won for the first time since 1994.", THU, "s3"),
    ];
    const findings = compareDateClaims(claims);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.status).toBe("agreement");
  });

  test("different date-line styles resolve to the same day: 'last Tuesday' on Monday, 'Tuesday' on Friday", () => {
    const claims = [
      ...claimsOf("The fire broke out on Tuesday afternoon.", "2025-08-15", "s1"),
      ...claimsOf("The wildfire that broke out last Tuesday was moderate.", "2025-08-18", "s2"),
      // No date line: the year and the weekday come from the corpus anchor (Friday 2025-08-15).
      ...extractDateClaims(sourceFrom("s3", "The fire started on the afternoon of Aug. 12 near the village."), {
        corpusAnchor: "2025-08-15",
      }),
      ...extractDateClaims(sourceFrom("s4", "The blaze broke out on Tuesday afternoon."), { corpusAnchor: "2025-08-15" }),
    ];
    expect(claims).toHaveLength(4);
    const findings = compareDateClaims(claims);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.status).toBe("agreement");
    expect(findings[0]!.values.map((v) => v.value)).toEqual(["2025-08-12"]);
  });

  test("meetings of different people are never compared", () => {
    const claims = [
      ...claimsOf("President Anna Lind met Premier Omar Haddad on Wednesday. Lind and Haddad smiled.", THU, "s1"),
      ...claimsOf("President Anna Lind met Chancellor Paul Weber on Thursday. Lind and Weber smiled.", THU, "s2"),
      ...claimsOf("The committee met on Monday.", THU, "s3"),
    ];
    expect(compareDateClaims(claims)).toEqual([]);
  });
});
