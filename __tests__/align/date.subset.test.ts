import { compareDateClaims, joinSubsetParticipants } from "../../src/align/date.js";
import type { Claim } from "../../src/types.js";

/** A people-event date claim keyed on its participants' folded names. */
function meeting(source: string, value: string, people: string[], event = "meeting"): Claim<"date"> {
  const keys = people.map((p) => p.toLowerCase()).sort();
  return {
    kind: "date",
    key: `date|${event}|${keys.join("+")}`,
    subject: `${event} of ${people.join(" and ")}`,
    value,
    display: value,
    evidence: { source, line: 1, column: 1, quote: `${source}: ${people.join(" and ")} ${event} on ${value}` },
    rule: "date/test",
    data: {
      start: value,
      end: value,
      weekday: null,
      resolution: "weekday-past",
      anchor: null,
      event,
      participants: [...people].sort(),
      granularity: "day",
    },
  };
}

describe("joining a claim that lacks one participant", () => {
  it("meets the one group that has its people plus one more", () => {
    const findings = compareDateClaims([
      meeting("a.txt", "2025-06-03", ["Lind"]),
      meeting("b.txt", "2025-06-04", ["Lind", "Oksby"]),
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.status).toBe("conflict");
    expect(findings[0]!.subject).toBe("meeting of Lind and Oksby");
  });

  it("stays apart when two groups could take it", () => {
    const joined = joinSubsetParticipants([
      meeting("a.txt", "2025-06-03", ["Lind"]),
      meeting("b.txt", "2025-06-04", ["Lind", "Oksby"]),
      meeting("c.txt", "2025-06-05", ["Lind", "Vell"]),
    ]);
    expect(joined.map((c) => c.key)).toEqual(["date|meeting|lind", "date|meeting|lind+oksby", "date|meeting|lind+vell"]);
    expect(
      compareDateClaims([
        meeting("a.txt", "2025-06-03", ["Lind"]),
        meeting("b.txt", "2025-06-04", ["Lind", "Oksby"]),
        meeting("c.txt", "2025-06-05", ["Lind", "Vell"]),
      ]),
    ).toEqual([]);
  });

  it("does not join across event kinds, nor when more than one person is missing", () => {
    expect(
      compareDateClaims([meeting("a.txt", "2025-06-03", ["Lind"], "arrival"), meeting("b.txt", "2025-06-04", ["Lind", "Oksby"])]),
    ).toEqual([]);
    expect(
      compareDateClaims([meeting("a.txt", "2025-06-03", ["Lind"]), meeting("b.txt", "2025-06-04", ["Lind", "Oksby", "Vell"])]),
    ).toEqual([]);
  });

  it("does not join disjoint people", () => {
    expect(compareDateClaims([meeting("a.txt", "2025-06-03", ["Berg"]), meeting("b.txt", "2025-06-04", ["Lind", "Oksby"])])).toEqual([]);
  });
});
