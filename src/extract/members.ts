import type { Claim, Source } from "../types.js";
import type { ExtractContext } from "./context.js";

/** members claims of one source. */
export function extractMembersClaims(_source: Source, _ctx: ExtractContext): Claim<"members">[] {
  return [];
}
