import { buildFinding, groupByValue } from "../../src/align/finding.js";
import { applyReferences, judgeClaims } from "../../src/reference/check.js";
import { parseReference } from "../../src/reference/load.js";
import type { Reference } from "../../src/reference/types.js";
import type { AnyClaim, Claim, ClaimDataByKind, ClaimKind, Source } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const REF = {
  people: [
    {
      name: "Mohammad Mokhber",
      offices: [
        { office: "acting President", country: "Iran", from: "2024-05-20", to: "2024-07-28" },
        { office: "First Vice President", country: "Iran", from: "2021-08-08" },
      ],
    },
    { name: "Sadyr Japarov", aliases: ["Sadyr Zhaparov"], offices: [{ office: "President", country: "Kyrgyzstan" }] },
    { name: "António Guterres", aliases: ["Antonio Guterres"] },
    { name: "Ebrahim Raisi", offices: [{ office: "President", country: "Iran", from: "2021-08-03", to: "2024-05-19" }] },
    {
      name: "Subrahmanyam Jaishankar",
      // No alias: "foreign minister" is folded to the same office by the office vocabulary.
      offices: [{ office: "Minister of External Affairs", country: "India" }],
    },
    { name: "Roman Vassilenko", offices: [{ office: "Deputy Foreign Minister", country: "Kazakhstan" }] },
  ],
  organisations: [
    {
      name: "Shanghai Cooperation Organization",
      aliases: ["SCO"],
      founded: { year: 2001, founders: ["China", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan", "Uzbekistan"] },
      members: [
        { name: "China", from: "2001-06-15" },
        { name: "Kazakhstan", from: "2001-06-15" },
        { name: "Kyrgyzstan", from: "2001-06-15" },
        { name: "Russia", from: "2001-06-15" },
        { name: "Tajikistan", from: "2001-06-15" },
        { name: "Uzbekistan", from: "2001-06-15" },
        { name: "India", from: "2017-06-09" },
        { name: "Belarus", from: "2024-07-04" },
      ],
      observers: ["Mongolia"],
      dialoguePartners: ["Turkey", "Egypt"],
    },
  ],
  places: [{ name: "Turkey", aliases: ["Türkiye"] }],
  facts: [{ subject: "Shanghai Cooperation Organization", attribute: "full members", value: 10, asOf: "2024-07-04" }],
};

function reference(): Reference {
  const r = parseReference("refs/world.reference.json", JSON.stringify(REF, null, 2));
  if (!r.ok) throw new Error(r.diagnostic.message);
  return r.reference;
}

let column = 1;
function claim<K extends ClaimKind>(kind: K, source: string, value: string, data: ClaimDataByKind[K], key?: string): AnyClaim {
  const c: Claim<K> = {
    kind,
    key: key ?? `${kind}|${value.toLowerCase()}`,
    subject: `${kind} ${value}`,
    value,
    display: value,
    evidence: { source, line: 1, column: column++, quote: `A sentence of ${source} with ${value}.` },
    rule: "test",
    data,
  };
  return c as unknown as AnyClaim;
}

const name = (source: string, full: string, country: string | null = null) => {
  const parts = full.split(" ");
  return claim("name", source, full, { full, given: parts.slice(0, -1), family: parts.at(-1)!, title: null, country });
};
const role = (source: string, person: string, office: string, country: string | null = null) =>
  claim("role", source, `${person}: ${office}`, { person, office, officeKey: office.toLowerCase(), country, organisation: null }, `role|${person.toLowerCase()}`);
const members = (source: string, relation: string, items: string[], exhaustive: boolean, group = "SCO") =>
  claim(
    "members",
    source,
    items.map((i) => i.toLowerCase()).sort().join(", "),
    { group, relation, items, exhaustive, count: null },
    `members|sco|${relation}`,
  );

const sources = (published: Record<string, string | undefined>): Source[] =>
  Object.entries(published).map(([id, date]) => sourceFrom(id, "text", date));

const SOURCES = sources({ a: "2024-07-04", b: "2024-07-04", c: undefined });

describe("names against the reference", () => {
  it("reports a near-miss spelling against the canonical name, with every source and the reference entry", () => {
    const claims = [name("a", "Mohammad Mokhbar"), name("b", "Mohammad Mokhbar", "Iran"), name("c", "Mohammad Mokhber")];
    const findings = applyReferences([], claims, [reference()], SOURCES);
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f.status).toBe("conflict");
    expect(f.kind).toBe("name");
    expect(f.subject).toBe("name of Mohammad Mokhber (acting President of Iran)");
    const wrong = f.values.find((v) => v.value === "Mohammad Mokhbar")!;
    expect(wrong.sources.map((s) => s.source)).toEqual(["a", "b"]);
    const ref = f.values.find((v) => v.reference)!;
    expect(ref.value).toBe("Mohammad Mokhber");
    // The reference entry is cited by file and line; the article spelling it correctly backs it.
    expect(ref.sources.map((s) => s.source)).toEqual(["c", "reference:refs/world.reference.json"]);
    const cited = ref.sources.find((s) => s.source.startsWith("reference:"))!;
    expect(cited.line).toBe(reference().lines.get("people[0]"));
    expect(cited.quote).toBe("Mohammad Mokhber");
  });

  it("calls a known alias a variant, and says nothing of the canonical spelling or its unaccented form", () => {
    const variant = applyReferences([], [name("a", "Sadyr Zhaparov")], [reference()], SOURCES);
    expect(variant.map((f) => f.status)).toEqual(["variant"]);
    expect(applyReferences([], [name("a", "Sadyr Japarov"), name("b", "Antonio Guterres")], [reference()], SOURCES)).toEqual([]);
    expect(applyReferences([], [name("a", "António Guterres")], [reference()], SOURCES)).toEqual([]);
  });

  it("leaves alone names that are not near misses of anyone in the reference", () => {
    const claims = [
      name("a", "Mohammad Mokhtari"), // another surname, not a spelling of Mokhber
      name("a", "Ahmad Mokhbar"), // another given name
      name("a", "Sadyr Japar"), // a shortened form is not a misspelling
      name("b", "Mohammad Mokhbar", "Turkey"), // a person of another country
    ];
    expect(judgeClaims(claims, [reference()], SOURCES).filter((j) => j.verdict !== "agree")).toEqual([]);
  });
});

describe("offices as of the publication date", () => {
  it("agrees with an office held that day, folding synonyms and qualifiers", () => {
    const claims = [
      role("a", "Subrahmanyam Jaishankar", "foreign minister", "India"),
      role("a", "Mohammad Mokhber", "President", "Iran"), // acting President is President for this purpose
      role("a", "Ebrahim Raisi", "President", "Iran"), // no office on that day: the reference cannot judge
    ];
    expect(judgeClaims(claims, [reference()], SOURCES).map((j) => j.verdict)).toEqual(["agree", "agree"]);
  });

  it("reports an office the person did not hold that day", () => {
    const f = applyReferences([], [role("a", "Roman Vassilenko", "Foreign Minister", "Kazakhstan")], [reference()], SOURCES);
    expect(f).toHaveLength(1);
    expect(f[0]!.status).toBe("conflict");
    expect(f[0]!.values.find((v) => v.reference)!.display).toBe("Deputy Foreign Minister of Kazakhstan (on 2024-07-04)");
  });

  it("uses the date: an office after its end is a conflict", () => {
    const late = sources({ x: "2024-08-01" });
    const js = judgeClaims([role("x", "Mohammad Mokhber", "acting President", "Iran")], [reference()], late);
    expect(js.map((j) => j.verdict)).toEqual(["conflict"]);
    expect(js[0]!.refDisplay).toBe("First Vice President of Iran (on 2024-08-01)");
  });

  it("does not judge offices the reference does not know or former titles", () => {
    const claims = [role("a", "Roman Vassilenko", "spokesman"), role("a", "Roman Vassilenko", "former foreign minister")];
    expect(judgeClaims(claims, [reference()], SOURCES)).toEqual([]);
  });
});

describe("founders and member sets", () => {
  it("reports an exhaustive founders list that differs from the reference", () => {
    const claims = [members("a", "founders", ["China", "Russia"], true), members("b", "founders", ["Russia", "China", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan"], true)];
    const f = applyReferences([], claims, [reference()], SOURCES);
    expect(f).toHaveLength(1);
    expect(f[0]!.status).toBe("conflict");
    const ref = f[0]!.values.find((v) => v.reference)!;
    expect(ref.display).toBe("China, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Uzbekistan");
    expect(ref.sources.map((s) => s.source)).toEqual(["b", "reference:refs/world.reference.json"]);
  });

  it("takes membership dates into account (a country is a member from the day it joined)", () => {
    const early = sources({ before: "2024-07-03", on: "2024-07-04" });
    const claims = [members("before", "members", ["Belarus", "India"], false), members("on", "members", ["Belarus", "India"], false)];
    expect(judgeClaims(claims, [reference()], early).map((j) => [j.claim.evidence.source, j.verdict])).toEqual([
      ["before", "conflict"],
      ["on", "agree"],
    ]);
  });

  it("never faults an open list for what it leaves out, but does fault what it adds", () => {
    const claims = [
      members("a", "members", ["India"], false),
      members("a", "members", ["India", "Turkey"], false), // a dialogue partner, not a member
      members("a", "observer states and dialogue partners", ["Türkiye", "Egypt"], false),
      members("a", "participants", ["Turkmenistan"], false), // a relation the reference cannot judge
    ];
    expect(judgeClaims(claims, [reference()], SOURCES).map((j) => j.verdict)).toEqual(["agree", "conflict", "agree"]);
  });

  it("faults an exhaustive member list that omits a country that had joined before that day", () => {
    const six = ["China", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan", "Uzbekistan"];
    const claims = [
      members("a", "members", six, true), // India is missing
      members("b", "members", [...six, "India"], true), // Belarus joined that very day: not required
    ];
    expect(judgeClaims(claims, [reference()], SOURCES).map((j) => j.verdict)).toEqual(["conflict", "agree"]);
  });
});

describe("plain facts", () => {
  const count = (source: string, amount: number) =>
    claim("number", source, String(amount), { amount, unit: "count", measure: "full members", approx: "exact", low: amount, high: amount }, "number|sco|full members");
  it("checks a number whose subject and attribute match a fact, from its as-of date on", () => {
    const claims = [count("a", 9), count("b", 10)];
    (claims[0] as Claim<"number">).subject = "full members of the SCO";
    (claims[1] as Claim<"number">).subject = "full members of the SCO";
    expect(judgeClaims(claims, [reference()], SOURCES).map((j) => j.verdict)).toEqual(["conflict", "agree"]);
    expect(judgeClaims(claims, [reference()], sources({ a: "2023-01-01", b: "2023-01-01" }))).toEqual([]);
  });
});

describe("joining article findings", () => {
  it("adds the reference to an existing finding instead of making a second one", () => {
    const claims = [
      members("a", "founders", ["China", "Russia"], true),
      members("b", "founders", ["China", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan", "Uzbekistan"], true),
    ];
    const article = buildFinding({ kind: "members", subject: "founders of SCO", key: "members|sco|founders", groups: groupByValue(claims) });
    const out = applyReferences([article], claims, [reference()], SOURCES);
    expect(out).toHaveLength(1);
    expect(out[0]!.status).toBe("conflict");
    expect(out[0]!.values).toHaveLength(2);
    const backed = out[0]!.values.find((v) => v.reference)!;
    expect(backed.sources.map((s) => s.source)).toEqual(["b", "reference:refs/world.reference.json"]);
    expect(out[0]!.explanation).toMatch(/the reference \(refs\/world.reference.json\) agrees with/);
  });

  it("turns an article agreement on a misspelling into a conflict with the reference as a new value", () => {
    const claims = [name("a", "Mohammad Mokhbar"), name("b", "Mohammad Mokhbar")];
    const article = buildFinding({ kind: "name", subject: "name Mokhbar", key: "name|mokhbar", groups: groupByValue(claims) });
    const out = applyReferences([article], claims, [reference()], SOURCES);
    expect(out).toHaveLength(1);
    expect(out[0]!.status).toBe("conflict");
    expect(out[0]!.values.map((v) => [v.value, Boolean(v.reference)])).toEqual([
      ["Mohammad Mokhbar", false],
      ["Mohammad Mokhber", true],
    ]);
    expect(out[0]!.id).not.toBe(article.id);
  });
});

describe("romanisation variants the reference does not list", () => {
  const translit = (): Reference => {
    const r = parseReference(
      "t.reference.json",
      JSON.stringify({
        people: [
          { name: "Yuliya Svyrydenko", offices: [{ office: "Prime Minister", country: "Ukraine", from: "2025-07-17" }] },
          { name: "Magnus Ellingsen" },
        ],
      }),
    );
    if (!r.ok) throw new Error(r.diagnostic.message);
    return r.reference;
  };

  it("calls a transliteration of a reference name a variant, never a conflict", () => {
    const verdicts = judgeClaims([name("a", "Yulia Svyrydenko"), name("b", "Iuliia Svyrydenko")], [translit()], SOURCES);
    expect(verdicts.map((j) => [j.claim.value, j.verdict])).toEqual([
      ["Yulia Svyrydenko", "variant"],
      ["Iuliia Svyrydenko", "variant"],
    ]);
    const findings = applyReferences([], [name("a", "Yulia Svyrydenko")], [translit()], SOURCES);
    expect(findings.map((f) => f.status)).toEqual(["variant"]);
  });

  it("still reports a misspelling that no transliteration explains", () => {
    const verdicts = judgeClaims([name("a", "Magnus Ellingson"), name("b", "Yuliya Svyrydenka")], [translit()], SOURCES);
    expect(verdicts.map((j) => [j.claim.value, j.verdict, j.refValue])).toEqual([
      ["Magnus Ellingson", "conflict", "Magnus Ellingsen"],
      ["Yuliya Svyrydenka", "conflict", "Yuliya Svyrydenko"],
    ]);
  });
});

describe("founders who are people", () => {
  const company = (): Reference => {
    const r = parseReference(
      "c.reference.json",
      JSON.stringify({ organisations: [{ name: "Norrhavn Group", aliases: ["Norrhavn"], founded: { year: 2009, founders: ["Elsa Brandvik", "Jonas Kettering"] } }] }),
    );
    if (!r.ok) throw new Error(r.diagnostic.message);
    return r.reference;
  };
  const founders = (source: string, items: string[], exhaustive = true) => members(source, "founders", items, exhaustive, "Norrhavn Group");

  it("faults a founders list naming someone the reference does not list as a founder", () => {
    const js = judgeClaims([founders("a", ["Elsa Brandvik", "Jonas Kettering"]), founders("b", ["Elsa Brandvik", "Mikael Rask"])], [company()], SOURCES);
    expect(js.map((j) => [j.claim.evidence.source, j.verdict])).toEqual([
      ["a", "agree"],
      ["b", "conflict"],
    ]);
  });

  it("does not judge a list with no real founder in it, or items that are not names", () => {
    const js = judgeClaims(
      [founders("a", ["Mikael Rask", "Ola Nordmann"]), founders("b", ["Elsa Brandvik", "her husband"])],
      [company()],
      SOURCES,
    );
    expect(js).toEqual([]);
  });
});

describe("plain facts about counts and places", () => {
  const facts = (): Reference => {
    const r = parseReference(
      "f.reference.json",
      JSON.stringify({
        organisations: [{ name: "Eastern Waters Commission", aliases: ["EWC"], members: ["Bulgaria", "Romania", "Moldova"] }],
        places: [{ name: "Varna", containedIn: "Bulgaria" }],
        facts: [
          { subject: "Eastern Waters Commission", attribute: "member states", value: 5, asOf: "2012-04-01" },
          { subject: "Eastern Waters Commission", attribute: "headquarters", value: "Varna" },
        ],
      }),
    );
    if (!r.ok) throw new Error(r.diagnostic.message);
    return r.reference;
  };
  const count = (source: string, amount: number, quote: string) => {
    const c = claim("number", source, String(amount), { amount, unit: "member state", measure: "count", approx: "exact", low: amount, high: amount }, "number|count|member state");
    c.display = `${amount} member states`;
    c.evidence.quote = quote;
    return c;
  };
  const place = (source: string, where: string, event: string, quote: string) => {
    const c = claim("place", source, where.toLowerCase(), { place: where, container: null, event });
    c.evidence.quote = quote;
    return c;
  };

  it("matches a count by its unit when the sentence is about the subject", () => {
    const js = judgeClaims(
      [count("a", 6, "The Eastern Waters Commission has 6 member states."), count("b", 5, "The EWC now has 5 member states.")],
      [facts()],
      SOURCES,
    );
    expect(js.map((j) => [j.claim.evidence.source, j.verdict, j.refValue])).toEqual([
      ["a", "conflict", "5"],
      ["b", "agree", "5"],
    ]);
  });

  it("leaves a count alone when the sentence is about someone else, or does not name the subject", () => {
    const js = judgeClaims(
      [
        count("a", 6, "The Eastern Waters Commission said Moldova hopes 6 member states will back it."),
        count("b", 6, "The alliance has 6 member states."),
      ],
      [facts()],
      SOURCES,
    );
    expect(js).toEqual([]);
  });

  it("checks a place against a fact whose attribute names the claim's event, tolerating the containing country", () => {
    const js = judgeClaims(
      [
        place("a", "Constanta", "headquarters", "The Eastern Waters Commission has its headquarters in Constanta."),
        place("b", "Varna", "headquarters", "The Eastern Waters Commission has its headquarters in Varna."),
        place("c", "Bulgaria", "headquarters", "The Eastern Waters Commission has its headquarters in Bulgaria."),
        place("d", "Sofia", "meeting", "The Eastern Waters Commission met in Sofia."),
      ],
      [facts()],
      SOURCES,
    );
    expect(js.map((j) => [j.claim.evidence.source, j.verdict])).toEqual([
      ["a", "conflict"],
      ["b", "agree"],
    ]);
  });
});

describe("venue names in reference facts", () => {
  const venueFacts = (value: string): Reference => {
    const r = parseReference(
      "v.reference.json",
      JSON.stringify({ facts: [{ subject: "Eastern Waters Commission", attribute: "meeting", value }] }),
    );
    if (!r.ok) throw new Error(r.diagnostic.message);
    return r.reference;
  };
  const meeting = (source: string, where: string) => {
    const c = claim("place", source, where.toLowerCase(), { place: where, container: null, event: "meeting" });
    c.evidence.quote = `The Eastern Waters Commission met at ${where}.`;
    return c;
  };

  it("agrees when the fact names a venue without its venue word, or in another spelling", () => {
    const verdicts = (value: string, where: string) => judgeClaims([meeting("a", where)], [venueFacts(value)], SOURCES).map((j) => j.verdict);
    expect(verdicts("Tarnholm", "Tarnholm Stadium")).toEqual(["agree"]);
    expect(verdicts("Tarnholm Stadium", "Tarnholm-Stadion")).toEqual(["agree"]);
  });

  it("still faults another venue, even one sharing the rest of the name", () => {
    const verdicts = (value: string, where: string) => judgeClaims([meeting("a", where)], [venueFacts(value)], SOURCES).map((j) => j.verdict);
    expect(verdicts("Tarnholm Castle", "Tarnholm Congress Centre")).toEqual(["conflict"]);
    expect(verdicts("Tarnholm Castle", "Tarnholm Centre")).toEqual(["conflict"]);
  });
});

describe("founding countries", () => {
  it("does not fault a country name the reference does not know beside real founders (another or older name)", () => {
    const js = judgeClaims([members("a", "founders", ["China", "Soviet Union", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan"], true)], [reference()], SOURCES);
    expect(js).toEqual([]);
  });
});
