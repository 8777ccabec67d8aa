import type { Claim, Source } from "../types.js";
import type { ExtractContext } from "./context.js";

/** date claims of one source. */
export function extractDateClaims(_source: Source, _ctx: ExtractContext): Claim<"date">[] {
  return [];
}
