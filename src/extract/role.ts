import type { Claim, Source } from "../types.js";
import type { ExtractContext } from "./context.js";

/** role claims of one source. */
export function extractRoleClaims(_source: Source, _ctx: ExtractContext): Claim<"role">[] {
  return [];
}
