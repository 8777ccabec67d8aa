import { extractDateClaims } from "../../src/extract/date.js";
import type { ExtractContext } from "../../src/extract/context.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const NO_CORPUS: ExtractContext = { corpusAnchor: null };

function claimsOf(text: string, published?: string, ctx: ExtractContext = NO_CORPUS): Claim<"date">[] {
  return extractDateClaims(sourceFrom("a.txt", text, published), ctx);
}

function only(text: string, published?: string, ctx?: ExtractContext): Claim<"date"> {
  const claims = claimsOf(text, published, ctx);
  expect(claims).toHaveLength(1);
  return claims[0]!;
}

// Thursday 4 July 2024
const THU = "2024-07-04";

describe("weekdays resolved by tense against the publication date", () => {
  test("past: 'met on Wednesday' in a Thursday paper is the day before", () => {
    const c = only("Prime Minister Anna Lindqvist and President Tomas Berg met in Oslo on Wednesday. Berg said little.", THU);
    expect(c.value).toBe("2024-07-03");
    expect(c.display).toBe("Wednesday 3 July 2024");
    expect(c.data.resolution).toBe("weekday-past");
    expect(c.data.anchor).toEqual({ date: THU, origin: "publication" });
    expect(c.data.event).toBe("meeting");
    expect(c.rule).toBe("date/weekday+past");
  });

  test("future: 'are scheduled to meet on Thursday' is on or after the anchor", () => {
    const c = only("Lindqvist and Berg are scheduled to meet on Thursday in Oslo.", "2024-07-02");
    expect(c.value).toBe("2024-07-04");
    expect(c.data.resolution).toBe("weekday-future");
  });

  test("'will' and 'next' point forward, 'last' back", () => {
    expect(only("The summit will convene on Wednesday.", THU).value).toBe("2024-07-10");
    expect(only("The fire broke out last Tuesday.", "2025-08-18").value).toBe("2025-08-12");
    expect(only("The council session is held next Monday.", THU).value).toBe("2024-07-08");
  });

  test("present-tense caption: the nearest such day in the anchor's week", () => {
    const c = only("President Tomas Berg attends the summit in Oslo, Norway, Friday.", THU);
    expect(c.value).toBe("2024-07-05");
    expect(c.data.resolution).toBe("weekday-same-week");
    expect(c.rule).toContain("caption");
  });

  test("past across a year end: 'met on Friday' published Monday 2024-01-01", () => {
    expect(only("The two ministers met on Friday.", "2024-01-01").value).toBe("2023-12-29");
  });

  test("no publication date: the corpus anchor is used and the claim says so", () => {
    const c = only("The fire broke out on Tuesday afternoon.", undefined, { corpusAnchor: "2025-08-15" });
    expect(c.value).toBe("2025-08-12");
    expect(c.data.anchor).toEqual({ date: "2025-08-15", origin: "corpus" });
    expect(c.rule).toContain("corpus-anchor");
  });

  test("no anchor at all: the weekday stays a weekday", () => {
    const c = only("The fire broke out on Tuesday afternoon.");
    expect(c.value).toBe("Tuesday");
    expect(c.data.start).toBeNull();
    expect(c.data.resolution).toBe("unresolved");
    expect(c.data.anchor).toBeNull();
  });
});

describe("explicit dates", () => {
  test("a full date needs no anchor", () => {
    const c = only("The agreement was established on 3 July 2024 in Geneva.");
    expect(c.value).toBe("2024-07-03");
    expect(c.data.resolution).toBe("explicit");
  });

  test("a year-less date takes the anchor's year", () => {
    const c = only("The fire started on the afternoon of Aug. 12 near the village.", "2025-08-15");
    expect(c.value).toBe("2025-08-12");
    expect(c.data.resolution).toBe("explicit-year-from-anchor");
    expect(c.data.event).toBe("outbreak");
  });

  test("a year-less date near New Year goes to the nearer year", () => {
    expect(only("The talks began on Dec. 30 in Vienna.", "2025-01-02").value).toBe("2024-12-30");
  });

  test("'on the evening of Aug. 14' and 'on Saturday, 31 May'", () => {
    expect(only("It was declared under control on the evening of Aug. 14.", "2025-08-15").value).toBe("2025-08-14");
    const c = only("The city played host to a final worth remembering on Saturday, 31 May, as the home side won.", "2025-06-01");
    expect(c.value).toBe("2025-05-31");
    expect(c.data.event).toBe("match");
  });

  test("month-first dates with a year: 'July 3, 2024'", () => {
    expect(only("The leaders met on July 3, 2024, in Astana.").value).toBe("2024-07-03");
  });

  test("a year-less date without any anchor is not placed", () => {
    expect(claimsOf("The fire started on Aug. 12.")).toEqual([]);
  });
});

