import type { Claim, Source } from "../types.js";
import type { ExtractContext } from "./context.js";

/** place claims of one source. */
export function extractPlaceClaims(_source: Source, _ctx: ExtractContext): Claim<"place">[] {
  return [];
}
