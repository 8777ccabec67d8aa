// The shared people finder: person mentions with their titles, countries and organisations.
//
// No NLP library finds these reliably in news text, so this is pattern work: runs of capitalised
// tokens (with hyphens, initials and particles such as "bin", "van", "de") that are not places,
// organisations, weekdays or sentence-initial common words, accepted as a person only with a cue:
// an office next to it ("Peruvian President X", "X, the regional harbour master", "Referee: X"), a speech
// verb ("X said", "said X"), or a person-like shape of two or more name tokens.
//
// Public API (stable; other extractors import it):
//   findPeople(text)              mentions in one piece of text (offsets into that text)
//   findPeopleInSource(source)    mentions of a whole source, located, with surnames resolved
//   foldName(s), personKey(name)  folded forms for comparing names
//   canonicalOffice(phrase)       "minister of external affairs" → "foreign minister"
//   countryOf(word)               "Peruvian" / "Peru's" / "U.S." → "Peru" / "United States"

import { readFileSync } from "node:fs";
import type { Source } from "../types.js";
import { sentenceSpans } from "./sentences.js";
import { memoizeString } from "./memo.js";

// Memoised at module start: both run for every pair of mentions compared, and module-level tables
// below already call foldName while the module loads. Office results are frozen: every caller gets the same object.
const FOLD_NAME = memoizeString(foldNameUncached);
const CANONICAL_OFFICE = memoizeString((phrase: string) => {
  const found = canonicalOfficeUncached(phrase);
  return found ? Object.freeze(found) : null;
});

/** What made us believe a capitalised run is a person. */
export type PersonCue = "title" | "appositive" | "speech" | "shape" | "known";

/** One mention of a person in a piece of text. */
export interface PersonMention {
  /** The name as written, without title or possessive ("Anna-Sofie Hovik"). */
  name: string;
  /** Given names (empty for a surname-only mention such as "Tarrow said"). */
  given: string[];
  /** Family name, with its particles ("von der Leyen"). */
  family: string;
  /** Offsets of `name` in the text searched: text.slice(start, end) === name. */
  start: number;
  end: number;
  /** Office words next to the name as written ("acting President", "regional fire chief"), or null. */
  title: string | null;
  /** Canonical office key from data/titles.json ("president", "fire chief"), or null. */
  office: string | null;
  /** True when the office is a past one ("former President"). */
  former: boolean;
  /** Country stated with the name ("Peruvian President X", "X of Portugal", "X (Kenya)"), or null. */
  country: string | null;
  /** Organisation stated with the office ("U.N. Secretary-General", "Hollbach coach"), or null. */
  organisation: string | null;
  cue: PersonCue;
}

/** A mention located in a source, with the person it resolves to. */
export interface LocatedPersonMention extends PersonMention {
  source: string;
  line: number;
  /** 1-based column of the name in the line. */
  column: number;
  /** The sentence the mention is in. */
  sentence: string;
  /** Key of the SourcePerson this mention belongs to. */
  personKey: string;
}

/** One person of one source: the fullest name it gives and every office it states. */
export interface SourcePerson {
  /** Source-local key: folded full name of the fullest form. */
  key: string;
  /** Fullest form of the name as written ("Arvid Bergenhammer"). */
  full: string;
  given: string[];
  family: string;
  mentions: LocatedPersonMention[];
}

/** People of one source with a resolver for names written elsewhere (quotes, attributions). */
export interface SourcePeople {
  people: SourcePerson[];
  mentions: LocatedPersonMention[];
  /** The person a written name ("Tarrow", "Mr. Tarrow", "Emil Tarrow") refers to in this source, or null. */
  resolve(name: string): SourcePerson | null;
}

// ---------------------------------------------------------------------------------------------
// Data

interface TitlesFile {
  qualifiers: string[];
  formerQualifiers: string[];
  honorifics: string[];
  offices: Record<string, string[]>;
  conflictGroups: string[][];
  byVerbs: Record<string, string>;
  ministerDomains: Record<string, string[]>;
  complementChanges: Record<string, string>;
  organisationOffices: Record<string, string>;
  groupWildcardExcludes: Record<string, string[]>;
  provisionalQualifiers: string[];
  countryOfficeNames: Record<string, { office: string; countries: string[] }>;
}
interface DemonymsFile {
  countries: Record<string, { demonyms: string[]; aliases: string[] }>;
  regional: string[];
}
interface SpeechVerbsFile {
  nounLike: string[];
}
interface StopwordsFile {
  notName: string[];
  orgPlaceWords: string[];
  particles: string[];
  placeNames: string[];
  commonWordEndings: string[];
  creditLeads: string[];
  givenNameHomographs: string[];
  leadingParticles: string[];
  leadingParticlesAlone: string[];
  organisationStaff: string[];
  organisationHoldings: string[];
  organisationObjectLeads: string[];
  surnameModifierNouns: string[];
  personLeads: string[];
}

function loadJson<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), "utf8")) as T;
}

const TITLES = loadJson<TitlesFile>("titles.json");
const DEMONYMS = loadJson<DemonymsFile>("demonyms.json");
const STOPWORDS = loadJson<StopwordsFile>("name-stopwords.json");
const SPEECH_FILE = loadJson<SpeechVerbsFile>("speech-verbs.json");

/** Office groups: two different offices of one group cannot both describe one person. */
export const OFFICE_CONFLICT_GROUPS: readonly (readonly string[])[] = TITLES.conflictGroups;

/** Portfolio ministers ("education minister", "minister of education", "education secretary"), generated from the portfolio list. */
const MINISTER_OFFICES: Record<string, string[]> = {};
for (const [domain, wordings] of Object.entries(TITLES.ministerDomains)) {
  MINISTER_OFFICES[`${domain} minister`] = wordings.flatMap((w) => [
    `${w} minister`,
    `minister of ${w}`,
    `minister for ${w}`,
    `minister of the ${w}`,
    `${w} secretary`,
    `secretary of ${w}`,
    `secretary of state for ${w}`,
  ]);
}

/** Whether an office key of data/titles.json is in a conflict group entry ("* minister" covers every portfolio minister). */
function inGroupEntry(entry: string, office: string): boolean {
  if (entry.startsWith("* ")) {
    return office.endsWith(entry.slice(1)) && office !== entry.slice(2) && !(TITLES.groupWildcardExcludes[entry] ?? []).includes(office);
  }
  return entry === office;
}

/** Portfolio words of a minister key: "economy and finance minister" → economy, finance. */
function portfolioWords(office: string): Set<string> {
  return new Set(office.replace(/ minister$/u, "").split(/\s+/).filter((w) => w !== "and" && w !== "deputy" && w !== "assistant"));
}

/** The rank of a minister key: "deputy", "assistant" or "" for the minister. */
function ministerRank(office: string): string {
  return /^(deputy|assistant) /u.exec(office)?.[1] ?? "";
}

/**
 * Whether one person cannot hold both offices (canonical keys): some conflict group holds both.
 * Two portfolio ministers sharing a portfolio word ("economy minister", "economy and finance
 * minister") are read as one office described more or less fully, never a conflict.
 */
export function officesConflict(a: string, b: string): boolean {
  if (a === b) return false;
  if (!OFFICE_CONFLICT_GROUPS.some((g) => g.some((e) => inGroupEntry(e, a)) && g.some((e) => inGroupEntry(e, b)))) return false;
  if (a.endsWith(" minister") && b.endsWith(" minister")) {
    const wa = portfolioWords(a);
    if ([...portfolioWords(b)].some((w) => wa.has(w))) return ministerRank(a) !== ministerRank(b);
  }
  return true;
}

const PROVISIONAL = new RegExp(`^(?:(?:the|his|her|their|its|a|an)\\s+)?(?:${TITLES.provisionalQualifiers.map(escapeRegex).join("|")})[\\s-]`, "iu");

/**
 * The office a title names in the country stated with it: some countries call their head of
 * government "chancellor" (data/titles.json countryOfficeNames), so "German Chancellor X" holds
 * the office "prime minister" while a chancellor of no stated country stays a "chancellor".
 */
export function officeInCountry(office: string | null, country: string | null): string | null {
  if (!office || !country) return office;
  const rule = TITLES.countryOfficeNames[office];
  return rule && rule.countries.includes(country) ? rule.office : office;
}

/** Whether a written title holds the office for the time being ("acting Prime Minister", "interim president"). */
export function isProvisionalTitle(title: string): boolean {
  return PROVISIONAL.test(title.trim());
}

