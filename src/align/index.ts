import type { AnyClaim, Claim, ClaimKind, Finding } from "../types.js";
import { compareAttributionClaims } from "./attribution.js";
import { compareDateClaims } from "./date.js";
import { compareMembersClaims } from "./members.js";
import { compareNameClaims } from "./name.js";
import { compareNumberClaims } from "./number.js";
import { comparePlaceClaims } from "./place.js";
import { compareQuoteClaims } from "./quote.js";
import { compareRoleClaims } from "./role.js";

type ComparatorMap = { [K in ClaimKind]: (claims: Claim<K>[]) => Finding[] };

/** One comparator per claim kind; the quote comparator also emits attribution findings. */
const COMPARATORS: ComparatorMap = {
  date: compareDateClaims,
  name: compareNameClaims,
  role: compareRoleClaims,
  members: compareMembersClaims,
  number: compareNumberClaims,
  quote: compareQuoteClaims,
  place: comparePlaceClaims,
  attribution: compareAttributionClaims,
};

function ofKind<K extends ClaimKind>(claims: AnyClaim[], kind: K): Claim<K>[] {
  return claims.filter((c): c is Claim<K> & AnyClaim => c.kind === kind) as Claim<K>[];
}

const STATUS_ORDER = { conflict: 0, variant: 1, agreement: 2 } as const;

/** Findings for all claims: conflicts first, then variants, then agreements; stable order within. */
export function alignClaims(claims: AnyClaim[]): Finding[] {
  const findings: Finding[] = [
    ...COMPARATORS.date(ofKind(claims, "date")),
    ...COMPARATORS.name(ofKind(claims, "name")),
    ...COMPARATORS.role(ofKind(claims, "role")),
    ...COMPARATORS.members(ofKind(claims, "members")),
    ...COMPARATORS.number(ofKind(claims, "number")),
    ...COMPARATORS.quote(ofKind(claims, "quote")),
    ...COMPARATORS.place(ofKind(claims, "place")),
    ...COMPARATORS.attribution(ofKind(claims, "attribution")),
  ];
  return findings.sort(
    (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.kind.localeCompare(b.kind) || a.key.localeCompare(b.key),
  );
}
