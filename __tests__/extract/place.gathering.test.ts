import { extractPlaceClaims } from "../../src/extract/place.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
// Every source here is about one summit, unless a test says otherwise.
const LEAD = "The two-day summit of five northern leaders ended on Friday with a joint declaration.";

function venues(...lines: string[]): Claim<"place">[] {
  return extractPlaceClaims(sourceFrom("000.txt", lines.join("\n")), ctx).filter((c) => c.key === "place|gathering-venue");
}

describe("the venue of the gathering a source is about", () => {
  it("reads where the host hosted a list of guests", () => {
    const [c, ...rest] = venues(
      LEAD,
      "Premier Olav Renk hosted President Ida Marsk, Chancellor Pavel Orn, Prime Minister Lisa Vant and President Tor Hale at Kellby Castle, a restored fortress above the town.",
    );
    expect(rest).toHaveLength(0);
    expect(c).toMatchObject({ value: "kellby castle", subject: "venue of the gathering", rule: "place/host+gathering-venue" });
    expect(c?.evidence.line).toBe(2);
  });

  it("reads where the host welcomed the guests to", () => {
    const found = venues(LEAD, "The host, Premier Olav Renk, welcomed his four guests to Kellby Castle on Thursday afternoon for two days of talks.");
    expect(found.map((c) => c.value)).toEqual(["kellby castle"]);
  });

  it("reads where the gathering's text was signed, with the container the sentence gives", () => {
    const [c] = venues(LEAD, "The five leaders signed a declaration on energy at Kellby Castle in northern Norvania on Friday.");
    expect(c).toMatchObject({ value: "kellby castle", rule: "place/signing+gathering-venue", data: { container: "northern Norvania" } });
  });

  it("reads the gathering named by its noun, even with another time in a later clause about the building", () => {
    const found = venues(LEAD, "The two-day meeting at the Kellby Congress Centre, a glass hall opened two years ago, produced a signed text.");
    expect(found.map((c) => c.value)).toEqual(["kellby congress centre"]);
  });

  it("reads a Venue: fact line of a summit story as the summit's venue", () => {
    expect(venues(LEAD, "Venue: Kellby Castle, Kellby").map((c) => c.value)).toEqual(["kellby castle"]);
  });

  it("gives one claim when the verb and the event word name the same venue", () => {
    expect(venues(LEAD, "Premier Olav Renk hosted the summit at Kellby Castle.")).toHaveLength(1);
  });
});

describe("venues that are not the gathering's (negative cases)", () => {
  it.each([
    ["another year's gathering", "Premier Olav Renk will host next year's summit at Ostra Palace."],
    ["last year's gathering", "Last year's summit at Ostra Palace pledged less money."],
    ["a dated earlier gathering", "The 2019 summit at Ostra Palace set up the first fund."],
    ["a side meeting", "Two ministers held a side meeting at the Kellby Grand Hotel."],
    ["a bilateral meeting", "The bilateral talks at the Kellby Grand Hotel ran late."],
    ["a dinner the host gave", "Premier Olav Renk hosted a dinner for the leaders at Kellby Castle."],
    ["a dinner named after the summit", "The leaders were given a cake at the summit dinner at Kellby Castle."],
    ["a separate document", "Four of the leaders also signed a separate memorandum at the Kellby Grand Hotel."],
    ["an occasion before the gathering", "Premier Olav Renk hosted the leaders at Kellby Castle ahead of the summit."],
    ["a town, not a named venue", "Premier Olav Renk hosted the other four leaders in Kellby."],
    ["a place the guests flew to afterwards", "Premier Olav Renk hosted the leaders, who later flew to the Ostra Palace."],
  ])("reads no venue from %s", (_label, sentence) => {
    expect(venues(LEAD, sentence)).toEqual([]);
  });

  it("reads no gathering venue in a source about something else than a gathering", () => {
    const found = venues(
      "The earthquake struck the valley at dawn.",
      "The quake destroyed two bridges, and the earthquake cut power to the valley.",
      "Mayor Ina Solberg hosted the relief teams at Kellby Castle.",
    );
    expect(found).toEqual([]);
  });
});
