import type { Claim, Source } from "../types.js";
import type { ExtractContext } from "./context.js";

/** quote claims of one source. */
export function extractQuoteClaims(_source: Source, _ctx: ExtractContext): Claim<"quote">[] {
  return [];
}
