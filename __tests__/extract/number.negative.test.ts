import { compareNumberClaims } from "../../src/align/number.js";
import { extractNumberClaims } from "../../src/extract/number.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

function claimsOf(text: string, id = "a.txt"): Claim<"number">[] {
  return extractNumberClaims(sourceFrom(id, text), { corpusAnchor: null });
}

describe("text that states no quantity", () => {
  it.each([
    ["years", "The group was founded in 2001 and has grown since 1994."],
    ["day-month dates", "The final was played on Saturday, 31 May."],
    ["abbreviated dates", "The fire started on the afternoon of Aug. 12."],
    ["numeric dates", "Regional news | 16/08/2025 - 10:30"],
    ["dotted dates", "18.08.2025, 07:15"],
    ["ISO timestamps", "It was published at 2025-08-15T11:20:00+03:00."],
    ["clock times", "The fire broke out at around 14:30 local time."],
    ["pm times", "The blaze broke out shortly after 2.30pm."],
    ["time zones", "Thursday 04 July 2024 02:07 EDT"],
    ["ages after a name", "In the village, beekeeper Thanasis Rallis, 64, lost his hives."],
    ["ages with turns", "The captain, who turns 34 this summer, cannot carry the midfield."],
    ["ordinal minutes", "Brandt restored the lead in the 58th minute."],
    ["minute marks", "| 58' | Luka Brandt | VfR |"],
    ["minute headings", "17 minutes: Müller gives them the lead."],
    ["on N minutes", "Wieczorek headed them level on 34 minutes."],
    ["ordinal words", "It was their second meeting, the first time in years."],
    ["durations", "It ended a 31-year wait for the club."],
    ["time left", "Then, with two minutes left on the clock, Kaya scored."],
    ["two fronts", "By nightfall it was burning on two fronts."],
    ["tracking ids", "gtag('config', 'G-AEGOBS01', { 'anonymize_ip': true });"],
    ["version numbers", "The app was updated to version 2.3 last week."],
    ["phone numbers", "Call +44 20 7946 0958 for details."],
    ["quoted speech", '"Forty years of work, 300 hives," he said.'],
    ["curly quoted speech", "“We lost 300 hives,” he said."],
    ["list markers", "1. The fire is out."],
    ["HTML attributes", '<img src="/media/fire.jpg" width="1200" height="675">'],
    ["a bare number", "The total was 15."],
    ["one as a pronoun", "It is one of the key pillars of the order."],
    ["a range", "Between 10-15 people gathered."],
  ])("%s", (_label, text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it("does not read 14:30 as a score even next to a result word", () => {
    expect(claimsOf("They won the toss at 14:30.")).toEqual([]);
  });
});

describe("pairs that must not conflict", () => {
  function findingsOf(...texts: string[]) {
    const claims = texts.flatMap((t, i) => claimsOf(t, `s${i}.txt`));
    return compareNumberClaims(claims);
  }

  it("equal counts of a listed set agree", () => {
    const f = findingsOf("The fire forced the evacuation of three villages.", "Flames forced the evacuation of three villages.");
    expect(f.map((x) => x.status)).toEqual(["agreement"]);
  });

  it("a half-time score never conflicts with the final score", () => {
    const f = findingsOf("A beat B 3-2.", "It was 1-1 at half-time.", "A beat B 3-2 after it was 1-1 at half-time.");
    expect(f.filter((x) => x.status === "conflict")).toEqual([]);
  });

  it("running scores make no finding", () => {
    expect(findingsOf("Hofer struck to make it 2-2.", "Kaya scored and A lead 3-2.")).toEqual([]);
  });

  it("counts of sets whose meaning depends on context are at most a variant", () => {
    const f = findingsOf("It grew from an alliance of six countries.", "Leaders from some 15 countries gathered.");
    expect(f).toHaveLength(1);
    expect(f[0]!.status).toBe("variant");
  });

  it("a source that gives two values does not conflict with itself", () => {
    const f = findingsOf("The fire burnt 4,200 hectares. A later estimate said it burnt 5,600 hectares.", "It burnt 4,200 hectares.");
    expect(f).toHaveLength(1);
    expect(f[0]!.status).not.toBe("conflict");
  });

  it("plain money amounts with no stated purpose never conflict", () => {
    const f = findingsOf("The bill came to $300 million.", "The bill came to $900 million.");
    expect(f.every((x) => x.status !== "conflict")).toBe(true);
  });

  it("durations, minutes and years are not compared", () => {
    expect(findingsOf("It ended a 31-year wait.", "They had waited since 1994.", "Kaya scored in the 88th minute.")).toEqual([]);
  });
});

describe("clause cues that must not fire", () => {
  it("a toll road is no death toll", () => {
    expect(claimsOf("The toll road runs to 12 villages.").map((c) => c.data.measure)).toEqual(["count"]);
  });

  it("'from' after a place word is no earlier period", () => {
    expect(claimsOf("Leaders from some 15 countries gathered.")[0]?.data.measure).toBe("count");
  });

  it("a per-year price is a rate but 'a year earlier' is not", () => {
    expect(claimsOf("Rent was $900 a month.")[0]?.data.measure).toBe("price per month");
    expect(claimsOf("Sales were $900 million a year earlier.")[0]?.data.measure).toMatch(/^earlier /);
  });
});
