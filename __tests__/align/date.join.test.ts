import { compareDateClaims } from "../../src/align/date.js";
import { extractDateClaims } from "../../src/extract/date.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

/** Date claims of several sources: [id, text, published]. */
function claimsOf(...sources: [string, string, string][]): Claim<"date">[] {
  return sources.flatMap(([id, text, published]) => extractDateClaims(sourceFrom(id, text, published), { corpusAnchor: null }));
}

const NAMED_THURSDAY: [string, string, string] = [
  "a.txt",
  "Chilean President Ana Ruiz, Peruvian Prime Minister Lee Park and Bolivian President Tomas Vargo met in Lima on Thursday.",
  "2025-05-16",
];
const NAMED_FRIDAY: [string, string, string] = [
  "c.txt",
  "Chilean President Ana Ruiz sat down with Peruvian Prime Minister Lee Park and Bolivian President Tomas Vargo in Lima on Friday.",
  "2025-05-17",
];

describe("joining a claim that names countries, not people", () => {
  it("puts 'the leaders of A, B and C held talks' with the meeting of the people from A, B and C", () => {
    const findings = compareDateClaims(
      claimsOf(NAMED_THURSDAY, ["b.txt", "The leaders of Chile, Peru and Bolivia held talks in Lima on Thursday.", "2025-05-16"], NAMED_FRIDAY),
    );
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f.status).toBe("conflict");
    expect(f.subject).toMatch(/Ruiz/);
    expect(f.values.map((v) => [v.value, v.sources.map((s) => s.source)])).toEqual([
      ["2025-05-15", ["a.txt", "b.txt"]],
      ["2025-05-16", ["c.txt"]],
    ]);
  });

  it("leaves a claim about other countries apart", () => {
    const findings = compareDateClaims(
      claimsOf(NAMED_THURSDAY, ["b.txt", "The leaders of Chile and Peru held talks in Lima on Friday.", "2025-05-16"]),
    );
    expect(findings).toEqual([]);
  });

  it("leaves it apart when two groups of people come from those countries", () => {
    const findings = compareDateClaims(
      claimsOf(
        ["a.txt", "Chilean President Ana Ruiz and Peruvian President Lee Park met on Thursday.", "2025-05-16"],
        ["b.txt", "Chilean Foreign Minister Rosa Celis and Peruvian Foreign Minister Juan Ortega met on Tuesday.", "2025-05-16"],
        ["c.txt", "The leaders of Chile and Peru met on Wednesday.", "2025-05-16"],
      ),
    );
    expect(findings.filter((f) => f.status === "conflict")).toEqual([]);
  });

  it("does not join a meeting that names neither people nor countries to the only meeting of named people", () => {
    const findings = compareDateClaims(
      claimsOf(
        ["a.txt", "Chilean President Ana Ruiz and Peruvian President Lee Park met on Wednesday.", "2025-05-16"],
        ["b.txt", "An expanded meeting was held on Thursday afternoon.", "2025-05-16"],
      ),
    );
    expect(findings).toEqual([]);
  });
});

describe("joining a claim about 'it' to the one thing of its event", () => {
  it("dates 'it was declared under control' with the fire when the fire is the only thing brought under control", () => {
    const findings = compareDateClaims(
      claimsOf(
        ["a.txt", "The fire was brought under control on Thursday.", "2025-08-15"],
        ["b.txt", "It was declared under control on Wednesday.", "2025-08-15"],
      ),
    );
    expect(findings.map((f) => [f.status, f.key])).toEqual([["conflict", "date|under control|fire"]]);
  });

  it("does not guess between two things", () => {
    const findings = compareDateClaims(
      claimsOf(
        ["a.txt", "The fire was brought under control on Thursday.", "2025-08-15"],
        ["b.txt", "The flooding was brought under control on Tuesday.", "2025-08-15"],
        ["c.txt", "It was declared under control on Wednesday.", "2025-08-15"],
      ),
    );
    expect(findings).toEqual([]);
  });
});
