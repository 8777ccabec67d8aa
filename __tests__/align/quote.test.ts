import { compareQuoteClaims, comparisonWords, sameStatement, wordDiff } from "../../src/align/quote.js";
import { extractQuoteClaims } from "../../src/extract/quote.js";
import type { Claim, Finding } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
function claimsOf(texts: string[]): Claim<"quote">[] {
  return texts.flatMap((text, i) => extractQuoteClaims(sourceFrom(`00${i}.txt`, text), ctx));
}
const conflicts = (fs: Finding[]) => fs.filter((f) => f.status === "conflict");
const sourcesOf = (f: Finding, i: number) => f.values[i]!.sources.map((s) => s.source);

const STATEMENT = "For an hour we were second best. But this group never stops believing, and that is what wins you finals";

describe("compareQuoteClaims", () => {
  it("reports the same words given to different speakers as an attribution conflict", () => {
    const findings = compareQuoteClaims(
      claimsOf([
        `"${STATEMENT}," Kaltenbrunn coach Henrik Sandvoss said.`,
        `"${STATEMENT}," Sandvoss said after the match.`,
        `> "${STATEMENT}," said captain Mats Oberle.`,
      ]),
    );
    const [c, ...rest] = conflicts(findings);
    expect(rest).toHaveLength(0);
    expect(c!.kind).toBe("attribution");
    expect(c!.subject.toLowerCase()).toContain("for an hour we were second best");
    expect(c!.values.map((v) => v.display)).toEqual(["Henrik Sandvoss", "Mats Oberle"]);
    expect(sourcesOf(c!, 0)).toEqual(["000.txt", "001.txt"]);
    expect(sourcesOf(c!, 1)).toEqual(["002.txt"]);
    // The wording itself agrees.
    expect(findings.some((f) => f.kind === "quote" && f.status === "agreement")).toBe(true);
  });

  it("reports one speaker's statement in different words as a quote conflict with a word diff", () => {
    const a =
      '"We have lost forests and we have lost homes, but we have not lost a single life," Markopoulou said. "That is the work of people who refused to give up."';
    const b =
      "“We have lost forests and we have lost homes, but not one person has lost their life,” Markopoulou told reporters. “That is the work of people who never gave up.”";
    const findings = compareQuoteClaims(claimsOf([a, a, b]));
    const [c, ...rest] = conflicts(findings);
    expect(rest).toHaveLength(0);
    expect(c!.kind).toBe("quote");
    expect(c!.values[0]!.value).toContain("not lost a single life");
    expect(c!.values[0]!.value).toContain("refused to give up");
    expect(c!.values[1]!.value).toContain("not one person has lost");
    expect(sourcesOf(c!, 0)).toEqual(["000.txt", "001.txt"]);
    expect(c!.diff).toContain("- we have not lost a single");
    expect(c!.diff).toContain("+ not one person has lost their");
    expect(c!.diff).toContain("never gave");
  });

  it("treats a statement split around 'X said' and the same statement in one piece as one wording", () => {
    const split = '"We did enough to win it and we did enough to lose it," Ralf Dorner said. "Today the second one counted."';
    const whole = 'Ralf Dorner summed it up: "We did enough to win it and we did enough to lose it. Today the second one counted."';
    const findings = compareQuoteClaims(claimsOf([split, whole]));
    expect(findings.map((f) => [f.kind, f.status])).toEqual([
      ["attribution", "agreement"],
      ["quote", "agreement"],
    ]);
  });

  it("reports nothing for two different statements by one speaker", () => {
    const findings = compareQuoteClaims(
      claimsOf([
        '"The wind was our worst enemy," said Stavros Chatzidakis. "Every time we closed one front, it opened another."',
        'Stavros Chatzidakis spoke on Friday. "The front is closed, but the ground is still hot," he said. "We are not leaving until we are sure."',
      ]),
    );
    expect(findings).toEqual([]);
  });

  it("agrees when one source quotes only part of the statement", () => {
    const findings = compareQuoteClaims(
      claimsOf([
        "Putin hailed the SCO as “one of the key pillars of a fair, multipolar world order,” officials said.",
        "“The organization has firmly established itself as one of the key pillars of a fair, multipolar world order,” Putin said.",
      ]),
    );
    expect(conflicts(findings)).toEqual([]);
    expect(findings.find((f) => f.kind === "quote")?.status).toBe("agreement");
  });

  it("never reports an attribution conflict for a quote without a known speaker", () => {
    const findings = compareQuoteClaims(
      claimsOf([`"${STATEMENT}," he said.`, `"${STATEMENT}," said captain Mats Oberle.`]),
    );
    expect(conflicts(findings)).toEqual([]);
  });

  it("keeps different wordings by different speakers apart", () => {
    const findings = compareQuoteClaims(
      claimsOf([
        '"We have lost forests and we have lost homes, but we have not lost a single life," said Eleni Markopoulou.',
        '"We have lost forests and we have lost homes, but not one person has lost their life," said Giorgos Lambrou.',
      ]),
    );
    expect(conflicts(findings)).toEqual([]);
  });
});

