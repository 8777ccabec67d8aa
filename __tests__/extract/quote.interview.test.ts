import { describe, expect, it } from "@jest/globals";
import { extractQuoteClaims } from "../../src/extract/quote.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
const quotes = (text: string) => extractQuoteClaims(sourceFrom("a.txt", text), ctx);
const said = (text: string) => quotes(text).map((c) => [c.data.speaker, c.value]);

describe("interview transcripts", () => {
  it("credits 'A:' answers to the person the intro says is interviewed, one claim per sentence and one for the answer", () => {
    const answer = "A: We were never going to give up on this game. The lads showed real character tonight.";
    const claims = quotes("An interview with coach Rafael Okafor after the final.\nQ: How did you feel at half-time?\n" + answer);
    expect(claims.map((c) => c.data.speaker)).toEqual(["Rafael Okafor", "Rafael Okafor", "Rafael Okafor"]);
    expect(claims.map((c) => c.value)).toEqual([
      "we were never going to give up on this game",
      "the lads showed real character tonight",
      "we were never going to give up on this game the lads showed real character tonight",
    ]);
    expect(claims[0]!.key).toBe("quote|okafor");
    expect(claims[0]!.rule).toBe("quote/interview-answer");
    expect(claims[1]!.evidence).toMatchObject({ line: 3, column: answer.indexOf("The lads") + 1 });
  });

  it("reads 'X answered our questions' and bold Markdown labels", () => {
    const claims = quotes(
      "Rafael Okafor answered our questions on Sunday.\n\n**Q:** What now?\n\n**A:** We rest for two days and then we start again.",
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]!.data.speaker).toBe("Rafael Okafor");
    expect(claims[0]!.display).toBe("We rest for two days and then we start again.");
  });

  it("credits speaker-labelled lines to the person named by the label", () => {
    const claims = quotes(
      "Captain Rafael Okafor sat down with us after training.\n" +
        "Interviewer: Was it a penalty?\n" +
        "Okafor: It was a clear penalty and everyone in the stadium saw it.",
    );
    expect(claims.map((c) => [c.data.speaker, c.rule])).toEqual([["Rafael Okafor", "quote/transcript-label"]]);
  });

  it("keeps a quotation the interviewee frames as their own words, and drops one they quote from someone else", () => {
    const claims = quotes(
      "An interview with Rafael Okafor.\n" +
        'Q: And the fans?\nA: As I told reporters yesterday, "the fans carried us through the second half."\n' +
        'Q: And your coach?\nA: My coach always said "never give up on the dream, son" to all of us.',
    );
    expect(claims.map((c) => [c.data.speaker, c.value])).toEqual([["Rafael Okafor", "the fans carried us through the second half"]]);
  });
});

describe("interview transcripts: no speaker known, no claim", () => {
  it("gives no claim for answers when the source does not say who is interviewed", () => {
    expect(quotes("Q: How did you feel at half-time?\nA: We were never going to give up on this game.")).toEqual([]);
  });

  it("gives no claim when the intro names two interviewees", () => {
    expect(
      quotes("An interview with Rafael Okafor. Daniel Okafor answered our questions too.\nQ: Who scores?\nA: Whoever is in the right place at the right time."),
    ).toEqual([]);
  });

  it("does not read a player-ratings list as speaker-labelled lines", () => {
    const text = "Rafael Okafor and Daniel Okafor both started.\nRafael Okafor: Solid at the back all game long, 7/10.\nDaniel Okafor: Quiet night but worked very hard, 6/10.";
    expect(quotes(text)).toEqual([]);
  });

  it("never takes questions for quotes", () => {
    expect(quotes("An interview with Rafael Okafor.\nQ: Did the coach tell you the team would win the league this year?")).toEqual([]);
  });
});

describe("speakers written as a role or an age", () => {
  const intro = "Defender Rafael Okafor, 22, scored twice. Midfielder Jonas Berg set up both goals.\n";

  it("resolves 'the defender said', 'said the 22-year-old' and 'the midfielder said' to the one person so described", () => {
    expect(
      said(
        intro +
          "“We were never going to give up on this game,” the defender said.\n" +
          "“It was the best night of my career so far,” said the 22-year-old.\n" +
          "“We will be back next season for sure,” the midfielder said.",
      ),
    ).toEqual([
      ["Rafael Okafor", "we were never going to give up on this game"],
      ["Rafael Okafor", "it was the best night of my career so far"],
      ["Jonas Berg", "we will be back next season for sure"],
    ]);
  });

  it("reads 'the 22-year-old Okafor' as an age description too", () => {
    const claims = quotes("The 22-year-old Okafor was named man of the match. Rafael Okafor had scored twice.\n“I just kept running at them all night,” the 22-year-old said.");
    expect(claims.map((c) => c.data.speaker)).toEqual(["Rafael Okafor"]);
    expect(claims[0]!.rule).toBe("quote/after+descriptor");
  });

  it("gives no speaker when two people fit the description", () => {
    const text = "Defender Rafael Okafor scored. Defender Tom Hale was booked.\n“We were never going to give up on this game,” the defender said.";
    expect(said(text)).toEqual([[null, "we were never going to give up on this game"]]);
  });

  it("gives no speaker when nobody was described so before the quote", () => {
    const text = "“We were never going to give up on this game,” the defender said.\nDefender Rafael Okafor scored twice.";
    expect(said(text)).toEqual([[null, "we were never going to give up on this game"]]);
    expect(said(intro + "“We were never going to give up on this game,” the 23-year-old said.")).toEqual([
      [null, "we were never going to give up on this game"],
    ]);
  });

  it("never resolves an office often given to unnamed people", () => {
    const text = "Government official Ana Ruiz opened the site.\n“Nobody will be allowed back before Friday,” the official said.";
    expect(said(text)).toEqual([[null, "nobody will be allowed back before friday"]]);
  });
});

describe("speaker named in the next sentence", () => {
  it("takes 'That was spokeswoman Ana Ruiz' after '…,” she said.'", () => {
    const claims = quotes(
      "The agency released a statement on Monday.\n“We will publish the full list of products tomorrow,” she said. That was spokeswoman Ana Ruiz, who declined further comment.",
    );
    expect(claims.map((c) => [c.data.speaker, c.rule])).toEqual([["Ana Ruiz", "quote/pronoun+named-next"]]);
  });

  it("does not take a person merely mentioned in the next sentence", () => {
    const claims = quotes(
      "The agency released a statement on Monday.\n“We will publish the full list of products tomorrow,” she said. Ana Ruiz, a spokeswoman, later declined to comment.",
    );
    expect(claims.map((c) => c.data.speaker)).toEqual([null]);
  });
});
