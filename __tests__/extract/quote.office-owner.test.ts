import { extractQuoteClaims } from "../../src/extract/quote.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
const speakers = (text: string) => extractQuoteClaims(sourceFrom("a.txt", text), ctx).map((c) => c.data.speaker);

describe("quote speaker after an organisation's office", () => {
  it("credits the person after the office, not the organisation before it", () => {
    const text =
      "Brevik Tools to buy Ostmark Pumps.\n\n" +
      '"This deal doubles our reach into water utilities across the region," Brevik Chief Executive Ana Lindqvist said in a statement.';
    expect(speakers(text)).toEqual(["Ana Lindqvist"]);
  });

  it("credits the person in 'ORG Office NAME said: …' too", () => {
    const text = 'Brevik Tools to buy Ostmark Pumps.\n\nBrevik Chair Tomas Wendt said: "We studied this deal for more than a year before we agreed."';
    expect(speakers(text)).toEqual(["Tomas Wendt"]);
  });

  it("keeps the first person when no office stands between two names", () => {
    const text = '"We will rebuild the bridge before the winter comes," Ana Lindqvist and Tomas Wendt said.';
    expect(speakers(text)).not.toContain("Tomas Wendt");
  });
});
