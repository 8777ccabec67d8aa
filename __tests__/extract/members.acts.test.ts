import { extractMembersClaims } from "../../src/extract/members.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
const LEAD = "The Pellsund climate summit closed on Thursday with a joint text.";

/** members claims of one act, from a source that opens with a summit lead. */
function actClaims(text: string, act = "walked out", lead = LEAD): Claim<"members">[] {
  return extractMembersClaims(sourceFrom("a.txt", `${lead}\n${text}`), ctx).filter((c) => c.key === `members|gathering|${act}`);
}

describe("actors of one act at a gathering", () => {
  it.each([
    "On Tuesday the delegations of Quellmora, Tavrenzia and Brondal walked out of the plenary hall.",
    "The clause was dropped after Quellmora, Tavrenzia and Brondal walked out of Wednesday's session in protest.",
    "Midway through the debate the delegations of Quellmora, Tavrenzia and Brondal rose from their seats and walked out.",
    "Quellmora, Tavrenzia and Brondal had all walked out by noon.",
  ])("reads the complete set of those who walked out: %s", (text) => {
    const found = actClaims(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.value).toBe("brondal, quellmora, tavrenzia");
    expect(found[0]?.data.exhaustive).toBe(true);
    expect(found[0]?.subject).toMatch(/walked out/);
  });

  it("keys each act apart: a boycott, a vote against, a refusal to sign", () => {
    expect(actClaims("Quellmora and Tavrenzia boycotted the closing session.", "boycotted")[0]?.value).toBe("quellmora, tavrenzia");
    expect(actClaims("Brondal, Ytrebo and Tavrenzia voted against the text.", "voted against")[0]?.value).toBe("brondal, tavrenzia, ytrebo");
    expect(actClaims("Ytrebo and Brondal refused to sign the declaration.", "refused to sign")[0]?.value).toBe("brondal, ytrebo");
    expect(actClaims("Ytrebo and Brondal refused to sign the declaration.")).toHaveLength(0);
  });

  it.each([
    ["an intention, not an act", "Quellmora, Tavrenzia and Brondal threatened to walk out of the talks."],
    ["a conditional", "If Quellmora, Tavrenzia and Brondal are prepared to walk out again, the host must offer them something."],
    ["a list without 'and'", "Quellmora, Tavrenzia, Brondal walked out."],
    ["a list left open", "Quellmora and Tavrenzia, among others, walked out of the hall."],
    ["people, not countries", "Anna Berg, Olof Strand and Ivo Lund walked out of the plenary."],
    ["a side meeting", "Quellmora, Tavrenzia and Brondal walked out of a bilateral meeting with the host."],
    ["a single country", "Quellmora walked out of the plenary on Tuesday."],
  ])("reads no set from %s", (_why, text) => {
    expect(actClaims(text)).toHaveLength(0);
  });

  it("reads no set of actors where the source is about no gathering (a strike at three plants)", () => {
    expect(actClaims("Quellmora, Tavrenzia and Brondal walked out on Monday.", "walked out", "Workers at the plant stopped work.")).toHaveLength(0);
  });
});