/** Whether an office can conflict with some other office at all. */
export function officeInConflictGroup(office: string): boolean {
  return OFFICE_CONFLICT_GROUPS.some((g) => g.some((e) => inGroupEntry(e, office)));
}

const NOT_NAME = new Set(STOPWORDS.notName.map((w) => w.toLowerCase()));
const NAME_HOMOGRAPHS = new Set(STOPWORDS.givenNameHomographs.map((w) => w.toLowerCase()));
const ORG_PLACE_WORDS = new Set(STOPWORDS.orgPlaceWords.map((w) => w.toLowerCase()));
const PARTICLES = new Set(STOPWORDS.particles.map((w) => w.toLowerCase()));
/** Particles that may open a family name written without given names ("van der Berg said"). */
const LEADING_PARTICLES = new Set(STOPWORDS.leadingParticles.map((w) => w.toLowerCase()));
/** Of those, the ones that open a family name even when capitalised and alone ("De Gaulle", "Le Pen"; not "Al Gore"). */
const LEADING_PARTICLES_ALONE = new Set(STOPWORDS.leadingParticlesAlone.map((w) => w.toLowerCase()));
const PLACE_NAMES = new Set(STOPWORDS.placeNames.map((w) => foldName(w)));
const COMMON_ENDING = new RegExp(`(?:${STOPWORDS.commonWordEndings.map(escapeRegex).join("|")})$`, "u");
const HONORIFICS = new Set(TITLES.honorifics.map((w) => w.toLowerCase().replace(/\.$/, "")));
/** Region and people adjectives ("African", "Nordic"): never in a name, never a country. */
const REGIONAL_WORDS = new Set(DEMONYMS.regional.map((w) => foldName(w)));

/** Folded country word/phrase → country. */
const COUNTRY_BY_WORD = new Map<string, string>();
for (const [country, { demonyms, aliases }] of Object.entries(DEMONYMS.countries)) {
  for (const w of [country, ...demonyms, ...aliases]) COUNTRY_BY_WORD.set(foldName(w), country);
}
const DEMONYM_WORDS = new Set<string>();
for (const { demonyms } of Object.values(DEMONYMS.countries)) for (const d of demonyms) DEMONYM_WORDS.add(foldName(d));
/** Longest country phrase in tokens, for matching multi-word names ("Saudi Arabia", "United Nations"). */
const MAX_COUNTRY_TOKENS = Math.max(...[...COUNTRY_BY_WORD.keys()].map((k) => k.split(" ").length));

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const WORD = "[\\p{L}\\p{M}\\p{N}'’.-]+";
/** A phrase of data/titles.json as a regex source: "*" stands for one to four words. */
function phraseSource(phrase: string, wildcardWords = 4): string {
  return phrase
    .split(" ")
    .map((w) => (w === "*" ? `${WORD}(?:\\s+${WORD}){0,${wildcardWords - 1}}?` : escapeRegex(w)))
    .join("\\s+");
}

interface OfficePhrase {
  key: string;
  phrase: string;
  exact: RegExp;
}
/**
 * Deputy ranks of every portfolio minister ("Deputy Interior Minister", "vice minister of the
 * interior", "assistant health secretary"): a deputy holds a different office from the minister,
 * so the rank word stays in the key instead of being dropped as the minister's office.
 */
const MINISTER_RANKS: Record<string, string> = { deputy: "deputy", vice: "deputy", "vice-": "deputy", assistant: "assistant" };
/** The ranked phrases withDeputyMinisters made: looked up exactly, but matched in text through RANK_PREFIX. */
const RANKED_PHRASES = new Set<string>();
/**
 * In the search patterns a rank is an optional prefix of each rankable minister phrase rather than
 * separate alternatives: listing every ranked phrase made the title patterns five times longer and
 * the whole run several times slower.
 */
const RANK_PREFIX = "(?:(?:deputy|vice|assistant)\\s+|vice-)?";
function isRankable(o: { key: string; phrase: string }): boolean {
  return (
    o.key.endsWith(" minister") &&
    o.key !== "prime minister" &&
    !/^(?:deputy|assistant) /u.test(o.key) &&
    /\b(?:minister|secretary)\b/u.test(o.phrase)
  );
}
function withDeputyMinisters(offices: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, phrases] of Object.entries(offices)) out[key] = [...phrases];
  for (const [key, phrases] of Object.entries(offices)) {
    if (!key.endsWith(" minister") || key === "prime minister" || /^(?:deputy|assistant) /u.test(key)) continue;
    for (const [word, rank] of Object.entries(MINISTER_RANKS)) {
      const rankKey = `${rank} ${key}`;
      const list = (out[rankKey] ??= []);
      for (const phrase of phrases) {
        if (!/\b(?:minister|secretary)\b/u.test(phrase)) continue;
        const ranked = word.endsWith("-") ? `${word}${phrase}` : `${word} ${phrase}`;
        if (!ranked.includes(" ") || list.includes(ranked)) continue;
        list.push(ranked);
        RANKED_PHRASES.add(ranked);
      }
    }
  }
  return out;
}

const OFFICE_PHRASES: OfficePhrase[] = Object.entries(withDeputyMinisters({ ...MINISTER_OFFICES, ...TITLES.offices }))
  .flatMap(([key, phrases]) => phrases.map((phrase) => ({ key, phrase, exact: new RegExp(`^${phraseSource(phrase, 8)}$`, "u") })))
  .sort((a, b) => b.phrase.length - a.phrase.length);

const QUALIFIERS = [...TITLES.qualifiers, ...TITLES.formerQualifiers].sort((a, b) => b.length - a.length);
const QUALIFIER_SOURCE = QUALIFIERS.map((q) => (q.endsWith("-") ? `${escapeRegex(q)}` : `${phraseSource(q)}\\s+`)).join("|");
// Wildcard phrases are only used in appositives ("X, the governor of the Y region"), where the end
// of the phrase is clear; before a name they would swallow unrelated words.
const SEARCHED_PHRASES = OFFICE_PHRASES.filter((o) => !RANKED_PHRASES.has(o.phrase));
const searchSource = (o: OfficePhrase) => (isRankable(o) ? `${RANK_PREFIX}${phraseSource(o.phrase)}` : phraseSource(o.phrase));
const OFFICE_SOURCE_ALL = SEARCHED_PHRASES.map(searchSource).join("|");
const OFFICE_SOURCE_PLAIN = SEARCHED_PHRASES.filter((o) => !o.phrase.includes("*"))
  .map(searchSource)
  .join("|");

