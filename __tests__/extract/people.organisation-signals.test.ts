import { describe, expect, it } from "@jest/globals";
import { findPeopleInSource } from "../../src/extract/people.js";
import { extractNameClaims } from "../../src/extract/name.js";
import { extractQuoteClaims } from "../../src/extract/quote.js";
import { sourceFrom } from "../helpers.js";

const people = (text: string) => findPeopleInSource(sourceFrom("a.txt", text)).people.map((p) => p.full);

describe("organisations without a company word", () => {
  it("reads a name the source also uses with 'analysts at', 'shares of' or 'its' as an organisation", () => {
    expect(people("Analysts at Morgan Stanley expect a rise. Morgan Stanley said the deal was fair.")).toEqual([]);
    expect(people("Shares of Goldman Sachs fell. Goldman Sachs said the fall would not last.")).toEqual([]);
    expect(people("Goldman Sachs shares fell 3%. Goldman Sachs declined to comment.")).toEqual([]);
    expect(people("Interpol said its officers had found him. Interpol said the search was over.")).toEqual([]);
    expect(people("Veltrona agreed to buy the network operator Korsholm Grid. Korsholm Grid said the price was fair.")).toEqual([]);
  });

  it("gives no name claim and no speaker for such an organisation", () => {
    const source = sourceFrom("a.txt", "Analysts at Morgan Stanley were cautious.\n“The merger will take at least a year to close,” Morgan Stanley said.");
    expect(extractNameClaims(source, { corpusAnchor: null })).toEqual([]);
    expect(extractQuoteClaims(source, { corpusAnchor: null }).map((c) => c.data.speaker)).toEqual([null]);
  });
});

describe("organisation signals: people stay people", () => {
  it("reads 'Okafor, 22, said' as a person who speaks", () => {
    expect(people("Okafor, 22, said the team was ready.")).toEqual(["Okafor"]);
  });

  it("keeps a two-word name the source never speaks of as an organisation", () => {
    expect(people("Morgan Stanley said the deal was fair.")).toEqual(["Morgan Stanley"]);
  });

  it("keeps a person whose surname a sentence happens to follow with 'said its'", () => {
    expect(people("Rafael Okafor scored twice. Okafor said its impact on the table was huge.")).toEqual(["Rafael Okafor"]);
  });

  it("keeps a person named with an office even when the same words are used for an organisation", () => {
    expect(people("Coach Okafor was pleased. Okafor said its impact on the table was huge.")).toEqual(["Okafor"]);
  });
});
