import { compareMembersClaims } from "../../src/align/members.js";
import { extractMembersClaims } from "../../src/extract/members.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };

function claims(...texts: string[]): Claim<"members">[] {
  return texts.flatMap((t, i) => extractMembersClaims(sourceFrom(`00${i}.txt`, t), ctx));
}

const HOSTED =
  "The summit ended on Friday. Danish Prime Minister Eskil Brandt hosted Finnish Prime Minister Aino Lehtola, Estonian Prime Minister Kaarel Tamm and Latvian Prime Minister Ilze Ozola at Hellerup Palace.";

describe("participant lists of people compared person by person", () => {
  it("reports one person named in place of another, with the countries they represent", () => {
    const findings = compareMembersClaims(
      claims(
        HOSTED,
        HOSTED,
        "The summit ended on Friday. Around the table were Finnish Prime Minister Aino Lehtola, Estonia's Kaarel Tamm and Lithuanian Prime Minister Rokas Vaitkus.",
      ),
    );
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f.status).toBe("conflict");
    expect(f.values.map((v) => [v.value, v.sources.map((s) => s.source)])).toEqual([
      ["lehtola, ozola, tamm", ["000.txt", "001.txt"]],
      ["lehtola, tamm, vaitkus", ["002.txt"]],
    ]);
    expect(f.explanation).toContain("Ilze Ozola (Latvia)");
    expect(f.explanation).toContain("Rokas Vaitkus (Lithuania)");
  });
});

describe("people lists that agree (negative cases)", () => {
  it("agrees across spellings without diacritics and a one-letter slip of a name stated for the same country", () => {
    const findings = compareMembersClaims(
      claims(
        "The summit ended. Around the table were Finnish Prime Minister Aino Lehtola, Irish Prime Minister Ciarán Moylan and Latvian Prime Minister Ilze Ozola.",
        "The summit ended. Around the table were Finnish Prime Minister Aino Lehtola, Irish Prime Minister Ciaran Moylan and Latvian Prime Minister Ilze Ozolla.",
      ),
    );
    expect(findings.filter((f) => f.status === "conflict")).toEqual([]);
  });

  it("does not fault a list that also counts the host", () => {
    const findings = compareMembersClaims(
      claims(HOSTED, "The summit on Friday was attended by Eskil Brandt, Aino Lehtola, Kaarel Tamm and Ilze Ozola."),
    );
    expect(findings.filter((f) => f.status === "conflict")).toEqual([]);
  });

  it("never compares people with a list of countries", () => {
    const findings = compareMembersClaims(
      claims(HOSTED, "The summit ended. The leaders of Denmark, Finland, Estonia and Lithuania met on Friday."),
    );
    expect(findings.filter((f) => f.status === "conflict")).toEqual([]);
  });
});
