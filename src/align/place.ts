import { mergeOrganisationKeys } from "../extract/organisation.js";
import { comparableType, GATHERING_EVENT_KINDS, GATHERING_VENUE_KEY, gazetteerContainer, placeCore, placeTypeOf, venueStripped, venueWordsOf } from "../extract/place.js";
import type { Claim, Finding } from "../types.js";
import { bucket, buildFinding, groupByValue, sourceCount, type ValueGroup } from "./finding.js";

/**
 * Whether two place cores name one place: equal, or one venue named with and without its venue word
 * ("valmora stadium", "valmora"). Two different venue words ("tarnholm castle", "tarnholm centre") are two
 * venues, even when the rest of their names is the same.
 */
export function samePlaceName(a: string, b: string): boolean {
  if (a === b) return true;
  if (venueStripped(a) !== venueStripped(b)) return false;
  const wa = venueWordsOf(a);
  const wb = venueWordsOf(b);
  return !wa.length || !wb.length || (wa.length === wb.length && wa.every((w) => wb.includes(w)));
}

/** Which place lies in which, from what the sources state ("Brisdale, Veloria") and the gazetteer. */
class Containment {
  private readonly parents = new Map<string, Set<string>>();

  constructor(claims: Claim<"place">[]) {
    for (const c of claims) {
      if (c.data.container) this.add(c.value, placeCore(c.data.container));
    }
  }

  private add(inner: string, outer: string): void {
    if (inner === outer) return;
    const set = this.parents.get(inner) ?? new Set<string>();
    set.add(outer);
    this.parents.set(inner, set);
  }

  /** True when `inner` lies (transitively) in `outer`. */
  within(inner: string, outer: string): boolean {
    const seen = new Set<string>();
    const stack = [inner];
    while (stack.length) {
      const p = stack.pop()!;
      if (seen.has(p)) continue;
      seen.add(p);
      const ups = [...(this.parents.get(p) ?? [])];
      const gaz = gazetteerContainer(p);
      if (gaz) ups.push(gaz);
      for (const up of ups) {
        if (up === outer) return true;
        stack.push(up);
      }
    }
    return false;
  }

  related(a: string, b: string): boolean {
    // "Valmora Stadium" and "Valmora": one venue named with and without its venue word.
    if (samePlaceName(a, b)) return true;
    return this.within(a, b) || this.within(b, a);
  }
}

const GENERIC_EVENTS = new Set(["meeting"]);

function typeOfGroup(group: ValueGroup): string | null {
  for (const c of group.claims as Claim<"place">[]) {
    const t = comparableType(placeTypeOf(c.data.place), c.data.event);
    if (t) return t;
  }
  // "headquartered in Constanta": a bare name where an organisation is based is read as a city.
  if ((group.claims as Claim<"place">[]).every((c) => c.data.event === "headquarters")) return "city";
  return null;
}

const HQ_PREFIX = "place|headquarters|";
/** place|route-origin, place|route-destination: the ends of the journey a source reports. */
const ROUTE_PREFIX = "place|route-";

/** "headquarters of Norrhavn" joins "headquarters of Norrhavn Robotics" when the corpus has one such expansion. */
function withMergedOrganisations(claims: Claim<"place">[]): Claim<"place">[] {
  const orgs = claims.filter((c) => c.key.startsWith(HQ_PREFIX)).map((c) => c.key.slice(HQ_PREFIX.length));
  const merged = mergeOrganisationKeys(orgs);
  return claims.map((c) => {
    if (!c.key.startsWith(HQ_PREFIX)) return c;
    const to = merged.get(c.key.slice(HQ_PREFIX.length));
    return to ? { ...c, key: HQ_PREFIX + to } : c;
  });
}

/**
 * Aligns place claims. Places contained in one another agree; two different places conflict only when
 * both are of the same known granularity (two cities, two villages) and no source gives both for the event.
 */
export function comparePlaceClaims(claims: Claim<"place">[]): Finding[] {
  const containment = new Containment(claims);
  const findings: Finding[] = [];
  for (const [key, group] of bucket(withMergedOrganisations(claims), (c) => c.key)) {
    const finding = compareKey(key, group, containment);
    if (finding) findings.push(finding);
  }
  const across = compareGatheringCities(claims, containment, findings);
  if (across) findings.push(across);
  return findings;
}

/**
 * The one gathering of a corpus placed under several keys ("the summit in X", "the summit ended at
 * the Y Centre"): the cities they name are compared, a venue standing for the city it is said to lie in.
 * Conservative: only one gathering kind, only places known to be cities (named as a capital, known to the
 * gazetteer, or holding a venue), each source naming one city, and no conflict already found on those keys.
 */
