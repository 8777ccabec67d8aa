import { extractQuoteClaims } from "../../src/extract/quote.js";
import { sourceFrom } from "../helpers.js";

const speakers = (text: string): (string | null)[] =>
  extractQuoteClaims(sourceFrom("a.txt", text), { corpusAnchor: null }).map((c) => c.data.speaker);

describe("a 'he' after a sentence where 'him' is somebody else", () => {
  it("is ambiguous: no speaker", () => {
    const text = [
      "Coach Willem Brandt has wanted him for two seasons, and it shows.",
      "",
      "I liked his first interview. He called the town \"the place I always wanted to play\" and meant it.",
    ].join("\n");
    expect(speakers(text)).toEqual([null]);
  });

  it("negatives: without 'him', or with 'him' after a speech verb, 'he' is still the subject", () => {
    expect(speakers("Coach Willem Brandt was in a good mood. He called the signing \"the best news of the summer\".")).toEqual(["Willem Brandt"]);
    expect(speakers("Coach Willem Brandt said the board had backed him. He called the signing \"the best news of the summer\".")).toEqual(["Willem Brandt"]);
  });
});
