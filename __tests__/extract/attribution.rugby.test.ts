import { extractAttributionClaims } from "../../src/extract/attribution.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
const credits = (text: string) =>
  extractAttributionClaims(sourceFrom("a.txt", text), ctx).map((c) => [c.key, c.data.person]);

describe("try scorers", () => {
  it.each([
    ["winger Dylan Pugh crashed over in the 66th minute after a long maul.", "Dylan Pugh"],
    ["Dylan Pugh went over in the 66th minute to level the game.", "Dylan Pugh"],
    ["Dylan Pugh touched down in the 66th minute.", "Dylan Pugh"],
    ["The home side were level after Dylan Pugh's try in the 66th minute.", "Dylan Pugh"],
    ["66 minutes: Dylan Pugh in at the corner from a quick tap penalty!", "Dylan Pugh"],
  ])("reads %s", (text, person) => {
    expect(credits(text)).toEqual([["attribution|minute 66", person]]);
  });

  it("reads a scoring table cell 'NAME try', not the kicker's conversion", () => {
    const text = ["| Min | Team | Score |", "|---|---|---|", "| 66' | Pontardu | Dylan Pugh try, Rhys Vaughan con |", "| 70' | Pontardu | Rhys Vaughan pen |"].join("\n");
    expect(credits(text)).toEqual([["attribution|minute 66", "Dylan Pugh"]]);
  });

  it("yields nothing for near-misses", () => {
    expect(credits("Dylan Pugh went on to win the award in the 66th minute of the ceremony broadcast.")).toEqual([]);
    expect(credits("Dylan Pugh's kick in the 66th minute went wide.")).toEqual([]);
    expect(credits("| Min | Team | Score |\n|---|---|---|\n| 66' | Pontardu | Dylan Pugh try, Rhys Vaughan try |")).toEqual([]);
  });
});
