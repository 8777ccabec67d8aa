// Aligns date claims: claims about the same event (same event kind and the same participants,
// already folded into the key by the extractor) are compared across sources.
//
// Policy, chosen for precision:
// - Only claims with the same key meet. A key without participants ("date|summit") therefore only
//   meets other participant-less claims of that kind; "meeting of Putin and Xi" never meets "meeting".
// - One source giving two values for one key keeps its best-resolved one (explicit > year from anchor >
//   weekday by tense > weekday in the anchor's week > unresolved; ties keep the first in the text):
//   a source never conflicts with itself.
// - A range ("held on Wednesday and Thursday") agrees with any single day inside it and with any
//   overlapping range; a day outside it conflicts. Single days agree only when equal.
// - Year-only claims ("founded in 2001") are compared by year; when a key mixes years and days, every
//   claim is compared by its year. Unresolved weekdays (no anchor anywhere) are compared by weekday name.
// - A finding needs two or more sources; one source alone neither agrees nor conflicts.

import type { Claim, DateResolution, Finding } from "../types.js";
import { bucket, buildFinding, sourceCount, type ValueGroup } from "./finding.js";

const RESOLUTION_RANK: Record<DateResolution, number> = {
  explicit: 5,
  "explicit-year-from-anchor": 4,
  "weekday-past": 3,
  "weekday-future": 3,
  "weekday-same-week": 2,
  unresolved: 1,
};

type Scale = "day" | "year" | "weekday";

/** What a claim says at the scale the group is compared on. */
interface Comparable {
  value: string;
  display: string;
  /** Day scale: inclusive ISO interval. */
  start?: string;
  end?: string;
  /** Weekday scale: the weekday names. */
  weekdays?: string[];
}

function comparableOf(claim: Claim<"date">, scale: Scale): Comparable | null {
  const d = claim.data;
  if (scale === "year") {
    const year = d.granularity === "year" ? claim.value.slice(0, 4) : d.start?.slice(0, 4);
    return year ? { value: year, display: year } : null;
  }
  if (scale === "weekday") {
    const names = (d.weekday ?? claim.value).split(/[–/]/);
    const value = names.join("/");
    return { value, display: names.join("–"), weekdays: names.map((n) => n.toLowerCase()) };
  }
  if (!d.start) return null;
  return { value: claim.value, display: claim.display, start: d.start, end: d.end ?? d.start };
}

/** Whether two values can both be true (see the policy above). */
function compatible(a: Comparable, b: Comparable, scale: Scale): boolean {
  if (a.value === b.value) return true;
  if (scale === "day" && a.start && a.end && b.start && b.end) {
    // ISO strings compare as dates. Overlap covers "day inside range" and overlapping ranges.
    return a.start <= b.end && b.start <= a.end && (a.start !== a.end || b.start !== b.end);
  }
  if (scale === "weekday" && a.weekdays && b.weekdays) {
    const many = a.weekdays.length > 1 || b.weekdays.length > 1;
    return many && a.weekdays.some((w) => b.weekdays!.includes(w));
  }
  return false;
}

/** The claim each source keeps for one key. */
function onePerSource(claims: Claim<"date">[]): Claim<"date">[] {
  const kept = new Map<string, Claim<"date">>();
  for (const claim of claims) {
    const current = kept.get(claim.evidence.source);
    if (!current || RESOLUTION_RANK[claim.data.resolution] > RESOLUTION_RANK[current.data.resolution]) {
      kept.set(claim.evidence.source, claim);
    }
  }
  return [...kept.values()];
}

function scaleOf(claims: Claim<"date">[]): Scale {
  if (claims.some((c) => c.data.granularity === "year")) return "year";
  if (claims.some((c) => c.data.resolution === "unresolved")) return "weekday";
  return "day";
}

/** Aligns date claims across sources into findings. */
export function compareDateClaims(claims: Claim<"date">[]): Finding[] {
  const findings: Finding[] = [];
  for (const [key, sameKey] of bucket(claims, (c) => c.key)) {
    const kept = onePerSource(sameKey);
    if (kept.length < 2) continue;
    const scale = scaleOf(kept);
    const groups: (ValueGroup & { comparable: Comparable })[] = [];
    for (const claim of kept) {
      const comparable = comparableOf(claim, scale);
      if (!comparable) continue;
      const group = groups.find((g) => g.value === comparable.value);
      if (group) group.claims.push(claim);
      else groups.push({ value: comparable.value, display: comparable.display, claims: [claim], comparable });
    }
    if (groups.reduce((n, g) => n + sourceCount(g), 0) < 2) continue;
    const conflict = groups.some((a, i) => groups.slice(i + 1).some((b) => !compatible(a.comparable, b.comparable, scale)));
    const valueGroups: ValueGroup[] = groups
      .sort((a, b) => sourceCount(b) - sourceCount(a) || a.value.localeCompare(b.value))
      .map(({ value, display, claims: cs }) => ({ value, display, claims: cs }));
    const subject = kept[0]!.subject;
    let explanation: string | undefined;
    if (!conflict && valueGroups.length > 1) {
      explanation = `${valueGroups.map((g) => `${sourceCount(g)} say ${g.display}`).join("; ")}: these agree (a day inside a range, or overlapping ranges)`;
    }
    findings.push(
      buildFinding({
        kind: "date",
        subject,
        key,
        groups: valueGroups,
        status: conflict ? "conflict" : "agreement",
        ...(explanation ? { explanation } : {}),
      }),
    );
  }
  return findings;
}
