import { extractQuoteClaims, normaliseQuoteText } from "../../src/extract/quote.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
const quotes = (text: string) => extractQuoteClaims(sourceFrom("a.txt", text), ctx);

describe("extractQuoteClaims: quote forms and speakers", () => {
  it("reads a curly quote with the speaker after it", () => {
    const [c, ...rest] = quotes("“We are not creating any blocs or alliances,” Putin said.");
    expect(rest).toHaveLength(0);
    expect(c!.key).toBe("quote|putin");
    expect(c!.data.speaker).toBe("Putin");
    expect(c!.data.text).toBe("We are not creating any blocs or alliances,");
    expect(c!.value).toBe("we are not creating any blocs or alliances");
    expect(c!.evidence).toMatchObject({ source: "a.txt", line: 1, column: 1 });
  });

  it("reads a speaker who introduces the quote with a colon", () => {
    const [c] = quotes("Putin said: “The organization has firmly established itself as a pillar.”");
    expect(c!.data.speaker).toBe("Putin");
    expect(c!.value).toBe("the organization has firmly established itself as a pillar");
  });

  it("reads 'said Name, the title' after the quote and keeps the full name", () => {
    const [c] = quotes('"The wind was our worst enemy," said Stavros Chatzidakis, the regional fire chief.');
    expect(c!.data.speaker).toBe("Stavros Chatzidakis");
    expect(c!.key).toBe("quote|chatzidakis");
  });

  it("joins one statement split around the attribution", () => {
    const claims = quotes(
      "Regional governor Eleni Markopoulou spoke in the town.\n" +
        '"We have lost forests and we have lost homes, but we have not lost a single life," Markopoulou said. "That is the work of people who refused to give up."',
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]!.data.speaker).toBe("Eleni Markopoulou");
    expect(claims[0]!.value).toBe(
      "we have lost forests and we have lost homes but we have not lost a single life that is the work of people who refused to give up",
    );
    expect(claims[0]!.display).toContain("single life. That is the work");
  });

  it("credits a partial quote inside a sentence to the sentence's subject", () => {
    const [c] = quotes(
      "Chinese President Xi Jinping arrived on Tuesday.\n" +
        'Xi called for the leaders to work together to "resist external interference, firmly support each other," according to state broadcaster CCTV.',
    );
    expect(c!.data.speaker).toBe("Xi Jinping");
  });

  it("resolves 'he said' to the person named as subject in the sentence before", () => {
    const claims = quotes(
      'Regional fire chief Stavros Chatzidakis said on Friday that teams were still patrolling. "The front is closed, but the ground is still hot," he said.',
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]!.data.speaker).toBe("Stavros Chatzidakis");
    expect(claims[0]!.rule).toContain("pronoun");
  });

  it("resolves 'she said' to the subject of the previous paragraph", () => {
    const [c] = quotes(
      "Speaking on Wednesday at a press briefing in the town, regional governor Eleni Markopoulou promised state help.\n\n" +
        '"We have lost forests and we have lost homes," she said.',
    );
    expect(c!.data.speaker).toBe("Eleni Markopoulou");
  });

  it("gives a blockquote paragraph to the person who speaks in the paragraph before", () => {
    const [c] = quotes(
      "Regional governor Eleni Markopoulou, who visited the command post on Wednesday, said at a press briefing there that the outcome could have been far worse.\n\n" +
        "“We have lost forests and we have lost homes, but we have not lost a single life.”",
    );
    expect(c!.data.speaker).toBe("Eleni Markopoulou");
    expect(c!.rule).toBe("quote/blockquote");
  });

  it("reads a Markdown blockquote line whose '>' is still there", () => {
    const [c] = quotes('> "For an hour we were second best," said captain Mats Oberle.');
    expect(c!.data.speaker).toBe("Mats Oberle");
    expect(c!.key).toBe("quote|oberle");
  });

  it("reads guillemets", () => {
    const [c] = quotes("«We will rebuild every house in the valley,» said Giorgos Lambrou, the mayor.");
    expect(c!.data.speaker).toBe("Giorgos Lambrou");
    expect(c!.value).toBe("we will rebuild every house in the valley");
  });

  it("resolves a surname-only speaker to the full name the source gives elsewhere", () => {
    const claims = quotes(
      "Kaltenbrunn head coach Henrik Sandvoss paid tribute to his players.\n\n" +
        '"For an hour we were second best. But this group never stops believing," Sandvoss said.',
    );
    expect(claims[0]!.data.speaker).toBe("Henrik Sandvoss");
  });
});

