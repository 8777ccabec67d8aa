import { compareMembersClaims } from "../../src/align/members.js";
import { extractMembersClaims } from "../../src/extract/members.js";
import type { Finding } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
const LEAD = "The Pellsund climate summit closed on Thursday with a joint text.";

function findings(...bodies: string[]): Finding[] {
  return compareMembersClaims(bodies.flatMap((b, i) => extractMembersClaims(sourceFrom(`00${i}.txt`, `${LEAD}\n${b}`), ctx)));
}
const conflicts = (...bodies: string[]) => findings(...bodies).filter((f) => f.status === "conflict");

describe("comparing who did one act", () => {
  it("reports one country in place of another among those who walked out", () => {
    const found = conflicts(
      "On Tuesday the delegations of Quellmora, Tavrenzia and Brondal walked out of the plenary hall.",
      "The clause was dropped after Quellmora, Tavrenzia and Brondal walked out of Tuesday's session.",
      "The delegations of Quellmora, Tavrenzia and Brondal rose from their seats and walked out.",
      "On Tuesday the delegations of Quellmora, Tavrenzia and Ytrebo walked out of the plenary.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.key).toBe("members|gathering|walked out");
    const byValue = new Map(found[0]?.values.map((v) => [v.value, v.sources.map((s) => s.source).sort()]));
    expect(byValue.get("brondal, quellmora, tavrenzia")).toEqual(["000.txt", "001.txt", "002.txt"]);
    expect(byValue.get("quellmora, tavrenzia, ytrebo")).toEqual(["003.txt"]);
  });

  it("agrees when every source names the same countries, in any order", () => {
    const found = findings(
      "The delegations of Quellmora, Tavrenzia and Brondal walked out of the plenary.",
      "Brondal, Quellmora and Tavrenzia walked out on Tuesday.",
    );
    expect(found.map((f) => f.status)).toEqual(["agreement"]);
  });

  it("does not set one act against another, nor two small sets that share too little to be one walkout", () => {
    expect(conflicts("Quellmora, Tavrenzia and Brondal walked out of the plenary.", "Quellmora, Tavrenzia and Ytrebo boycotted the plenary.")).toHaveLength(0);
    expect(conflicts("Quellmora and Tavrenzia walked out of the plenary.", "Quellmora and Ytrebo walked out of the plenary.")).toHaveLength(0);
  });
});
