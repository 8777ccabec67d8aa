import { comparePlaceClaims } from "../../src/align/place.js";
import { extractPlaceClaims } from "../../src/extract/place.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };

function claims(...texts: string[]): Claim<"place">[] {
  return texts.flatMap((t, i) => extractPlaceClaims(sourceFrom(`00${i}.txt`, t), ctx));
}

describe("epicentres compared by their reference place", () => {
  it("reports a village given by one source against the town all others measure from", () => {
    const findings = comparePlaceClaims(
      claims(
        "Its epicentre was 12 km north-east of the town of Brisdale.",
        "The epicentre lay 7 miles (12 km) north-east of Brisdale.",
        "The quake struck before dawn, 12 km north-east of Brisdale.",
        "Epicentre: near the village of Oakhollow, in the hills",
      ),
    ).filter((f) => f.kind === "place" && f.key === "place|epicentre");
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f?.status).toBe("conflict");
    const sides = f!.values.map((v) => [v.value, v.sources.map((s) => s.source).sort()]);
    expect(sides).toEqual(
      expect.arrayContaining([
        ["brisdale", ["000.txt", "001.txt", "002.txt"]],
        ["oakhollow", ["003.txt"]],
      ]),
    );
  });

  it("agrees when every source measures from the same place, whatever the distance or unit", () => {
    const findings = comparePlaceClaims(
      claims("Its epicentre was 12 km north-east of the town of Brisdale.", "with its epicentre some seven miles north-east of Brisdale."),
    );
    expect(findings.map((f) => f.status)).toEqual(["agreement"]);
  });

  it("does not compare an epicentre with a place of unknown kind, nor with a region", () => {
    const findings = comparePlaceClaims(
      claims(
        "Its epicentre was 12 km north-east of Brisdale.",
        "The epicentre was near Oakhollow.",
        "The epicentre was in the Brise province.",
        "Its epicentre was 5 km south of the town of Brisdale.",
      ),
    );
    expect(findings.filter((f) => f.status === "conflict")).toEqual([]);
  });

  it("keeps a village and a town apart for events other than reference points", () => {
    const findings = comparePlaceClaims(
      claims("The fire broke out near the village of Brisca.", "The fire broke out near the town of Valdoria."),
    );
    expect(findings.filter((f) => f.status === "conflict")).toEqual([]);
  });
});

describe("venues keep their names", () => {
  it("agrees on one venue named with and without its venue word", () => {
    const findings = comparePlaceClaims(
      claims("The summit was held at the Mariner Palace in Brisdale.", "Leaders met for the summit in the Mariner Palace.", "The summit in Mariner ended."),
    );
    expect(findings.map((f) => f.status)).toEqual(["agreement"]);
  });

  it("reports two different venues for one event, by their full names", () => {
    const [f] = comparePlaceClaims(
      claims("The summit was held at the Mariner Palace.", "The summit was held at the Harbour Palace."),
    );
    expect(f?.status).toBe("conflict");
    expect(f?.values.map((v) => v.value).sort()).toEqual(["harbour palace", "mariner palace"]);
  });
});
