// Aligns date claims: claims about the same event (same event kind and the same participants,
// already folded into the key by the extractor) are compared across sources.
//
// Policy, chosen for precision:
// - Only claims with the same key meet. A key without participants ("date|summit") meets other
//   participant-less claims of that kind, and joins a participant group only when it can be only that
//   one (joinParticipantless): the same countries, or the single thing of its kind ("the fire").
// - One source giving two values for one key keeps its best-resolved one (explicit > year from anchor >
//   weekday by tense > weekday in the anchor's week > unresolved; ties keep the first in the text):
//   a source never conflicts with itself.
// - A range ("held on Wednesday and Thursday") agrees with any single day inside it and with any
//   overlapping range; a day outside it conflicts. Single days agree only when equal.
// - Year-only claims ("founded in 2001") are compared by year; when a key mixes years and days, every
//   claim is compared by its year. Unresolved weekdays (no anchor anywhere) are compared by weekday name.
// - A finding needs two or more sources; one source alone neither agrees nor conflicts.

import type { Claim, DateResolution, Finding } from "../types.js";
import { EVENT_KINDS } from "../extract/date/events.js";
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

/** Key of a claim's event (and phase) with no participants: "date|meeting|tarrow+qiao" → "date|meeting". */
function kindKey(claim: Claim<"date">): string {
  return claim.key.split("|").slice(0, 2).join("|");
}

/** Participant-keyed groups of the corpus, with the country of each participant as any claim gives it. */
function participantGroups(claims: Claim<"date">[]): Map<string, { kind: string; countries: Map<string, string | null> }> {
  const groups = new Map<string, { kind: string; countries: Map<string, string | null> }>();
  for (const claim of claims) {
    if (!claim.data.participants.length || claim.key === kindKey(claim)) continue;
    let group = groups.get(claim.key);
    if (!group) {
      group = { kind: kindKey(claim), countries: new Map() };
      groups.set(claim.key, group);
    }
    claim.data.participants.forEach((p, i) => {
      const country = claim.data.participantCountries?.[i] ?? null;
      if (!group.countries.get(p)) group.countries.set(p, country);
    });
  }
  return groups;
}

/**
 * Gives participant-less claims the key of the one event they must be about, so that
 * "the leaders of A, B and C held talks on Thursday" meets "X, Y and Z met on Thursday":
 * - people events: the claim names the participants' countries, and exactly one participant group of
 *   the same kind has people from exactly those countries (every participant's country known);
 * - thing events ("it was brought under control"), document events ("the signing ceremony took
 *   place on Friday") and party events whose party may go unnamed ("the fine was imposed on Monday"):
 *   exactly one group of that kind exists (the fire, the declaration, the company fined).
 * With two or more candidates the claim keeps its own key: it could be about either.
 */
export function joinParticipantless(claims: Claim<"date">[]): Claim<"date">[] {
  const groups = participantGroups(claims);
  return claims.map((claim) => {
    if (claim.data.participants.length || claim.key !== kindKey(claim)) return claim;
    const sameKind = [...groups].filter(([, g]) => g.kind === claim.key);
    let target: string | null = null;
    if (claim.data.countries?.length) {
      const wanted = [...claim.data.countries].sort().join("|");
      const matches = sameKind.filter(([, g]) => {
        const cs = [...g.countries.values()];
        return cs.every((c) => c !== null) && [...new Set(cs)].sort().join("|") === wanted;
      });
      if (matches.length === 1) target = matches[0]![0];
    } else if (["thing", "document", "party"].includes(EVENT_KINDS.get(claim.data.event)?.participants ?? "none") && sameKind.length === 1) {
      target = sameKind[0]![0];
    }
    return target ? { ...claim, key: target, rule: `${claim.rule}+joined` } : claim;
  });
}

/** Participant keys of a claim's key: "date|meeting|qiao+tarrow" → ["qiao", "tarrow"]. */
function participantKeysOf(claim: Claim<"date">): string[] {
  const part = claim.key.split("|")[2];
  return part ? part.split("+") : [];
}

/**
 * Joins a people event whose participants lack one person (a "he" the extractor could not resolve)
 * to the group naming that person too: "talks with Serrano on Tuesday" meets "Korvath and Serrano met
 * on Wednesday" when exactly one group of that event kind has the claim's people plus one more.
 * With two or more such groups the claim keeps its own key.
 */
export function joinSubsetParticipants(claims: Claim<"date">[]): Claim<"date">[] {
  const groups = new Map<string, { kind: string; people: string[] }>();
  for (const claim of claims) {
    if (EVENT_KINDS.get(claim.data.event)?.participants !== "people") continue;
    const people = participantKeysOf(claim);
    if (people.length && claim.key.split("|").length === 3) groups.set(claim.key, { kind: kindKey(claim), people });
  }
  return claims.map((claim) => {
    const own = groups.get(claim.key);
    if (!own) return claim;
    const wider = [...groups].filter(
      ([key, g]) => key !== claim.key && g.kind === own.kind && g.people.length === own.people.length + 1 && own.people.every((p) => g.people.includes(p)),
    );
    return wider.length === 1 ? { ...claim, key: wider[0]![0], rule: `${claim.rule}+joined-subset` } : claim;
  });
}

/** Aligns date claims across sources into findings. */
export function compareDateClaims(input: Claim<"date">[]): Finding[] {
  const findings: Finding[] = [];
  const claims = joinSubsetParticipants(joinParticipantless(input));
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
    // The subject of the claim that names the participants ("meeting of X and Y"), not a joined one.
    // With a subset joined, the claim naming the most participants.
    const subject = kept.reduce((best, c) => (c.data.participants.length > best.data.participants.length ? c : best), kept[0]!).subject;
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
