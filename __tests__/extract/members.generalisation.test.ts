// Member sets as unseen reports write them: a participle clause after the organisation, a subject list
// that "joined" it, and evacuated places named as the subject of a passive verb.
import { extractMembersClaims } from "../../src/extract/members.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
const intro = "The Coastal Fisheries Alliance met in Oslo on Monday.";

const claimsOf = (text: string): Claim<"members">[] => extractMembersClaims(sourceFrom("a.txt", text), ctx);
const summary = (text: string): string[] =>
  claimsOf(text).map((c) => `${c.data.relation}: ${c.value} ${c.data.exhaustive ? "(complete)" : "(open)"}`);

describe("founders in a participle clause", () => {
  it.each([
    "The Coastal Fisheries Alliance, founded by Norway, Iceland and Denmark, admitted two members on Monday.",
    `${intro} The bloc, set up by Norway, Iceland and Denmark in 2009, now counts 12 members.`,
    `${intro} The alliance, originally established in 2009 by Norway, Iceland and Denmark, meets yearly.`,
  ])("%s", (text) => {
    expect(summary(text)).toContain("founders: denmark, iceland, norway (complete)");
  });

  it("a clause whose list runs on into the rest of the sentence is not read", () => {
    const text = `${intro} The bloc, founded by Norway and Iceland with help from Denmark, meets yearly.`;
    expect(summary(text).filter((s) => s.startsWith("founders"))).toEqual([]);
  });
});

describe("'A and B joined the alliance': an open list of members", () => {
  it("reads the subject list as members, never as the complete list", () => {
    expect(summary(`${intro} Senegal and Ghana joined the Coastal Fisheries Alliance on Tuesday.`)).toContain(
      "members: ghana, senegal (open)",
    );
  });

  it("a person joining is not a member list unless an organisation is joined", () => {
    expect(summary("Ana Ruiz joined the talks on Tuesday.")).toEqual([]);
  });
});

describe("evacuated places as the subject of a passive verb", () => {
  it.each([
    ["The villages of Hollin, Stavik and Oria were evacuated overnight.", "evacuated places: hollin, oria, stavik (complete)"],
    ["The districts of Hollin and Stavik had all been cleared by noon.", "evacuated places: hollin, stavik (complete)"],
  ])("%s", (text, expected) => {
    expect(summary(text)).toContain(expected);
  });

  it.each([
    // Room for other places: not the complete list.
    "The villages of Hollin and Oria were among those evacuated.",
    "The villages of Hollin and Oria were also evacuated.",
    // Not an evacuation.
    "The districts of Hollin and Stavik were flooded.",
  ])("no complete list: %s", (text) => {
    expect(claimsOf(text).filter((c) => c.data.exhaustive)).toEqual([]);
  });
});
