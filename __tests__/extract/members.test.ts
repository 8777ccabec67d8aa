import { extractMembersClaims, parseList } from "../../src/extract/members.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };

function claimsOf(text: string): Claim<"members">[] {
  return extractMembersClaims(sourceFrom("a.txt", text), ctx);
}

function only(text: string, key: string): Claim<"members"> {
  const found = claimsOf(text).filter((c) => c.key === key);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe("parseList", () => {
  it("reads 'A, B and C' and stops after the item that follows 'and'", () => {
    const text = "by Norway and Sweden, the NTC said";
    const list = parseList(text, 3);
    expect(list?.items).toEqual(["Norway", "Sweden"]);
    expect(text.slice(list!.end)).toBe(", the NTC said");
  });

  it("accepts the serial comma and multi-word names", () => {
    expect(parseList("Chile, Saudi Arabia, and New Zealand.", 0)?.items).toEqual(["Chile", "Saudi Arabia", "New Zealand"]);
  });

  it("expands a counted descriptor into its sublist and checks the count", () => {
    const ok = parseList("Norway, Sweden and three Baltic states of Estonia, Latvia and Lithuania to", 0);
    expect(ok?.items).toEqual(["Norway", "Sweden", "Estonia", "Latvia", "Lithuania"]);
    expect(ok?.consistent).toBe(true);
    const bad = parseList("Norway, Sweden and four Baltic states of Estonia, Latvia and Lithuania to", 0);
    expect(bad?.consistent).toBe(false);
  });

  it("keeps a country whose name contains 'and' whole", () => {
    expect(parseList("Serbia, Bosnia and Herzegovina and Croatia", 0)?.items).toEqual(["Serbia", "Bosnia and Herzegovina", "Croatia"]);
  });
});

describe("founders", () => {
  const intro = "Leaders met at a session of the Northern Trade Council (NTC) in Oslo.";

  it("reads 'The grouping was established ... by A and B' as a complete list of the organisation named before", () => {
    const c = only(`${intro} The grouping was established in 1999 by Norway and Sweden to promote trade.`, "members|ntc|founders");
    expect(c.data).toMatchObject({ group: "Northern Trade Council", relation: "founders", items: ["Norway", "Sweden"], exhaustive: true });
    expect(c.value).toBe("norway, sweden");
    expect(c.display).toBe("Norway, Sweden");
    expect(c.subject).toMatch(/found/);
    expect(c.evidence.line).toBe(1);
  });

  it("gives the full name and the acronym the same group key", () => {
    const full = only("The Northern Trade Council was founded in 1999 by Norway, Sweden and Finland.", "members|ntc|founders");
    const acronym = only(`${intro} The NTC was founded in 1999 with Norway, Sweden and Finland.`, "members|ntc|founders");
    expect(full.value).toBe(acronym.value);
  });

  it("reads a fronted participle: 'Established in 1999 by A and B, the NTC ...'", () => {
    const c = only(`${intro}\nEstablished in 1999 by Norway and Sweden, the NTC addresses trade.`, "members|ntc|founders");
    expect(c.data.items).toEqual(["Norway", "Sweden"]);
    expect(c.data.exhaustive).toBe(true);
    expect(c.evidence.line).toBe(2);
  });

  it("reads 'Since its inception ... of three countries -- A, B and C --' with its count", () => {
    const c = only(
      `${intro} Since its inception in 1999, the NTC has grown from an alliance of three countries -- Norway, Sweden and Finland -- into a large bloc.`,
      "members|ntc|founders",
    );
    expect(c.data).toMatchObject({ items: ["Norway", "Sweden", "Finland"], exhaustive: true, count: 3 });
  });

  it("folds capitals standing for their countries and country aliases", () => {
    const c = only(`${intro} It was created by Oslo and Stockholm.`, "members|ntc|founders");
    expect(c.value).toBe("norway, sweden");
  });
});

describe("members, observers and partners", () => {
  const intro = "The Northern Trade Council (NTC) met in Oslo.";

  it("treats 'members include' as an open list", () => {
    const c = only(`${intro} Members include Denmark, Iceland and Estonia.`, "members|ntc|members");
    expect(c.data.exhaustive).toBe(false);
    expect(c.data.items).toEqual(["Denmark", "Iceland", "Estonia"]);
  });

  it("treats 'joined by' and 'expanded to include' as open lists of the subject organisation", () => {
    const claims = claimsOf(`${intro} It was later joined by Denmark and Iceland. The group has since expanded to include Estonia.`);
    const members = claims.filter((c) => c.key === "members|ntc|members");
    expect(members.map((c) => c.value)).toEqual(["denmark, iceland", "estonia"]);
    expect(members.every((c) => !c.data.exhaustive)).toBe(true);
  });

  it("drops 'other member countries include': that list leaves out the ones named before", () => {
    expect(claimsOf(`${intro} Other member countries include Denmark and Iceland.`)).toHaveLength(0);
  });

  it("keeps a stated count and lowers a list that contradicts it to an open one", () => {
    const ok = only(`${intro} The NTC has two observer countries -- Latvia and Lithuania -- and more.`, "members|ntc|observers");
    expect(ok.data).toMatchObject({ count: 2, exhaustive: true });
    const bad = only(`${intro} The NTC has three observer countries -- Latvia and Lithuania -- and more.`, "members|ntc|observers");
    expect(bad.data).toMatchObject({ count: 3, exhaustive: false });
  });

  it("keeps combined observers and dialogue partners apart from observers", () => {
    const c = only(`${intro} Observer states and dialogue partners include Chile, Peru and Egypt.`, "members|ntc|observers and dialogue partners");
    expect(c.data.exhaustive).toBe(false);
  });

  it("reads the participants of a gathering after a colon", () => {
    const claims = claimsOf(
      `${intro} Leaders from some 4 countries gathered for the NTC meeting: Norway, Sweden, Finland and Denmark, officials said.`,
    );
    const c = claims.find((x) => x.data.relation === "participants");
    expect(c?.key).toBe("members|gathering|participants");
    expect(c?.data).toMatchObject({ items: ["Norway", "Sweden", "Finland", "Denmark"], exhaustive: true, count: null });
  });
});

describe("evacuated places", () => {
  const key = "members|evacuation|evacuated places";

  it.each([
    ["Some 900 residents were evacuated from Valdoria, Brisca and Monteluce on Tuesday.", "evacuated-from"],
    ["By evening the authorities had ordered Valdoria, Brisca and Monteluce to be cleared.", "ordered-cleared"],
    ["Some 900 residents of Valdoria, Brisca and Monteluce were evacuated overnight.", "residents-of"],
  ])("reads %s as a complete list", (text, rule) => {
    const c = only(text, key);
    expect(c.data.items).toEqual(["Valdoria", "Brisca", "Monteluce"]);
    expect(c.data.exhaustive).toBe(true);
    expect(c.rule).toContain(rule);
    expect(c.subject).toMatch(/evacuat/);
  });

  it("reads 'forced N people to leave three villages: A, B and C' with its count", () => {
    const claims = claimsOf("The fire forced 900 people to leave three villages: Valdoria, Brisca and Monteluce.").filter((c) => c.key === key);
    const list = claims.find((c) => c.data.items.length > 0);
    expect(list?.data).toMatchObject({ exhaustive: true, count: 3 });
  });

  it("keeps a count without names as a count-only claim", () => {
    const c = only("Crews fought the blaze and forced the evacuation of three villages, officials said.", key);
    expect(c.data).toMatchObject({ items: [], count: 3, exhaustive: false });
  });

  it("reads 'villages including A and B' as open", () => {
    const c = only("Residents had to leave several villages, including Valdoria and Brisca.", key);
    expect(c.data.exhaustive).toBe(false);
  });
});

describe("people who founded a company", () => {
  it.each([
    ["Norrhavn Robotics was founded in 2009 by Elsa Brandvik and Jonas Kettering.", "members|norrhavn robotics|founders"],
    ["Norrhavn, which was founded in 2009 by Elsa Brandvik and Jonas Kettering, makes arms.", "members|norrhavn|founders"],
    ["The Norrhavn Group, founded in 2009 by Elsa Brandvik and Jonas Kettering, employs 1,400 people.", "members|norrhavn|founders"],
    ["Norrhavn Robotics Group (NRG) was set up by Elsa Brandvik and Jonas Kettering in 2009.", "members|norrhavn robotics|founders"],
  ])("reads %s as the complete list of the sentence subject", (text, key) => {
    const c = only(text, key);
    expect(c.data).toMatchObject({ items: ["Elsa Brandvik", "Jonas Kettering"], exhaustive: true });
  });

  it("reads one name and a count as an open list with the count", () => {
    const c = only("Norrhavn Robotics was founded in 2009 by Elsa Brandvik and two university friends.", "members|norrhavn robotics|founders");
    expect(c.data).toMatchObject({ items: ["Elsa Brandvik"], exhaustive: false, count: 3 });
  });

  it("lets 'It' in the next sentence refer to a company read as a subject", () => {
    const claims = claimsOf("Norrhavn Robotics was founded by Elsa Brandvik and Jonas Kettering. It was later joined by Peter Lund and Ana Ruiz.");
    expect(claims.map((c) => c.key)).toEqual(["members|norrhavn robotics|founders", "members|norrhavn robotics|members"]);
  });

  it.each([
    "Norrhavn Robotics was founded in 2009 by Elsa Brandvik.",
    "The prize was founded by Elsa Brandvik's family.",
    "Analysts said the venture, founded by two engineers, was growing.",
    "Norrhavn Robotics was praised by Elsa Brandvik and Jonas Kettering.",
  ])("yields no founders claim from %s", (text) => {
    expect(claimsOf(text).filter((c) => c.data.relation === "founders")).toEqual([]);
  });
});

describe("a founded-by clause between the group and its verb", () => {
  it("reads the founders and 'admitted A and B' as new members of the same group", () => {
    const claims = claimsOf("The Atlantic Fisheries Alliance, founded by Portugal, Spain and Morocco, admitted Senegal and Cape Verde on Tuesday.");
    const founders = claims.find((c) => c.data.relation === "founders");
    const members = claims.find((c) => c.data.relation === "members");
    expect(founders).toMatchObject({ key: "members|afa|founders", value: "morocco, portugal, spain", data: { exhaustive: true } });
    expect(members).toMatchObject({ key: "members|afa|members", data: { items: ["Senegal", "Cape Verde"], exhaustive: false } });
  });

  it("also after 'which was founded by ...'", () => {
    const claims = claimsOf("The Atlantic Fisheries Alliance, which was founded by Portugal and Spain, has since expanded to include Morocco.");
    expect(claims.map((c) => `${c.key} ${c.value}`)).toEqual(["members|afa|founders portugal, spain", "members|afa|members morocco"]);
  });
});

describe("pronoun subjects", () => {
  it.each(["She was founded by Ana Ruiz and Peter Lund.", "It was founded in 2009 by Elsa Brandvik and Jonas Kettering."])(
    "reads no organisation from %s",
    (text) => {
      expect(claimsOf(text)).toEqual([]);
    },
  );
});
