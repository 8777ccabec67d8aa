import { describe, expect, it } from "@jest/globals";
import { extractRoleClaims } from "../../src/extract/role.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
function rolesOf(text: string): [string, string, string | null][] {
  return extractRoleClaims(sourceFrom("a.txt", text), ctx).map((c) => [c.data.person, c.data.office, c.data.country]);
}

describe("offices in lists of names", () => {
  it("gives \"Country's office, Name\" in a list to the name after it, not the one before", () => {
    const roles = rolesOf(
      "Seated at the table were Latvian President Ilze Kalniņa, Estonia's Mart Tamm, Finland's prime minister, Aino Virtanen, and Danish Prime Minister Freja Holt.",
    );
    expect(roles).toContainEqual(["Aino Virtanen", "prime minister", "Finland"]);
    expect(roles.filter(([person]) => person === "Mart Tamm")).toEqual([]);
  });

  it("still gives \"Name, Country's office,\" to the name when no name follows", () => {
    expect(rolesOf("Aino Virtanen, Finland's prime minister, said the talks were useful.")).toEqual([
      ["Aino Virtanen", "prime minister", "Finland"],
    ]);
    expect(rolesOf("The deal was backed by Aino Virtanen, Finland's prime minister, and by the unions.")).toEqual([
      ["Aino Virtanen", "prime minister", "Finland"],
    ]);
  });

  it("gives each office to the name before it when every name in the list is followed by its own", () => {
    const roles = rolesOf("Speakers included Jon Rask, the mayor, Eva Lind, the fire chief, and others.");
    expect(roles).toContainEqual(["Jon Rask", "mayor", null]);
    expect(roles).toContainEqual(["Eva Lind", "fire chief", null]);
    expect(roles.filter(([person, office]) => person === "Eva Lind" && office === "mayor")).toEqual([]);
  });

  it("keeps an office before a place, not a name, with the name before it", () => {
    expect(rolesOf("Jon Rask, the mayor, Velmora Town, said the road would reopen.").filter(([p]) => p === "Jon Rask")).toEqual([
      ["Jon Rask", "mayor", null],
    ]);
  });
});

describe("chancellor", () => {
  it("is the head of government only where the country calls it so, keeping the title as written", () => {
    const [austrian] = extractRoleClaims(sourceFrom("a.txt", "Austrian Chancellor Lena Grubar opened the session."), ctx);
    expect([austrian!.value, austrian!.data.office]).toEqual(["prime minister", "Chancellor"]);
    const [plain] = extractRoleClaims(sourceFrom("a.txt", "Chancellor Lena Grubar opened the session."), ctx);
    expect([plain!.value, plain!.data.office]).toEqual(["chancellor", "Chancellor"]);
    const [university] = extractRoleClaims(sourceFrom("a.txt", "Lena Grubar, chancellor of the university, opened the session."), ctx);
    expect(university!.value).toBe("chancellor");
  });
});
