import { extractNumberClaims } from "../../src/extract/number.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

function claimsOf(text: string): Claim<"number">[] {
  return extractNumberClaims(sourceFrom("a.txt", text), { corpusAnchor: null });
}

function only(text: string): Claim<"number"> {
  const claims = claimsOf(text);
  expect(claims).toHaveLength(1);
  return claims[0]!;
}

describe("areas", () => {
  it("reads hectares and ha as one unit", () => {
    const a = only("The blaze burnt 4,200 hectares of forest.");
    const b = only("The blaze burnt 4,200 ha of forest.");
    expect(a.key).toBe("number|area burnt|ha");
    expect(b.key).toBe(a.key);
    expect(a.data.amount).toBe(4200);
    expect(b.data.amount).toBe(4200);
  });

  it("converts acres, square kilometres and square miles to hectares and says so", () => {
    const acres = only("The fire burned 10,400 acres.");
    expect(acres.key).toBe("number|area burnt|ha");
    expect(acres.data.amount).toBeCloseTo(4208.73, 1);
    expect(acres.display).toBe("10,400 acres (≈ 4,209 ha)");
    expect(acres.rule).toContain("converted(acres→ha)");
    expect(only("Flames scorched 15 square kilometres.").data.amount).toBeCloseTo(1500, 6);
    expect(only("Flames scorched 15 km² of scrub.").data.amount).toBeCloseTo(1500, 6);
    expect(only("Flames scorched 2 square miles.").data.amount).toBeCloseTo(517.9976, 3);
  });

  it("keeps an area with no stated event as a plain area", () => {
    expect(only("The park covers 300 hectares.").key).toBe("number|area|ha");
  });
});

describe("money", () => {
  it.each([
    "The company agreed to buy its rival for $4.5 billion.",
    "The company agreed to buy its rival for $4.5bn.",
    "The company agreed to buy its rival for 4.5 billion dollars.",
    "The company agreed to buy its rival for US$4.5 billion.",
  ])("reads %s as 4.5 billion US dollars", (text) => {
    const c = only(text);
    expect(c.key).toBe("number|deal value|USD");
    expect(c.data.amount).toBe(4.5e9);
    expect(c.data.low).toBeCloseTo(4.45e9, -3);
    expect(c.data.high).toBeCloseTo(4.55e9, -3);
  });

  it("keeps currencies apart", () => {
    expect(only("The takeover was valued at €3 billion.").data.unit).toBe("EUR");
    expect(only("The takeover was valued at £3 billion.").data.unit).toBe("GBP");
  });

  it("reads no figure from vague plurals", () => {
    expect(claimsOf("Russia obtained billions of dollars' worth of goods.")).toEqual([]);
    expect(claimsOf("Thousands of fans filled the square.")).toEqual([]);
  });
});

describe("percentages", () => {
  it.each(["45%", "45 percent", "45 per cent"])("reads %s", (written) => {
    const c = only(`The bloc represents ${written} of the world's population.`);
    expect(c.data.unit).toBe("%");
    expect(c.data.amount).toBe(45);
    expect(c.key).toBe("number|share of world population|%");
  });

  it("reads approximated shares with their bounds", () => {
    const nearly = only("It represents nearly 45 percent of the world's population.");
    expect(nearly.data.high).toBeCloseTo(45.5, 6);
    expect(nearly.data.low).toBeLessThan(45);
    const over = only("It spans over 60 percent of the landmass.");
    expect(over.data.approx).toBe("over");
    expect(over.data.low).toBeCloseTo(59.5, 6);
    expect(over.data.high).toBe(100);
  });
});

describe("thousands separators", () => {
  it.each([
    ["comma", "A crowd of 61,500 watched."],
    ["space", "Attendance: 61 500 · Referee: A. Person"],
    ["no-break space", "A crowd of 61\u00a0500 watched."],
    ["narrow no-break space", "A crowd of 61\u202f500 watched."],
    ["dot before a counted noun", "The match was played in front of 61.500 spectators."],
  ])("reads 61,500 with a %s", (_label, text) => {
    const c = only(text);
    expect(c.key).toBe("number|attendance|people");
    expect(c.data.amount).toBe(61500);
    expect(c.display).toContain("61");
  });

  it("keeps a dot as a decimal mark where a fraction makes sense", () => {
    expect(only("Turnout was 61.500 percent.").data.amount).toBeCloseTo(61.5, 6);
  });
});

describe("scores", () => {
  it.each([
    ["beat B 3-2", "A beat B 3-2 in the final."],
    ["en dash", "A are winners after beating B 3–2 in the final."],
    ["em dash", "A beat B 3—2."],
    ["colon", "A beat B 3:2 on Saturday."],
  ])("reads the final score with a %s", (_label, text) => {
    const c = only(text);
    expect(c.key).toBe("number|final score|score");
    expect(c.value).toBe("3-2");
    expect(c.data.score).toEqual([3, 2]);
  });

  it("reads a result line with the score between the teams, and 3:2 is not a time there", () => {
    const c = only("**VfR Alpha 3:2 SC Beta**");
    expect(c.key).toBe("number|final score|score");
    expect(c.display).toBe("3:2");
    expect(c.rule).toBe("number/score-header");
  });

  it("reads a 3-1 win over as a final score", () => {
    expect(only("The goal gave A a 3-1 win over B.").value).toBe("3-1");
  });

  it("gives half-time and running scores their own measures", () => {
    expect(only("It was 1-1 at half-time.").key).toBe("number|half-time score|score");
    expect(only("Half-time: 1-1.").key).toBe("number|half-time score|score");
    expect(only("The sides went in at 1-1.").key).toBe("number|half-time score|score");
    expect(only("Hofer struck to make it 2-2.").key).toBe("number|running score|score");
  });

  it("skips scores of other matches", () => {
    expect(claimsOf("They beat B 2-0 in the semi-final.")).toEqual([]);
  });
});

