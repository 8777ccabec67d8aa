import { describe, expect, it } from "@jest/globals";
import { extractNameClaims } from "../../src/extract/name.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };

describe("extractNameClaims", () => {
  it("makes one claim per person per source, in the fullest form, with office and country", () => {
    const source = sourceFrom(
      "s1.txt",
      [
        "Kazakh President Kassym-Jomart Tokayev hosted the summit.",
        "Tokayev said the talks were useful. Later Tokayev added that more would come.",
        "Prime Minister Shehbaz Sharif of Pakistan also attended.",
      ].join("\n"),
    );
    const claims = extractNameClaims(source, ctx);
    expect(claims.map((c) => c.value)).toEqual(["Kassym-Jomart Tokayev", "Shehbaz Sharif"]);
    const tokayev = claims[0]!;
    expect(tokayev.kind).toBe("name");
    expect(tokayev.key).toBe("name|tokayev");
    expect(tokayev.data.title).toBe("President");
    expect(tokayev.data.country).toBe("Kazakhstan");
    expect(tokayev.evidence).toEqual({
      source: "s1.txt",
      line: 1,
      column: 18,
      quote: "Kazakh President Kassym-Jomart Tokayev hosted the summit.",
    });
    expect(tokayev.rule).toBe("name/title");
    expect(claims[1]!.data.country).toBe("Pakistan");
  });

  it("reads the appositive forms", () => {
    const source = sourceFrom(
      "s2.txt",
      "The regional governor, Irene Papadaki, thanked the crews.\nNikos Vlachos, who heads the regional fire service, told reporters the wind had dropped.",
    );
    const claims = extractNameClaims(source, ctx);
    expect(claims.map((c) => [c.value, c.subject])).toEqual([
      ["Irene Papadaki", "name of governor Irene Papadaki"],
      ["Nikos Vlachos", "name of fire chief Nikos Vlachos"],
    ]);
  });

  it("writes the repaired spelling when the text carries mojibake", () => {
    const claims = extractNameClaims(sourceFrom("s3.txt", "Striker Jonas MÃ¼ller scored twice."), ctx);
    expect(claims.map((c) => c.value)).toEqual(["Jonas Müller"]);
  });

  it("makes no claim for a surname that is never given in full", () => {
    expect(extractNameClaims(sourceFrom("s4.txt", "Putin said the meeting went well."), ctx)).toEqual([]);
  });
});
