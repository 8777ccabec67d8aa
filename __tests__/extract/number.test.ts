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

describe("measures named by the clause", () => {
  it("reads a death toll that rose to N, however far back the toll is named", () => {
    const c = claimsOf(
      "The death toll from Sunday's magnitude 6.8 earthquake in the southern province rose to 112 on Monday.",
    ).find((x) => x.data.measure === "deaths");
    expect(c?.key).toBe("number|deaths|people");
    expect(c?.data.approx).toBe("exact");
    expect([c?.data.low, c?.data.high]).toEqual([112, 112]);
    expect(c?.rule).toContain("+clause");
    expect(only("The toll stood at 40 on Tuesday.").key).toBe("number|deaths|people");
  });

  it("gives each number the measure of its own verb", () => {
    const a = claimsOf("The quake struck early on Sunday, killing at least 112 people and injuring more than 400, officials said.");
    expect(a.map((c) => c.key)).toEqual(["number|deaths|people", "number|injured|people"]);
    const b = claimsOf("At least 112 people were killed and more than 400 injured.");
    expect(b.map((c) => c.key)).toEqual(["number|deaths|people", "number|injured|people"]);
    expect(only("Strong earthquake kills at least 112 in the south").key).toBe("number|deaths|people");
  });

  it("reads a participle before the counted noun as the measure", () => {
    const c = only("The mayor said about 3,000 evacuated residents could return.");
    expect(c.key).toBe("number|evacuated|people");
    expect(only("Around 3,000 people left their homes before the storm.").key).toBe("number|evacuated|people");
  });

  it("reads every price of one deal as the deal value", () => {
    for (const text of [
      "Corvane Systems will pay 4.5 billion dollars for Tellmark Analytics, the companies announced on Monday.",
      "It said on Monday it had agreed to buy data software maker Tellmark Analytics for $4.5 billion in cash, a 45% premium.",
      "The group sold its chemicals unit for €2 billion.",
    ]) {
      const money = claimsOf(text).filter((c) => c.rule.startsWith("number/money"));
      expect(money.map((c) => c.data.measure)).toEqual(["deal value"]);
    }
  });
});

describe("speeds", () => {
  it("reads km/h, kilometres per hour and mph as speeds in km/h", () => {
    const kmh = only("Storm Idris made landfall, bringing winds of up to 150 km/h.");
    expect(kmh.key).toBe("number|wind speed|km/h");
    expect(kmh.data.high).toBe(155);
    const words = only("It came ashore with gusts of about 150 kilometres per hour.");
    expect(words.key).toBe("number|wind gusts|km/h");
    const mph = only("Winds of 93 mph battered the coast.");
    expect(mph.data.amount).toBeCloseTo(149.67, 2);
    expect(mph.display).toBe("93 mph (≈ 150 km/h)");
    expect(only("The ferry sails at 20 knots.").data.amount).toBeCloseTo(37.04, 2);
  });

  it("keeps sustained winds and gusts of one sentence apart", () => {
    const claims = claimsOf("Sustained winds reached 120 km/h, with gusts of up to 160 km/h.");
    expect(claims.map((c) => c.data.measure)).toEqual(["wind speed", "wind gusts"]);
  });
});

describe("figures for an earlier period", () => {
  it.each([
    "Revenue was $12.3 billion, compared with $11.4 billion a year earlier.",
    "Revenue rose 8% to $12.3 billion from $11.4 billion.",
    "Revenue was $12.3 billion, up from $11.4 billion.",
  ])("marks the earlier figure in %s", (text) => {
    const money = claimsOf(text).filter((c) => c.rule.startsWith("number/money"));
    expect(money.map((c) => [c.data.amount, c.data.measure])).toEqual([
      [12.3e9, "revenue"],
      [11.4e9, expect.stringMatching(/^earlier /)],
    ]);
  });
});

describe("figures held by a named party", () => {
  it("joins the holder to seats won and vote shares", () => {
    expect(only("The Greens, who won 31 seats, will meet her on Wednesday.").key).toBe("number|seats won of greens|seat");
    expect(only("Norrvik's Harbour Alliance will start talks after winning 142 seats.").data.measure).toBe(
      "seats won of harbour alliance",
    );
    expect(only("The Harbour Alliance took 36.2% of the vote.").subject).toBe("vote share of harbour alliance (%)");
  });

  it("keeps seats and shares with no named holder generic", () => {
    expect(only("It won 142 seats.").data.measure).toBe("count");
    expect(claimsOf("The Greens took 31, with the remaining 30 seats shared among four smaller parties.")[0]?.data.measure).toBe("count");
  });
});

