import type { Claim, Finding } from "../types.js";

/** Aligns place claims across sources into findings. */
export function comparePlaceClaims(_claims: Claim<"place">[]): Finding[] {
  return [];
}
