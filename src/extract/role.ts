import type { Claim, Source } from "../types.js";
import type { ExtractContext } from "./context.js";
import { findPeopleInSource, foldName } from "./people.js";

/**
 * Role claims of one source: one per (person, canonical office) stated next to the person's name
 * ("Kazakh President X", "X, minister of external affairs", "Referee: X"). The value is the
 * canonical office key of data/titles.json, so synonyms agree; "acting" and "regional" qualify an
 * office without changing it, while "deputy"/"vice" make a different office. Past offices
 * ("former President") and offices the vocabulary does not know make no claim.
 */
export function extractRoleClaims(source: Source, _ctx: ExtractContext): Claim<"role">[] {
  const claims: Claim<"role">[] = [];
  for (const person of findPeopleInSource(source).people) {
    const seen = new Set<string>();
    for (const m of person.mentions) {
      if (!m.office || !m.title || m.former || seen.has(m.office)) continue;
      seen.add(m.office);
      claims.push({
        kind: "role",
        key: `role|${foldName(person.family)}`,
        subject: `office of ${person.full}`,
        value: m.office,
        display: m.title,
        evidence: { source: source.id, line: m.line, column: m.column, quote: m.sentence },
        rule: `role/${m.cue}`,
        data: {
          person: person.full,
          office: m.title,
          officeKey: m.office,
          country: m.country,
          organisation: m.organisation,
        },
      });
    }
  }
  return claims;
}