describe("forecasts, ranges and buybacks", () => {
  it("marks forecasts and expectations", () => {
    expect(only("Quorix forecast fourth-quarter revenue of $12.8 billion.").data.measure).toBe("expected revenue");
    expect(only("Revenue beat the 12.1 billion dollars analysts had expected.").data.measure).toMatch(/^expected /);
  });

  it.each([
    "Quorix forecast revenue of between $12.8 billion and $13.1 billion.",
    "Guidance is $12.8bn to $13.1bn.",
    "Between 10 and 15 people died.",
    "Some 10 or 12 people were killed.",
  ])("compares neither end of a range: %s", (text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it("reads changes, not ranges, from 'from N to M' and 'N% to $M'", () => {
    expect(only("The toll rose from 100 to 112.").data.amount).toBe(112);
    expect(claimsOf("Revenue rose 8% to $12.3 billion.").map((c) => c.data.measure)).toEqual(["percent", "revenue"]);
  });

  it("reads a buyback as its own measure, not a deal", () => {
    expect(only("It will buy back $5 billion of its own shares.").data.measure).toBe("buyback");
    expect(only("It also announced a $5 billion share buyback.").data.measure).toBe("buyback");
  });
});

describe("job cuts, shares of a workforce, bracketed conversions, other events' years", () => {
  const dated = (text: string) => extractNumberClaims(sourceFrom("d.txt", text, "2031-06-10"), { corpusAnchor: null });

  it("reads cutting, eliminating, shedding and laying off jobs as one job-cuts figure", () => {
    const keys = [
      "Norvane said on Friday it would cut 1,750 jobs.",
      "Norvane plans to eliminate 1,750 positions.",
      "The carmaker will shed 1,750 roles over two years.",
      "Norvane is to lay off 1,750 workers.",
      "Norvane announced 1,750 job cuts.",
      "Norvane announced 1,750 layoffs.",
    ].map((t) => only(t).key);
    expect(new Set(keys)).toEqual(new Set(["number|job cuts|jobs"]));
  });

  it("does not read other things cut, or jobs merely counted, as job cuts", () => {
    expect(claimsOf("The chain will cut 40 stores.").filter((c) => c.key.includes("job cuts"))).toEqual([]);
    expect(claimsOf("She held three jobs at once.")).toEqual([]);
    expect(claimsOf("The cuts include about 300 jobs in the north.").filter((c) => c.key.includes("job cuts"))).toEqual([]);
  });

  it("keys a share of a workforce the same however the whole is described", () => {
    const keys = [
      "The cuts are about 6 percent of its roughly 25,000 employees.",
      "That is around 6% of its global workforce of about 25,000.",
      "The plan affects about 6% of the group's workforce.",
      "It will cut 6% of its staff.",
    ].map((t) => claimsOf(t).find((c) => c.data.unit === "%")?.key);
    expect(new Set(keys)).toEqual(new Set(["number|share of workforce|%"]));
    // A named company's workforce stays a plain percentage.
    expect(claimsOf("The cuts are 6% of Norvane's workforce.").find((c) => c.data.unit === "%")?.key).not.toContain("workforce");
  });

  it("bounds a bracketed conversion by its own digit and its primary figure", () => {
    const speeds = claimsOf("The storm had maximum sustained winds of 110 mph (175 km/h).").filter((c) => c.data.unit === "km/h");
    expect(speeds).toHaveLength(2);
    // 110 mph is 169–185 km/h at its rounding; "175" alone would read 150–200 (±25).
    for (const c of speeds) {
      expect(c.data.low).toBeGreaterThan(168);
      expect(c.data.high).toBeLessThan(186);
    }
  });

  it("marks a figure in a clause with its own past year as an earlier figure", () => {
    const claims = dated("Storm Marit in 2024 came ashore at 180 km/h and killed 12 people; Storm Aino in 2019 killed 5.");
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.data.measure.startsWith("earlier")).toBe(true);
    expect(dated("In 2028 the company shed 900 jobs.")[0]?.data.measure).toBe("earlier job cuts");
    expect(dated("It follows the loss of 900 roles in 2029.")[0]?.data.measure).toBe("earlier job cuts");
    // The current year, a future one, or a year before the clause's comma leave the figure current.
    expect(dated("In 2031 the company will shed 900 jobs.")[0]?.data.measure).toBe("job cuts");
    expect(dated("The company will shed 900 jobs by 2033.")[0]?.data.measure).toBe("job cuts");
    expect(dated("Founded in 1990, the firm said the storm killed 12 people.")[0]?.data.measure).toBe("deaths");
  });
});

describe("cue verbs with an object of their own", () => {
  it("does not read a verb that has its own object as the number's measure", () => {
    const c = only("Flights were suspended for about 9,000 passengers after the storm damaged a runway.");
    expect(c.key).not.toContain("damaged");
    expect(only("Officials said 300 barns were damaged by the storm.").key).toBe("number|damaged|barn");
  });

  it("reads power cut to N households as households without power, apart from people", () => {
    const c = only("Electricity was cut to some 12,000 households when the storm toppled a pylon.");
    expect(c.key).toBe("number|without power|household");
    expect(only("Nearly 5,000 households were evacuated.").key).not.toContain("people");
  });
});

describe("prize money", () => {
  it("reads the winner's prize apart from the total purse", () => {
    expect(claimsOf("The champion pockets $2.4 million from a purse of $12 million.").map((c) => c.key)).toEqual([
      "number|winner's prize|USD",
      "number|money|USD",
    ]);
    expect(only("The winner's cheque was £500,000.").key).toBe("number|winner's prize|GBP");
    expect(only("Her victory is worth €300,000.").key).toBe("number|winner's prize|EUR");
  });

  it("keeps money without a prize cue generic", () => {
    expect(only("The club spent $2.4 million on the stadium roof.").key).not.toContain("prize");
  });
});