describe("magnitudes", () => {
  it.each(["a magnitude 6.1 earthquake", "a 6.1-magnitude earthquake", "a magnitude-6.1 quake"])("reads %s", (text) => {
    const c = only(`The region was shaken by ${text}.`);
    expect(c.key).toBe("number|magnitude|M");
    expect(c.data.amount).toBeCloseTo(6.1, 6);
    expect(c.data.low).toBeCloseTo(6.05, 6);
    expect(c.data.high).toBeCloseTo(6.15, 6);
  });
});

describe("counts", () => {
  it("reads what is counted, lemmatised", () => {
    const c = only("Officials said 870 firefighters had been deployed.");
    expect(c.key).toBe("number|count|firefighter");
    expect(c.subject).toBe("number of firefighters");
    expect(c.display).toBe("870 firefighters");
    expect(only("It was fought by 11 water-bombing aircraft.").key).toBe("number|count|water-bombing aircraft");
    expect(only("There are 14 dialogue partners.").key).toBe("number|count|dialogue partner");
  });

  it("reads number words and the event that happened to those counted", () => {
    const c = only("Three firefighters were treated for smoke inhalation.");
    expect(c.key).toBe("number|injured|firefighter");
    expect(c.data.amount).toBe(3);
    expect(c.subject).toBe("firefighters injured");
  });

  it("folds residents and people into one evacuated measure", () => {
    const a = only("Some 2,300 residents were evacuated.");
    const b = only("The fire forced about 2,300 people from their homes.");
    const c = only("It forced 2,300 people to leave their villages.");
    for (const x of [a, b, c]) expect(x.key).toBe("number|evacuated|people");
    expect(a.subject).toBe("people evacuated");
  });

  it("reads sets, compounds and approximate counts", () => {
    expect(only("It grew from an alliance of six countries.").key).toBe("number|count|country");
    expect(only("Leaders of the now 10-member bloc arrived.").key).toBe("number|count|member");
    const some = only("Leaders from some 15 countries gathered.");
    expect(some.data.approx).toBe("about");
    expect(some.data.amount).toBe(15);
  });

  it("reads attendance from a crowd, spectators or the attendance line", () => {
    for (const text of ["A crowd of 61,500 watched.", "They won in front of 61,500 spectators.", "The official attendance was 61,500."]) {
      expect(only(text).key).toBe("number|attendance|people");
    }
  });

  it("reads scaled counts", () => {
    const c = only("The bloc represents over 3 billion people.");
    expect(c.key).toBe("number|population|people");
    expect(c.data.amount).toBe(3e9);
    expect(c.display).toBe("over 3 billion people");
  });

  it("reads a stated absence of deaths as zero deaths", () => {
    const c = only("No one was killed.");
    expect(c.key).toBe("number|deaths|people");
    expect(c.data.amount).toBe(0);
  });
});

describe("approximations and rounding", () => {
  it("gives exact round figures half a unit of their last non-zero digit", () => {
    const c = only("The fire burnt 4,200 hectares.");
    expect([c.data.low, c.data.high]).toEqual([4150, 4250]);
    const d = only("Officials said 870 firefighters were deployed.");
    expect([d.data.low, d.data.high]).toEqual([865, 875]);
  });

  it("keeps small counts exact", () => {
    const c = only("Officials said 12 people were killed.");
    expect(c.key).toBe("number|deaths|people");
    expect([c.data.low, c.data.high]).toEqual([12, 12]);
  });

  it("widens about N by 5% plus rounding", () => {
    const c = only("About 900 firefighters were deployed.");
    expect(c.data.approx).toBe("about");
    expect(c.data.low).toBeCloseTo(900 * 0.95 - 50, 6);
    expect(c.data.high).toBeCloseTo(900 * 1.05 + 50, 6);
  });

  it.each([
    ["more than 50 people were killed", "over", 50, Number.MAX_SAFE_INTEGER],
    ["at least 50 people were killed", "at-least", 50, Number.MAX_SAFE_INTEGER],
    ["up to 50 people were killed", "at-most", 0, 50],
    ["fewer than 50 people were killed", "under", 0, 50],
  ])("reads %s", (text, approx, low, high) => {
    const c = only(`Officials said ${text}.`);
    expect(c.data.approx).toBe(approx);
    expect(c.data.low).toBe(low);
    expect(c.data.high).toBe(high);
  });
});

describe("evidence", () => {
  it("points at the number's line and column and quotes the sentence", () => {
    const claims = extractNumberClaims(
      sourceFrom("w.txt", "Headline\n\nThe fire started early. It burnt 4,200 hectares."),
      { corpusAnchor: null },
    );
    expect(claims).toHaveLength(1);
    const ev = claims[0]!.evidence;
    expect(ev).toEqual({ source: "w.txt", line: 3, column: 34, quote: "It burnt 4,200 hectares." });
  });
});
