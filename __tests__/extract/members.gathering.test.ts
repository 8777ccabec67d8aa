import { countryLists, extractMembersClaims } from "../../src/extract/members.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
const KEY = "members|gathering|participants";

function claimsOf(text: string): Claim<"members">[] {
  return extractMembersClaims(sourceFrom("a.txt", text), ctx);
}

function participantsOf(text: string): Claim<"members"> {
  const found = claimsOf(text).filter((c) => c.key === KEY);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe("countryLists", () => {
  it("reads the countries people stand for, with demonyms folded to countries", () => {
    const [list] = countryLists("Chilean, Peruvian and Bolivian ministers met in Lima.");
    expect(list).toMatchObject({ countries: ["Bolivia", "Chile", "Peru"], closed: true, open: false, form: "demonym-people" });
  });

  it("marks a list followed by 'among others' as open and one without 'and' as not closed", () => {
    expect(countryLists("the leaders of Chile, Peru and Bolivia, among others, met")[0]?.open).toBe(true);
    expect(countryLists("Leaders of Chile, Peru attend summit")[0]?.closed).toBe(false);
  });
});

describe("participants of a gathering", () => {
  it.each([
    ["The leaders of Chile, Peru and Bolivia met in Lima on Thursday.", "gathering-people-of"],
    ["The leaders of Chile, Peru and Bolivia held talks in Lima on Thursday, ending the one-day summit.", "gathering-people-of"],
    ["Delegations from Chile, Peru and Bolivia attended the talks in Lima.", "gathering-people-of"],
    ["Chilean, Peruvian and Bolivian trade ministers met in Lima on Monday.", "gathering-demonym-people"],
    ["Chile, Peru and Bolivia held talks in Lima on Monday.", "gathering-countries"],
  ])("reads %s as the complete set", (text, rule) => {
    const c = participantsOf(text);
    expect(c.value).toBe("bolivia, chile, peru");
    expect(c.data.exhaustive).toBe(true);
    expect(c.rule).toContain(rule);
  });

  it("reads 'Participants included A, B and C, among others' as open, taking the gathering from the sentence before", () => {
    const c = participantsOf("The Lima summit ended on Friday. Participants included Chile, Peru and Bolivia, among others.");
    expect(c.data.exhaustive).toBe(false);
    expect(c.rule).toContain("participant-list+open");
  });

  it("reads 'The participants were A, B and C' as complete", () => {
    expect(participantsOf("The summit ended on Friday. The participants were Chile, Peru and Bolivia.").data.exhaustive).toBe(true);
  });

  it("gives the leaders' list of a meeting and the participants of the summit the same group", () => {
    const a = participantsOf("The leaders of Chile, Peru and Bolivia met in Lima on Thursday.");
    const b = participantsOf("At the summit, participants included Chile, Peru and Bolivia.");
    expect(a.key).toBe(b.key);
  });

  it("reads 'A, B and C signed the declaration' as the signatories of the declaration", () => {
    const [c] = claimsOf("Chile, Peru and Bolivia signed the Lima Declaration on Pacific Trade at a summit in Lima.");
    expect(c).toMatchObject({ key: "members|declaration|signatories", value: "bolivia, chile, peru" });
    expect(c?.data.exhaustive).toBe(true);
  });
});

describe("participants: text that must yield no claim", () => {
  it.each([
    // A headline list without "and".
    "Leaders of Chile, Peru attend summit",
    // Side meetings and other occasions.
    "The leaders of Chile and Peru met on the sidelines of the summit on Wednesday.",
    "The leaders of Chile and Peru met on Wednesday, a day before the summit.",
    "The leaders of Chile, Peru and Bolivia agreed to meet again next year.",
    // "met with" adds someone the list does not name.
    "The leaders of Chile and Peru met with Bolivian President Tomas Vargo.",
    // No gathering named nearby: a list of countries is not a participant list.
    "Participants included Chile, Peru and Bolivia.",
    // The tail of a list of places ("in Chile, Peru and Bolivia") is not a list of its own.
    "The ministers toured Chile, Peru and Bolivia held talks in each capital.",
    // Not all items are countries.
    "The leaders of Chile, Peru and the Andean Bank met in Lima.",
  ])("%s", (text) => {
    expect(claimsOf(text).filter((c) => c.data.relation === "participants" || c.data.relation === "signatories")).toEqual([]);
  });
});
