import { comparePlaceClaims } from "../../src/align/place.js";
import { extractPlaceClaims } from "../../src/extract/place.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };

function claims(...texts: string[]): Claim<"place">[] {
  return texts.flatMap((t, i) => extractPlaceClaims(sourceFrom(`00${i}.txt`, t), ctx));
}

describe("comparePlaceClaims", () => {
  it("agrees when one place lies in the other (gazetteer: a city in its country)", () => {
    const findings = comparePlaceClaims(
      claims("The summit in Lisbon opened on Thursday.", "The summit in Portugal opened on Thursday.", "The summit in Lisbon, Portugal ended."),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]?.status).toBe("agreement");
  });

  it("agrees across venue spellings and a venue's town stated by another source", () => {
    const findings = comparePlaceClaims(
      claims(
        "A crowd watched the final at the Valmora Stadium in Castelbrook.",
        "They won the final at the Valmora-Stadion on Saturday.",
        "Silence fell late in the final in Castelbrook.",
      ),
    );
    expect(findings.map((f) => f.status)).toEqual(["agreement"]);
  });

  it("reports two different places of the same kind for the same event", () => {
    const [f] = comparePlaceClaims(
      claims("The fire broke out near the village of Brisca.", "The fire broke out near the village of Valdoria."),
    );
    expect(f?.status).toBe("conflict");
    expect(f?.values.map((v) => v.value).sort()).toEqual(["brisca", "valdoria"]);
  });

  it("does not report places of unknown or different granularity", () => {
    const findings = comparePlaceClaims(
      claims("The fire broke out outside Brisca.", "The fire broke out near the village of Valdoria.", "The fire started in the Montaro district."),
    );
    expect(findings.filter((f) => f.status === "conflict")).toEqual([]);
  });

  it("leaves out a source that names two unrelated places for the same kind of event", () => {
    const findings = comparePlaceClaims(
      claims(
        "The summit in Madrid opened. A summit in Paris is also held.",
        "The summit in Madrid went well.",
        "The summit in Lisbon went well.",
      ),
    );
    // Lisbon and Madrid are both cities and each is given by a source that names one place only.
    expect(findings[0]?.status).toBe("conflict");
    expect(findings[0]?.values.flatMap((v) => v.sources.map((s) => s.source))).not.toContain("000.txt");
  });

  it("never reports meetings or planned events as conflicting places", () => {
    const findings = comparePlaceClaims(
      claims(
        "The meeting in Madrid went well.",
        "The meeting in Lisbon went well.",
        "The summit in Rome opened.",
        "The summit will be held in Paris.",
      ),
    );
    expect(findings.filter((f) => f.status === "conflict")).toEqual([]);
  });
});

describe("headquarters", () => {
  it("reports two cities given as one organisation's headquarters, across name variants", () => {
    const findings = comparePlaceClaims(
      claims(
        "Norrhavn Robotics Group, which is headquartered in Constanta, makes arms.",
        "Norrhavn is based in Constanta.",
        "Norrhavn Robotics has its headquarters in Galati.",
      ),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]?.status).toBe("conflict");
    expect(findings[0]?.values.map((v) => v.value).sort()).toEqual(["constanta", "galati"]);
    expect(findings[0]?.values.find((v) => v.value === "constanta")?.sources.map((s) => s.source)).toEqual(["000.txt", "001.txt"]);
  });

  it("agrees when one source names the city and another its country", () => {
    const findings = comparePlaceClaims(
      claims("Norrhavn, which is headquartered in Bucharest, makes arms.", "Norrhavn is based in Romania."),
    );
    expect(findings.filter((f) => f.status === "conflict")).toEqual([]);
  });

  it("never compares the headquarters of different organisations, nor a headquarters with an event", () => {
    const findings = comparePlaceClaims(
      claims(
        "Norrhavn is based in Constanta. The summit was held in Constanta.",
        "Kettle Foods is based in Galati. The summit was held in Constanta.",
      ),
    );
    expect(findings.filter((f) => f.status === "conflict")).toEqual([]);
  });
});
