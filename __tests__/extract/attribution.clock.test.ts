import { describe, expect, it } from "@jest/globals";
import { extractAttributionClaims, findClockMarkers, findNamedActs } from "../../src/extract/attribution.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
const credits = (text: string) =>
  extractAttributionClaims(sourceFrom("a.txt", text), ctx).map((c) => [c.key, c.display]);

describe("findClockMarkers and findNamedActs", () => {
  it("normalises game clocks to seconds left", () => {
    expect(findClockMarkers("with 8 seconds left").map((m) => m.minute)).toEqual(["8s left"]);
    expect(findClockMarkers("with four seconds remaining in the third quarter").map((m) => m.minute)).toEqual([
      "4s left in the third quarter",
    ]);
    expect(findClockMarkers("with 1:05 to play").map((m) => m.minute)).toEqual(["65s left"]);
    expect(findClockMarkers("after 8 seconds of silence, with the crowd left stunned")).toEqual([]);
  });

  it("names decisive acts by qualifier and act", () => {
    expect(findNamedActs("He hit the go-ahead three-pointer.").map((a) => a.name)).toEqual(["go-ahead three"]);
    expect(findNamedActs("the match-winning try").map((a) => a.name)).toEqual(["winning try"]);
    expect(findNamedActs("the winning team celebrated")).toEqual([]);
  });
});

describe("extractAttributionClaims: game clocks and named decisive acts", () => {
  it("credits 'X hit a three-pointer with N seconds left' and 'hit from the corner'", () => {
    expect(credits("Omar Lintz hit a three-pointer with 8 seconds left as Perrin won.")).toEqual([
      ["attribution|clock 8s left", "Omar Lintz"],
    ]);
    expect(credits("Omar Lintz, who had missed all night, hit from the right corner with 8 seconds left.")).toEqual([
      ["attribution|clock 8s left", "Omar Lintz"],
    ]);
  });

  it("credits 'the decisive shot belonged to X: … with N seconds left'", () => {
    expect(credits("The decisive shot belonged to Omar Lintz: a three from the wing with 8 seconds left.").sort()).toEqual([
      ["attribution|act winning shot", "Omar Lintz"],
      ["attribution|clock 8s left", "Omar Lintz"],
    ]);
  });

  it("credits a named act to the subject, a possessive or a list line's person", () => {
    expect(credits("Omar Lintz hit the go-ahead three-pointer late on.")).toEqual([["attribution|act go-ahead three", "Omar Lintz"]]);
    expect(credits("Grace Holt's match-winning try settled it.")).toEqual([["attribution|act winning try", "Grace Holt"]]);
    expect(credits("- **Omar Lintz:** 14 pts, including the go-ahead three")).toEqual([["attribution|act go-ahead three", "Omar Lintz"]]);
  });

  it("credits nobody when the act or the person is unclear", () => {
    expect(credits("Omar Lintz watched as the lead vanished with 8 seconds left.")).toEqual([]);
    // Not the passer's shot (and the receiver after "passed to" is not read as a person).
    expect(credits("Omar Lintz passed to Tobias Renn, who hit the go-ahead three with 8 seconds left.").map((c) => c[1])).not.toContain(
      "Omar Lintz",
    );
    expect(credits("Omar Lintz hit the rim with 8 seconds left.")).toEqual([]);
    expect(credits("The winning goal was the talk of the town, Grace Holt said.")).toEqual([]);
  });
});
