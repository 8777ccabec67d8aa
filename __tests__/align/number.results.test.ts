import { compareNumberClaims } from "../../src/align/number.js";
import { extractNumberClaims } from "../../src/extract/number.js";
import type { Finding } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

function findingsOf(...texts: string[]): Finding[] {
  const claims = texts.flatMap((t, i) => extractNumberClaims(sourceFrom(`s${i}.txt`, t), { corpusAnchor: null }));
  return compareNumberClaims(claims);
}

describe("people in hospital", () => {
  it("puts the same figure from four sources in one agreeing group", () => {
    const f = findingsOf(
      "Twelve people injured in Friday's coach crash remain in St. Aldric's Hospital, and all of them are stable.",
      "Twelve people are still being treated at St. Aldric's Hospital after Friday's coach crash.",
      "The twelve people still in St. Aldric's Hospital after Friday's coach crash are all stable.",
      "Twelve people injured in Friday's coach crash remain at St. Aldric's Hospital, all in stable condition.",
    );
    expect(f.map((x) => [x.key, x.status, x.values.flatMap((v) => v.sources).length])).toEqual([["number|hospitalised|people", "agreement", 4]]);
  });

  it("never sets those injured against those still in hospital", () => {
    const f = findingsOf("Thirty people were injured in the crash.", "Twelve people remain in hospital.");
    expect(f.filter((x) => x.status === "conflict")).toEqual([]);
  });
});

describe("seats per party", () => {
  it("compares a party's seats across a sentence and a results list, apart from the total", () => {
    const f = findingsOf("The Union Party won 142 of the 300 seats.", "The Union Party won 124 seats, the Greens 41 and the Liberals 12.");
    expect(f.map((x) => [x.key, x.status])).toEqual([["number|seats won of union party|seat", "conflict"]]);
  });
});
