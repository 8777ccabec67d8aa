import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { entryPath, isIsoDate, loadReference, parseReference } from "../../src/reference/load.js";

const GOOD = `{
  "people": [
    { "name": "Ada Lovelace", "aliases": ["Augusta Ada King"] },
    {
      "name": "Grace Hopper",
      "offices": [{ "office": "Rear Admiral", "country": "United States", "from": "1983-12-15" }]
    }
  ],
  "organisations": [
    { "name": "Example Union", "aliases": ["EU1"], "members": ["Aland", { "name": "Borland", "from": "2020-01-01" }] }
  ]
}`;

function errorOf(text: string): string {
  const r = parseReference("refs.json", text);
  if (r.ok) throw new Error("expected a load error");
  expect(r.diagnostic.level).toBe("error");
  expect(r.diagnostic.fatal).toBe(true);
  expect(r.diagnostic.path).toBe("refs.json");
  return r.diagnostic.message;
}

describe("parseReference", () => {
  it("loads a valid file and remembers the line of every entry", () => {
    const r = parseReference("refs.json", GOOD);
    if (!r.ok) throw new Error(r.diagnostic.message);
    expect(r.reference.data.people?.[1]?.name).toBe("Grace Hopper");
    expect(r.reference.lines.get("people[0]")).toBe(3);
    expect(r.reference.lines.get("people[1]")).toBe(4);
    expect(r.reference.lines.get("people[1].offices[0]")).toBe(6);
    expect(r.reference.lines.get("organisations[0].members[1]")).toBe(10);
  });

  it("names the entry path of a bad date", () => {
    const text = JSON.stringify({
      people: [{ name: "A" }, { name: "B" }, { name: "C", offices: [{ office: "Mayor", from: "2024-02-30" }] }],
    });
    expect(errorOf(text)).toBe("people[2].offices[0].from: must be an ISO date (YYYY-MM-DD)");
  });

  it("names missing and unknown fields", () => {
    expect(errorOf(`{"places": [{"name": "X"}, {"aliases": ["Y"]}]}`)).toBe('places[1]: missing required field "name"');
    expect(errorOf(`{"people": [{"name": "X", "title": "Dr"}]}`)).toBe('people[0]: unknown field "title"');
    expect(errorOf(`{"facts": [{"subject": "X", "attribute": "y", "value": true}]}`)).toBe(
      "facts[0].value: must be text or a number",
    );
    expect(errorOf(`[]`)).toBe("must be a JSON object");
  });

  it("says where malformed JSON breaks", () => {
    expect(errorOf(`{\n  "people": [\n    {"name": "A"},,\n  ]\n}`)).toBe(
      'malformed JSON at line 3, column 19: unexpected ","',
    );
    expect(errorOf("")).toMatch(/empty reference file/);
  });

  it("rejects a period that ends before it starts", () => {
    const text = JSON.stringify({ organisations: [{ name: "U", members: [{ name: "A", from: "2024-01-02", to: "2023-01-01" }] }] });
    expect(errorOf(text)).toBe("organisations[0].members[0].to: ends (2023-01-01) before it starts (2024-01-02)");
  });
});

describe("every kind of bad reference file gets one clear line", () => {
  it.each([
    ["a section of the wrong type", `{"people": {"name": "A"}}`, "people: must be a list"],
    ["aliases given as text", `{"people": [{"name": "A", "aliases": "B"}]}`, "people[0].aliases: must be a list"],
    ["an empty name", `{"people": [{"name": ""}]}`, "people[0].name: must not be empty"],
    ["a blank name", `{"organisations": [{"name": "   "}]}`, "organisations[0].name: must not be empty"],
    ["a member that is a number", `{"organisations": [{"name": "U", "members": [5]}]}`, "organisations[0].members[0]: must be text or a JSON object"],
    [
      "a member date in another format",
      `{"organisations": [{"name": "U", "members": [{"name": "A", "from": "2024/01/01"}]}]}`,
      "organisations[0].members[0].from: must be an ISO date (YYYY-MM-DD)",
    ],
    ["a fact's as-of date in words", `{"facts": [{"subject": "S", "attribute": "a", "value": 1, "asOf": "yesterday"}]}`, "facts[0].asOf: must be an ISO date (YYYY-MM-DD)"],
    ["a fact without a value", `{"facts": [{"subject": "S", "attribute": "a"}]}`, 'facts[0]: missing required field "value"'],
    ["a founding year as text", `{"organisations": [{"name": "U", "founded": {"year": "2001"}}]}`, "organisations[0].founded.year: must be a whole number"],
    [
      "a founding date outside the founding year",
      `{"organisations": [{"name": "U", "founded": {"year": 2001, "date": "2002-06-15"}}]}`,
      "organisations[0].founded.date: 2002-06-15 is not in founded.year 2001",
    ],
    [
      "an office that ends before it starts",
      `{"people": [{"name": "A", "offices": [{"office": "X", "from": "2020-01-01", "to": "2019-01-01"}]}]}`,
      "people[0].offices[0].to: ends (2019-01-01) before it starts (2020-01-01)",
    ],
    ["an unknown top-level section", `{"persons": []}`, 'unknown field "persons"'],
    ["text after the JSON", `{"people": []} x`, "malformed JSON at line 1, column 16: unexpected text after the end of the JSON value"],
    ["an unterminated string", `{"people": [{"name": "A}]}`, "malformed JSON at line 1, column 22: bad string (unterminated, or a raw control character or bad escape inside)"],
    ["a missing comma", `{\n  "people": []\n  "facts": []\n}`, 'malformed JSON at line 3, column 3: expected "," or "}"'],
    ["only white space", "  \n ", "empty reference file (expected a JSON object)"],
  ])("%s", (_what, text, message) => {
    expect(errorOf(text)).toBe(message);
  });

  it("accepts a byte-order mark and a founding date inside the founding year", () => {
    expect(parseReference("refs.json", `\uFEFF{"organisations": [{"name": "U", "founded": {"year": 2001, "date": "2001-06-15"}}]}`).ok).toBe(true);
  });
});

describe("loadReference", () => {
  it("says when the path is a folder", async () => {
    const dir = mkdtempSync(join(tmpdir(), "scoverify-ref-"));
    const r = await loadReference(".", dir);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostic.message).toBe("reference is a folder, not a file");
  });

  it("reports a missing file by name", async () => {
    const dir = mkdtempSync(join(tmpdir(), "scoverify-ref-"));
    const r = await loadReference("nope.reference.json", dir);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostic).toMatchObject({ level: "error", fatal: true, path: "nope.reference.json", message: "reference file not found" });
  });

  it("reads a file relative to the working folder", async () => {
    const dir = mkdtempSync(join(tmpdir(), "scoverify-ref-"));
    writeFileSync(join(dir, "a.reference.json"), GOOD);
    const r = await loadReference("a.reference.json", dir);
    expect(r.ok && r.reference.path).toBe("a.reference.json");
  });
});

describe("helpers", () => {
  it("formats ajv paths the way a person reads them", () => {
    expect(entryPath("/people/2/offices/0/from")).toBe("people[2].offices[0].from");
    expect(entryPath("")).toBe("");
  });
  it("accepts only real calendar dates", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2024-7-4")).toBe(false);
  });
});