describe("which event a date is about", () => {
  test("'held on Wednesday and Thursday' is a range for the session before it", () => {
    const c = only("The meeting is part of the annual session of the Council in Oslo, held on Wednesday and Thursday.", THU);
    expect(c.data.event).toBe("summit");
    expect(c.value).toBe("2024-07-03/2024-07-04");
    expect(c.data.start).toBe("2024-07-03");
    expect(c.data.end).toBe("2024-07-04");
    expect(c.display).toBe("Wednesday–Thursday 3–4 July 2024");
  });

  test("possessive: 'Thursday's meeting', 'Saturday's Hansa Cup final'", () => {
    expect(only("Attending Thursday's meeting are three premiers.", THU).data.event).toBe("meeting");
    const c = only("It fell quiet late in Saturday's Northern Cup final, and then the winner came.", "2025-06-02");
    expect(c.data.event).toBe("match");
    expect(c.value).toBe("2025-05-31");
  });

  test("a caption's trailing date goes to the picture's main event, not a later noun", () => {
    const text =
      "Prime Minister Anna Lindqvist (right) and President Tomas Berg shake hands during their meeting on the sidelines of the regional summit in Oslo, Norway, Wednesday.\nLindqvist and Berg spoke briefly.";
    const c = only(text, THU);
    expect(c.data.event).toBe("meeting");
    expect(c.value).toBe("2024-07-03");
    expect(c.key).toBe("date|meeting|berg+lindqvist");
  });

  test("founding years: granularity year, event founding", () => {
    for (const text of [
      "The grouping was established in 2001 by four states.",
      "The alliance was founded in 2001.",
      "Since its inception in Geneva in 2001, the body has grown.",
    ]) {
      const c = only(text);
      expect(c.value).toBe("2001");
      expect(c.data.granularity).toBe("year");
      expect(c.data.event).toBe("founding");
      expect(c.key).toBe("date|founding");
    }
  });

  test("arrivals carry who arrived", () => {
    const c = only("President Tomas Berg arrived on Tuesday. Berg was greeted by children.", THU);
    expect(c.data.event).toBe("arrival");
    expect(c.key).toBe("date|arrival|berg");
    expect(c.value).toBe("2024-07-02");
  });

  test("outbreak and control of a fire: the thing is the participant, 'fire service' is not the fire", () => {
    const fire = claimsOf(
      "The blaze broke out on Tuesday afternoon.\nThe wildfire was brought under control on Thursday evening.\nThe regional fire service declared it under control on Thursday evening.",
      "2025-08-15",
    );
    expect(fire.map((c) => [c.key, c.value])).toEqual([
      ["date|outbreak|fire", "2025-08-12"],
      ["date|under control|fire", "2025-08-14"],
      ["date|under control", "2025-08-14"],
    ]);
  });

  test("briefings take the speaker from the clause, even when the date is in a quote's frame", () => {
    const text =
      "Regional governor Eleni Petrova spoke to crews.\n“We have lost forests,” Petrova told reporters on Aug. 13. “We did not lose lives.”";
    const c = only(text, "2025-08-15");
    expect(c.key).toBe("date|briefing|petrova");
    expect(c.subject).toBe("briefing of Petrova");
    expect(c.value).toBe("2025-08-13");
  });

  test("participants: people named alone elsewhere keep their short form; places are not people", () => {
    const text = [
      "Russian President Ivan Dorokhov and Chinese President Li Wenbo met in Kazakhstan on Wednesday.",
      "Dorokhov and Li spoke for an hour.",
    ].join("\n");
    const c = claimsOf(text, THU)[0]!;
    expect(c.key).toBe("date|meeting|dorokhov+li");
    expect(c.subject).toBe("meeting of Dorokhov and Li");
    expect(c.data.participants).toEqual(["Dorokhov", "Li"]);
  });

  test("evidence points at the date in its line and keeps the sentence", () => {
    const text = "First line.\nThe council met on Monday. It adjourned.";
    const c = only(text, THU);
    expect(c.evidence.line).toBe(2);
    expect(c.evidence.column).toBe(1 + "The council met ".length);
    expect(c.evidence.quote).toBe("The council met on Monday.");
  });
});
