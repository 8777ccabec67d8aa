import type { Claim, Finding } from "../types.js";

/** Aligns number claims across sources into findings. */
export function compareNumberClaims(_claims: Claim<"number">[]): Finding[] {
  return [];
}
