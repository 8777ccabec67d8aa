import { describe, expect, it } from "@jest/globals";
import { extractQuoteClaims } from "../../src/extract/quote.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
const speakers = (text: string) => extractQuoteClaims(sourceFrom("a.txt", text), ctx).map((c) => c.data.speaker);

describe("a descriptor speaker named by the office a country's title stands for", () => {
  it("resolves \"the chancellor\" and \"the prime minister\" to a country's chancellor who heads the government", () => {
    const intro = "Austrian Chancellor Lena Grubar arrived on Monday.";
    expect(speakers(`${intro} "We will sign the treaty this week," the chancellor said.`)).toEqual(["Lena Grubar"]);
    expect(speakers(`${intro} "We will sign the treaty this week," the prime minister said.`)).toEqual(["Lena Grubar"]);
  });

  it("does not make another country's chancellor \"the prime minister\"", () => {
    expect(speakers('Danish Chancellor Lena Grubar arrived on Monday. "We will sign the treaty this week," the prime minister said.')).toEqual([null]);
  });
});
