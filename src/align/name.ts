import type { Claim, Finding } from "../types.js";

/** Aligns name claims across sources into findings. */
export function compareNameClaims(_claims: Claim<"name">[]): Finding[] {
  return [];
}
