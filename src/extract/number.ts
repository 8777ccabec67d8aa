import type { Claim, Source } from "../types.js";
import type { ExtractContext } from "./context.js";

/** number claims of one source. */
export function extractNumberClaims(_source: Source, _ctx: ExtractContext): Claim<"number">[] {
  return [];
}