describe("extractQuoteClaims: possessive names and appositive subjects", () => {
  it("resolves 'she said' to the name in apposition after a possessive, not the possessor", () => {
    const claims = quotes(
      [
        "Prosecutor Tobias Lindgren welcomed the ruling. Jabarov's lawyer, Hanna Vestergaard, was more guarded.",
        "",
        '> "We will study the judgment carefully before deciding on an appeal," she said.',
      ].join("\n"),
    );
    expect(claims.map((c) => c.data.speaker)).toEqual(["Hanna Vestergaard"]);
  });

  it("gives nobody a quote framed by a possessive ('Jabarov's lawyer said')", () => {
    const claims = quotes('Yury Jabarov was jailed. "We will study the judgment carefully before deciding," Jabarov\'s lawyer said.');
    expect(claims.map((c) => c.data.speaker)).toEqual([null]);
  });

  it("resolves 'she' after 'Name, Org's CEO, ...:' to that person", () => {
    const claims = quotes('Helena Straub, Corvane\'s CEO, did not hide it: "This is the missing piece of our platform," she told analysts.');
    expect(claims.map((c) => c.data.speaker)).toEqual(["Helena Straub"]);
  });
});

describe("normaliseQuoteText", () => {
  it("folds quote marks, dashes, case, whitespace and punctuation", () => {
    expect(normaliseQuoteText("“We  didn’t lose — not  once,”")).toBe(normaliseQuoteText('"we didn\'t lose - not once.'));
    expect(normaliseQuoteText("It cost 4.5 million, he said.")).toBe("it cost 4.5 million he said");
  });
});

describe("extractQuoteClaims: speaker named after the quote with a long appositive", () => {
  const STATEMENT = "“We will reopen the northern bridge before the end of the week,”";
  it("reads 'NAME, APPOSITIVE, told …' after the quote", () => {
    const [c, ...rest] = quotes(`${STATEMENT} Tobias Fennimore, director of the Regional Roads and Bridges Authority, told reporters in the capital.`);
    expect(rest).toHaveLength(0);
    expect(c!.data.speaker).toBe("Tobias Fennimore");
    expect(c!.key).toBe("quote|fennimore");
  });

  it("reads 'NAME, the X's Y, told …' and an adverb before the verb", () => {
    const [c] = quotes(`${STATEMENT} Tobias Fennimore, the roads authority's acting director since the spring, told the council.`);
    expect(c!.data.speaker).toBe("Tobias Fennimore");
    const [d] = quotes(`${STATEMENT} Tobias Fennimore, director of the Regional Roads and Bridges Authority, later told reporters.`);
    expect(d!.data.speaker).toBe("Tobias Fennimore");
  });

  it("reads 'said NAME, APPOSITIVE.' after the quote", () => {
    const [c] = quotes(`${STATEMENT} said Tobias Fennimore, director of the Regional Roads and Bridges Authority.`);
    expect(c!.data.speaker).toBe("Tobias Fennimore");
  });

  it("credits nobody when the appositive coordinates a second person or no speech verb follows", () => {
    const [c] = quotes(`${STATEMENT} Tobias Fennimore, and the Regional Roads Authority director Maria Lunde, told the council.`);
    expect(c!.data.speaker).toBeNull();
    const [d] = quotes(`${STATEMENT} Tobias Fennimore, director of the Regional Roads and Bridges Authority, arrived late and reporters said nothing.`);
    expect(d!.data.speaker).toBeNull();
  });
});
