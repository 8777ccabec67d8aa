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

describe("signings keyed on their document", () => {
  // Sunday 8 June 2025: in past tense "Friday" is 6 June, "Thursday" 5 June.
  const SUN = "2025-06-08";
  function findingsOf(texts: string[]) {
    const claims = texts.flatMap((t, i) => extractDateClaims(sourceFrom(`s${i}.txt`, t, SUN), { corpusAnchor: null }));
    return compareDateClaims(claims);
  }

  test("a bare signing ceremony joins the one document signed, and a day off conflicts", () => {
    const findings = findingsOf([
      "The four ministers signed the Delta Water Declaration on Friday.",
      "The Delta Water Declaration, which the ministers signed on Thursday, caps river withdrawals.",
      "The signing ceremony took place on Friday in the river authority's hall.",
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.key).toBe("date|signing|declaration");
    expect(findings[0]!.status).toBe("conflict");
    expect(findings[0]!.values.map((v) => [v.value, v.sources.length])).toEqual([
      ["2025-06-06", 2],
      ["2025-06-05", 1],
    ]);
  });

  test("negatives: two different documents never meet, and a bare ceremony then joins neither", () => {
    const findings = findingsOf([
      "The ministers signed the river treaty on Friday.",
      "The ministers signed a side declaration on Thursday.",
      "The signing ceremony took place on Thursday.",
    ]);
    expect(findings.filter((f) => f.status === "conflict")).toEqual([]);
  });

  test("negative: a later edition's date never meets the reported race", () => {
    const findings = findingsOf(["The lake regatta was held on Saturday.", "The 2026 regatta will be held on 13 June.", "Saturday's regatta drew 90 boats."]);
    expect(findings.filter((f) => f.status === "conflict")).toEqual([]);
    expect(findings.map((f) => f.key)).toEqual(["date|race"]);
  });
});
