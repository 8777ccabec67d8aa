import { describe, expect, it } from "@jest/globals";
import { compareNamePart, resolveEntities, sameOfficeAndCountry } from "../../src/align/entity.js";
import { compareNameClaims } from "../../src/align/name.js";
import { compareRoleClaims } from "../../src/align/role.js";
import { extractNameClaims } from "../../src/extract/name.js";
import { extractRoleClaims } from "../../src/extract/role.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
function nameFindings(texts: Record<string, string>) {
  return compareNameClaims(Object.entries(texts).flatMap(([id, text]) => extractNameClaims(sourceFrom(id, text), ctx)));
}

describe("one-letter slips in short family names, corroborated by office and country", () => {
  it("counts a one-letter slip as a typo only with corroboration", () => {
    expect(compareNamePart("Holt", "Hoelt")).toBe("different");
    expect(compareNamePart("Holt", "Hoelt", { corroborated: true })).toBe("typo");
    expect(compareNamePart("Berg", "Borg", { corroborated: true })).toBe("typo");
    // The first letter anchors a name; two slips are two names.
    expect(compareNamePart("Berg", "Werg", { corroborated: true })).toBe("different");
    expect(compareNamePart("Holt", "Hoelz", { corroborated: true })).toBe("different");
    expect(compareNamePart("Li", "Lu", { corroborated: true })).toBe("different");
  });

  it("needs the same office and the same country, each stated on both sides", () => {
    const a = { given: ["Anna"], family: "Berg", office: "foreign minister", country: "Sweden" };
    expect(sameOfficeAndCountry(a, { ...a, family: "Borg" })).toBe(true);
    expect(sameOfficeAndCountry(a, { ...a, country: "Norway" })).toBe(false);
    expect(sameOfficeAndCountry(a, { ...a, office: "finance minister" })).toBe(false);
    expect(sameOfficeAndCountry(a, { ...a, country: null })).toBe(false);
    expect(sameOfficeAndCountry({ ...a, office: null }, { ...a, office: null })).toBe(false);
  });

  it("reports the minority spelling of a titled leader as a name conflict", () => {
    const found = nameFindings({
      "a.txt": "Danish Prime Minister Freja Holt arrived first.",
      "b.txt": "Danish Prime Minister Freja Holt spoke briefly.",
      "c.txt": "Danish Prime Minister Freja Holt left early.",
      "d.txt": "Danish Prime Minister Freja Hoelt said little.",
    }).filter((f) => f.key.includes("freja"));
    expect(found.map((f) => f.status)).toEqual(["conflict"]);
    expect(found[0]!.values.map((v) => [v.value, v.sources.length])).toEqual([
      ["Freja Holt", 3],
      ["Freja Hoelt", 1],
    ]);
  });

  it("links the two spellings for the role too, so the office agrees across all sources", () => {
    const texts = {
      "a.txt": "Danish Prime Minister Freja Holt arrived first.",
      "b.txt": "Danish Prime Minister Freja Hoelt said little.",
    };
    const findings = compareRoleClaims(Object.entries(texts).flatMap(([id, text]) => extractRoleClaims(sourceFrom(id, text), ctx)));
    expect(findings.map((f) => [f.status, f.values.flatMap((v) => v.sources.map((s) => s.source))])).toEqual([
      ["agreement", ["a.txt", "b.txt"]],
    ]);
  });

  it("keeps short names with different offices apart (Anna Berg the minister, Anna Borg the mayor)", () => {
    const found = nameFindings({
      "a.txt": "Swedish Foreign Minister Anna Berg met the delegation.",
      "b.txt": "Swedish Foreign Minister Anna Berg said talks went well.",
      "c.txt": "Swedish mayor Anna Borg welcomed the delegation.",
    });
    expect(found.filter((f) => f.status !== "agreement")).toEqual([]);
  });

  it("keeps short names with one office in different countries apart", () => {
    const found = nameFindings({
      "a.txt": "Swedish Foreign Minister Anna Berg met the delegation.",
      "b.txt": "Swedish Foreign Minister Anna Berg said talks went well.",
      "c.txt": "Norwegian Foreign Minister Anna Borg joined later.",
    });
    expect(found.filter((f) => f.status !== "agreement")).toEqual([]);
  });

  it("keeps short names with different given names apart even with one office and country", () => {
    const found = nameFindings({
      "a.txt": "Swedish Foreign Minister Anna Berg met the delegation.",
      "b.txt": "Swedish Foreign Minister Anna Berg said talks went well.",
      "c.txt": "Swedish Foreign Minister Ulla Borg said talks went well.",
    });
    expect(found.filter((f) => f.status !== "agreement")).toEqual([]);
  });

  it("does not join two spellings one source gives side by side", () => {
    const entities = resolveEntities(
      [
        { given: ["Anna"], family: "Berg", office: "mayor", country: "Sweden", source: "a" },
        { given: ["Anna"], family: "Borg", office: "mayor", country: "Sweden", source: "a" },
        { given: ["Anna"], family: "Borg", office: "mayor", country: "Sweden", source: "b" },
      ],
      (n) => n,
    );
    expect(entities).toHaveLength(2);
  });
});
