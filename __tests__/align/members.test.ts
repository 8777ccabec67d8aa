import { compareMembersClaims } from "../../src/align/members.js";
import { extractMembersClaims } from "../../src/extract/members.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
const intro = "The Northern Trade Council (NTC) met in Oslo.";

function claims(...texts: string[]): Claim<"members">[] {
  return texts.flatMap((t, i) => extractMembersClaims(sourceFrom(`00${i}.txt`, t), ctx));
}

describe("compareMembersClaims", () => {
  it("reports complete lists that differ, showing each set", () => {
    const findings = compareMembersClaims(
      claims(
        `${intro} The NTC was founded in 1999 by Norway and Sweden.`,
        `${intro} It was established in 1999 by Norway, Sweden, Finland and Denmark.`,
        "The Northern Trade Council was founded in 1999 with Norway, Sweden, Finland and Denmark.",
      ),
    );
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f.status).toBe("conflict");
    expect(f.key).toBe("members|ntc|founders");
    expect(f.subject).toMatch(/found/);
    const shown = f.values.map((v) => `${v.value} ${v.display}`).join(" | ");
    expect(shown).toContain("Finland");
    const bySources = f.values.map((v) => v.sources.map((s) => s.source).join(",")).sort();
    expect(bySources).toEqual(["000.txt", "001.txt,002.txt"]);
  });

  it("agrees when complete lists are the same in another order", () => {
    const [f] = compareMembersClaims(
      claims(`${intro} The NTC was founded by Norway and Sweden.`, `${intro} The NTC was founded by Sweden and Norway.`),
    );
    expect(f?.status).toBe("agreement");
  });

  it("never reports an open list for what it leaves out", () => {
    const findings = compareMembersClaims(
      claims(
        `${intro} The NTC was founded by Norway, Sweden and Finland.`,
        `${intro} Founding members include Norway and Sweden.`,
      ),
    );
    expect(findings.filter((f) => f.status === "conflict")).toEqual([]);
  });

  it("reports an open list naming an item the complete list lacks", () => {
    const [f] = compareMembersClaims(
      claims(`${intro} The NTC was founded by Norway and Sweden.`, `${intro} Founding members include Norway and Iceland.`),
    );
    expect(f?.status).toBe("conflict");
    expect(f?.explanation).toContain("iceland");
  });

  it("does not compare open lists against complete ones for sets that change over time (members)", () => {
    const findings = compareMembersClaims(
      claims(`${intro} Its members are Norway and Sweden.`, `${intro} It was later joined by Iceland and Denmark.`),
    );
    expect(findings.filter((f) => f.status === "conflict")).toEqual([]);
  });

  it("reports a complete list whose size another source's count contradicts", () => {
    const [f] = compareMembersClaims(
      claims(
        "Crews evacuated the villages of Valdoria, Brisca and Monteluce overnight.",
        "The fire forced the evacuation of four villages, officials said.",
      ),
    );
    expect(f?.status).toBe("conflict");
    expect(f?.values.map((v) => v.display)).toEqual(["Valdoria, Brisca, Monteluce (3)", "4 (stated count)"]);
  });

  it("accepts a matching count", () => {
    const [f] = compareMembersClaims(
      claims(
        "Crews evacuated the villages of Valdoria, Brisca and Monteluce overnight.",
        "Residents were evacuated from Valdoria, Brisca and Monteluce.",
        "The fire forced the evacuation of three villages, officials said.",
      ),
    );
    expect(f?.status).toBe("agreement");
  });

  it("keeps different organisations and relations apart", () => {
    const findings = compareMembersClaims(
      claims(
        `${intro} The NTC was founded by Norway and Sweden.`,
        "The Southern Fishing League (SFL) met. The SFL was founded by Chile and Peru.",
        `${intro} Observer states include Chile and Peru.`,
      ),
    );
    expect(findings.filter((f) => f.status === "conflict")).toEqual([]);
  });
});

describe("founders of a company", () => {
  it("lines up name variants and full names with surnames, and reports a different founder", () => {
    const findings = compareMembersClaims(
      claims(
        "Norrhavn Robotics Group was founded in 2009 by Elsa Brandvik and Jonas Kettering.",
        "Norrhavn, which was founded in 2009 by Brandvik and Kettering, makes arms.",
        "The Norrhavn Group, founded in 2009 by Elsa Brandvik and Mikael Rask, employs 1,400 people.",
      ),
    );
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f.status).toBe("conflict");
    expect(f.key).toBe("members|norrhavn robotics|founders");
    const bySources = f.values.map((v) => v.sources.map((s) => s.source).join(",")).sort();
    expect(bySources).toEqual(["000.txt,001.txt", "002.txt"]);
  });

  it("agrees when all sources name the same founders, one by surname only", () => {
    const findings = compareMembersClaims(
      claims(
        "Norrhavn Robotics was founded in 2009 by Elsa Brandvik and Jonas Kettering.",
        "Norrhavn Robotics was set up by Brandvik and Kettering in 2009.",
      ),
    );
    expect(findings.map((f) => f.status)).toEqual(["agreement"]);
  });

  it("never folds a country into a longer country name", () => {
    const findings = compareMembersClaims(
      claims(
        "The Gulf Coast Council was founded by Guinea and Equatorial Guinea.",
        "The Gulf Coast Council was founded by Guinea and Equatorial Guinea.",
      ),
    );
    expect(findings[0]?.values[0]?.value).toBe("equatorial guinea, guinea");
  });

  it("does not compare companies whose short name has two expansions", () => {
    const findings = compareMembersClaims(
      claims(
        "Norrhavn Robotics was founded by Elsa Brandvik and Jonas Kettering.",
        "Norrhavn Foods was founded by Mikael Rask and Ana Ruiz.",
        "Norrhavn was founded by Peter Lund and Ana Ruiz.",
      ),
    );
    expect(findings.filter((f) => f.status === "conflict")).toEqual([]);
  });
});