function compareGatheringCities(claims: Claim<"place">[], containment: Containment, found: Finding[]): Finding | null {
  const kinds = new Set(
    claims.map((c) => c.data.event).filter((e) => e !== "meeting" && GATHERING_EVENT_KINDS.has(e)),
  );
  if (kinds.size !== 1) return null;
  const [kind] = [...kinds] as [string];
  const key = `place|${kind}`;
  if (found.some((f) => f.status === "conflict" && (f.key === key || f.key === GATHERING_VENUE_KEY))) return null;
  const gathering = claims.filter((c) => (c.key === key || c.key === GATHERING_VENUE_KEY) && !c.rule.includes("+future"));
  const cities = new Set<string>();
  for (const c of claims) {
    if (c.rule.includes("+capital") || placeTypeOf(c.data.place) === "city") cities.add(c.value);
    if (c.data.container && placeTypeOf(c.data.place) === "venue") cities.add(placeCore(c.data.container));
  }
  const cityOf = (c: Claim<"place">): string | null => {
    if (cities.has(c.value)) return c.value;
    if (placeTypeOf(c.data.place) !== "venue") return null;
    const holding = [...cities].filter((city) => containment.within(c.value, city));
    return holding.length === 1 ? holding[0]! : null;
  };
  const bySource = new Map<string, string>();
  const placed: Claim<"place">[] = [];
  for (const [source, own] of bucket(gathering, (c) => c.evidence.source)) {
    const named = new Set(own.map(cityOf).filter((x): x is string => x !== null));
    if (named.size !== 1) continue;
    bySource.set(source, [...named][0]!);
    placed.push(...own.filter((c) => cityOf(c) !== null));
  }
  const byCity = bucket(placed, (c) => bySource.get(c.evidence.source) ?? "");
  const groups: ValueGroup[] = [...byCity].map(([city, cs]) => ({
    value: city,
    display: cs.find((c) => c.value === city)?.display ?? cs[0]!.display,
    claims: cs,
  }));
  for (const a of groups) {
    for (const b of groups) {
      if (a.value >= b.value || containment.related(a.value, b.value)) continue;
      return buildFinding({
        kind: "place",
        subject: `place of the ${kind}`,
        key,
        groups: [a, b],
        explanation: `${sourceCount(a)} source(s) place the ${kind} in ${a.display}; ${sourceCount(b)} in ${b.display} (two different cities)`,
      });
    }
  }
  return null;
}

function compareKey(key: string, claims: Claim<"place">[], containment: Containment): Finding | null {
  const first = claims[0];
  if (!first) return null;
  // A source naming unrelated places for one kind of event talks about several events: leave it out of conflicts.
  const ambiguous = new Set<string>();
  for (const [source, own] of bucket(claims, (c) => c.evidence.source)) {
    const values = [...new Set(own.map((c) => c.value))];
    if (values.some((a) => values.some((b) => !containment.related(a, b)))) ambiguous.add(source);
  }
  const groups = groupByValue(claims);
  const isRoute = key.startsWith(ROUTE_PREFIX);
  // Meetings recur within one story ("met in May in X"), and plans may concern another occasion.
  const comparable = claims.filter(
    (c) => !ambiguous.has(c.evidence.source) && !c.rule.includes("+future") && !GENERIC_EVENTS.has(c.data.event),
  );
  const clear = groupByValue(comparable);
  for (const a of clear) {
    for (const b of clear) {
      if (a.value >= b.value || containment.related(a.value, b.value)) continue;
      // Two named ends of the one journey conflict whatever their kinds ("an island", "a town"); other
      // places only when both are of one known granularity.
      const ta = typeOfGroup(a);
      if (!isRoute && (ta === null || ta !== typeOfGroup(b))) continue;
      return buildFinding({
        kind: "place",
        subject: first.subject,
        key,
        groups: [a, b],
        explanation: `${sourceCount(a)} source(s) say ${a.display}; ${sourceCount(b)} say ${b.display} ${isRoute ? "(two different ends of one journey)" : "(two different places of the same kind)"}`,
      });
    }
  }
  const total = new Set(claims.map((c) => c.evidence.source)).size;
  if (total < 2) return null;
  // Everything agrees: the most specific place first.
  const ordered = [...groups].sort((a, b) => (containment.within(a.value, b.value) ? -1 : containment.within(b.value, a.value) ? 1 : 0));
  const related = ordered.every((g) => ordered.every((h) => containment.related(g.value, h.value)));
  if (!related) return null;
  return buildFinding({
    kind: "place",
    subject: first.subject,
    key,
    groups: ordered,
    status: "agreement",
    explanation: `${total} sources agree on the place: ${ordered.map((g) => g.display).join(" / ")}`,
  });
}
