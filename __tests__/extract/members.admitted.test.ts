import { compareMembersClaims } from "../../src/align/members.js";
import { extractMembersClaims } from "../../src/extract/members.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };

function admitted(text: string, id = "a.txt"): Claim<"members">[] {
  return extractMembersClaims(sourceFrom(id, text), ctx).filter((c) => c.data.relation === "admitted");
}

describe("new member admitted", () => {
  it.each([
    "Leaders of the Northern Trade Council admitted Veloria as the bloc's 12th member on Friday.",
    "The Northern Trade Council on Friday welcomed Veloria as its twelfth member.",
    "The Northern Trade Council met in Oslo, where ministers formally admitted Veloria as the council's newest member.",
    "The Northern Trade Council summit closed with the formal admission of Veloria, which becomes the bloc's twelfth member state.",
  ])("reads the one admitted member as a complete list: %s", (text) => {
    const [c, ...rest] = admitted(text);
    expect(rest).toEqual([]);
    expect(c?.key).toMatch(/^members\|[^|]+\|admitted$/u);
    expect(c?.subject).toBe("new member admitted to Northern Trade Council");
    expect(c).toMatchObject({ value: "veloria", data: { exhaustive: true, items: ["Veloria"] } });
  });

  it.each([
    // No organisation to key it on.
    "Officials admitted Veloria as the 12th member.",
    // Not stated as the admission of a member.
    "The Northern Trade Council welcomed Veloria's application on Friday.",
    "The Northern Trade Council admitted Veloria as an observer.",
    // A person, not a country.
    "The Northern Trade Council welcomed Ana Ruiz as its new member of staff.",
  ])("makes no claim for %s", (text) => {
    expect(admitted(text)).toEqual([]);
  });

  it("reports two sources naming different admitted members, and agrees on the same one", () => {
    const a = "The Northern Trade Council admitted Veloria as its 12th member.";
    const b = "The Northern Trade Council on Friday welcomed Veloria as its twelfth member.";
    const c = "Leaders of the Northern Trade Council admitted Castoria as the bloc's 12th member.";
    const conflict = compareMembersClaims([...admitted(a, "0.txt"), ...admitted(b, "1.txt"), ...admitted(c, "2.txt")]);
    expect(conflict.map((f) => f.status)).toEqual(["conflict"]);
    expect(conflict[0]!.values.map((v) => v.value)).toEqual(expect.arrayContaining(["veloria", "castoria"]));
    const agree = compareMembersClaims([...admitted(a, "0.txt"), ...admitted(b, "1.txt")]);
    expect(agree.every((f) => f.status !== "conflict")).toBe(true);
  });
});
