import { join } from "node:path";
import { detectCopies, discoverTruth } from "../../src/align/truth.js";
import { buildReport, runCheck } from "../../src/check.js";
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
    // Each finding quotes another wire sentence, word for word in x, y and z.
    const copied = (s: string) => (["x", "y", "z"].includes(s) ? `Wire sentence number ${n}, word for word, about the event today.` : `${s} ${s} own words ${s} ${n}`);
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

const OWN_WORDS = [
  "",
  "Rescue teams reached the northern villages before dawn",
  "Shares rose sharply in early trading on the news",
  "The minister left the talks without speaking to reporters",
  "Heavy rain is forecast for the rest of the week",
  "Analysts had expected a smaller offer from the buyer",
  "The stadium was half empty when the match began",
  "Negotiators worked through the night on the final text",
];

describe("detectCopies", () => {
  const copiedSentence = () => `Officials said the fire had burnt ${n * 100 + 4200} hectares by Tuesday evening in the valley.`;

  it("needs several distinct near-identical sentences", () => {
    const twice = [1, 2].map(() => finding({ v: ["a", "b"] }, "agreement", copiedSentence));
    expect(detectCopies(twice, () => false)).toEqual([]);
    const thrice = [1, 2, 3].map(() => finding({ v: ["a", "b"] }, "agreement", copiedSentence));
    expect(detectCopies(thrice, () => false)).toEqual([["a", "b"]]);
  });

  it("does not take two sources quoting one press-release sentence for copies", () => {
    // One shared sentence yields a date, a number and a name finding; everything else each writes itself.
    const release = () => "Veltmark will pay $2.1 billion for Norrhavn, chief executive Magnus Ellingsen said on Monday.";
    const fromRelease = [1, 2, 3].map(() => finding({ v: ["a", "b"] }, "agreement", release));
    const ownWords = [1, 2, 3].map(() => finding({ v: ["a", "b"] }, "agreement"));
    expect(detectCopies([...fromRelease, ...ownWords], () => false)).toEqual([]);
    // Even when the release sentence is all they share.
    expect(detectCopies(fromRelease, () => false)).toEqual([]);
  });

  it("does not call a source a copy when most of its sentences are its own", () => {
    // a and b share three copied sentences; in four more findings b writes its own sentence.
    let i = 0;
    const fs = [1, 2, 3, 4, 5, 6, 7].map(() => {
      i++;
      const copied = `Officials said the fire had burnt ${i * 100 + 4200} hectares by Tuesday evening in the valley.`;
      return finding({ v: ["a", "b"] }, "agreement", (s) => (i <= 3 || s === "a" ? copied : `${OWN_WORDS[i]} according to b.`));
    });
    expect(detectCopies(fs, () => false)).toEqual([]);
    expect(detectCopies(fs.slice(0, 3), () => false)).toEqual([["a", "b"]]);
  });

  it("ignores reference evidence", () => {
    let i = 0;
    const fs = [1, 2, 3].map(() => {
      i++;
      return finding({ x: ["a"], y: ["reference:r.json", "b"] }, "conflict", (s) =>
        s.startsWith("reference:") ? "Magnus Ellingsen" : s === "a" ? `${OWN_WORDS[i]} said a.` : `${OWN_WORDS[i + 3]} wrote b.`,
      );
    });
    expect(detectCopies(fs, (id) => id.startsWith("reference:"))).toEqual([]);
  });
});

describe("reliability of every source", () => {
  it("gives a source in no finding, or in no conflict, the prior", () => {
    const { reliabilities } = discoverTruth([finding({ v: ["a", "b"] }, "agreement")], { sources: ["a", "b", "quiet"] });
    expect(Object.fromEntries(reliabilities)).toEqual({ a: 0.8, b: 0.8, quiet: 0.8 });
  });

  it("never gives the reference a reliability of its own", () => {
    const { reliabilities } = discoverTruth([finding({ Mokhbar: ["a"], Mokhber: ["reference:refs.json"] })], { sources: ["a"] });
    expect([...reliabilities.keys()]).toEqual(["a"]);
    expect(reliabilities.get("a")!).toBeLessThan(0.8);
  });
});

describe("truth discovery on the reference fixtures", () => {
  const fixtures = ["acquisition-reference", "commission-reference"];

  it.each(fixtures)("%s: every conflict has a likely value the reference backs, and every source a reliability", async (name) => {
    const dir = join(import.meta.dirname, "..", "e2e", "fixtures", name);
    const report = buildReport(await runCheck(["sources"], { cwd: dir }));
    const conflicts = report.findings.filter((f) => f.status === "conflict");
    expect(conflicts.length).toBeGreaterThan(0);
    for (const f of conflicts) {
      const referenceValue = f.values.find((v) => v.sources.some((s) => s.source.startsWith("reference:")));
      expect({ id: f.id, likely: f.likely?.value, why: f.likely?.why.startsWith("the reference (sources/") }).toEqual({
        id: f.id,
        likely: referenceValue?.value,
        why: true,
      });
      expect(f.likely!.confidence).toBeGreaterThan(0.5);
      expect(f.likely!.confidence).toBeLessThanOrEqual(0.99);
    }
    for (const s of report.sources) expect({ id: s.id, reliability: typeof s.reliability }).toEqual({ id: s.id, reliability: "number" });
    // The source on the wrong side of every conflict it is in ends below the prior; a source never contradicted stays at or above it.
    const losers = new Set(conflicts.flatMap((f) => f.values.filter((v) => v.value !== f.likely!.value).flatMap((v) => v.sources.map((s) => s.source))));
    for (const s of report.sources) {
      if (losers.has(s.id)) expect(s.reliability!).toBeLessThan(0.8);
    }
  });
});
