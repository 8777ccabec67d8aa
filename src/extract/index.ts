import type { AnyClaim, ClaimKind, Source } from "../types.js";
import { extractAttributionClaims } from "./attribution.js";
import { corpusAnchorOf, type ExtractContext } from "./context.js";
import { extractDateClaims } from "./date.js";
import { extractMembersClaims } from "./members.js";
import { extractNameClaims } from "./name.js";
import { extractNumberClaims } from "./number.js";
import { extractPlaceClaims } from "./place.js";
import { extractQuoteClaims } from "./quote.js";
import { extractRoleClaims } from "./role.js";

export type Extractor = (source: Source, ctx: ExtractContext) => AnyClaim[];

/** One extractor per claim kind. Attribution findings also come from quote claims at alignment. */
export const EXTRACTORS: Record<ClaimKind, Extractor> = {
  date: extractDateClaims,
  name: extractNameClaims,
  role: extractRoleClaims,
  members: extractMembersClaims,
  number: extractNumberClaims,
  quote: extractQuoteClaims,
  place: extractPlaceClaims,
  attribution: extractAttributionClaims,
};

/** Every claim of every source, in source order; `kinds` limits which extractors run. */
export function extractClaims(sources: Source[], kinds?: readonly ClaimKind[]): AnyClaim[] {
  const ctx: ExtractContext = { corpusAnchor: corpusAnchorOf(sources) };
  const wanted = (Object.keys(EXTRACTORS) as (keyof typeof EXTRACTORS)[]).filter(
    (k) => !kinds || kinds.includes(k) || (k === "quote" && kinds.includes("attribution")),
  );
  const claims: AnyClaim[] = [];
  for (const source of sources) {
    for (const kind of wanted) claims.push(...EXTRACTORS[kind](source, ctx));
  }
  return claims;
}
