import type { Claim, Source } from "../types.js";
import type { ExtractContext } from "./context.js";

/** name claims of one source. */
export function extractNameClaims(_source: Source, _ctx: ExtractContext): Claim<"name">[] {
  return [];
}
