import { extractAttributionClaims, findMinuteMarkers } from "../../src/extract/attribution.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
const credits = (text: string) =>
  extractAttributionClaims(sourceFrom("a.txt", text), ctx).map((c) => [c.key, c.display, c.value]);

describe("extractAttributionClaims: who did an act at a minute", () => {
  it("reads 'X restored the lead in the 58th minute'", () => {
    expect(credits("Luka Brandt restored Kaltenbrunn's lead in the 58th minute with a header.")).toEqual([
      ["attribution|minute 58", "Luka Brandt", "brandt"],
    ]);
  });

  it("reads 'X put the team back in front on 58 minutes' and a second act in the same sentence", () => {
    expect(
      credits("Luka Brandt put Kaltenbrunn back in front on 58 minutes, only for Niklas Hofer to equalise again with a long-range shot on 71 minutes."),
    ).toEqual([
      ["attribution|minute 58", "Luka Brandt", "brandt"],
      ["attribution|minute 71", "Niklas Hofer", "hofer"],
    ]);
  });

  it("reads live-blog lines that start with the minute", () => {
    expect(credits("58 minutes: Captain Mats Oberle puts Kaltenbrunn back in front, rising above his marker.")).toEqual([
      ["attribution|minute 58", "Mats Oberle", "oberle"],
    ]);
  });

  it("reads 'X scored in the 88th minute' and 'when X struck' after the minute", () => {
    expect(credits("Emre Kaya scored in the 88th minute as the hosts won.")).toEqual([["attribution|minute 88", "Emre Kaya", "kaya"]]);
    expect(credits("The visitors answered in the 71st minute when Niklas Hofer struck a shot into the top corner.")).toEqual([
      ["attribution|minute 71", "Niklas Hofer", "hofer"],
    ]);
  });

  it("reads a possessive with an attributive minute", () => {
    expect(credits("Jonas Müller's 17th-minute opener had set the tone.")).toEqual([["attribution|minute 17", "Jonas Müller", "muller"]]);
  });

  it("reads rows of a goals table", () => {
    const text = "| Minute | Scorer | Team |\n|---|---|---|\n| 58' | Luka Brandt | VfR Kaltenbrunn |\n| 90+2' | Emre Kaya | VfR Kaltenbrunn |";
    expect(credits(text)).toEqual([
      ["attribution|minute 58", "Luka Brandt", "brandt"],
      ["attribution|minute 90+2", "Emre Kaya", "kaya"],
    ]);
    // Ingest's form: cells joined by " | " without outer pipes.
    expect(credits("Minute | Scorer | Team\n58' | Luka Brandt | VfR Kaltenbrunn")).toEqual([["attribution|minute 58", "Luka Brandt", "brandt"]]);
  });

  it("normalises minute markers", () => {
    expect(findMinuteMarkers("in the 90th+3 minute, after 17 minutes, a 58th-minute goal, (71')").map((m) => m.minute)).toEqual([
      "90+3",
      "17",
      "58",
      "71",
    ]);
  });
});

describe("extractAttributionClaims: negative cases", () => {
  it("never credits a team", () => {
    expect(credits("Kaltenbrunn restored their lead in the 58th minute.")).toEqual([]);
    expect(credits("VfR Kaltenbrunn scored in the 58th minute.")).toEqual([]);
  });

  it("needs an act: a booking or a substitution is not one", () => {
    expect(credits("Luka Brandt was booked in the 58th minute.")).toEqual([]);
    expect(credits("Emre Kaya came on in the 60th minute.")).toEqual([]);
  });

  it("needs the act's completion for verbs like 'put' and 'gave'", () => {
    expect(credits("Luka Brandt put his name on the teamsheet in the 58th minute.")).toEqual([]);
  });

  it("ignores a table without a scorer column", () => {
    expect(credits("Minute | Player | Team\n58' | Luka Brandt | VfR Kaltenbrunn")).toEqual([]);
  });

  it("ignores durations and minutes far from any act", () => {
    expect(credits("Luka Brandt trained for 58 minutes on Friday.")).toEqual([]);
  });
});
