import type { Claim, Finding } from "../types.js";

/** Aligns quote claims across sources into findings. */
export function compareQuoteClaims(_claims: Claim<"quote">[]): Finding[] {
  return [];
}
