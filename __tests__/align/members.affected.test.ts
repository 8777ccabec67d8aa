import { compareMembersClaims } from "../../src/align/members.js";
import { extractMembersClaims } from "../../src/extract/members.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };

function claims(...texts: string[]): Claim<"members">[] {
  return texts.flatMap((t, i) => extractMembersClaims(sourceFrom(`00${i}.txt`, t), ctx));
}
const of = (cs: Claim<"members">[], relation: string) => cs.filter((c) => c.data.relation === relation);

describe("places an event struck (counted list after a colon)", () => {
  test("two complete lists with one place swapped conflict", () => {
    const cs = claims(
      "Officials said three towns had been damaged: Orvelle, Matsby and Keldon.",
      "In all, three towns in the valley of Rhume were flooded: Orvelle, Matsby and Piran.",
    );
    const affected = of(cs, "affected places");
    expect(affected.map((c) => c.data.exhaustive)).toEqual([true, true]);
    expect(affected[0]?.key).toBe(affected[1]?.key);
    const findings = compareMembersClaims(cs).filter((f) => f.status === "conflict");
    expect(findings).toHaveLength(1);
    expect(findings[0]?.explanation).toMatch(/Keldon|Piran/);
  });

  test("the same places in another order do not conflict", () => {
    const cs = claims("Three towns were hit: Orvelle, Matsby and Keldon.", "Three towns were affected: Keldon, Orvelle and Matsby.");
    expect(compareMembersClaims(cs).filter((f) => f.status === "conflict")).toEqual([]);
  });

  test("no complete list: approximate count, count that does not match, no colon, open list", () => {
    for (const text of [
      "At least three towns were hit: Orvelle, Matsby and Keldon.",
      "Three towns were hit: Orvelle and Matsby.",
      "Three towns were hit by the storm, Orvelle and Matsby among them.",
      "Three towns were hit: Orvelle, Matsby and Keldon among others.",
    ]) {
      expect(of(claims(text), "affected places").filter((c) => c.data.exhaustive)).toEqual([]);
    }
  });
});

describe("a leader's delegation (people travelling with a leader)", () => {
  test("'accompanied by' and 'brought N ... with him:' lists key on the leader; a swapped person conflicts", () => {
    const cs = claims(
      "Brandt is accompanied by Finance Minister Olga Terzi, Defence Minister Jan Moravec and Health Minister Ilse Kron.",
      "President Brandt brought three ministers with him: Finance Minister Olga Terzi, Defence Minister Jan Moravec and Culture Minister Karel Dusek.",
    );
    const lists = of(cs, "delegation");
    expect(lists.map((c) => c.key)).toEqual(["members|brandt|delegation", "members|brandt|delegation"]);
    expect(lists.every((c) => c.data.exhaustive)).toBe(true);
    const conflicts = compareMembersClaims(cs).filter((f) => f.status === "conflict");
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.explanation).toMatch(/Kron/);
    expect(conflicts[0]?.explanation).toMatch(/Dusek/);
  });

  test("an open 'delegation includes' list, a count that does not match, or a pronoun leader is no complete list", () => {
    const open = of(claims("Brandt's delegation includes Olga Terzi and Jan Moravec."), "delegation");
    expect(open.map((c) => c.data.exhaustive)).toEqual([false]);
    const miscounted = of(claims("Brandt brought four ministers with him: Olga Terzi, Jan Moravec and Ilse Kron."), "delegation");
    expect(miscounted.every((c) => !c.data.exhaustive)).toBe(true);
    expect(of(claims("He is accompanied by Olga Terzi and Jan Moravec."), "delegation")).toEqual([]);
  });

  test("one name more or less, or different leaders, do not conflict", () => {
    const more = claims(
      "Brandt is accompanied by Olga Terzi and Jan Moravec.",
      "Brandt is accompanied by Olga Terzi, Jan Moravec and Ilse Kron.",
    );
    expect(compareMembersClaims(more).filter((f) => f.status === "conflict")).toEqual([]);
    const leaders = claims(
      "Brandt is accompanied by Olga Terzi and Jan Moravec.",
      "Halvorsen is accompanied by Ilse Kron and Karel Dusek.",
    );
    expect(compareMembersClaims(leaders).filter((f) => f.status === "conflict")).toEqual([]);
  });
});
