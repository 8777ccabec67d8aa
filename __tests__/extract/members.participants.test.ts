import { countryLike, countryOfEntry, extractMembersClaims } from "../../src/extract/members.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
const KEY = "members|gathering|participants";

function claimsOf(text: string): Claim<"members">[] {
  return extractMembersClaims(sourceFrom("a.md", text), ctx);
}

function participants(text: string): Claim<"members">[] {
  return claimsOf(text).filter((c) => c.key === KEY);
}

describe("entries of a participant list", () => {
  it.each([
    ["Veloria", "Veloria"],
    ["Veloria: President Anna Holm", "Veloria"],
    ["Veloria — Prime Minister Jon Rask", "Veloria"],
    ["Anna Holm, President of Veloria (host)", "Veloria"],
    ["President Anna Holm of Veloria", "Veloria"],
    ["Drummark's chancellor, Jon Rask", "Drummark"],
    ["Portuguese Prime Minister Ana Costa", "Portugal"],
    ["Jon Rask (Drummark)", "Drummark"],
  ])("reads %s as %s", (entry, country) => {
    expect(countryOfEntry(entry)).toBe(country);
  });

  it.each(["Anna Holm", "President Anna Holm", "Lisbon", "Friday", "The plenary opened at noon", "NATO"])("reads no country from %s", (entry) => {
    expect(countryOfEntry(entry)).toBeNull();
  });

  it("takes one unknown capitalised word as a country but not a title or a city", () => {
    expect(countryLike("Ostavia")).toBe("Ostavia");
    expect(countryLike("President")).toBeNull();
    expect(countryLike("Madrid")).toBeNull();
  });
});

describe("a counted enumeration of participants", () => {
  it("reads the host and the leaders of a list as the complete set when the count matches", () => {
    const [c, ...rest] = participants(
      "The summit closed on Friday.\nFour heads of state and government took part: the host, Veloria, represented by President Anna Holm, together with the leaders of Drummark, Ostavia and Pellund.",
    );
    expect(rest).toHaveLength(0);
    expect(c).toMatchObject({ value: "drummark, ostavia, pellund, veloria", data: { exhaustive: true, count: 4, relation: "participants" } });
    expect(c!.evidence.line).toBe(2);
  });

  it("reads a list of leaders by office and country", () => {
    const [c] = participants("At the summit, three leaders attended: President Anna Holm of Veloria, Chancellor Jon Rask of Drummark and Prime Minister Eva Lind of Ostavia.");
    expect(c).toMatchObject({ value: "drummark, ostavia, veloria", data: { exhaustive: true } });
  });

  it("keeps a list whose size differs from the stated count open", () => {
    const [c] = participants("At the summit, five leaders took part: the host, Veloria, along with the leaders of Drummark and Ostavia.");
    expect(c).toMatchObject({ data: { exhaustive: false, count: 5 } });
  });

  it.each([
    // another occasion, people only, no gathering, a sentence that goes on after the list
    "On the sidelines of the summit, three leaders met: the host, Veloria, together with the leaders of Drummark and Ostavia.",
    "At the summit, three leaders took part: Anna Holm, Jon Rask and Eva Lind.",
    "Four heads of state took part: the host, Veloria, together with the leaders of Drummark, Ostavia and Pellund.",
    "At the summit, three delegations attended: Veloria, Drummark and Ostavia sent ministers to the talks.",
  ])("reads no participant list from %s", (text) => {
    expect(participants(text)).toEqual([]);
  });
});

describe("a list under a participants heading", () => {
  const blog = (items: string[]) =>
    ["Notes from the Brisdale summit", "", "The leaders signed the accord on Friday.", "", "Who was in the room", "", ...items, "", "What changed", "", "Money."].join("\n");

  it("reads one country per line as the complete set of participants", () => {
    const [c, ...rest] = participants(
      blog(["Anna Holm, President of Veloria (host)", "Jon Rask, Prime Minister of Drummark", "Eva Lind, Chancellor of Ostavia"]),
    );
    expect(rest).toHaveLength(0);
    expect(c).toMatchObject({ value: "drummark, ostavia, veloria", data: { exhaustive: true }, rule: "members/heading-list+exhaustive" });
    expect(c!.evidence.line).toBe(7);
  });

  it("reads 'Participants' over bare countries and 'Country: leader' lines", () => {
    const [c] = participants(blog(["Veloria", "Drummark: Prime Minister Jon Rask"]).replace("Who was in the room", "Participants"));
    expect(c?.value).toBe("drummark, veloria");
  });

  it.each([
    [["Anna Holm", "Jon Rask", "Eva Lind"]],
    [["Veloria", "The delegates discussed fishing quotas at length over dinner on Thursday evening."]],
    [["Veloria"]],
  ])("reads nothing when a line names no country or the list has one line: %j", (items) => {
    expect(participants(blog(items))).toEqual([]);
  });

  it("reads nothing under a heading that is not about participants", () => {
    expect(participants(blog(["Veloria", "Drummark"]).replace("Who was in the room", "Who paid for it"))).toEqual([]);
  });
});

describe("parties a document commits", () => {
  it("reads them as the document's signatories, not as the gathering's participants", () => {
    const found = claimsOf("The Brisdale Accord, which the leaders signed at the summit on Friday, commits Veloria, Drummark and Ostavia to halving emissions.");
    expect(found.filter((c) => c.key === KEY)).toEqual([]);
    const [c] = found.filter((c) => c.data.relation === "signatories");
    expect(c).toMatchObject({ key: "members|accord|signatories", value: "drummark, ostavia, veloria", data: { exhaustive: true } });
  });

  it.each([
    "The accord commits the company to paying Veloria and Drummark.",
    "The accord commits Veloria, Drummark to nothing.",
    "The accord commits Veloria and Drummark, officials said.",
  ])("reads no parties from %s", (text) => {
    expect(claimsOf(text).filter((c) => c.data.relation === "signatories")).toEqual([]);
  });
});
