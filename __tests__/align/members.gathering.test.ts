import { compareMembersClaims } from "../../src/align/members.js";
import { extractMembersClaims } from "../../src/extract/members.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };

function claims(...texts: string[]): Claim<"members">[] {
  return texts.flatMap((t, i) => extractMembersClaims(sourceFrom(`00${i}.txt`, t), ctx));
}

describe("participants of one gathering across sources", () => {
  it("reports a source that swaps one country in a complete list, whatever the wording", () => {
    const findings = compareMembersClaims(
      claims(
        "The leaders of Chile, Peru and Bolivia met in Lima on Thursday.",
        "Delegations from Chile, Peru and Bolivia attended the talks.",
        "Chilean, Peruvian and Ecuadorian ministers held talks in Lima.",
      ),
    );
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f.status).toBe("conflict");
    expect(f.values.map((v) => [v.value, v.sources.map((s) => s.source)])).toEqual([
      ["bolivia, chile, peru", ["000.txt", "001.txt"]],
      ["chile, ecuador, peru", ["002.txt"]],
    ]);
  });

  it("agrees when the lists name the same countries by name and by demonym", () => {
    const [f] = compareMembersClaims(
      claims("The leaders of Chile, Peru and Bolivia met in Lima.", "Peruvian, Bolivian and Chilean leaders met in Lima."),
    );
    expect(f?.status).toBe("agreement");
  });

  it("does not report an open list for the countries it leaves out, but does for one the complete list lacks", () => {
    const ok = compareMembersClaims(
      claims("The leaders of Chile, Peru and Bolivia met in Lima.", "At the meeting, participants included Chile and Peru, among others."),
    );
    expect(ok.filter((f) => f.status === "conflict")).toEqual([]);
    const extra = compareMembersClaims(
      claims("The leaders of Chile, Peru and Bolivia met in Lima.", "At the meeting, participants included Chile and Ecuador, among others."),
    );
    expect(extra.map((f) => f.status)).toEqual(["conflict"]);
  });

  it("keeps lists that share too little apart: a two-country meeting is not the fifteen-country plenary", () => {
    const findings = compareMembersClaims(
      claims(
        "The leaders of Chile and Peru held talks in Lima on Wednesday.",
        "Delegations from Chile, Peru, Bolivia, Ecuador, Colombia and Brazil attended the summit.",
      ),
    );
    expect(findings.filter((f) => f.status === "conflict")).toEqual([]);
  });
});
