import { compareMembersClaims } from "../../src/align/members.js";
import { extractMembersClaims } from "../../src/extract/members.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };

function claims(...texts: string[]): Claim<"members">[] {
  return texts.flatMap((t, i) => extractMembersClaims(sourceFrom(`00${i}.md`, t), ctx));
}

const HEADED = ["The Brisdale summit ended on Friday.", "", "Participants", "", "Anna Holm, President of Veloria (host)", "Jon Rask, Prime Minister of Drummark", "Eva Lind, Chancellor of Ostavia", "", "More soon."].join("\n");

describe("participants read from enumerations and heading lists", () => {
  it("reports a country one source has in place of another", () => {
    const findings = compareMembersClaims(
      claims(HEADED, "At the summit, three heads of state and government took part: the host, Veloria, together with the leaders of Drummark and Pellund."),
    );
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f.status).toBe("conflict");
    expect(f.values.map((v) => [v.value, v.sources.map((s) => s.source)])).toEqual(
      expect.arrayContaining([
        ["drummark, ostavia, veloria", ["000.md"]],
        ["drummark, pellund, veloria", ["001.md"]],
      ]),
    );
  });

  it("agrees when the lists name the same countries in other orders and forms", () => {
    const findings = compareMembersClaims(
      claims(HEADED, "At the summit, three leaders attended: Chancellor Eva Lind of Ostavia, President Anna Holm of Veloria and Prime Minister Jon Rask of Drummark."),
    );
    expect(findings.map((f) => f.status)).toEqual(["agreement"]);
  });

  it("never compares a document's parties with the gathering's participants", () => {
    const findings = compareMembersClaims(
      claims(HEADED, "At the summit the leaders adopted the Brisdale Accord, which commits Veloria, Drummark, Ostavia and Pellund to open borders."),
    );
    expect(findings.filter((f) => f.status === "conflict")).toEqual([]);
  });
});
