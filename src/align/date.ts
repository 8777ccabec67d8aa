import type { Claim, Finding } from "../types.js";

/** Aligns date claims across sources into findings. */
export function compareDateClaims(_claims: Claim<"date">[]): Finding[] {
  return [];
}
