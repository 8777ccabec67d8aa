import type { Claim, Finding } from "../types.js";

/** Aligns role claims across sources into findings. */
export function compareRoleClaims(_claims: Claim<"role">[]): Finding[] {
  return [];
}
