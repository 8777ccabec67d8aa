import type { Claim, Source } from "../types.js";
import type { ExtractContext } from "./context.js";
import { canonicalOffice, findPeopleInSource, foldName, type LocatedPersonMention, type SourcePerson } from "./people.js";

/**
 * Name claims of one source: one per person named with a given name, in the fullest form the
 * source uses (surname-only mentions resolve to it and add no claim). The value is the name as
 * written (repaired of encoding damage); data carries the office and country stated with it.
 */
export function extractNameClaims(source: Source, _ctx: ExtractContext): Claim<"name">[] {
  const claims: Claim<"name">[] = [];
  for (const person of findPeopleInSource(source).people) {
    if (person.given.length === 0) continue;
    const named = person.mentions.find((m) => m.name === person.full) ?? person.mentions[0];
    if (!named) continue;
    const titled = person.mentions.find((m) => m.title !== null && !m.former);
    const country = person.mentions.find((m) => m.country !== null)?.country ?? null;
    const office = titled?.office ?? (titled?.title ? (canonicalOffice(titled.title)?.key ?? null) : null);
    claims.push({
      kind: "name",
      key: `name|${foldName(person.family)}`,
      subject: `name of ${office ? `${office} ` : ""}${person.full}`,
      value: person.full,
      display: person.full,
      evidence: { source: source.id, line: named.line, column: named.column, quote: named.sentence },
      rule: `name/${cueOf(person, named)}`,
      data: {
        full: person.full,
        given: person.given,
        family: person.family,
        title: titled?.title ?? null,
        country,
      },
    });
  }
  return claims;
}

/** The strongest cue any mention of the person had, for the provenance tag. */
function cueOf(person: SourcePerson, named: LocatedPersonMention): string {
  const order = ["title", "appositive", "speech", "shape", "known"] as const;
  for (const cue of order) if (person.mentions.some((m) => m.cue === cue)) return cue;
  return named.cue;
}
