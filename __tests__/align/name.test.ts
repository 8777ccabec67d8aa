import { describe, expect, it } from "@jest/globals";
import { compareNameClaims } from "../../src/align/name.js";
import { extractNameClaims } from "../../src/extract/name.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
function claimsOf(texts: Record<string, string>): Claim<"name">[] {
  return Object.entries(texts).flatMap(([id, text]) => extractNameClaims(sourceFrom(id, text), ctx));
}

describe("compareNameClaims", () => {
  it("reports a minority misspelling (a dropped letter) as a conflict", () => {
    const findings = compareNameClaims(
      claimsOf({
        "000.txt": "The match was refereed by Tobias Weidenfeler, who booked four players.",
        "001.txt": "Referee: Tobias Weidenfeller",
        "002.txt": "Referee Tobias Weidenfeller kept a tight grip on the match.",
        "003.txt": "The decision fell to the referee, Tobias Weidenfeller, who waved play on.",
      }),
    );
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f.status).toBe("conflict");
    expect(f.kind).toBe("name");
    expect(f.subject).toBe("name of referee Tobias Weidenfeller");
    expect(f.values.map((v) => [v.value, v.sources.map((s) => s.source)])).toEqual([
      ["Tobias Weidenfeller", ["001.txt", "002.txt", "003.txt"]],
      ["Tobias Weidenfeler", ["000.txt"]],
    ]);
  });

  it("treats a romanisation difference as a variant, not a conflict", () => {
    const findings = compareNameClaims(
      claimsOf({
        "a.txt": "Regional fire chief Stavros Chatzidakis said the front was closed.",
        "b.txt": "Stavros Chatzidakis, chief of the regional fire service, praised the crews.",
        "c.txt": "Fire chief Stavros Hatzidakis said 900 firefighters took part.",
      }),
    );
    expect(findings.map((f) => f.status)).toEqual(["variant"]);
  });

  it("agrees when spellings differ only by diacritics or encoding damage", () => {
    const findings = compareNameClaims(
      claimsOf({
        "a.txt": "U.N. Secretary-General António Guterres attended.",
        "b.txt": "United Nations Secretary-General Antonio Guterres also attended.",
        "c.txt": "U.N. Secretary-General AntĂłnio Guterres will also be in attendance.",
      }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.status).toBe("agreement");
    expect(findings[0]!.values[0]!.sources).toHaveLength(3);
  });

  it("keeps different people with close names apart and says nothing about one source", () => {
    const findings = compareNameClaims(
      claimsOf({
        "a.txt": "Kazakh President Kassym-Jomart Tokayev spoke.",
        "b.txt": "Coach Nikolai Tokarev said it was a fair result.",
      }),
    );
    expect(findings).toEqual([]);
  });

  it("gives stable ids that do not depend on line numbers", () => {
    const a = compareNameClaims(claimsOf({ "a.txt": "Referee Lena Vogt whistled.", "b.txt": "Referee Lena Vogel whistled." }));
    const b = compareNameClaims(
      claimsOf({ "a.txt": "\n\nReferee Lena Vogt whistled.", "b.txt": "Intro.\nReferee Lena Vogel whistled." }),
    );
    expect(a.map((f) => f.id)).toEqual(b.map((f) => f.id));
  });

  it("does not call a one-against-one spelling split a conflict", () => {
    const findings = compareNameClaims(
      claimsOf({ "a.txt": "Referee Tobias Weidenfeller whistled.", "b.txt": "Referee Tobias Weidenfeler whistled." }),
    );
    expect(findings.map((f) => f.status)).toEqual(["variant"]);
  });
});

describe("compareNameClaims: transposed letters", () => {
  it("reports a minority spelling with two adjacent letters swapped as a name conflict", () => {
    const findings = compareNameClaims(
      claimsOf({
        "000.txt": "Harbour master Teodor Kowlaczyk said the quay would stay shut.",
        "001.txt": "Teodor Kowalczyk, the harbour master, closed the quay on Friday.",
        "002.txt": "The quay was closed by harbour master Teodor Kowalczyk.",
        "003.txt": "Teodor Kowalczyk gave no date for reopening.",
      }),
    );
    const conflicts = findings.filter((f) => f.status === "conflict");
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.values.map((v) => [v.display, v.sources.map((s) => s.source)])).toEqual([
      ["Teodor Kowalczyk", ["001.txt", "002.txt", "003.txt"]],
      ["Teodor Kowlaczyk", ["000.txt"]],
    ]);
  });

  it("keeps two real names that differ by a swapped 'r' apart", () => {
    const findings = compareNameClaims(
      claimsOf({
        "000.txt": "Coach Carmen Gracia praised the defence.",
        "001.txt": "Carmen Garcia, the club president, watched from the stand.",
        "002.txt": "Club president Carmen Garcia declined to comment.",
      }),
    );
    expect(findings.filter((f) => f.status === "conflict")).toEqual([]);
  });
});