describe("wordDiff", () => {
  it("shows replaced words as - old + new hunks", () => {
    expect(wordDiff("people who refused to give up".split(" "), "people who never gave up".split(" "))).toBe(
      "- refused to give + never gave",
    );
  });
});

describe("compareQuoteClaims: speakers spelt differently", () => {
  it("does not set a misspelt speaker against the correct spelling, nor an organisation against a person", () => {
    const findings = compareQuoteClaims(
      claimsOf([
        '"We are deeply sorry for the worry this has caused," chief executive Corinna Westfall said.',
        '"We are deeply sorry for the worry this has caused," said Corinna Westfall.',
        'Chief executive Corinna Westfal said: "We are deeply sorry for the worry this has caused."',
        'Halvard Appliances said on Tuesday: "We are deeply sorry for the worry this has caused."',
      ]),
    );
    expect(conflicts(findings)).toEqual([]);
    expect(findings.map((f) => f.status)).toContain("agreement");
  });
});

describe("compareQuoteClaims: one statement judged over its whole wording", () => {
  // Word for word, only about half of the words align; folded plurals and contractions align most.
  const original = "We are clearing the rubble with shovels because the trucks cannot get up these tracks";
  const reworded = "We are clearing rubble with our own shovels, because no truck can reach these farms";

  it("reports a reworded statement with a word inserted near its start as a quote conflict", () => {
    const findings = compareQuoteClaims(
      claimsOf([
        `"${original}," Mirela Dovrani, who runs the relief camp in the valley, told reporters.`,
        `Mirela Dovrani, the camp's manager, put it plainly: "${original}."`,
        `"${reworded}," said Mirela Dovrani.`,
      ]),
    );
    const [c, ...rest] = conflicts(findings);
    expect(rest).toHaveLength(0);
    expect(c!.kind).toBe("quote");
    expect(sourcesOf(c!, 0)).toEqual(["000.txt", "001.txt"]);
    expect(sourcesOf(c!, 1)).toEqual(["002.txt"]);
    expect(c!.diff).toMatch(/\+ [^-;]*our own/);
    expect(c!.diff).toContain("no truck can reach");
  });

  it("keeps one speaker's two different statements on one topic apart", () => {
    const findings = compareQuoteClaims(
      claimsOf([
        '"We will rebuild every house that has fallen in the valley," said Mirela Dovrani.',
        '"Every house in the valley must be inspected before anyone goes back," said Mirela Dovrani.',
        '"We are going to stay here until the roads are open," said Mirela Dovrani.',
        '"We are going to need many more tents before the weekend," said Mirela Dovrani.',
      ]),
    );
    expect(findings.filter((f) => f.kind === "quote")).toEqual([]);
  });

  it("folds plurals and contractions only for comparison", () => {
    expect(sameStatement("they cannot reach the villages in the north today".split(" "), "they can not reach the village in the north today".split(" "))).toBe(true);
    expect(comparisonWords(["machines", "cities", "can't", "crisis", "bus"])).toEqual(["machine", "city", "can", "not", "crisis", "bus"]);
    expect(sameStatement("we are going to stay here until the roads are open".split(" "), "we are going to need more tents before the weekend".split(" "))).toBe(false);
  });
});

describe("compareQuoteClaims: the name shown for a speaker", () => {
  it("shows the spelling most sources use, not a one-source misspelling", () => {
    const quote = "This harbour will be open to every ship by the end of the summer";
    const findings = compareQuoteClaims(
      claimsOf([
        `"${quote}," said Ottilie Marchetto, the port's director.`,
        `"${quote}," Ottilie Marchett said.`,
        `"${quote}," said Ottilie Marchetto.`,
        `Port director Ottilie Marchetto said: "${quote}."`,
        `"${quote}," said Bram Oosterhuis, the transport minister.`,
      ]),
    );
    const [c] = conflicts(findings).filter((f) => f.kind === "attribution");
    expect(c!.values.map((v) => v.display)).toEqual(["Ottilie Marchetto", "Bram Oosterhuis"]);
    expect(sourcesOf(c!, 0)).toEqual(["000.txt", "001.txt", "002.txt", "003.txt"]);
  });
});
