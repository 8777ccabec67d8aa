import { compareNumberClaims } from "../../src/align/number.js";
import { extractNumberClaims } from "../../src/extract/number.js";
import type { Finding } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

/** Findings for one text per source (source ids s0.txt, s1.txt, ...). */
function findingsOf(...texts: string[]): Finding[] {
  const claims = texts.flatMap((t, i) => extractNumberClaims(sourceFrom(`s${i}.txt`, t), { corpusAnchor: null }));
  return compareNumberClaims(claims);
}

function single(...texts: string[]): Finding {
  const f = findingsOf(...texts);
  expect(f).toHaveLength(1);
  return f[0]!;
}

describe("values that agree", () => {
  it("hectares and the same area in acres", () => {
    const f = single("The fire burnt about 4,200 hectares.", "The fire burned some 10,400 acres.", "It burnt 4,200 hectares.");
    expect(f.status).toBe("agreement");
    expect(f.tolerance).toContain("acres→ha conversion");
    expect(f.values[0]!.display).toContain("10,400 acres");
    expect(f.values[0]!.display).toContain("4,200 hectares");
  });

  it("about 900 and an exact 870, within about's ±5% plus rounding", () => {
    const f = single("About 900 firefighters fought the blaze.", "Officials said 870 firefighters were deployed.");
    expect(f.status).toBe("agreement");
    expect(f.tolerance).toContain("about: ±5%");
  });

  it("3:2, 3–2 and 3-2", () => {
    const f = single("**VfR A 3:2 SC B**", "A beat B 3–2 on Saturday.", "A beat B 3-2.");
    expect(f.status).toBe("agreement");
    expect(f.values).toHaveLength(1);
    expect(f.values[0]!.value).toBe("3-2");
  });

  it("61 500 and 61,500", () => {
    expect(single("Attendance: 61 500", "A crowd of 61,500 watched.").status).toBe("agreement");
  });

  it("$4.5bn and US$4.5 billion", () => {
    expect(single("It agreed to buy B for $4.5bn.", "The deal valued B at US$4.5 billion.").status).toBe("agreement");
  });
});

describe("values that conflict", () => {
  it("4,200 ha (and 10,400 acres) against 5,600 ha, the acres sitting with 4,200", () => {
    const f = single(
      "The blaze burnt about 4,200 hectares.",
      "The fire burned some 10,400 acres.",
      "It had burnt 5,600 hectares.",
    );
    expect(f.status).toBe("conflict");
    expect(f.subject).toBe("area burnt (ha)");
    expect(f.values).toHaveLength(2);
    const big = f.values.find((v) => v.display.includes("5,600"))!;
    const small = f.values.find((v) => v.display.includes("4,200"))!;
    expect(big.sources.map((s) => s.source)).toEqual(["s2.txt"]);
    expect(small.display).toContain("10,400 acres");
    expect(small.sources.map((s) => s.source).sort()).toEqual(["s0.txt", "s1.txt"]);
    expect(f.tolerance).toBeDefined();
  });

  it("about 2,300 against about 3,200 evacuated", () => {
    const f = single("Some 2,300 residents were evacuated.", "About 3,200 residents were evacuated.");
    expect(f.status).toBe("conflict");
    expect(f.subject).toBe("people evacuated");
  });

  it("3-2 against 3-1", () => {
    const f = single("A beat B 3-2.", "It gave A a 3-1 win over B.");
    expect(f.status).toBe("conflict");
    expect(f.values.map((v) => v.value).sort()).toEqual(["3-1", "3-2"]);
    expect(f.tolerance).toBe("exact score");
  });

  it("61,500 against 65,100 attendance", () => {
    const f = single("The official attendance was 61,500.", "The official attendance was 65,100.");
    expect(f.status).toBe("conflict");
    expect(f.explanation).toContain("1 source says 65,100");
  });

  it("12 against 14 deaths: small counts are exact", () => {
    expect(single("Officials said 12 people were killed.", "Officials said 14 people were killed.").status).toBe("conflict");
  });

  it("no deaths against two deaths", () => {
    expect(single("No one was killed.", "Two people died in the fire.").status).toBe("conflict");
  });
});

describe("findings", () => {
  it("need two sources", () => {
    expect(findingsOf("The fire burnt 4,200 hectares. It had burnt 5,600 hectares.")).toEqual([]);
  });

  it("have stable ids that do not depend on line numbers", () => {
    const a = single("A beat B 3-2.", "It gave A a 3-1 win over B.");
    const b = single("\n\nA beat B 3-2.", "\nIt gave A a 3-1 win over B.");
    expect(a.id).toBe(b.id);
  });

  it("count a source repeating one figure (headline and body) once", () => {
    const f = single("Wildfire burns 10,400 acres\nIt burned some 10,400 acres.", "The fire burnt 4,200 hectares.");
    expect(f.explanation).toBe("2 sources say 10,400 acres (≈ 4,209 ha) / 4,200 hectares");
  });
});

