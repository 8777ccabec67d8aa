import { compareDateClaims } from "../../src/align/date.js";
import { extractDateClaims } from "../../src/extract/date.js";
import type { Claim, DateData, DateResolution } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

/** A date claim as the extractor would make it, for comparator-only cases. */
function claim(
  source: string,
  value: string,
  opts: { key?: string; resolution?: DateResolution; granularity?: DateData["granularity"]; display?: string } = {},
): Claim<"date"> {
  const [start, end] = value.includes("/") ? value.split("/") : [value, value];
  const isDay = /^\d{4}-\d{2}-\d{2}/.test(value);
  const granularity = opts.granularity ?? (isDay ? "day" : /^\d{4}$/.test(value) ? "year" : "day");
  return {
    kind: "date",
    key: opts.key ?? "date|meeting|li+berg",
    subject: "meeting of Berg and Li",
    value,
    display: opts.display ?? value,
    evidence: { source, line: 1, column: 1, quote: `${source} says ${value}` },
    rule: "date/test",
    data: {
      start: isDay ? start! : null,
      end: isDay ? end! : null,
      weekday: isDay ? null : granularity === "day" ? value.replace("/", "–") : null,
      resolution: opts.resolution ?? (isDay ? "weekday-past" : granularity === "year" ? "explicit" : "unresolved"),
      anchor: null,
      event: "meeting",
      participants: ["Berg", "Li"],
      granularity,
    },
  };
}

describe("grouping by event and participants", () => {
  test("three sources against one: a conflict explained by counts", () => {
    const findings = compareDateClaims([
      claim("s1", "2024-07-03", { display: "Wednesday 3 July 2024" }),
      claim("s2", "2024-07-03", { display: "Wednesday 3 July 2024" }),
      claim("s3", "2024-07-04", { display: "Thursday 4 July 2024" }),
      claim("s4", "2024-07-03", { display: "Wednesday 3 July 2024" }),
    ]);
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f.status).toBe("conflict");
    expect(f.kind).toBe("date");
    expect(f.explanation).toBe("3 sources say Wednesday 3 July 2024; 1 source says Thursday 4 July 2024");
    expect(f.values.map((v) => v.sources.map((s) => s.source))).toEqual([["s1", "s2", "s4"], ["s3"]]);
  });

  test("the same day from two sources is an agreement; one source alone gives no finding", () => {
    expect(compareDateClaims([claim("s1", "2024-07-03"), claim("s2", "2024-07-03")])[0]!.status).toBe("agreement");
    expect(compareDateClaims([claim("s1", "2024-07-03")])).toEqual([]);
  });

  test("different keys never meet: with and without participants, different events", () => {
    const findings = compareDateClaims([
      claim("s1", "2024-07-03"),
      claim("s2", "2024-07-04", { key: "date|meeting" }),
      claim("s3", "2024-07-05", { key: "date|summit|berg+li" }),
    ]);
    expect(findings).toEqual([]);
  });

  test("finding ids are stable: independent of order and line numbers", () => {
    const a = compareDateClaims([claim("s1", "2024-07-03"), claim("s2", "2024-07-04")])[0]!;
    const moved = claim("s1", "2024-07-03");
    moved.evidence.line = 40;
    const b = compareDateClaims([claim("s2", "2024-07-04"), moved])[0]!;
    expect(b.id).toBe(a.id);
  });
});

describe("ranges, years, weekdays and repeated claims", () => {
  // Policy: a range agrees with any single day inside it; a day outside conflicts.
  test("a single day inside a range agrees with it", () => {
    const findings = compareDateClaims([claim("s1", "2024-07-03/2024-07-04"), claim("s2", "2024-07-04")]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.status).toBe("agreement");
    expect(findings[0]!.values).toHaveLength(2);
    expect(findings[0]!.explanation).toMatch(/agree/);
  });

  test("a single day outside the range conflicts", () => {
    const findings = compareDateClaims([claim("s1", "2024-07-03/2024-07-04"), claim("s2", "2024-07-05")]);
    expect(findings[0]!.status).toBe("conflict");
  });

  test("two different single days conflict even when a range covers both", () => {
    const findings = compareDateClaims([
      claim("s1", "2024-07-03/2024-07-04"),
      claim("s2", "2024-07-03"),
      claim("s3", "2024-07-04"),
    ]);
    expect(findings[0]!.status).toBe("conflict");
  });

  test("year claims compare by year only", () => {
    const key = "date|founding";
    expect(
      compareDateClaims([claim("s1", "2001", { key }), claim("s2", "2001-06-15", { key, resolution: "explicit" })])[0]!.status,
    ).toBe("agreement");
    expect(compareDateClaims([claim("s1", "2001", { key }), claim("s2", "2002", { key })])[0]!.status).toBe("conflict");
  });

  test("unresolved weekdays compare by weekday name", () => {
    expect(compareDateClaims([claim("s1", "Wednesday"), claim("s2", "Wednesday")])[0]!.status).toBe("agreement");
    expect(compareDateClaims([claim("s1", "Wednesday"), claim("s2", "Thursday")])[0]!.status).toBe("conflict");
    expect(compareDateClaims([claim("s1", "Wednesday/Thursday"), claim("s2", "Thursday")])[0]!.status).toBe("agreement");
  });

  // Policy: a source never conflicts with itself; of its values for one key the best resolved is kept.
  test("one source with two values keeps the best-resolved one", () => {
    const findings = compareDateClaims([
      claim("s1", "2024-07-05", { resolution: "weekday-same-week" }),
      claim("s1", "2024-07-03", { resolution: "explicit" }),
      claim("s2", "2024-07-03"),
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.status).toBe("agreement");
    expect(findings[0]!.values.map((v) => v.value)).toEqual(["2024-07-03"]);
  });

  test("a source repeating itself is not two sources", () => {
    expect(compareDateClaims([claim("s1", "2024-07-03"), claim("s1", "2024-07-03")])).toEqual([]);
  });
});

describe("end to end on in-memory reports of one meeting", () => {
  test("past reports of Wednesday against a scheduled Thursday meeting: a conflict about the meeting", () => {
    const thursday = "2024-07-04";
    const ctx = { corpusAnchor: thursday };
    const sources = [
      sourceFrom("000", "At a meeting with Li on Wednesday, Berg hailed the alliance.\nPresident Karl Berg and Premier Li Wen spoke.", thursday),
      sourceFrom("001", "President Karl Berg and Premier Li Wen are scheduled to meet on Thursday.\nBerg and Li are old friends."),
      sourceFrom("002", "President Karl Berg and Premier Li Wen met in the capital on Wednesday.\nBerg and Li smiled."),
      sourceFrom(
        "004",
        "President Karl Berg (right) and Premier Li Wen shake hands during their meeting on the sidelines of the summit in Oslo, Norway, Wednesday.\nBerg and Li then left.",
        thursday,
      ),
    ];
    const claims = sources.flatMap((s) => extractDateClaims(s, ctx));
    const findings = compareDateClaims(claims);
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f.status).toBe("conflict");
    expect(f.key).toBe("date|meeting|berg+li");
    expect(f.subject).toMatch(/meeting/);
    expect(f.values.map((v) => [v.value, v.sources.map((s) => s.source)])).toEqual([
      ["2024-07-03", ["000", "002", "004"]],
      ["2024-07-04", ["001"]],
    ]);
    expect(f.explanation).toBe("3 sources say Wednesday 3 July 2024; 1 source says Thursday 4 July 2024");
  });
});
