import { detectCopies, discoverTruth } from "../../src/align/truth.js";
import type { Finding, FindingValue } from "../../src/types.js";

let n = 0;
/** A finding whose values are given as value → source ids; each source quotes its own sentence. */
function finding(values: Record<string, string[]>, status: Finding["status"] = "conflict", quote?: (source: string) => string): Finding {
  n++;
  const vs: FindingValue[] = Object.entries(values).map(([value, ids]) => ({
    value,
    display: value,
    sources: ids.map((source) => ({
      source,
      line: n,
      quote: quote ? quote(source) : `Sentence ${n} of ${source} written in its own words about ${value} ${source.repeat(3)}.`,
    })),
    ...(ids.some((id) => id.startsWith("reference:")) ? { reference: true } : {}),
  }));
  return { id: `f${n}`, status, kind: "date", subject: `thing ${n}`, key: `k${n}`, explanation: "", values: vs };
}

describe("discoverTruth", () => {
  it("lets the majority win when nothing else is known, with confidence above one half", () => {
    const { findings } = discoverTruth([finding({ Wednesday: ["a.txt", "b.txt", "c.txt"], Thursday: ["d.txt"] })]);
    expect(findings[0]!.likely?.value).toBe("Wednesday");
    expect(findings[0]!.likely!.confidence).toBeGreaterThan(0.5);
    expect(findings[0]!.likely!.why).toMatch(/^3 independent sources \(a, b, c\) with reliability 0\.\d\d vs 1 source \(d\) with reliability 0\.\d\d$/);
  });

  it("lets a reliable minority beat an unreliable majority when the reliability was earned on other findings", () => {
    const earned = [1, 2, 3].map(() => finding({ right: ["a", "d", "e"], wrong: ["b", "c"] }));
    const contested = finding({ minority: ["a"], majority: ["b", "c"] });
    const { findings, reliabilities } = discoverTruth([...earned, contested]);
    expect(findings[3]!.likely?.value).toBe("minority");
    expect(reliabilities.get("a")!).toBeGreaterThan(reliabilities.get("b")!);
    // Without that history the majority would have won.
    expect(discoverTruth([finding({ minority: ["a"], majority: ["b", "c"] })]).findings[0]!.likely?.value).toBe("majority");
  });

  it("does not count copies twice", () => {
    // x, y and z publish the same sentences (copies); p and q write their own.
    const copied = (s: string) => (["x", "y", "z"].includes(s) ? "The same wire sentence, word for word, about the event today." : `${s} ${s} own words ${s}`);
    const shared = [1, 2, 3].map(() => finding({ agreed: ["x", "y", "z", "p", "q"] }, "agreement", copied));
    const contested = finding({ copied: ["x", "y", "z"], independent: ["p", "q"] }, "conflict", copied);
    const { findings, copies } = discoverTruth([...shared, contested]);
    expect(copies).toEqual([["x", "y", "z"]]);
    expect(findings[3]!.likely?.value).toBe("independent");
    expect(findings[3]!.likely!.why).toMatch(/3 sources \(x, y, z\) counted as 1 independent/);
    // The same votes from three independent sources win.
    expect(discoverTruth([finding({ three: ["x", "y", "z"], two: ["p", "q"] })]).findings[0]!.likely?.value).toBe("three");
  });

  it("lets the reference win against a few sources", () => {
    const { findings } = discoverTruth([finding({ Mokhbar: ["a", "b", "c"], Mokhber: ["reference:refs.json"] })]);
    expect(findings[0]!.likely?.value).toBe("Mokhber");
    expect(findings[0]!.likely!.why).toMatch(/^the reference \(refs\.json\) vs 3 independent sources \(a, b, c\)/);
  });

  it("never changes a status and gives no likely value to agreements or variants", () => {
    const input = [finding({ one: ["a", "b"] }, "agreement"), finding({ A: ["a"], B: ["b"] }, "variant"), finding({ A: ["a"], B: ["b"] })];
    const { findings } = discoverTruth(input);
    expect(findings.map((f) => f.status)).toEqual(["agreement", "variant", "conflict"]);
    expect(findings.map((f) => f.likely === undefined)).toEqual([true, true, false]);
    // A tie stays a coin toss.
    expect(findings[2]!.likely!.confidence).toBe(0.5);
  });

  it("converges to the same reliabilities whatever the order of findings", () => {
    // a always sides with the majority; b and c are each outvoted once.
    const fs = [finding({ x: ["a", "b"], y: ["c"] }), finding({ x: ["a", "c"], y: ["b"] }), finding({ x: ["a", "b"], y: ["c"] })];
    const one = discoverTruth(fs).reliabilities;
    const two = discoverTruth([...fs].reverse()).reliabilities;
    expect([...one.entries()].sort()).toEqual([...two.entries()].sort());
    expect(one.get("a")!).toBeGreaterThan(one.get("b")!);
    expect(one.get("b")!).toBeGreaterThan(one.get("c")!);
  });
});

describe("detectCopies", () => {
  it("needs near-identical sentences in several shared findings", () => {
    const same = () => "Officials said the fire had burnt 4,200 hectares by Tuesday evening.";
    const twice = [1, 2].map(() => finding({ v: ["a", "b"] }, "agreement", same));
    expect(detectCopies(twice, () => false)).toEqual([]);
    const thrice = [1, 2, 3].map(() => finding({ v: ["a", "b"] }, "agreement", same));
    expect(detectCopies(thrice, () => false)).toEqual([["a", "b"]]);
  });
});