describe("open-ended figures", () => {
  const sourcesOf = (v: Finding["values"][number]) => [...new Set(v.sources.map((s) => s.source))].sort();

  it("'at least 112' sits with an exact 112, and that 112 conflicts with an exact 121", () => {
    const f = single(
      "A magnitude 7 quake struck, killing at least 112 people.",
      "The death toll from the quake rose to 112 on Monday.",
      "Officials now say 121 people died.",
      "At least 112 people were killed.",
    );
    expect(f.status).toBe("conflict");
    expect(f.values).toHaveLength(2);
    const v112 = f.values.find((v) => v.value === "112")!;
    const v121 = f.values.find((v) => v.value === "121")!;
    expect(sourcesOf(v112)).toEqual(["s0.txt", "s1.txt", "s3.txt"]);
    expect(sourcesOf(v121)).toEqual(["s2.txt"]);
  });

  it("'at least 112' alone does not contradict an exact 121", () => {
    expect(single("At least 112 people were killed.", "Officials now say 121 people died.").status).toBe("agreement");
  });

  it("a floor that fits both sides of a conflict takes neither", () => {
    const f = single(
      "At least 100 people were killed.",
      "Officials said 112 people were killed.",
      "Officials said 121 people were killed.",
    );
    expect(f.status).toBe("conflict");
    expect(f.values.map((v) => v.value).sort()).toEqual(["112", "121"]);
    expect(f.explanation).toContain("1 source says at least 100 people, which fits more than one of these");
  });

  it("a floor above an exact figure still conflicts with it", () => {
    expect(single("At least 130 people were killed.", "Officials said 121 people were killed.").status).toBe("conflict");
  });

  it("more than 400 everywhere agrees", () => {
    expect(single("More than 400 were injured.", "It injured more than 400 people.").status).toBe("agreement");
  });

  it("two ways of saying nobody died agree", () => {
    expect(single("No deaths were reported.", "Nobody died.").status).toBe("agreement");
  });
});

describe("money with no stated measure", () => {
  it("joins the deal value it equals, so one deal's prices are one group", () => {
    const f = findingsOf(
      "Corvane agreed to buy Tellmark for $4.5 billion.",
      "The $4.5 billion price was a record.",
      "Shareholders will vote on a $4.8 billion takeover.",
    );
    expect(f).toHaveLength(1);
    expect(f[0]!.key).toBe("number|deal value|USD");
    expect(f[0]!.status).toBe("conflict");
    const v45 = f[0]!.values.find((v) => v.value === "4500000000 USD")!;
    expect(v45.sources.map((s) => s.source).sort()).toEqual(["s0.txt", "s1.txt"]);
  });

  it("stays apart when it equals no measured amount, or amounts of two measures", () => {
    const none = findingsOf("Corvane agreed to buy Tellmark for $4.5 billion.", "The $3 billion price was a record.");
    expect(none).toEqual([]);
    const two = findingsOf(
      "Corvane agreed to buy Tellmark for $4.5 billion.",
      "Tellmark had revenue of $4.5 billion.",
      "The $4.5 billion figure was a record.",
    );
    expect(two.every((x) => x.status !== "conflict")).toBe(true);
    expect(two.some((x) => x.key === "number|money|USD")).toBe(false);
  });
});

describe("figures for an earlier period", () => {
  it("never conflict with the current figure or with each other", () => {
    const f = findingsOf(
      "Revenue was $12.3 billion, compared with $11.4 billion a year earlier.",
      "Revenue rose to $12.3 billion from $11.2 billion.",
      "Revenue was $12.3bn.",
    );
    expect(f.filter((x) => x.status === "conflict")).toEqual([]);
    expect(f.find((x) => x.key === "number|revenue|USD")?.status).toBe("agreement");
  });
});

describe("speeds", () => {
  it("up to 150 km/h and 93 mph agree; sustained winds and gusts are never compared", () => {
    expect(single("Winds of up to 150 km/h hit the coast.", "Winds of 93 mph hit the coast.").status).toBe("agreement");
    expect(findingsOf("Winds of 120 km/h hit the coast.", "Gusts of 160 km/h hit the coast.")).toEqual([]);
  });
});

describe("job cuts, workforce shares and bracketed conversions across sources", () => {
  it("job cuts written as positions and jobs conflict when the figures differ", () => {
    const f = findingsOf("Norvane said it would cut 1,750 jobs.", "Norvane will eliminate 1,750 positions.", "Norvane will cut 2,300 jobs.");
    const cuts = f.filter((x) => x.key === "number|job cuts|jobs");
    expect(cuts).toHaveLength(1);
    expect(cuts[0]!.status).toBe("conflict");
  });

  it("last year's job cuts never conflict with this year's", () => {
    const f = findingsOf("Norvane will cut 1,750 jobs.", "Norvane will cut 1,750 jobs. Last year's round cut 600 jobs.");
    expect(f.filter((x) => x.status === "conflict")).toEqual([]);
  });

  it("shares of a workforce described differently conflict on different figures", () => {
    const f = findingsOf("That is about 6 percent of its roughly 25,000 employees.", "That is around 6% of its global workforce.", "That is about 9% of its workforce.");
    const share = f.filter((x) => x.key === "number|share of workforce|%");
    expect(share).toHaveLength(1);
    expect(share[0]!.status).toBe("conflict");
  });

  it("a bracketed conversion does not swallow a different figure", () => {
    const f = findingsOf("It had maximum sustained winds of 110 mph (175 km/h).", "It had maximum sustained winds of 130 mph (210 km/h).");
    const wind = f.filter((x) => x.key.includes("wind speed"));
    expect(wind).toHaveLength(1);
    expect(wind[0]!.status).toBe("conflict");
  });

  it("the same speed with and without a bracketed conversion agrees", () => {
    const f = findingsOf("It had maximum sustained winds of 110 mph (175 km/h).", "It had maximum sustained winds of 175 km/h.");
    expect(f.filter((x) => x.status === "conflict")).toEqual([]);
  });
});
