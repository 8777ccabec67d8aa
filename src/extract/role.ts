import type { Claim, Source } from "../types.js";
import type { ExtractContext } from "./context.js";
import { canonicalOffice, findPeopleInSource, foldName, type LocatedPersonMention } from "./people.js";

/**
 * Role claims of one source: one per (person, canonical office) stated next to the person's name
 * ("Peruvian President X", "X, minister of external affairs", "Referee: X"), or stated as the office
 * the person takes at an organisation ("X will be Quorvel's chief executive", "Quorvel's chief
 * executive will be X", "X, who will run Quorvel as chief executive"). The value is the canonical
 * office key of data/titles.json, so synonyms agree; "acting" and "regional" qualify an office
 * without changing it, while "deputy"/"vice" make a different office. Past offices ("former
 * President") and offices the vocabulary does not know make no claim.
 */
export function extractRoleClaims(source: Source, _ctx: ExtractContext): Claim<"role">[] {
  const claims: Claim<"role">[] = [];
  for (const person of findPeopleInSource(source).people) {
    const seen = new Set<string>();
    for (const m of person.mentions) {
      const stated: StatedOffice[] = [];
      if (m.office && m.title && !m.former) stated.push({ title: m.title, office: m.office, organisation: m.organisation, rule: `role/${m.cue}` });
      stated.push(...officesTakenAt(m));
      for (const s of stated) {
        if (seen.has(s.office)) continue;
        seen.add(s.office);
        claims.push({
          kind: "role",
          key: `role|${foldName(person.family)}`,
          subject: `office of ${person.full}`,
          value: s.office,
          display: s.title,
          evidence: { source: source.id, line: m.line, column: m.column, quote: m.sentence },
          rule: s.rule,
          data: {
            person: person.full,
            office: s.title,
            officeKey: s.office,
            country: m.country,
            organisation: s.organisation,
          },
        });
      }
    }
  }
  return claims;
}

interface StatedOffice {
  title: string;
  office: string;
  organisation: string | null;
  rule: string;
}

/** A capitalised organisation name of one to four words, possessive ("Quorvel's", "Harbour Grid's"). */
const ORG_POSSESSIVE = "(\\p{Lu}[\\p{L}\\p{M}&.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}&.-]*){0,3})['’]s\\s+";
/** Verbs that make the office after them the person's (future) office. */
const BECOMES = "(?:will\\s+be|would\\s+be|is\\s+to\\s+be|is\\s+set\\s+to\\s+be|will\\s+become|becomes|is\\s+to\\s+become|is\\s+set\\s+to\\s+become|(?:has\\s+been|was|is)\\s+(?:named|appointed)(?:\\s+as)?)";
/** ", who currently heads the offshore division, ": one comma-bounded appositive. */
const APPOSITIVE = "(?:\\s*,\\s*[^,;:!?\"“”]{1,120}?\\s*,)?";
const FORWARD = new RegExp(`^${APPOSITIVE}\\s+${BECOMES}\\s+(?:the\\s+|its\\s+)?(?:${ORG_POSSESSIVE})?`, "u");
// ", the Norwegian executive who will run Quorvel as chief executive"
const RUN_AS = new RegExp(
  `^\\s*,\\s*(?:[^,;:!?"“”]{1,80}?\\s+)?who\\s+(?:will|would|is\\s+to|is\\s+set\\s+to)\\s+(?:run|lead|head|manage)\\s+(\\p{Lu}[\\p{L}\\p{M}&.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}&.-]*){0,3})\\s+as\\s+(?:its\\s+)?`,
  "u",
);
// ", Norveld's head of offshore and Quorvel's designated chief executive": the office after "and".
const CONJUNCT = new RegExp(`^\\s*,\\s*[^,;:!?"“”]{1,100}?\\s+and\\s+(?:the\\s+)?${ORG_POSSESSIVE}`, "u");
// "Quorvel's chief operating officer will be X" (the office phrase is read from the words before "will be").
const BACKWARD = new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:the\\s+)?(?:${ORG_POSSESSIVE})?((?:[\\p{Ll}-]+\\s+){1,5})(?:will\\s+be|is\\s+to\\s+be|would\\s+be|is\\s+set\\s+to\\s+be)\\s+$`, "u");

/** The office the words at `from` name, longest first, unless more of a noun phrase follows ("chief executive's deputy"). */
function officeAt(text: string, from: number): { title: string; office: string; end: number } | null {
  const words = [...text.slice(from, from + 80).matchAll(/[\p{L}-]+/gu)];
  const contiguous: RegExpMatchArray[] = [];
  for (const w of words) {
    const prev = contiguous[contiguous.length - 1];
    const gapStart = prev ? prev.index! + prev[0].length : 0;
    if (!/^\s*$/u.test(text.slice(from + gapStart, from + w.index!)) || (!prev && w.index !== 0)) break;
    contiguous.push(w);
    if (contiguous.length === 6) break;
  }
  for (let n = contiguous.length; n >= 1; n--) {
    const last = contiguous[n - 1]!;
    const end = from + last.index! + last[0].length;
    const title = text.slice(from, end);
    const canon = canonicalOffice(title);
    if (!canon || canon.former) continue;
    if (/^['’]s?(?![\p{L}])/u.test(text.slice(end, end + 3))) return null;
    return { title, office: canon.key, end };
  }
  return null;
}

/** Offices the sentence gives a mention as taken at an organisation (see extractRoleClaims). */
function officesTakenAt(m: LocatedPersonMention): StatedOffice[] {
  const s = m.sentence;
  const after = s.slice(m.end);
  const out: StatedOffice[] = [];
  const take = (re: RegExp, rule: string, orgGroup: number): void => {
    const hit = re.exec(after);
    if (!hit) return;
    const found = officeAt(s, m.end + hit[0].length);
    if (found) out.push({ title: found.title, office: found.office, organisation: hit[orgGroup] ?? null, rule });
  };
  take(FORWARD, "role/becomes", 1);
  take(RUN_AS, "role/run-as", 1);
  take(CONJUNCT, "role/conjunct", 1);
  const before = BACKWARD.exec(s.slice(0, m.start));
  if (before) {
    const phrase = before[2]!.trim();
    const canon = canonicalOffice(phrase);
    if (canon && !canon.former) out.push({ title: phrase, office: canon.key, organisation: before[1] ?? null, rule: "role/office-will-be" });
  }
  return out;
}
