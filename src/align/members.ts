import type { Claim, Finding } from "../types.js";

/** Aligns members claims across sources into findings. */
export function compareMembersClaims(_claims: Claim<"members">[]): Finding[] {
  return [];
}