// The last word of every plain office phrase: TITLE_BEFORE can only match when the text before a
// name ends in one of them, so most names skip that (long) pattern altogether.
const TAIL_WORD = /([\p{L}\p{M}\p{N}'’.&/-]+)[\s,:]*$/u;
const OFFICE_LAST_WORDS = new Set(
  SEARCHED_PHRASES.filter((o) => !o.phrase.includes("*")).map((o) => TAIL_WORD.exec(o.phrase)?.[1] ?? o.phrase),
);

/** Every word that occurs in an office phrase or qualifier: such tokens are not part of a name. */
const TITLE_WORDS = new Set<string>();
for (const o of OFFICE_PHRASES) for (const w of o.phrase.split(" ")) if (w !== "*" && w !== "of" && w !== "the") TITLE_WORDS.add(w);
for (const q of QUALIFIERS) for (const w of q.split(" ")) TITLE_WORDS.add(w.replace(/-$/, ""));
for (const h of HONORIFICS) TITLE_WORDS.add(h);

// Title directly before the name, on lower-cased text: "... peruvian president ", "referee: ", "the regional governor, ".
const TITLE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{M}'’-])((?:${QUALIFIER_SOURCE})*(?:${OFFICE_SOURCE_PLAIN}))(\\s*[,:]\\s*|\\s+)$`,
  "u",
);
// Title directly after the name: ", the regional fire chief", ", minister of external affairs", ", chief of the regional fire service".
const TITLE_AFTER = new RegExp(
  `^\\s*,\\s+(?:(?:the|his|her|their|its|a|an)\\s+)?(?:([\\p{L}\\p{M}.-]+)['’]s\\s+)?((?:${QUALIFIER_SOURCE})*(?:${OFFICE_SOURCE_ALL}))(?=$|[\\s,.;:)!?"”])`,
  "u",
);
// ", who heads the regional fire service" → "head of the regional fire service".
const HEADS_AFTER = /^\s*,\s+who\s+(?:heads|leads|runs|directs|chairs|commands)\s+(the\s+[\p{L}\p{M}'’ -]{2,60}?)(?=\s*[,.;:)!?]|\s+(?:and|since|for|who|which)\b|$)/u;
const SPEECH_VERB_LIST =
  "said|says|told|tells|added|adds|stated|states|noted|notes|explained|explains|insisted|insists|warned|warns|stressed|stresses|declared|declares|announced|announces|argued|argues|recalled|recalls|admitted|admits|conceded|concedes|wrote|writes|replied|replies|commented|comments|acknowledged|acknowledges|confirmed|confirms|urged|urges|praised|praises|hailed|hails|vowed|vows|pledged|pledges|asked|asks".split("|");
// Forms that are also plural nouns ("five West African states opened ..."): a verb only when
// "that", punctuation or a quotation follows ("X states that ...", "X notes: ...").
const NOUN_LIKE = new Set(SPEECH_FILE.nounLike.map((w) => w.toLowerCase()));
const SPEECH_VERBS = SPEECH_VERB_LIST.filter((v) => !NOUN_LIKE.has(v)).join("|");
const SPEECH_NOUN_LIKE = SPEECH_VERB_LIST.filter((v) => NOUN_LIKE.has(v)).join("|");
// "X said", "X, who said", "X, 22, said" (an age in apposition).
const SPEECH_AFTER = new RegExp(
  `^\\s*(?:,\\s*\\d{1,3}\\s*,)?\\s*(?:,\\s*(?:who\\s+)?)?(?:also\\s+|later\\s+|then\\s+)?(?:(?:${SPEECH_VERBS})\\b|(?:${SPEECH_NOUN_LIKE})(?=\\s+that\\b|\\s*[,:;.!?"“”]|\\s*$))`,
  "u",
);
// Before the name, a noun-like form speaks only right after a quotation or comma ("…,” notes X").
const SPEECH_BEFORE = new RegExp(
  `(?:\\b(?:${SPEECH_VERBS})|[,"”]\\s*(?:${SPEECH_NOUN_LIKE})|according\\s+to|quoted|quoting)\\s+$`,
  "u",
);
// "Reporting by X; Editing by Y", "Photo: Reuters/X", "(Photo by X/AFP)": a credit runs to ";", ")" or the end.
const CREDIT_LEAD = new RegExp(
  `(?:^|[\\s(\\[|;,—–-])(?:${STOPWORDS.creditLeads.map((w) => phraseSource(w)).join("|")})\\s*(by\\b|:)([^;)\\]]*)`,
  "giu",
);
/** Nothing but names, initials, agencies and joining words: "Jane Doe and Ray Kerr, Reuters", "Reuters/John Smith". */
const NAMES_ONLY = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|(?:and|in|of|for|at|the|with|via|van|von|der|de|la|del|da|bin|al)(?=\s)|[&,/|\s])+[.]?\s*$/u;
const BYLINE = /^\s*[(\[]?\s*[Bb]y\s+([^;)\]]+)/u;

/**
 * Quoted titles: a quotation in Title Case ("A Fair Deal For Every Region") or one that is nothing
 * but capitalised words ("Lady Bird"). Names there are works, slogans or nicknames, not people.
 */
function quotedTitleSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/["“«]([^"“”«»]{2,120})["”»]/gu)) {
    const content = m[1]!;
    const words = content.match(/[\p{L}][\p{L}\p{M}'’-]*/gu) ?? [];
    const long = words.filter((w) => w.length >= 4);
    const capitalised = (ws: string[]): number => ws.filter((w) => /^\p{Lu}/u.test(w)).length;
    const titleCase = long.length >= 3 && capitalised(long) / long.length >= 0.75;
    const onlyCapitals = words.length > 0 && words.length <= 4 && capitalised(words) === words.length;
    if (titleCase || onlyCapitals) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/** Spans of a text that are bylines or picture credits: names there are not people of the story. */
function creditSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  // "By Jane Doe" opens a line of names only; "By Friday, Jane Doe said" is a sentence.
  const byline = BYLINE.exec(text);
  if (byline && NAMES_ONLY.test(byline[1]!)) spans.push([0, byline[0].length]);
  for (const m of text.matchAll(CREDIT_LEAD)) {
    // "Photo: Prime Minister X speaks on Monday" is a caption about X; "Photo: Reuters/X" credits X.
    if (m[1]!.toLowerCase() === "by" || NAMES_ONLY.test(m[2]!)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

// A preposition that makes the capitalised words after it (and the list they head) a place.
const PLACE_LEAD = /(?:^|\s)(?:in|at|near|outside|into|towards?|across|around|via|between|from|of|through|to|villages?|towns?|cities|city|village|town)\s*:?\s*$/u;

// ---------------------------------------------------------------------------------------------
// Folding

/** Diacritics removed, lower case, apostrophes dropped, spaces collapsed: "Vitório" → "vitorio". */
export function foldName(s: string): string {
  return FOLD_NAME(s);
}

function foldNameUncached(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[ßẞ]/g, "ss")
    .replace(/[łŁ]/g, "l")
    .replace(/[øØ]/g, "o")
    .replace(/[đĐ]/g, "d")
    .replace(/[ıİ]/g, "i")
    .replace(/[æÆ]/g, "ae")
    .replace(/[œŒ]/g, "oe")
    .toLowerCase()
    .replace(/['’`ʻʼ]/g, "")
    .replace(/[‐‑–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** Folded family-name key of a written name: "Mr. Emil Tarrow's" → "tarrow". */
export function personKey(name: string): string {
  const parsed = splitName(name);
  return foldName(parsed.family);
}

/** Given names and family name of a written name ("Ursula von der Leyen" → ["Ursula"], "von der Leyen"). */
export function splitName(name: string): { given: string[]; family: string } {
  const tokens = name
    .replace(/(?:'s|’s)$/u, "")
    .split(/\s+/)
    .filter((t) => t && !HONORIFICS.has(t.toLowerCase().replace(/\.$/, "")));
  if (tokens.length === 0) return { given: [], family: "" };
  let familyStart = tokens.length - 1;
  while (familyStart > 1 && PARTICLES.has(tokens[familyStart - 1]!.toLowerCase())) familyStart--;
  // "van der Berg", "Van der Berg", "De la Cruz", "Le Pen": particles from the first word on make a family name alone.
  if (familyStart === 1 && tokens.length > 1) {
    const first = tokens[0]!;
    const low = first.toLowerCase();
    const lowerCase = first === low;
    const chain = tokens.length > 2 && PARTICLES.has(tokens[1]!.toLowerCase());
    if (LEADING_PARTICLES.has(low) && (lowerCase || chain || LEADING_PARTICLES_ALONE.has(low))) familyStart = 0;
  }
  return { given: tokens.slice(0, familyStart), family: tokens.slice(familyStart).join(" ") };
}

/** Country a word or phrase names or describes ("Peruvian", "Peru's", "U.N."), or null. */
export function countryOf(word: string): string | null {
  return COUNTRY_BY_WORD.get(foldName(word.replace(/(?:'s|’s)$/u, ""))) ?? null;
}

/** Canonical office of a phrase ("acting President" → "president"), or null when unknown. */
export function canonicalOffice(phrase: string): Readonly<{ key: string; former: boolean }> | null {
  return CANONICAL_OFFICE(phrase);
}

function canonicalOfficeUncached(phrase: string): { key: string; former: boolean } | null {
  let p = lowerSameLength(phrase).replace(/\s+/g, " ").trim().replace(/^(?:the|his|her|their|its|a|an) /, "");
  let former = false;
  for (let changed = true; changed; ) {
    changed = false;
    for (const q of QUALIFIERS) {
      const withSpace = q.endsWith("-") ? q : `${q} `;
      if (p.startsWith(withSpace)) {
        if (TITLES.formerQualifiers.includes(q)) former = true;
        p = p.slice(withSpace.length);
        changed = true;
      }
    }
  }
  for (const o of OFFICE_PHRASES) if (o.exact.test(p)) return { key: o.key, former };
  return null;
}

/** Lower case that keeps every offset (a few characters change length when lower-cased). */
function lowerSameLength(s: string): string {
  let out = "";
  for (const ch of s) {
    const low = ch.toLowerCase();
    out += low.length === ch.length ? low : ch;
  }
  return out;
}

// Reverse tables of the two code pages mojibake usually comes from: character → byte.
const CODE_PAGE_BYTES: Map<string, number>[] = ["windows-1252", "windows-1250"].flatMap((label) => {
  try {
    const decoder = new TextDecoder(label);
    const table = new Map<string, number>();
    for (let b = 0x80; b <= 0xff; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
    return [table];
  } catch {
    return [];
  }
});
const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Repairs UTF-8 text that was read as Windows-1252/1250 ("KÃ¶hler" → "Köhler", "VitĂłrio" → "Vitório").
 * Ingest should already have done this; names are compared letter by letter, so be robust anyway.
 * Only runs of two or more non-ASCII characters that re-encode to valid UTF-8 are touched.
 */
export function repairMojibake(text: string): string {
  if (!/[\u0080-\uffff]{2}/u.test(text)) return text;
  return text.replace(/[\u0080-\uffff]{2,}/gu, (run) => {
    for (const table of CODE_PAGE_BYTES) {
      const bytes: number[] = [];
      for (const ch of run) {
        const b = ch.charCodeAt(0) < 0x100 && ch.charCodeAt(0) >= 0xa0 && table === CODE_PAGE_BYTES[0] ? ch.charCodeAt(0) : table.get(ch);
        if (b === undefined) break;
        bytes.push(b);
      }
      if (bytes.length !== [...run].length) continue;
      try {
        const fixed = STRICT_UTF8.decode(Uint8Array.from(bytes));
        if (fixed.length < run.length) return fixed;
      } catch {
        // not UTF-8 read through this code page
      }
    }
    return run;
  });
}

// ---------------------------------------------------------------------------------------------
// Tokens and runs

interface Token {
  text: string;
  start: number;
  end: number;
  /** "cap": capitalised word; "initial": "J."; "particle": lower-case name particle; "other". */
  type: "cap" | "initial" | "particle" | "other";
  possessive: boolean;
}

const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’.-]*/gu;
// "Hovik", "Anna-Sofie", "McDonald", "O'Brien", "al-Assad" (an Arabic article before a capital).
const CAP_WORD =
  /^(?:(?:al|el|ad|ar|as|an|at|ash|bin|ibn|ben|abu)[-‐]\p{Lu}[\p{L}\p{M}]*|\p{Lu}(?:['’]\p{Lu})?[\p{L}\p{M}]*\p{Ll}[\p{L}\p{M}]*)(?:[-'’][\p{L}\p{M}]+)*$/u;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let raw = m[0];
    const start = m.index;
    let possessive = false;
    if (/(?:'s|’s|s'|s’)$/u.test(raw) && raw.length > 3) {
      possessive = true;
      raw = raw.endsWith("s'") || raw.endsWith("s’") ? raw.slice(0, -1) : raw.slice(0, -2);
    }
    if (/^\p{Lu}\.$/u.test(raw)) {
      tokens.push({ text: raw, start, end: start + raw.length, type: "initial", possessive });
      continue;
    }
    raw = raw.replace(/[.'’-]+$/u, "");
    const end = start + raw.length;
    let type: Token["type"] = "other";
    if (CAP_WORD.test(raw)) type = "cap";
    else if (PARTICLES.has(raw)) type = "particle";
    tokens.push({ text: raw, start, end, type, possessive });
  }
  return tokens;
}

/** Maximal runs of name-like tokens separated by plain spaces. */
function nameRuns(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = (): void => {
    while (run.length && run[run.length - 1]!.type === "particle") run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  for (const t of tokens) {
    const prev = run[run.length - 1];
    const joined = prev !== undefined && /^[ \u00a0]+$/.test(text.slice(prev.end, t.start)) && !prev.possessive;
    if (t.type === "other" || (t.type === "particle" && !joined && !LEADING_PARTICLES.has(t.text))) {
      flush();
      continue;
    }
    if (!joined) flush();
    if (run.length === 0 && t.type === "particle" && !LEADING_PARTICLES.has(t.text)) continue;
    run.push(t);
  }
  flush();
  return runs;
}

function isTitleWord(t: Token): boolean {
  const lower = lowerSameLength(t.text);
  if (TITLE_WORDS.has(lower) || /^(?:\p{Lu}\.){2,}$/u.test(t.text + ".")) return true;
  // "Then-President", "Ex-Minister": every hyphenated part is a title word.
  return lower.includes("-") && lower.split("-").every((part) => TITLE_WORDS.has(part));
}

/** Length in tokens of a country phrase starting at run[i], or 0. */
function countryPhraseAt(run: Token[], i: number): number {
  for (let n = Math.min(MAX_COUNTRY_TOKENS, run.length - i); n >= 1; n--) {
    const phrase = run.slice(i, i + n).map((t) => t.text).join(" ");
    if (COUNTRY_BY_WORD.has(foldName(phrase))) return n;
  }
  return 0;
}

/** Splits a run where a word that cannot belong to a name sits; drops leading titles and places. */
function nameCandidates(run: Token[], text: string): Token[][] {
  const pieces: Token[][] = [];
  let piece: Token[] = [];
  for (let i = 0; i < run.length; i++) {
    const t = run[i]!;
    const lower = lowerSameLength(t.text);
    const country = t.type === "cap" ? countryPhraseAt(run, i) : 0;
    // A country or demonym inside a name run breaks it ("Peruvian President X"); a lone given name
    // that happens to be a country ("Chad Smith") is kept when it is followed by a name token.
    const countryBreak =
      country > 0 &&
      (DEMONYM_WORDS.has(foldName(run.slice(i, i + country).map((x) => x.text).join(" "))) ||
        run[i + country - 1]!.possessive ||
        i + country >= run.length ||
        isTitleWord(run[i + country]!) ||
        country > 1);
    // "West African", "Peruvians": a region adjective or a people in the plural is never a name.
    const folded = foldName(t.text);
    const peopleWord = REGIONAL_WORDS.has(folded) || (folded.endsWith("s") && DEMONYM_WORDS.has(folded.slice(0, -1)));
    // "Jan Kowalski", "Sun Yang": a stop word that is also a name, opening a name ("Jan. 5" is a month).
    const next = run[i + 1];
    const homograph =
      NAME_HOMOGRAPHS.has(lower) &&
      piece.length === 0 &&
      text[t.end] !== "." &&
      next !== undefined &&
      next.type === "cap" &&
      !NOT_NAME.has(lowerSameLength(next.text)) &&
      !isTitleWord(next);
    if ((NOT_NAME.has(lower) && !homograph) || isTitleWord(t) || countryBreak || peopleWord) {
      if (piece.length) pieces.push(piece);
      piece = [];
      if (countryBreak) i += country - 1;
      continue;
    }
    piece.push(t);
    if (t.possessive) {
      pieces.push(piece);
      piece = [];
    }
  }
  if (piece.length) pieces.push(piece);
  return pieces
    .map((p) => {
      // Leading particles stay when they open the family name ("van der Berg"); other leading tokens go.
      const firstCap = p.findIndex((t) => t.type === "cap");
      const keepParticles = firstCap > 0 && LEADING_PARTICLES.has(p[0]!.text) && p.slice(0, firstCap).every((t) => t.type === "particle");
      if (!keepParticles) while (p.length && p[0]!.type !== "cap") p.shift();
      while (p.length && p[p.length - 1]!.type !== "cap") p.pop();
      return p;
    })
    .filter((p) => p.length > 0 && !PLACE_NAMES.has(foldName(p.map((t) => t.text).join(" "))));
}

/**
 * Pieces of a run split at office words, each naming an organisation, venue or event ("Vantrell
 * Analytics", "VfR Hollbach", "Ostermark United"): no person, whatever cue follows. Split at
 * office words first so that "Vantrell Analytics Chief Executive Silas Daltry" keeps the person.
 */
function organisationPieces(run: Token[]): Token[][] {
  const pieces: Token[][] = [];
  let piece: Token[] = [];
  for (const t of run) {
    if (isTitleWord(t)) {
      if (piece.length) pieces.push(piece);
      piece = [];
      continue;
    }
    piece.push(t);
    if (t.possessive) {
      pieces.push(piece);
      piece = [];
    }
  }
  if (piece.length) pieces.push(piece);
  return pieces.filter((p) => p.some((t) => ORG_PLACE_WORDS.has(lowerSameLength(t.text))));
}

/**
 * Folded words that name organisations in a text ("quorvel" from "Quorvel Systems", "ostermark"
 * from "FC Ostermark"), so that a lone "Quorvel said" elsewhere is not taken for a surname.
 */
export function organisationWordsIn(text: string): Set<string> {
  const words = new Set<string>();
  for (const cellText of (tableCells(text) ?? [{ start: 0, text }]).map((c) => c.text)) {
    for (const run of nameRuns(cellText, tokenize(cellText))) {
      const pieces = organisationPieces(run);
      if (!pieces.length && run.length && adjacentWords(cellText, run[0]!.start, run[run.length - 1]!.end).some(isOrganisationNeighbour)) {
        pieces.push(run);
      }
      for (const piece of pieces) {
        for (const t of piece) if (!ORG_PLACE_WORDS.has(lowerSameLength(t.text)) && !isTitleWord(t)) words.add(foldName(t.text));
      }
    }
  }
  return words;
}

/** The word right before `start` or right after `end`, joined by spaces only ("FC" in "FC Ostermark", "AG" in "Brisk AG"). */
function adjacentWords(text: string, start: number, end: number): string[] {
  const before = /([\p{L}][\p{L}&.]*)[ \u00a0]+$/u.exec(text.slice(Math.max(0, start - 16), start));
  const after = /^[ \u00a0]+([\p{L}&][\p{L}.]*)/u.exec(text.slice(end, end + 16));
  return [before?.[1], after?.[1]].filter((w): w is string => w !== undefined);
}

/** Whether a capitalised word next to a name makes it an organisation ("FC", "Ltd.", "& Co", "GmbH"). */
function isOrganisationNeighbour(word: string): boolean {
  if (word === "&") return true;
  if (!/^[\p{Lu}&]/u.test(word)) return false;
  return ORG_PLACE_WORDS.has(lowerSameLength(word.replace(/\.$/u, "")));
}

// ---------------------------------------------------------------------------------------------
// Context: titles, countries, organisations, speech

interface TitleInfo {
  title: string;
  office: string | null;
  former: boolean;
  country: string | null;
  organisation: string | null;
}

/** A capitalised phrase just before `end` in `text` ("Peruvian", "Peru's", "U.N.", "Hollbach"). */
function qualifierBefore(text: string, end: number): { country: string | null; organisation: string | null } {
  const m = /((?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{M}'’-]*)(?:\s+(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{M}'’-]*)){0,3})\s+$/u.exec(
    text.slice(Math.max(0, end - 80), end),
  );
  if (!m) return { country: null, organisation: null };
  const phrase = m[1]!.replace(/(?:'s|’s)$/u, "");
  const words = phrase.split(/\s+/);
  // Drop leading words that cannot belong to the qualifier ("Despite", "The", titles).
  while (words.length && (NOT_NAME.has(lowerSameLength(words[0]!)) || TITLE_WORDS.has(lowerSameLength(words[0]!)))) words.shift();
  if (!words.length) return { country: null, organisation: null };
  for (let i = 0; i < words.length; i++) {
    const country = countryOf(words.slice(i).join(" "));
    if (country) {
      // "U.N." and "EU" name organisations, not countries.
      if (country === "United Nations" || country === "European Union") return { country: null, organisation: country };
      return { country, organisation: null };
    }
  }
  if (words.some((w) => TITLE_WORDS.has(lowerSameLength(w)))) return { country: null, organisation: null };
  return { country: null, organisation: words.join(" ") };
}

const BY_VERB = new RegExp(`(?:^|[^\\p{L}])(${Object.keys(TITLES.byVerbs).map(escapeRegex).join("|")})\\s+by\\s+$`, "u");

function titleBefore(text: string, lower: string, start: number, end?: number): TitleInfo | null {
  const windowStart = Math.max(0, start - 120);
  const before = lower.slice(windowStart, start);
  const tail = TAIL_WORD.exec(before)?.[1];
  // "then-president", "ex-minister": a hyphenated qualifier joins the office's last word.
  const couldBeTitle =
    tail !== undefined && (OFFICE_LAST_WORDS.has(tail) || OFFICE_LAST_WORDS.has(tail.slice(tail.lastIndexOf("-") + 1)));
  const m = couldBeTitle ? TITLE_BEFORE.exec(before) : null;
  if (!m) {
    // "The match was refereed by X": the verb names X's office.
    const by = BY_VERB.exec(before);
    const office = by ? TITLES.byVerbs[by[1]!] : undefined;
    if (!by || !office) return null;
    return { title: office, office, former: false, country: null, organisation: null };
  }
  const titleStart = windowStart + m.index + m[0].length - m[1]!.length - m[2]!.length;
  const title = text.slice(titleStart, titleStart + m[1]!.length);
  // "A, the mayor, B, the fire chief": in a list of names each followed by its office, the office
  // before B (set off by commas, after another name) is A's.
  if (end !== undefined && m[2]!.includes(",") && /\p{L}\s*,\s*(?:(?:the|his|her|their|its)\s+)?$/u.test(text.slice(Math.max(0, titleStart - 40), titleStart))) {
    if (TITLE_AFTER.test(lower.slice(end, end + 160))) return null;
  }
  const canon = canonicalOffice(title);
  const q = qualifierBefore(text, titleStart);
  // "Economy and Finance Minister X": one part of a joint office alone would misdescribe it.
  const joined = /([\p{L}-]+)\s+(?:and|&)\s+$/u.exec(lower.slice(Math.max(0, titleStart - 40), titleStart));
  const office = joined && TITLE_WORDS.has(joined[1]!) ? null : (canon?.key ?? null);
  return { title, office, former: canon?.former ?? false, country: q.country, organisation: q.organisation };
}

function titleAfter(text: string, lower: string, end: number): TitleInfo | null {
  const after = lower.slice(end, end + 160);
  let m = TITLE_AFTER.exec(after);
  // ", spokeswoman for the Norland Consumer Safety Authority": a wildcard office phrase stops after
  // the fewest words it can, but the capitalised name it opened runs on.
  let runOn = 0;
  if (m && /\s(?:of|for|at|to)\s/u.test(m[2]!)) {
    const rest = /^(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,4}/u.exec(text.slice(end + m[0].length, end + m[0].length + 80));
    if (rest) runOn = rest[0].length;
  }
  // ", beekeeper Yannis Dorakis": the office belongs to the name that follows it.
  if (m && !runOn && /^\s+\p{Lu}/u.test(text.slice(end + m[0].length, end + m[0].length + 3))) m = null;
  let title: string;
  let titleEnd: number;
  // "X, Quorvel's CEO": the possessive before the office names the organisation or country.
  let owner: string | null = null;
  if (m) {
    const at = end + m[0].length - m[2]!.length;
    title = text.slice(at, at + m[2]!.length + runOn);
    titleEnd = end + m[0].length + runOn;
    if (m[1]) {
      const ownerAt = end + m[0].indexOf(m[1]);
      const written = text.slice(ownerAt, ownerAt + m[1].length);
      if (/^\p{Lu}/u.test(written)) owner = written;
    }
  } else {
    const h = HEADS_AFTER.exec(after);
    if (!h) return null;
    const at = end + h[0].length - h[1]!.length;
    title = `head of ${text.slice(at, at + h[1]!.length)}`;
    titleEnd = end + h[0].length;
  }
  // "Norway's X, Portugal's prime minister, Greta Hollweg, and ...": an office set off by commas
  // between two names introduces the name after it ("Portugal's prime minister, Greta Hollweg"), unless
  // that name carries its own office after it ("A, the mayor, B, the fire chief": offices follow).
  if (m && nameFollowsWithoutOffice(text, lower, titleEnd)) return null;
  const canon = canonicalOffice(title);
  let office = canon?.key ?? null;
  const following = text.slice(titleEnd, titleEnd + 60);
  // ", foreign minister and deputy prime minister": a joint office; either part alone misdescribes it.
  const joined = /^\s+(?:and|&)\s+(?:the\s+|a\s+)?([\p{L}-]+)/u.exec(following);
  if (joined && TITLE_WORDS.has(lowerSameLength(joined[1]!))) office = null;
  // ", secretary of state for Northern Ireland": the complement makes it another office.
  if (office && /^\s+(?:for|of)\s+\S/u.test(following)) {
    const lowTitle = lowerSameLength(title).trim();
    for (const [phrase, changed] of Object.entries(TITLES.complementChanges)) {
      if (lowTitle.endsWith(phrase) && canonicalOffice(phrase)?.key === office) office = changed;
    }
  }
  let country: string | null = null;
  let organisation: string | null = null;
  const of = /^\s+(?:of|for|at)\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{M}'’.-]*\s*){1,4})/u.exec(text.slice(titleEnd, titleEnd + 80));
  const inTitle = /\b(?:of|for)\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{M}'’.-]*\s*){1,4})/u.exec(title);
  const place = (owner ?? of?.[1] ?? inTitle?.[1] ?? "").trim().replace(/[.'’-]+$/u, "");
  if (place) {
    country = countryOf(place);
    if (!country) organisation = place;
  }
  return { title, office, former: canon?.former ?? false, country, organisation };
}

// ", Greta Hollweg," / ", Greta Hollweg and" / ", Greta Hollweg." : a full name closing a list item.
const FOLLOWING_FULL_NAME = /^\s*,\s+(?:\p{Lu}[\p{L}\p{M}'’-]*\.?\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]+(?=\s*(?:[,;.)]|and\s|$))/u;

/** Whether a full name follows `at` after a comma and is not itself followed by an office. */
function nameFollowsWithoutOffice(text: string, lower: string, at: number): boolean {
  const f = FOLLOWING_FULL_NAME.exec(text.slice(at, at + 100));
  if (!f) return false;
  const words = f[0].replace(/^\s*,\s+/u, "").split(/\s+/);
  if (words.some((w) => TITLE_WORDS.has(lowerSameLength(w.replace(/\.$/u, ""))) || NOT_NAME.has(lowerSameLength(w)))) return false;
  if (countryOf(words.join(" ")) || words.some((w) => PLACE_NAMES.has(foldName(w)))) return false;
  return !TITLE_AFTER.test(lower.slice(at + f[0].length, at + f[0].length + 160));
}

/** "X of Pakistan", "X (Iran)". */
function countryAfter(text: string, end: number): string | null {
  const after = text.slice(end, end + 60);
  const of = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})/u.exec(after);
  if (of) {
    const words = of[1]!.replace(/[.'’-]+$/u, "").split(/\s+/);
    for (let n = words.length; n >= 1; n--) {
      const c = countryOf(words.slice(0, n).join(" "));
      if (c) return c;
    }
  }
  const paren = /^\s*\(([^)]{2,40})\)/u.exec(after);
  if (paren) return countryOf(paren[1]!.trim());
  return null;
}

/** A country, not an organisation of countries ("U.N.", "EU"). */
function nationOf(phrase: string): string | null {
  const c = countryOf(phrase);
  return c === "United Nations" || c === "European Union" ? null : c;
}

/**
 * The nationality written directly before a name: a demonym ("Namibian X", "South African X") or
 * a country possessive ("Kenya's X"). Only the words touching the name count, so a club, an event
 * ("the Italian Open winner X") or the place of the event never give a person a country.
 */
function nationalityBefore(text: string, start: number): string | null {
  const m = /((?:\p{Lu}[\p{L}\p{M}.-]*\s+){0,2}\p{Lu}[\p{L}\p{M}.-]*)(['’]s)?\s+$/u.exec(text.slice(Math.max(0, start - 60), start));
  if (!m || /\n/u.test(m[0])) return null;
  const words = m[1]!.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const phrase = words.slice(i).join(" ");
    const c = nationOf(phrase);
    if (!c) continue;
    // A demonym stands alone; a country name only as a possessive ("Kenya's X", not "Kenya X").
    if (m[2] || DEMONYM_WORDS.has(foldName(phrase))) return i === 0 || !isCapitalisedWordBefore(words, i) ? c : null;
  }
  return null;
}

/** Whether the words before index i run on into the country phrase (part of a longer capitalised name). */
function isCapitalisedWordBefore(words: string[], i: number): boolean {
  // "South African" is read whole above; a different capitalised word before the country phrase
  // ("Golden Kenyan ...") makes it part of some other name unless it opens the sentence.
  return i > 0 && !NOT_NAME.has(lowerSameLength(words[i - 1]!));
}

/** "X, the South African who led ...": a demonym alone as the appositive gives X's nationality. */
function nationalityInAppositive(text: string, end: number): string | null {
  const m = /^\s*,\s+(?:the|a)\s+((?:\p{Lu}[\p{L}\p{M}.-]*\s+){0,2}\p{Lu}[\p{L}\p{M}.-]*)\s*(?:,|;|\.|\bwho\b)/u.exec(text.slice(end, end + 80));
  if (!m || !DEMONYM_WORDS.has(foldName(m[1]!))) return null;
  return nationOf(m[1]!);
}

/** Whether the capitalised words at `start` head or continue a list after a place preposition. */
function placeContext(text: string, start: number): boolean {
  let before = text.slice(Math.max(0, start - 160), start);
  // Walk back over "A, B and " list items.
  for (;;) {
    const item = /(?:,\s*|\s+and\s+|\s+or\s+)$/u.exec(before);
    if (!item) break;
    const prev = /(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*)$/u.exec(before.slice(0, item.index));
    if (!prev) break;
    before = before.slice(0, item.index - prev[1]!.length);
  }
  if (PERSON_LEAD.test(before.toLowerCase())) return false;
  return PLACE_LEAD.test(before.toLowerCase());
}
const PERSON_LEAD = new RegExp(`(?:^|[^\\p{L}])(?:${STOPWORDS.personLeads.map((p) => escapeRegex(p).replace(/ /g, "\\s+")).join("|")})\\s+$`, "u");

// ---------------------------------------------------------------------------------------------
// Finding people

/**
 * Whether a sentence is a Title Case heading ("Prime Minister Opens Regional Trade Fair"), where
 * capitals say nothing about names. List items ("- President X (Iran)") are not headings.
 */
export function isTitleCaseHeading(sentence: string): boolean {
  // List items, "Label: value" lines and sentences with end punctuation are not headings; a
  // Markdown heading ("# Teo Is Here: What Alves Brings") is one whatever its punctuation, and so
  // is a headline whose colon follows two or more words ("Teo Is Here: What ...", not "Referee: X").
  const markdown = /^\s*#{1,6}\s/u.test(sentence);
  const label = /^\s*[^:\s]+:/u.test(sentence) || /:\s*\S+(?:\s+\S+)?\s*$/u.test(sentence);
  if (
    !markdown &&
    (tableCells(sentence) ||
      /^\s*(?:[-*•|>]|\d+[.)])\s/u.test(sentence) ||
      /[.!?]["”’)]?$/u.test(sentence.trim()) ||
      (sentence.includes(":") && label))
  )
    return false;
  const words = sentence.match(/[\p{L}][\p{L}'’-]{3,}/gu) ?? [];
  if (words.length < 4) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.8;
}

/** Cells of a table row ("64' | Nico Wessel | VfR Hollbach", with or without outer pipes), or null for other text. */
function tableCells(text: string): { start: number; text: string }[] | null {
  if (!/\s\|\s|^\s*\|/u.test(text)) return null;
  const cells: { start: number; text: string }[] = [];
  let start = 0;
  for (const raw of text.split("|")) {
    if (raw.trim()) cells.push({ start, text: raw });
    start += raw.length + 1;
  }
  return cells;
}

/**
 * Person mentions in one piece of text (a sentence or a line), in text order. A table row is read
 * cell by cell: each cell is its own text, so a title in one cell never names a person in the next.
 */
export function findPeople(text: string): PersonMention[] {
  const cells = tableCells(text);
  if (!cells) return findPeopleInText(text);
  return cells.flatMap((cell) =>
    findPeopleInText(cell.text).map((m) => ({ ...m, start: m.start + cell.start, end: m.end + cell.start })),
  );
}

function findPeopleInText(text: string): PersonMention[] {
  const lower = lowerSameLength(text);
  const mentions: PersonMention[] = [];
  const credits = [...creditSpans(text), ...quotedTitleSpans(text)];
  for (const run of nameRuns(text, tokenize(text))) {
    const organisations = organisationPieces(run);
    for (const piece of nameCandidates(run, text)) {
      const first = piece[0]!;
      const last = piece[piece.length - 1]!;
      const start = first.start;
      const end = last.end;
      const name = text.slice(start, end);
      if (organisations.some((o) => o[0]!.start < end && o[o.length - 1]!.end > start)) continue;
      if (adjacentWords(text, start, end).some(isOrganisationNeighbour)) continue;
      // Bylines and picture credits ("Reuters/John Smith") name journalists, not people of the story;
      // quoted titles ("A Fair Deal For Every Region") name works.
      if (credits.some(([a, b]) => start >= a && end <= b) || text[start - 1] === "/" || text[end] === "/") continue;
      const nameTokens = piece.filter((t) => t.type === "cap").length;
      const before = titleBefore(text, lower, start, end);
      const after = titleAfter(text, lower, end);
      const title = before ?? after;
      const speech = SPEECH_AFTER.test(lower.slice(end, end + 40)) || SPEECH_BEFORE.test(lower.slice(Math.max(0, start - 40), start));
      let cue: PersonCue | null = null;
      if (before) cue = "title";
      else if (after) cue = "appositive";
      // "Jane Roe, mayor of Velmora, said": a name right after a preposition is a place, not who speaks.
      else if (speech && !/(?:^|[^\p{L}])(?:in|at|of|from|near|for|to)\s+$/u.test(lower.slice(Math.max(0, start - 6), start))) cue = "speech";
      else if (speech && SPEECH_BEFORE.test(lower.slice(Math.max(0, start - 40), start))) cue = "speech";
      else if (nameTokens >= 2 && !placeContext(text, start) && !piece.some((t) => COMMON_ENDING.test(lowerSameLength(t.text))))
        cue = "shape";
      if (!cue) continue;
      // One capitalised word after a place preposition or alone is too weak even with "said" when
      // it is a country ("Russia said").
      if (nameTokens === 1 && countryOf(name)) continue;
      const { given, family } = splitName(name);
      const country = title?.country ?? countryAfter(text, end) ?? nationalityBefore(text, start) ?? nationalityInAppositive(text, end);
      mentions.push({
        name,
        given,
        family,
        start,
        end,
        title: title?.title ?? null,
        office: officeInCountry(title?.office ?? null, country),
        former: title?.former ?? false,
        country,
        organisation: title?.organisation ?? null,
        cue,
      });
    }
  }
  return mentions;
}

/**
 * "Quorvel president X" where the source names Quorvel as an organisation ("Quorvel Systems"):
 * the office of that organisation, not of a state, so it never meets a head of state's office.
 */
function organisationOffice(m: PersonMention, namedOrganisations: Set<string>): string | null {
  const changed = m.office ? TITLES.organisationOffices[m.office] : undefined;
  if (!changed || !m.organisation || m.country) return m.office;
  const words = m.organisation.split(/\s+/).map((w) => foldName(w.replace(/(?:'s|’s)$/u, "")));
  const isOrganisation =
    words.some((w) => ORG_PLACE_WORDS.has(w)) || words.every((w) => namedOrganisations.has(w) || ORG_PLACE_WORDS.has(w));
  return isOrganisation ? changed : m.office;
}

/** A lower-case phrase as a regex source that also matches it capitalised ("Analysts at"); the name after it must stay case-sensitive. */
function anyFirstCase(phrase: string): string {
  const first = phrase.charAt(0);
  return `[${first}${first.toUpperCase()}]${phraseSource(phrase).slice(1)}`;
}

/** A capitalised name of one to four words ("Morgan Stanley", "Interpol"). */
const CAP_NAME = "\\p{Lu}[\\p{L}\\p{M}'’.&-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.&-]*){0,3}";
// "analysts at Morgan Stanley", "shares of Goldman Sachs", "agreed to buy Korsholm Grid", "Interpol said its officers",
// "Goldman Sachs and its rivals", "Morgan Stanley shares fell": only an organisation is spoken of so.
const ORGANISATION_SIGNALS: RegExp[] = [
  new RegExp(`(?:^|[^\\p{L}])(?:${STOPWORDS.organisationStaff.map(anyFirstCase).join("|")})\\s+(?:at|of|from|with|in|for)\\s+(?:the\\s+)?(${CAP_NAME})`, "gu"),
  new RegExp(`(?:^|[^\\p{L}])(?:${STOPWORDS.organisationHoldings.map(anyFirstCase).join("|")})\\s+(?:of|in)\\s+(?:the\\s+)?(${CAP_NAME})`, "gu"),
  new RegExp(`(${CAP_NAME})(?:['’]s)?\\s+(?:${STOPWORDS.organisationHoldings.map((w) => phraseSource(w)).join("|")})(?![\\p{L}])`, "gu"),
  new RegExp(`(?:^|[^\\p{L}])(?:${STOPWORDS.organisationObjectLeads.map(anyFirstCase).join("|")})\\s+(?:by\\s+)?(?:(?:the|a|an|its|rival)\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}(${CAP_NAME})`, "gu"),
  new RegExp(`(${CAP_NAME})\\s+(?:(?:said|says|and|reported|announced)\\s+(?:that\\s+)?its|said\\s+in\\s+its)(?![\\p{L}])`, "gu"),
];

/** Folded names a text speaks of as organisations, each as its list of words ("morgan", "stanley"). */
function organisationNamesIn(text: string): string[][] {
  const names: string[][] = [];
  for (const re of ORGANISATION_SIGNALS) {
    for (const m of text.matchAll(re)) {
      const words = m[1]!.split(/\s+/).map((w) => foldName(w.replace(/(?:'s|’s)$/u, "")));
      // Leading function words ("The", "Shares") are no part of the name.
      while (words.length && NOT_NAME.has(words[0]!)) words.shift();
      if (words.length) names.push(words);
    }
  }
  return names;
}

/** Whether a mention's words end an organisation name of the source ("Stanley" / "Morgan Stanley"). */
function namesOrganisation(name: string, organisations: string[][]): boolean {
  const words = foldName(name.replace(/(?:'s|’s)$/u, "")).split(" ");
  return organisations.some((o) => o.length >= words.length && words.every((w, i) => o[o.length - words.length + i] === w));
}

const SURNAME_MODIFIER_NOUNS = new Set(STOPWORDS.surnameModifierNouns.map((w) => w.toLowerCase()));

/**
 * Folded last words of names the source only gives by shape ("Vellmar Lynx") that it also uses as a
 * team or organisation: alone after "the" ("the Lynx turned the ball over"; not "the Tarrow
 * administration") or as a plain modifier before an office and a name ("Lynx coach Paul Ardent";
 * not the possessive "Tarrow's spokesman"). A name with a real cue anywhere stays a person.
 */
function teamNamesIn(
  located: { m: PersonMention; sentence: string }[],
  sentences: { text: string }[],
): Set<string> {
  const cued = new Set<string>();
  const shapeOnly = new Set<string>();
  for (const l of located) {
    const fam = foldName(l.m.family);
    if (l.m.cue !== "shape") cued.add(fam);
    else if (l.m.given.length > 0) shapeOnly.add(fam);
  }
  const candidates = [...shapeOnly].filter((f) => !cued.has(f));
  if (!candidates.length) return new Set();
  const teams = new Set<string>();
  // Modifier before an office: the organisation a titled mention names, written without "'s".
  for (const l of located) {
    const org = l.m.organisation;
    if (!org || !l.m.title || l.m.cue === "shape") continue;
    const written = new RegExp(`${org.split(/\s+/).map(escapeRegex).join("\\s+")}\\s+${escapeRegex(l.m.title)}(?![\\p{L}])`, "iu");
    if (!written.test(l.sentence)) continue;
    const fam = foldName(org.split(/\s+/).pop() ?? "");
    if (candidates.includes(fam)) teams.add(fam);
  }
  // "the W" not followed by another capitalised word, a possessive or a noun a surname modifies.
  for (const { text } of sentences) {
    for (const m of text.matchAll(/(?<![\p{L}\p{M}'’-])[Tt]he\s+(\p{Lu}[\p{L}\p{M}'’-]*)(?![\p{L}\p{M}'’-])(\s*)(\S*)/gu)) {
      const fam = foldName(m[1]!);
      if (!candidates.includes(fam) || teams.has(fam)) continue;
      const next = m[3] ?? "";
      if (m[2] && /^\p{Lu}/u.test(next)) continue;
      const nextWord = next.replace(/[^\p{L}]+$/u, "").toLowerCase();
      if (m[2] && SURNAME_MODIFIER_NOUNS.has(nextWord)) continue;
      teams.add(fam);
    }
  }
  return teams;
}

const SOURCE_CACHE = new WeakMap<Source, SourcePeople>();

/**
 * Every person of a source. Mentions of a surname alone ("Tarrow said", "Holmvik, who took over")
 * resolve to the fullest name given anywhere in the same source; a capitalised word equal to a
 * known person's surname is a mention of that person even without a cue. Cached per source.
 */
export function findPeopleInSource(source: Source): SourcePeople {
  const cached = SOURCE_CACHE.get(source);
  if (cached) return cached;

  interface Located {
    m: PersonMention;
    line: number;
    column: number;
    sentence: string;
  }
  const located: Located[] = [];
  const fromHeadings: Located[] = [];
  const sentences: { line: number; offset: number; text: string }[] = [];
  /** Words the source uses as organisation names: a lone one is never a surname ("Quorvel said"). */
  const organisationWords = new Set<string>();
  /** The same, from organisation names only ("Quorvel Systems"), not from offices' owners. */
  const namedOrganisations = new Set<string>();
  /** Names the source speaks of as organisations ("analysts at Morgan Stanley"). */
  const organisationNames: string[][] = [];
  for (const { text: raw } of source.lines) organisationNames.push(...organisationNamesIn(repairMojibake(raw)));
  for (const { line, text: raw } of source.lines) {
    const text = repairMojibake(raw);
    for (const [offset, sentence] of sentenceSpans(text)) {
      sentences.push({ line, offset, text: sentence });
      const heading = isTitleCaseHeading(sentence);
      for (const w of organisationWordsIn(sentence)) {
        organisationWords.add(w);
        namedOrganisations.add(w);
      }
      for (const m of findPeople(sentence)) {
        (heading ? fromHeadings : located).push({ m, line, column: offset + m.start + 1, sentence });
        for (const w of m.organisation?.split(/\s+/) ?? []) organisationWords.add(foldName(w.replace(/(?:'s|’s)$/u, "")));
      }
    }
  }

  // "Morgan Stanley said" in a source that writes "analysts at Morgan Stanley" is no person, unless
  // an office is written with that name somewhere ("coach X" is a person whatever else is said).
  if (organisationNames.length) {
    const titled = new Set(located.filter((l) => l.m.cue === "title" || l.m.cue === "appositive").map((l) => foldName(l.m.family)));
    const organisational = (l: Located): boolean => !titled.has(foldName(l.m.family)) && namesOrganisation(l.m.name, organisationNames);
    for (const list of [located, fromHeadings]) {
      const kept = list.filter((l) => !organisational(l));
      list.splice(0, list.length, ...kept);
    }
    for (const words of organisationNames) if (!words.some((w) => titled.has(w))) for (const w of words) organisationWords.add(w);
  }

  // "the Vellmar Lynx" with "the Lynx turned the ball over" or "Lynx coach Paul Ardent": a team.
  {
    const teams = teamNamesIn(located, sentences);
    if (teams.size) {
      for (const list of [located, fromHeadings]) {
        const kept = list.filter((l) => !(l.m.cue === "shape" && teams.has(foldName(l.m.family))));
        list.splice(0, list.length, ...kept);
      }
      for (const w of teams) organisationWords.add(w);
    }
  }

  // People with a given name, fullest form first; one per folded full name.
  const people: SourcePerson[] = [];
  const byFull = new Map<string, SourcePerson>();
  const full = located.filter((l) => l.m.given.length > 0).sort((a, b) => b.m.given.length - a.m.given.length);
  for (const l of full) {
    const folded = foldName(l.m.name);
    if (byFull.has(folded)) continue;
    // "Emil Tarrow" after "Emil Pavlovich Tarrow": same family and given names contained.
    const fam = foldName(l.m.family);
    const container = people.find(
      (p) => foldName(p.family) === fam && l.m.given.every((g) => p.given.some((pg) => foldName(pg) === foldName(g))),
    );
    if (container) {
      byFull.set(folded, container);
      continue;
    }
    const person: SourcePerson = { key: folded, full: l.m.name, given: l.m.given, family: l.m.family, mentions: [] };
    people.push(person);
    byFull.set(folded, person);
  }

  /** Surname → person, when exactly one person of the source has it; same for a unique first token (family-first names). */
  const byFamily = new Map<string, SourcePerson | null>();
  const byFirst = new Map<string, SourcePerson | null>();
  for (const p of people) {
    const fam = foldName(p.family);
    byFamily.set(fam, byFamily.has(fam) && byFamily.get(fam) !== p ? null : p);
    const first = p.given[0];
    if (first && p.given.length === 1) {
      const f = foldName(first);
      byFirst.set(f, byFirst.has(f) && byFirst.get(f) !== p ? null : p);
    }
  }
  const resolveFolded = (foldedFull: string, foldedFamily: string): SourcePerson | null =>
    byFull.get(foldedFull) ?? byFamily.get(foldedFamily) ?? (byFamily.has(foldedFamily) ? null : (byFirst.get(foldedFamily) ?? null));

  const mentions: LocatedPersonMention[] = [];
  const covered = new Set<string>();
  // Heading mentions count only when the body names the same person.
  const headingKnown = fromHeadings.filter((l) => resolveFolded(foldName(l.m.name), foldName(l.m.family)) !== null);
  for (const l of [...located, ...headingKnown]) {
    let person = resolveFolded(foldName(l.m.name), foldName(l.m.family));
    if (!person && l.m.given.length === 0 && organisationWords.has(foldName(l.m.name))) continue;
    if (!person) {
      // A surname-only mention nobody else explains is still a person (e.g. "Coach Smith").
      const key = foldName(l.m.name);
      person = { key, full: l.m.name, given: l.m.given, family: l.m.family, mentions: [] };
      people.push(person);
      byFull.set(key, person);
    }
    const mention: LocatedPersonMention = {
      ...l.m,
      office: organisationOffice(l.m, namedOrganisations),
      source: source.id,
      line: l.line,
      column: l.column,
      sentence: l.sentence,
      personKey: person.key,
    };
    person.mentions.push(mention);
    mentions.push(mention);
    covered.add(`${l.line}:${l.column}`);
  }

  // Known surnames written without any cue ("Tarrow and Qiao joined ...").
  const known = new Map<string, SourcePerson>();
  for (const [fam, p] of byFamily) if (p) known.set(fam, p);
  for (const [first, p] of byFirst) if (p && !byFamily.has(first)) known.set(first, p);
  // Family names of several words ("van der Berg"): matched as a whole, in any case of the first letter.
  const knownPhrases = [...known.entries()]
    .filter(([fam]) => fam.includes(" "))
    .map(([, p]) => ({ p, re: new RegExp(`(?<![\\p{L}\\p{M}'’-])${p.family.split(/\s+/).map(escapeRegex).join("\\s+")}(?![\\p{L}\\p{M}])`, "giu") }));
  for (const s of sentences) {
    const phraseTokens: Token[] = [];
    for (const { re } of knownPhrases) {
      for (const m of s.text.matchAll(re)) {
        phraseTokens.push({ text: m[0], start: m.index, end: m.index + m[0].length, type: "cap", possessive: false });
      }
    }
    for (const t of [...tokenize(s.text), ...phraseTokens]) {
      if (t.type !== "cap") continue;
      const p = known.get(foldName(t.text));
      if (!p) continue;
      const column = s.offset + t.start + 1;
      if (covered.has(`${s.line}:${column}`)) continue;
      if (mentions.some((m) => m.line === s.line && column >= m.column && column < m.column + m.name.length)) continue;
      const mention: LocatedPersonMention = {
        name: t.text,
        given: [],
        family: t.text,
        start: t.start,
        end: t.end,
        title: null,
        office: null,
        former: false,
        country: nationalityBefore(s.text, t.start) ?? nationalityInAppositive(s.text, t.end),
        organisation: null,
        cue: "known",
        source: source.id,
        line: s.line,
        column,
        sentence: s.text,
        personKey: p.key,
      };
      p.mentions.push(mention);
      mentions.push(mention);
    }
  }
  mentions.sort((a, b) => a.line - b.line || a.column - b.column);
  for (const p of people) p.mentions.sort((a, b) => a.line - b.line || a.column - b.column);

  const result: SourcePeople = {
    people,
    mentions,
    resolve(name: string): SourcePerson | null {
      const cleaned = name.replace(/(?:'s|’s)$/u, "").trim();
      const { family } = splitName(cleaned);
      return resolveFolded(foldName(cleaned), foldName(family));
    },
  };
  SOURCE_CACHE.set(source, result);
  return result;
}
