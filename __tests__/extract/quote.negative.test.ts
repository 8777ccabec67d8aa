import { extractQuoteClaims, MIN_QUOTE_WORDS } from "../../src/extract/quote.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
const quotes = (text: string) => extractQuoteClaims(sourceFrom("a.txt", text), ctx);

describe("extractQuoteClaims: what is not a quoted statement", () => {
  it(`skips scare quotes and coined terms of fewer than ${MIN_QUOTE_WORDS} words`, () => {
    expect(quotes("Their efforts to promote a more “multipolar” world continued.")).toEqual([]);
    expect(quotes('Xi called for "bridges of communication" between countries.')).toEqual([]);
  });

  it("ignores single-quoted titles", () => {
    expect(quotes("The play 'The A Word' opened on Friday, the director said.")).toEqual([]);
  });

  it("skips title-case themes and slogans", () => {
    expect(
      quotes('The summit opened under the theme: "Strengthening Multilateral Dialogue – Striving Towards a Sustainable Peace and Prosperity."'),
    ).toEqual([]);
  });

  it("leaves the speaker unknown when a pronoun has nobody to refer to", () => {
    const [c] = quotes('"We are not leaving until we are sure of it," he said.');
    expect(c!.data.speaker).toBeNull();
    expect(c!.key).toBe("quote|?");
  });

  it("does not carry a speaker past a sentence in which someone unnamed speaks", () => {
    const [c] = quotes(
      "Regional fire chief Stavros Chatzidakis visited the area.\n\nPolice said the road would stay closed. \"Nobody goes back before the inspection is done,\" he said.",
    );
    expect(c!.data.speaker).toBeNull();
  });

  it("does not resolve a pronoun to a person named three paragraphs earlier", () => {
    const [c] = quotes(
      "Regional governor Eleni Markopoulou visited the town.\n\nThe weather stayed dry.\n\nCrews worked through the night.\n\n\"Every village will be rebuilt this year,\" she said.",
    );
    expect(c!.data.speaker).toBeNull();
  });

  it("does not give a blockquote to the last person named when nobody spoke before it", () => {
    const [c] = quotes("Mats Oberle lifted the trophy in front of the fans.\n\n“Every single one of us believed until the very end.”");
    expect(c!.data.speaker).toBeNull();
  });

  it("yields nothing for text without quotation marks", () => {
    expect(quotes("Stavros Chatzidakis said shifting winds had been the biggest challenge for the crews.")).toEqual([]);
  });
});

describe("extractQuoteClaims: one statement split around its frame", () => {
  const ctx2 = { corpusAnchor: null };
  const claimsOf = (text: string) => extractQuoteClaims(sourceFrom("s.txt", text), ctx2).map((c) => [c.data.speaker, c.data.text]);

  it("joins the pieces around 'X said,' into one statement", () => {
    expect(claimsOf('Coach Ana Ruiz spoke. "This is the club I dreamed about," Ruiz said, "and I am ready to fight."')).toEqual([
      ["Ana Ruiz", "This is the club I dreamed about, and I am ready to fight."],
    ]);
  });

  it("joins pieces around a pronoun frame even when the pronoun names nobody", () => {
    expect(claimsOf('"Every one of our patients is stable," she said, "and we expect to discharge them soon."')).toEqual([
      [null, "Every one of our patients is stable, and we expect to discharge them soon."],
    ]);
  });

  it("does not join a quotation that follows a new sentence of narration", () => {
    const claims = claimsOf('"Every one of our patients is stable," Ana Ruiz said. Then the doctor spoke. "We operated on four of them overnight."');
    expect(claims).toHaveLength(2);
  });
});
