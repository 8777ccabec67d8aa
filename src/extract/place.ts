import { readFileSync } from "node:fs";
import type { Claim, Source } from "../types.js";
import type { ExtractContext } from "./context.js";
import { headedOrganisationNames, organisationInRun, organisationKey } from "./organisation.js";
import { countryOf, findPeople } from "./people.js";
import { splitSentences, type Sentence } from "./sentences.js";

interface CountryEntry {
  name: string;
  iso2: string;
  capital: string | null;
  aliases?: string[];
  cities?: string[];
}

interface PlacesFile {
  placeTypes: Record<string, string>;
  /** Dotted abbreviations that open a proper name ("St. James's Palace", "Mt. Hood"). */
  nameAbbreviations?: string[];
  /** Words right before "in"/"at" that place people after an event, not the event ("remain in", "based in"). */
  notEventPlaceWords?: string[];
  /** How a text says where an organisation is based. */
  headquartersCues?: { participles: string[]; nouns: string[]; orgNouns: string[] };
  venueWords: string[];
  /** Spellings of one venue word in other languages ("Stadion" → "stadium"). */
  venueSynonyms?: Record<string, string>;
  compassWords: string[];
  /** Points given by distance and direction from a named place ("its epicentre was 8 km south-west of X"). */
  referencePoints?: {
    cues: Record<string, string>;
    prepositions: string[];
    fillerWords: string[];
    eventPoints?: Record<string, string>;
    distanceUnits?: string[];
  };
  /** Labels of "Label: place" fact lines → the event the place is of ("@event": the source's main event). */
  factLabels?: Record<string, string>;
  /** Granularities that count as one kind for reference points. */
  settlementTypes?: { types: string[] };
  events: Record<string, string>;
  eventVerbs: Record<string, string>;
  /** Event kinds that spread over an area: placed only where they began. */
  areaEvents?: string[];
  nonEventModifiers: string[];
  /** How a text says where the gathering it is about took place (see data/places.json). */
  gatheringVenue?: {
    kinds: string[];
    nouns: string[];
    hostVerbs: string[];
    welcomeVerbs: string[];
    signVerbs: string[];
    sideModifiers: string[];
    sideOccasions: string[];
    relativeCues: string[];
  };
  /** Journeys whose origin and destination are place claims (see data/places.json). */
  routes?: { nouns: string[]; determiners: string[]; otherJourneyModifiers: string[]; labels: string[] };
  countries: CountryEntry[];
}

const PLACES: PlacesFile = JSON.parse(
  readFileSync(new URL("../../data/places.json", import.meta.url), "utf8"),
) as PlacesFile;

/** Case-, diacritics- and punctuation-insensitive form of a name: "Valmora-Stadion" → "valmora stadion". */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[-‐–—_.]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** What the gazetteer knows about a name. */
export interface GazetteerEntry {
  name: string;
  type: "country" | "city";
  /** Canonical country name (the country itself for a country). */
  country: string;
  capital: boolean;
}

const GAZETTEER = new Map<string, GazetteerEntry>();
for (const c of PLACES.countries) {
  const entry: GazetteerEntry = { name: c.name, type: "country", country: c.name, capital: false };
  for (const n of [c.name, ...(c.aliases ?? [])]) GAZETTEER.set(foldText(n), entry);
}
for (const c of PLACES.countries) {
  const cities = [...(c.capital ? [c.capital] : []), ...(c.cities ?? [])];
  for (const city of cities) {
    const key = foldText(city);
    // A country name wins over a city of the same name (Singapore, Kuwait...).
    if (GAZETTEER.has(key)) continue;
    GAZETTEER.set(key, { name: city, type: "city", country: c.name, capital: city === c.capital });
  }
}

export function lookupPlace(name: string): GazetteerEntry | undefined {
  return GAZETTEER.get(foldText(name.replace(/^the\s+/i, "")));
}

/** The country a capital city stands for ("Lisbon" → "Portugal"), when the gazetteer knows it. */
export function countryOfCapital(name: string): string | null {
  const entry = lookupPlace(name);
  return entry && entry.type === "city" && entry.capital ? entry.country : null;
}

/** Capital of a country as the gazetteer knows it ("Portugal" → "Lisbon"). */
function capitalOf(country: string): string | null {
  const entry = lookupPlace(country);
  if (!entry) return null;
  return PLACES.countries.find((c) => c.name === entry.country)?.capital ?? null;
}

const TYPE_WORDS = new Map(Object.entries(PLACES.placeTypes).map(([w, t]) => [w.toLowerCase(), t]));
const VENUE_WORDS = new Set(PLACES.venueWords.map((w) => w.toLowerCase()));
const VENUE_SYNONYMS = new Map(Object.entries(PLACES.venueSynonyms ?? {}).map(([w, c]) => [w.toLowerCase(), c.toLowerCase()]));
const COMPASS_WORDS = new Set(PLACES.compassWords.map((w) => w.toLowerCase()));

/**
 * Folded core of a place as written, without articles, type and compass words: "the village of Kovrani" →
 * "kovrani". A venue keeps its venue word (in one spelling: "Valmora-Stadion" → "valmora stadium"), since
 * the rest of a venue's name may be an ordinary word ("Market Hall" is not "market").
 */
export function placeCore(written: string): string {
  const words = foldText(written)
    .split(" ")
    .filter((w) => w && w !== "the" && w !== "of" && !TYPE_WORDS.has(w) && !COMPASS_WORDS.has(w))
    .map((w) => VENUE_SYNONYMS.get(w) ?? w);
  const core = words.join(" ").replace(/'s$/, "");
  return core || foldText(written);
}

/** A core without its venue words ("valmora stadium" → "valmora"): two venue names that agree on it name one place. */
export function venueStripped(core: string): string {
  const rest = core.split(" ").filter((w) => !VENUE_WORDS.has(w));
  return rest.length ? rest.join(" ") : core;
}

/** The venue words of a core, in their one spelling ("tarnholm congress centre" → ["centre"]). */
export function venueWordsOf(core: string): string[] {
  return core.split(" ").filter((w) => VENUE_WORDS.has(w));
}

/** Granularity of a place as written: from its type word, a venue word or the gazetteer; null when unknown. */
export function placeTypeOf(written: string): string | null {
  const words = foldText(written).split(" ");
  if (words.some((w) => VENUE_WORDS.has(w))) return "venue";
  for (const w of words) {
    const t = TYPE_WORDS.get(w);
    if (t) return t;
  }
  return lookupPlace(written)?.type ?? null;
}

/** Container of a core place name according to the gazetteer (a city's country). */
export function gazetteerContainer(core: string): string | null {
  const entry = GAZETTEER.get(core);
  return entry && entry.type === "city" ? foldText(entry.country) : null;
}

// --- reading place phrases -------------------------------------------------------------------

const NAME_WORD = String.raw`\p{Lu}(?:[\p{L}\p{M}'’\-]|\.(?=\p{L}))*`;
// "St. James's Palace": a dotted abbreviation may open a name; its dot does not end the name.
const ABBREVIATION_ALT = (PLACES.nameAbbreviations ?? []).map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
const NAME_START = ABBREVIATION_ALT ? String.raw`(?:(?:${ABBREVIATION_ALT})\.\s*(?=\p{Lu}))?` : "";
const NAME = String.raw`${NAME_START}${NAME_WORD}(?:\s+(?:(?:of|de|del|la|al|el)\s+)?${NAME_WORD})*`;
const TYPE_ALT = [...TYPE_WORDS.keys()].sort((a, b) => b.length - a.length).join("|");
const VENUE_ALT = [...VENUE_WORDS].sort((a, b) => b.length - a.length).join("|");
const COMPASS_ALT = [...COMPASS_WORDS].sort((a, b) => b.length - a.length).join("|");

const MONTHS_AND_DAYS = new Set(
  [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ],
);

/** A place phrase read at some offset of a sentence. */
export interface PlacePhrase {
  /** The most specific place as written ("the village of Kovrani", "Valmora Stadium"). */
  place: string;
  /** The place it is said to lie in, as written, or null. */
  container: string | null;
  start: number;
  end: number;
  /** Named as a capital ("the Velorian capital, Brisdale"): a city, whatever the gazetteer knows. */
  capital?: boolean;
}

// Alternatives tried in order at the position right after a locative preposition.
// read: the place, or null when the phrase names no place (stop), or undefined when the pattern does not apply.
const PHRASE_PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => { place: string; container: string | null; capital?: boolean } | null | undefined }[] = [
  {
    // "Veloria's capital of Brisdale", "Portugal's capital, Lisbon"
    re: new RegExp(String.raw`^(${NAME})['’]s\s+capital(?:\s+city)?,?\s+(?:of\s+)?(${NAME})`, "u"),
    read: (m) => ({ place: m[2]!, container: m[1]! }),
  },
  {
    // "the Velorian capital", "the Portuguese town of Brisca": a demonym before a type word names no place by itself.
    re: new RegExp(String.raw`^(?:the\s+)?(${NAME})\s+(${TYPE_ALT})(?![\p{L}\-])(?:\s+city)?(?:(?:,\s+|\s+of\s+)(${NAME}))?`, "u"),
    read: (m) => {
      const adjective = m[1]!;
      const type = m[2]!.toLowerCase();
      // "the Estmark capital": a country name used attributively names the capital of that country, not a place.
      const attributiveCountry = type === "capital" && !/['’]s$/u.test(adjective) && !isDemonymLike(adjective);
      if (!attributiveCountry && (!isDemonymLike(adjective) || (type !== "capital" && !m[3]))) return undefined;
      const country = attributiveCountry ? (lookupPlace(adjective)?.type === "city" ? null : adjective) : countryOfDemonym(adjective);
      if (m[3]) return { place: m[3], container: country, ...(type === "capital" ? { capital: true } : {}) };
      const capital = type === "capital" && country ? capitalOf(country) : null;
      // "in the Velorian capital" with no known capital: the city is not named, so there is no place.
      return capital ? { place: capital, container: country } : null;
    },
  },
  {
    // "the village of Kovrani", "the town of X in the Y district"
    re: new RegExp(String.raw`^(?:[Tt]he\s+)?((?:${TYPE_ALT})\s+of\s+${NAME})(?:,?\s+in\s+(?:the\s+)?(${NAME}(?:\s+(?:${TYPE_ALT}))?))?`, "u"),
    read: (m) => ({ place: m[1]!, container: m[2] ?? null }),
  },
  {
    // "the Kovrani district of southern Veloria", "Kovrani town", "the Valmora Stadium in Castelbrook"
    re: new RegExp(
      String.raw`^(?:the\s+)?(${NAME}(?:\s+(?:${TYPE_ALT}|${VENUE_ALT}))?)(?:(?:,\s+|\s+in\s+|\s+of\s+)(?:the\s+)?((?:(?:${COMPASS_ALT})\s+)?${NAME}(?:\s+(?:${TYPE_ALT}))?))?`,
      "u",
    ),
    read: (m) => ({ place: m[1]!, container: m[2] ?? null }),
  },
];

/** Reads the place phrase that starts at `text` (right after "in"/"at"/"outside"...), or null. */
export function readPlacePhrase(text: string): { place: string; container: string | null; length: number; capital?: boolean } | null {
  for (const { re, read } of PHRASE_PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const got = read(m);
    if (got === undefined) continue;
    if (got === null) return null;
    let { place, container } = got;
    let length = m[0].length;
    place = place.trim();
    if (isStopName(place)) return null;
    if (container !== null) {
      container = container.trim();
      // "in Brisdale, Renk said": a container after a comma must be a known or typed place.
      const viaComma = /^,/.test(m[0].slice(m[0].indexOf(place) + place.length));
      const known = lookupPlace(container.replace(new RegExp(String.raw`^(?:${COMPASS_ALT})\s+`, "iu"), "")) !== undefined;
      // "at the Market Hall in the Velorian capital": the container is a country at most.
      const adjectival = new RegExp(String.raw`^(?:the\s+)?(${NAME})\s+capital$`, "u").exec(container);
      if (adjectival && isDemonymLike(adjectival[1]!)) container = countryOfDemonym(adjectival[1]!);
      // "in the Castavian port city": a proper adjective is no place name; at most it names a known country.
      else if (isDemonymLike(container)) container = countryOfDemonym(container);
      if (container === null || isStopName(container) || (viaComma && !known && placeTypeOf(container) === null)) {
        container = null;
        length = m[0].indexOf(place) + place.length;
      }
    }
    return { place, container, length, ...(got.capital ? { capital: true } : {}) };
  }
  return null;
}

/** The country a demonym names ("Portuguese" → "Portugal"), or null when unknown or not a demonym. */
function countryOfDemonym(word: string): string | null {
  const country = countryOf(word);
  return country && foldText(country) !== foldText(word) ? country : null;
}

/** A proper adjective rather than a place name: a known demonym, or a name with a demonym ending not in the gazetteer. */
function isDemonymLike(word: string): boolean {
  if (/['’]s$/u.test(word) || word.includes(" ")) return false;
  if (countryOfDemonym(word)) return true;
  return !lookupPlace(word) && /(?:ian|ean|ese|ish|ic|ch|an|i)$/u.test(word);
}

function isStopName(name: string): boolean {
  const first = foldText(name).split(" ")[0] ?? "";
  return MONTHS_AND_DAYS.has(first) || /^\d/.test(name);
}

const MODIFIES_EVENT_RE = new RegExp(
  String.raw`^\s*(?:\([^)]{1,12}\)\s*)?(?:${Object.keys(PLACES.events).sort((a, b) => b.length - a.length).join("|")})\b`,
  "iu",
);

const LOCATIVE = /\b(?:in|at|near|outside|inside|on the edge of|at the edge of|on the outskirts of|in the heart of)\s+/giu;

/** Every place phrase after a locative preposition in a sentence. */
export function placePhrases(text: string): PlacePhrase[] {
  const out: PlacePhrase[] = [];
  LOCATIVE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LOCATIVE.exec(text)) !== null) {
    const at = m.index + m[0].length;
    const read = readPlacePhrase(text.slice(at));
    if (!read) continue;
    LOCATIVE.lastIndex = at + read.length;
    // "at the NTC summit", "in the Aldric Cup final": the name qualifies the event, it is not a place.
    if (MODIFIES_EVENT_RE.test(text.slice(at + read.length))) continue;
    if (/^[A-Z]{2,8}$/.test(read.place.replace(/^the\s+/i, "")) && !lookupPlace(read.place)) continue;
    out.push({ place: read.place, container: read.container, start: at, end: at + read.length, ...(read.capital ? { capital: true } : {}) });
  }
  return out;
}

// --- events -------------------------------------------------------------------------------------

const EVENT_ALT = Object.keys(PLACES.events).sort((a, b) => b.length - a.length).join("|");
const EVENT_RE = new RegExp(String.raw`\b(${EVENT_ALT})\b`, "giu");
const START_VERBS = Object.entries(PLACES.eventVerbs)
  .filter(([, kind]) => kind === "start")
  .map(([verb]) => verb);
const START_RE = new RegExp(String.raw`\b(?:${START_VERBS.join("|")})\b`, "iu");
const AREA_EVENTS = new Set(PLACES.areaEvents ?? []);
const NON_EVENT = new Set(PLACES.nonEventModifiers.map((w) => w.toLowerCase()));
// Another occasion than the one reported: "meet in Lisbon next week", "talks last month".
const OTHER_TIME = /\b(?:next|last|previous)\s+(?:week|month|year|time)\b|\b(?:a|one|two|three)\s+(?:weeks?|months?|years?)\s+ago\b/iu;

const FUTURE_RE = /\b(?:will|would|shall|plans?\s+to|planned|is\s+to|are\s+to|scheduled|expected\s+to|due\s+to)\b/iu;

interface EventMention {
  kind: string;
  start: number;
  end: number;
}

function eventMentions(text: string): EventMention[] {
  const out: EventMention[] = [];
  EVENT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EVENT_RE.exec(text)) !== null) {
    const word = m[1]!.toLowerCase();
    const kind = PLACES.events[word];
    if (!kind) continue;
    // A fire or flood touches many places ("the floods hit A", "flooding in B"): only where it
    // started, said with a start verb, is the one place of the event.
    if (AREA_EVENTS.has(kind) && !START_RE.test(text)) continue;
    const before = text.slice(Math.max(0, m.index - 30), m.index).toLowerCase().split(/[^a-z'’]+/).filter(Boolean);
    if (before.slice(-3).some((w) => NON_EVENT.has(w.replace(/['’]s$/, "")))) continue;
    out.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const STAY_WORDS = PLACES.notEventPlaceWords ?? [];
// "injured in the crash remain in St. Aldric's Hospital": where people are now, not where the event was.
const STAY_BEFORE_RE = STAY_WORDS.length
  ? new RegExp(String.raw`\b(?:${STAY_WORDS.join("|")})\s+(?:(?:in|at|near|outside|inside)\s+)$`, "iu")
  : /(?!)/u;

const WINDOW = 80;
// Between an event word and its place: no clause boundary ("summit ..., as recent attacks in Veloria").
const CLAUSE_BREAK = /[,;()]|:\s|\b(?:as|while|when|because|after|before|where|since|although|but|and)\b/iu;

// "met in X, for this weekend's summit": between the place and the gathering it names, only a purpose "for".
const PURPOSE_GAP_RE = /^\s*,?\s*for\s+(?:[\p{L}'’\-]+\s+){0,3}$/u;

/**
 * The gathering a meeting was held for ("leaders met in X for the summit"): the summit is then what
 * took place there, so the place is the summit's. Null when no such purpose phrase follows the place.
 */
function purposeKind(text: string, event: EventMention, phrase: PlacePhrase): string | null {
  if (event.kind !== "meeting" || phrase.start < event.end) return null;
  const purpose = eventMentions(text).find(
    (m) => m.start >= phrase.end && m.kind !== "meeting" && GATHERING_KINDS.has(m.kind) && PURPOSE_GAP_RE.test(text.slice(phrase.end, m.start)),
  );
  return purpose && isTheGathering(text, purpose) ? purpose.kind : null;
}

/** place claims of one source: where an event happened. */
export function extractPlaceClaims(source: Source, _ctx: ExtractContext): Claim<"place">[] {
  const claims: Claim<"place">[] = [];
  const sentences = splitSentences(source);
  const containers = sourceContainers(sentences);
  const gathering = aboutGathering(sentences);
  const seen = new Set<string>();
  for (const sentence of sentences) {
    const text = sentence.text;
    if (gathering) claims.push(...gatheringVerbClaims(sentence, containers));
    const otherTime = OTHER_TIME.exec(text);
    if (otherTime && !gathering) continue;
    const phrases = placePhrases(text).filter((p) => !STAY_BEFORE_RE.test(text.slice(0, p.start)));
    if (!phrases.length) continue;
    // "at the Tarnholm Congress Centre": an event word inside a place's name names no event.
    const named = placePhrases(text);
    for (const event of eventMentions(text).filter((e) => !named.some((p) => e.start >= p.start && e.end <= p.end))) {
      const after = phrases.find(
        (p) => p.start >= event.end && p.start - event.end <= WINDOW && !CLAUSE_BREAK.test(text.slice(event.end, p.start)),
      );
      const before = [...phrases]
        .reverse()
        .find((p) => p.end <= event.start && event.start - p.end <= WINDOW / 2 && !CLAUSE_BREAK.test(text.slice(p.end, event.start)));
      const phrase = after ?? before;
      if (!phrase) continue;
      // Another time only in a later clause ("the meeting at X, a hall opened three years ago") leaves the gathering's venue.
      if (otherTime) {
        const from = Math.max(event.end, phrase.end);
        const laterClause = otherTime.index >= from && text.slice(from, otherTime.index).includes(",");
        if (!laterClause || FUTURE_RE.test(text) || !namesGatheringVenue(text, event, phrase)) continue;
      }
      const core = placeCore(phrase.place);
      const kind = purposeKind(text, event, phrase) ?? event.kind;
      const dedupe = `${kind}|${core}|${sentence.line}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      const container = phrase.container ?? containers.get(core) ?? null;
      const claim = placeClaim(sentence, kind, phrase, container);
      // Plans may be about another occasion than the one reported: such claims only ever agree.
      if (phrase.capital) claim.rule += "+capital";
      if (FUTURE_RE.test(text)) claim.rule += "+future";
      else if (gathering && namesGatheringVenue(text, event, phrase)) {
        claims.push(asGatheringVenue(claim));
        continue;
      }
      claims.push(claim);
    }
  }
  // "hosted the summit at X" is read by the verb and by the event word: one claim.
  const venues = new Set<string>();
  const unique = claims.filter((c) => {
    if (c.key !== GATHERING_VENUE_KEY) return true;
    const id = `${c.value}|${c.evidence.line}`;
    if (venues.has(id)) return false;
    venues.add(id);
    return true;
  });
  return [...unique, ...headquartersClaims(source), ...referencePointClaims(source), ...factLineClaims(source, unique), ...routeClaims(sentences)];
}

function placeClaim(sentence: Sentence, event: string, phrase: PlacePhrase, container: string | null): Claim<"place"> {
  const core = placeCore(phrase.place);
  return {
    kind: "place",
    key: `place|${event}`,
    subject: `place of the ${event}`,
    value: core,
    display: container ? `${phrase.place}, ${container}` : phrase.place,
    evidence: { source: sentence.source, line: sentence.line, column: sentence.column + phrase.start, quote: sentence.text },
    rule: phrase.container ? "place/event+container" : container ? "place/event+source-container" : "place/event",
    data: { place: phrase.place, container, event },
  };
}

/** Containment a source states anywhere ("Brisdale, Veloria", "BRISDALE, Veloria --" datelines): core → container as written. */
function sourceContainers(sentences: Sentence[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const s of sentences) {
    const dateline = /^([A-Z][A-Z .'’-]+[A-Z]),\s+(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)*)\s*(?:\(|--|—|–)/u.exec(s.text);
    if (dateline) map.set(placeCore(dateline[1]!), dateline[2]!);
    for (const p of placePhrases(s.text)) {
      if (p.container && !map.has(placeCore(p.place))) map.set(placeCore(p.place), p.container);
    }
  }
  return map;
}

// --- headquarters ---------------------------------------------------------------------------------

const HQ = PLACES.headquartersCues ?? { participles: [], nouns: [], orgNouns: [] };
const words = (list: string[]): string => [...list].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+")).join("|");
const HQ_PARTICIPLE = words(HQ.participles);
const HQ_NOUN = words(HQ.nouns);
const ORG_NOUN = words(HQ.orgNouns);
const ORG_NAME = String.raw`(${NAME_START}${NAME_WORD}(?:\s+(?:(?:of|for|and|&)\s+)?${NAME_WORD})*)`;
const BE = String.raw`(?:is|was|are|were|remains|remained|has\s+been|had\s+been|has\s+long\s+been)\s+(?:(?:also|now|still|currently|officially|legally)\s+)?`;
// A move or another time: "moved its headquarters to", "was formerly based in", "will be based in".
const HQ_NOT_NOW_RE = /\b(?:formerly|previously|once|originally|until|used\s+to|moved|moving|relocat\w*|will|would|plans?|planned|to\s+be)\b/iu;

// Forms naming the organisation before the cue; the place phrase follows at the end of the match.
const HQ_NAMED_RES: RegExp[] = [
  // "Norrhavn, which is headquartered in", "Norrhavn Robotics is based in", "the company is based in"
  new RegExp(String.raw`(?:^|[,;:—–]\s+|--\s+|\b[Tt]he\s+|(?<=\b\p{Ll}+\s))${ORG_NAME}(?:\s*,?\s+(?:which|that))?\s+${BE}(?:${HQ_PARTICIPLE})\s+in\s+`, "gu"),
  // "Norrhavn has its headquarters in", "Norrhavn, which has its head office in", "Norrhavn's headquarters are in"
  new RegExp(
    String.raw`(?:^|[,;:—–]\s+|--\s+|\b[Tt]he\s+|(?<=\b\p{Ll}+\s))${ORG_NAME}(?:\s*,?\s+(?:which|that))?(?:\s+(?:has|had|keeps|maintains)\s+its|['’]s|,\s+whose)\s+(?:${HQ_NOUN})(?:\s+(?:is|are|was|were|remain|remains|lie|lies))?\s+in\s+`,
    "gu",
  ),
  // "Headquartered in Constanta, Norrhavn ..." handled separately (the name comes after the place).
];
const HQ_POSSESSIVE_ANAPHOR_RE = new RegExp(String.raw`\b(?:[Ii]ts|[Tt]he\s+(?:${ORG_NOUN})['’]s)\s+(?:${HQ_NOUN})\s+in\s+`, "gu");
const HQ_FRONTED_RE = new RegExp(String.raw`^(?:${HQ_PARTICIPLE})\s+in\s+`, "iu");
const BASED_RE = new RegExp(String.raw`\b((?:${NAME_WORD}\s+){0,2}${NAME_WORD})-based\s+`, "gu");
const AFTER_BASED_ORG_RE = new RegExp(String.raw`^(?:(?:[\p{Ll}\-]+)\s+){0,2}?(?:${ORG_NOUN})\b(?:\s+${ORG_NAME})?`, "u");
const AFTER_BASED_NAME_RE = new RegExp(String.raw`^${ORG_NAME}`, "u");
const ORG_ANAPHOR_RE = new RegExp(String.raw`^(?:[Ii]t|[Tt]he\s+(?:${ORG_NOUN}))$`, "u");
const NOT_AN_ORG = new Set(["it", "he", "she", "they", "this", "that", "there"]);

interface HeadquartersRead {
  org: string | null;
  /** Offset of the place phrase. */
  at: number;
  place: string;
  container: string | null;
}

/** An organisation name as written, or null for a person, a pronoun or a place. */
function asOrganisation(name: string, people: { start: number; end: number }[], at: number): string | null {
  const n = organisationInRun(name);
  if (NOT_AN_ORG.has(n.toLowerCase()) || MONTHS_AND_DAYS.has(n.toLowerCase())) return null;
  if (lookupPlace(n)) return null;
  if (people.some((p) => p.start < at + name.length && at < p.end)) return null;
  return n;
}

/** Where organisations of one sentence are said to be based, with the organisation as written (null: "the agency"). */
function headquartersIn(text: string): HeadquartersRead[] {
  const out: HeadquartersRead[] = [];
  const people = findPeople(text);
  const read = (org: string | null, at: number) => {
    const phrase = readPlacePhrase(text.slice(at));
    if (!phrase || HQ_NOT_NOW_RE.test(text.slice(Math.max(0, at - 60), at))) return;
    out.push({ org, at, place: phrase.place, container: phrase.container });
  };
  for (const re of HQ_NAMED_RES) {
    for (const m of text.matchAll(re)) {
      const nameAt = m.index + m[0].indexOf(m[1]!);
      const org = asOrganisation(m[1]!, people, nameAt);
      if (!org) continue;
      // "the company", "It": resolved from the sentences before by the caller.
      read(ORG_ANAPHOR_RE.test(m[1]!) ? null : org, m.index + m[0].length);
    }
  }
  for (const m of text.matchAll(/\b(?:[Ii]t|[Tt]he\s+[\p{Ll}\-]+)(?:\s*,?\s+(?:which|that))?\s+/gu)) {
    const rest = text.slice(m.index + m[0].length);
    const cue = new RegExp(String.raw`^${BE}(?:${HQ_PARTICIPLE})\s+in\s+|^(?:has|had)\s+its\s+(?:${HQ_NOUN})\s+in\s+`, "u").exec(rest);
    if (!cue) continue;
    const noun = m[0].trim().replace(/^[Tt]he\s+/, "").replace(/\s*,?\s+(?:which|that)$/u, "");
    if (!/^[Ii]t$/.test(noun) && !new RegExp(String.raw`^(?:${ORG_NOUN})$`, "u").test(noun)) continue;
    read(null, m.index + m[0].length + cue[0].length);
  }
  // "at its headquarters in Varna", "at the commission's headquarters in Varna".
  for (const m of text.matchAll(HQ_POSSESSIVE_ANAPHOR_RE)) read(null, m.index + m[0].length);
  const fronted = HQ_FRONTED_RE.exec(text);
  if (fronted) {
    const phrase = readPlacePhrase(text.slice(fronted[0].length));
    const after = phrase ? text.slice(fronted[0].length + phrase.length) : "";
    const subject = phrase ? new RegExp(String.raw`^\s*,\s+(?:[Tt]he\s+)?${ORG_NAME}`, "u").exec(after) : null;
    if (phrase && subject) {
      const org = asOrganisation(subject[1]!, people, fronted[0].length + phrase.length + subject[0].indexOf(subject[1]!));
      if (org) out.push({ org, at: fronted[0].length, place: phrase.place, container: phrase.container });
    }
  }
  for (const m of text.matchAll(BASED_RE)) {
    const place = m[1]!.replace(/^(?:The|A|An)\s+/, "");
    if (MONTHS_AND_DAYS.has(place.toLowerCase())) continue;
    const rest = text.slice(m.index + m[0].length);
    const noun = AFTER_BASED_ORG_RE.exec(rest);
    const named = noun ? null : AFTER_BASED_NAME_RE.exec(rest);
    let org: string | null = null;
    if (noun?.[1]) org = asOrganisation(noun[1], people, m.index + m[0].length + noun[0].indexOf(noun[1]));
    else if (named) org = asOrganisation(named[1]!, people, m.index + m[0].length);
    else if (noun) {
      // "Norrhavn, the Constanta-based company," names the organisation before.
      const before = new RegExp(String.raw`${ORG_NAME}\s*,\s+(?:the|a|an)\s+$`, "u").exec(text.slice(0, m.index));
      org = before ? asOrganisation(before[1]!, people, before.index) : null;
    } else continue;
    if (named && !org) continue;
    out.push({ org, at: m.index, place, container: null });
  }
  return out;
}

/** place claims of the headquarters of organisations: "which is headquartered in X", "the X-based agency". */
function headquartersClaims(source: Source): Claim<"place">[] {
  const claims: Claim<"place">[] = [];
  const sentences = splitSentences(source);
  const containers = sourceContainers(sentences);
  let last: { org: string; index: number } | null = null;
  const seen = new Set<string>();
  sentences.forEach((sentence, index) => {
    const named = headedOrganisationNames(sentence.text);
    for (const hq of headquartersIn(sentence.text)) {
      let org = hq.org;
      if (org === null) {
        // "the Geneva-based agency": the organisation named last before, in this sentence or the 3 before.
        const before = named.filter((n) => n.end <= hq.at);
        org = before[before.length - 1]?.name ?? (last && index - last.index <= 3 ? last.org : null);
      }
      if (!org) continue;
      const key = organisationKey(org);
      if (!key) continue;
      const core = placeCore(hq.place);
      if (!lookupPlace(hq.place) && isStopName(hq.place)) continue;
      const container = hq.container ?? containers.get(core) ?? null;
      const dedupe = `${key}|${core}|${sentence.line}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      claims.push({
        kind: "place",
        key: `place|headquarters|${key}`,
        subject: `headquarters of ${org}`,
        value: core,
        display: container ? `${hq.place}, ${container}` : hq.place,
        evidence: { source: sentence.source, line: sentence.line, column: sentence.column + hq.at, quote: sentence.text },
        rule: hq.org === null ? "place/headquarters+anaphor" : "place/headquarters",
        data: { place: hq.place, container, event: "headquarters" },
      });
      last = { org, index };
    }
    const lastNamed = named[named.length - 1];
    if (lastNamed) last = { org: lastNamed.name, index };
  });
  return claims;
}

// --- reference points and fact lines ----------------------------------------------------------------

const REF = PLACES.referencePoints ?? { cues: {}, prepositions: [], fillerWords: [] };
const REF_CUE_RE = new RegExp(String.raw`\b(${words(Object.keys(REF.cues))})\b`, "giu");
const REF_PREP_RE = new RegExp(String.raw`(?:^|\s)(${words(REF.prepositions)})\s+(?=(?:the\s+)?\p{Lu}|the\s+(?:${TYPE_ALT})\s+of\s)`, "gu");
const DISTANCE_DIRECTION_RE = new RegExp(
  String.raw`(?:^|[\s,(])(?:some\s+|about\s+|around\s+|roughly\s+|approximately\s+)?(?:\d+(?:[.,]\d+)?|[a-z]+)\s*(?:${words(REF.distanceUnits ?? [])})\s+(?:\([^)]{1,20}\)\s+)?(?:north|south|east|west)(?:-?(?:north|south|east|west))*(?:ern)?\s+of\s+\p{Lu}`,
  "u",
);
const FILLER = new Set(REF.fillerWords.map((w) => w.toLowerCase()));
const NUMBER_WORD_RE = /^(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+few|several|dozen|half)$/iu;

/** Text between a cue and its reference place: distance, direction, "was", "some" — nothing that starts another clause. */
function isReferenceFiller(text: string): boolean {
  const body = text.replace(/^\s*[:,—–-]?\s*/u, "");
  if (/[,;:.!?]/.test(body.replace(/\d[.,]\d/g, "0"))) return false;
  const tokens = body
    .replace(/[()]/g, " ")
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((t) => (COMPASS_WORDS.has(t.toLowerCase()) ? [t] : t.split(/-(?=[a-z])/iu)));
  if (tokens.length > 12) return false;
  return tokens.every((t) => {
    const w = t.toLowerCase().replace(/^(\d+(?:[.,]\d+)?)(?:km|mi|m)$/u, "$1");
    return FILLER.has(w) || COMPASS_WORDS.has(w) || NUMBER_WORD_RE.test(w) || /^(?:north|south|east|west)(?:-?(?:north|south|east|west))*$/u.test(w);
  });
}

/** place claims of reference points: "its epicentre was 8 km south-west of the town of Dravik" → the reference place. */
function referencePointClaims(source: Source): Claim<"place">[] {
  const claims: Claim<"place">[] = [];
  const seen = new Set<string>();
  for (const sentence of splitSentences(source)) {
    const text = sentence.text;
    const cues: { point: string; after: number }[] = [];
    for (const cue of text.matchAll(REF_CUE_RE)) {
      const point = REF.cues[cue[1]!.toLowerCase()];
      if (point) cues.push({ point, after: cue.index + cue[0].length });
    }
    // "The quake struck at 3:42, 8 km south-west of Dravik": a distance and direction from a place
    // in a sentence about such an event give the same point.
    if (!cues.length) {
      const kinds = new Set(eventMentions(text).map((e) => e.kind));
      const point = [...kinds].map((k) => REF.eventPoints?.[k]).find((p): p is string => Boolean(p));
      const distance = point ? DISTANCE_DIRECTION_RE.exec(text) : null;
      if (point && distance) cues.push({ point, after: distance.index });
    }
    for (const { point, after } of cues) {
      // The first preposition after the cue that opens a name, with only distance and direction between.
      for (const prep of text.slice(after).matchAll(REF_PREP_RE)) {
        const between = text.slice(after, after + prep.index);
        if (!isReferenceFiller(between)) break;
        const at = after + prep.index + prep[0].length;
        const phrase = readPlacePhrase(text.slice(at));
        if (!phrase || MODIFIES_EVENT_RE.test(text.slice(at + phrase.length))) break;
        const core = placeCore(phrase.place);
        const dedupe = `${point}|${core}|${sentence.line}`;
        if (!seen.has(dedupe)) {
          seen.add(dedupe);
          claims.push(
            placeClaim(sentence, point, { place: phrase.place, container: phrase.container, start: at, end: at + phrase.length }, phrase.container),
          );
          claims[claims.length - 1]!.rule = "place/reference-point";
        }
        break;
      }
    }
  }
  return claims;
}

const REFERENCE_POINTS = new Set([...Object.values(REF.cues), ...Object.values(REF.eventPoints ?? {})]);
const SETTLEMENT_TYPES = new Set(PLACES.settlementTypes?.types ?? []);

/**
 * The granularity two places must share to be compared for an event. A reference point (an epicentre)
 * is given from whatever settlement is nearest, so a village, a town and a city are one kind there.
 */
export function comparableType(type: string | null, event: string): string | null {
  if (type !== null && REFERENCE_POINTS.has(event) && SETTLEMENT_TYPES.has(type)) return "settlement";
  return type;
}

const FACT_LABELS = new Map(
  Object.entries(PLACES.factLabels ?? {})
    .filter(([label]) => !label.startsWith("_"))
    .map(([label, event]) => [label.toLowerCase(), event]),
);
const FACT_LINE_RE = new RegExp(String.raw`^(${words([...FACT_LABELS.keys()])})\s*:\s*(?:(?:in|at|near|outside|inside)\s+)?`, "iu");

/** The event a source reports most often (ties: the one named first), for "Venue:" lines. */
function mainEvent(sentences: Sentence[]): string | null {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const e of eventMentions(s.text)) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  let best: string | null = null;
  for (const [kind, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = kind;
  return best;
}

/**
 * place claims of "Label: place" fact lines ("Venue: Market Hall, Brisdale", "Headquarters: Varna").
 * Reference-point labels ("Epicentre:") are read with the reference points; a line whose event the
 * prose of the same source already places is left to the prose.
 */
function factLineClaims(source: Source, prose: Claim<"place">[]): Claim<"place">[] {
  const claims: Claim<"place">[] = [];
  const sentences = splitSentences(source);
  let event: string | null | undefined;
  let gathering: boolean | undefined;
  sentences.forEach((sentence, index) => {
    const m = FACT_LINE_RE.exec(sentence.text);
    if (!m || sentence.column !== 1) return;
    const label = FACT_LABELS.get(m[1]!.toLowerCase().replace(/\s+/g, " "));
    if (!label || REF.cues[m[1]!.toLowerCase()]) return;
    const rest = sentence.text.slice(m[0].length);
    const phrase = readPlacePhrase(rest);
    if (!phrase) return;
    // The whole value must be the place: "Location: Market Hall, Brisdale", not a sentence; in a
    // fact line a name after a comma is the place's container even when the gazetteer does not know it.
    const tail = rest.slice(phrase.length);
    const commaContainer = phrase.container === null ? new RegExp(String.raw`^,\s*(${NAME})\s*$`, "u").exec(tail) : null;
    if (!commaContainer && !/^\s*(?:\([^)]*\))?\s*[.;]?\s*$/u.test(tail)) return;
    const container = phrase.container ?? commaContainer?.[1] ?? null;
    const read: PlacePhrase = { place: phrase.place, container, start: m[0].length, end: m[0].length + phrase.length };
    if (label === "headquarters") {
      const org = lastOrganisationBefore(sentences, index);
      const key = org ? organisationKey(org) : null;
      if (!org || !key) return;
      const claim = placeClaim(sentence, "headquarters", read, container);
      claims.push({ ...claim, key: `place|headquarters|${key}`, subject: `headquarters of ${org}`, rule: "place/fact-line" });
      return;
    }
    if (event === undefined) event = mainEvent(sentences);
    const kind = label === "@event" ? event : label;
    if (!kind || prose.some((c) => (c.key === `place|${kind}` || c.key === GATHERING_VENUE_KEY) && c.evidence.line === sentence.line)) return;
    const claim: Claim<"place"> = { ...placeClaim(sentence, kind, read, container), rule: "place/fact-line" };
    // "Venue: Tarnholm Castle" in a story about a summit: the venue of that gathering.
    if (gathering === undefined) gathering = aboutGathering(sentences);
    claims.push(gathering && GATHERING_KINDS.has(kind) && placeTypeOf(read.place) === "venue" ? asGatheringVenue(claim) : claim);
  });
  return claims;
}

/** The organisation named last in the 5 sentences up to `index`. */
function lastOrganisationBefore(sentences: Sentence[], index: number): string | null {
  for (let i = index - 1; i >= Math.max(0, index - 5); i--) {
    const named = headedOrganisationNames(sentences[i]!.text);
    const last = named[named.length - 1];
    if (last) return last.name;
  }
  return null;
}

// --- routes of a journey ----------------------------------------------------------------------------

const ROUTES = PLACES.routes ?? { nouns: [], determiners: [], otherJourneyModifiers: [], labels: [] };
const OTHER_JOURNEY = new Set(ROUTES.otherJourneyModifiers.map((w) => w.toLowerCase()));
// "its scheduled overnight crossing from X to Y": a definite journey, up to three modifiers, then "from"/"to".
const JOURNEY_RE = ROUTES.nouns.length
  ? new RegExp(String.raw`\b(?:${words(ROUTES.determiners)})\s+((?:[\p{Ll}\d\-]+\s+){0,3}?)(?:${words(ROUTES.nouns)})\s+(from|to)\s+`, "giu")
  : /(?!)/gu;
const ROUTE_LINE_RE = ROUTES.labels.length ? new RegExp(String.raw`^(?:${words(ROUTES.labels)})\s*:\s*`, "iu") : /(?!)/u;
// Plans ("will resume its service to Y") may be of another journey; "scheduled" is not a plan here.
const ROUTE_PLAN_RE = /\b(?:will|would|shall|plans?\s+to|planned\s+to|is\s+to|are\s+to)\b/iu;

/** Reads "X to Y" (or only "Y" when `originFirst` is false) at `text`: the places and where each starts. */
function readRoute(text: string, originFirst: boolean): { origin: PlacePhrase | null; destination: PlacePhrase } | null {
  let origin: PlacePhrase | null = null;
  let at = 0;
  if (originFirst) {
    const o = readPlacePhrase(text);
    if (!o) return null;
    origin = { place: o.place, container: o.container, start: 0, end: o.length };
    const to = /^\s+to\s+/u.exec(text.slice(o.length));
    if (!to) return null;
    at = o.length + to[0].length;
  }
  const d = readPlacePhrase(text.slice(at));
  if (!d) return null;
  return { origin, destination: { place: d.place, container: d.container, start: at, end: at + d.length } };
}

/**
 * Where the journey reported went from and to: "its overnight crossing from X to Y", "the overnight boat
 * to Y", a "Route: X to Y" fact line. A rescue boat, the return flight or a planned service are other journeys.
 */
function routeClaims(sentences: Sentence[]): Claim<"place">[] {
  const claims: Claim<"place">[] = [];
  const push = (sentence: Sentence, offset: number, end: "origin" | "destination", phrase: PlacePhrase, rule: string) => {
    const shifted: PlacePhrase = { ...phrase, start: phrase.start + offset, end: phrase.end + offset };
    const claim = placeClaim(sentence, `route-${end}`, shifted, phrase.container);
    claims.push({ ...claim, subject: `${end} of the journey`, rule });
  };
  for (const sentence of sentences) {
    const text = sentence.text;
    if (OTHER_TIME.test(text)) continue;
    const line = sentence.column === 1 ? ROUTE_LINE_RE.exec(text) : null;
    if (line) {
      const route = readRoute(text.slice(line[0].length), true);
      // The whole value is the route: "Route: X to Y" or "Route: X to Y, overnight".
      if (route && /^\s*(?:$|[,;(.])/u.test(text.slice(line[0].length + route.destination.end))) {
        push(sentence, line[0].length, "origin", route.origin!, "place/route-line");
        push(sentence, line[0].length, "destination", route.destination, "place/route-line");
      }
      continue;
    }
    const planned = ROUTE_PLAN_RE.test(text);
    for (const m of text.matchAll(JOURNEY_RE)) {
      const modifiers = m[1]!.trim().toLowerCase().split(/\s+/u).filter(Boolean);
      if (modifiers.some((w) => OTHER_JOURNEY.has(w))) continue;
      const at = m.index + m[0].length;
      const route = readRoute(text.slice(at), m[2]!.toLowerCase() === "from");
      if (!route) continue;
      const rule = `place/route${planned ? "+future" : ""}`;
      if (route.origin) push(sentence, at, "origin", route.origin, rule);
      push(sentence, at, "destination", route.destination, rule);
    }
  }
  return claims;
}

// --- the venue of the gathering a source is about ---------------------------------------------------

const GV = PLACES.gatheringVenue ?? {
  kinds: [], nouns: [], hostVerbs: [], welcomeVerbs: [], signVerbs: [], sideModifiers: [], sideOccasions: [], relativeCues: [],
};
export const GATHERING_VENUE_KEY = "place|gathering-venue";
const GATHERING_KINDS = new Set(GV.kinds);
/** Event kinds that are gatherings (a summit, a conference), whose place and venue are one. */
export const GATHERING_EVENT_KINDS: ReadonlySet<string> = GATHERING_KINDS;
const GATHERING_NOUNS = new Set(GV.nouns.map((w) => w.toLowerCase()));
const SIDE_MODIFIERS = new Set(GV.sideModifiers.map((w) => w.toLowerCase()));
const wordsRe = (list: string[]): RegExp =>
  list.length ? new RegExp(String.raw`\b(?:${words(list).replace(/-/g, "[-‐ ]")})\b`, "iu") : /(?!)/u;
const SIDE_RE = wordsRe([...GV.sideModifiers, ...GV.sideOccasions]);
const SIDE_OCCASION_AFTER_RE = GV.sideOccasions.length ? new RegExp(String.raw`^\s+(?:${words(GV.sideOccasions)})\b`, "iu") : /(?!)/u;
const NOUN_ALT = words(GV.nouns);
// "ahead of the summit", "on the sidelines of the talks": the occasion is placed relative to the gathering, not the gathering.
const RELATIVE_RE = GV.relativeCues.length && NOUN_ALT
  ? new RegExp(String.raw`\b(?:${words(GV.relativeCues)})\s+(?:(?:the|this|its|their)\s+)?(?:[\p{L}\d'’\-]+\s+){0,3}?(?:${NOUN_ALT})\b`, "iu")
  : /(?!)/u;
const INDEFINITE = new Set(["a", "an", "another", "one", "some", "any"]);
const VERB_RE = new RegExp(
  String.raw`\b(${words([...GV.hostVerbs, ...GV.welcomeVerbs, ...GV.signVerbs]) || "(?!)"})\b`,
  "giu",
);
const WELCOME_VERBS = new Set(GV.welcomeVerbs.map((w) => w.toLowerCase()));
const SIGN_VERBS = new Set(GV.signVerbs.map((w) => w.toLowerCase()));
// Between a verb and the venue: another clause starts ("hosted X, who later flew to Y", "signed it as ...").
const VERB_SPAN_BREAK = /[;:()"“”]|\s[—–-]\s|\b(?:as|while|when|because|after|before|where|since|although|but|which|who|whom|whose|until|ahead)\b/iu;

/** Whether a source reports a gathering above all: its gathering words outnumber the words of any other event. */
function aboutGathering(sentences: Sentence[]): boolean {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const e of eventMentions(s.text)) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  let gathering = 0;
  let other = 0;
  for (const [kind, n] of counts) {
    if (GATHERING_KINDS.has(kind)) gathering += n;
    else other = Math.max(other, n);
  }
  return gathering > 0 && gathering > other;
}

/**
 * Whether an event word names the gathering the source is about, not another, smaller or other-time
 * occasion: "the two-day meeting", "the Tarnholm summit" — not "a side meeting", "the 2019 summit",
 * "the bilateral talks", "the summit dinner", "ahead of the summit".
 */
function isTheGathering(text: string, mention: EventMention): boolean {
  if (!GATHERING_KINDS.has(mention.kind) || !GATHERING_NOUNS.has(text.slice(mention.start, mention.end).toLowerCase())) return false;
  const before = text.slice(0, mention.start).split(/[,;:()"“”—–]/u).pop() ?? "";
  const modifiers = before.trim().split(/\s+/u).filter(Boolean).slice(-4);
  if (modifiers.some((w) => INDEFINITE.has(w.toLowerCase()) || SIDE_MODIFIERS.has(w.toLowerCase()) || /^\d{4}$/.test(w))) return false;
  if (/['’]s$/u.test(modifiers[modifiers.length - 1] ?? "") && /\b(?:year|month|week)['’]s$/iu.test(before.trim())) return false;
  if (SIDE_OCCASION_AFTER_RE.test(text.slice(mention.end))) return false;
  const relative = RELATIVE_RE.exec(text);
  return !(relative && relative.index <= mention.start && mention.end <= relative.index + relative[0].length);
}

/** An event-place claim that gives the venue of the source's gathering: "the two-day meeting at Tarnholm Castle". */
function namesGatheringVenue(text: string, mention: EventMention, phrase: PlacePhrase): boolean {
  if (placeTypeOf(phrase.place) !== "venue" || !isTheGathering(text, mention)) return false;
  const between = phrase.start >= mention.end ? text.slice(mention.end, phrase.start) : text.slice(phrase.end, mention.start);
  return !SIDE_RE.test(between);
}

function asGatheringVenue(claim: Claim<"place">): Claim<"place"> {
  return {
    ...claim,
    key: GATHERING_VENUE_KEY,
    subject: "venue of the gathering",
    rule: `${claim.rule}+gathering-venue`,
    data: { ...claim.data, event: "gathering-venue" },
  };
}

/**
 * Venues the host or the signing ties to the source's gathering: "X hosted A, B and C at Tarnholm Castle",
 * "welcomed the delegations to Tarnholm Castle", "signed the declaration at Tarnholm Castle".
 * Only named venues: a town is already placed by the event words, and recurs across occasions.
 */
function gatheringVerbClaims(sentence: Sentence, containers: Map<string, string>): Claim<"place">[] {
  const text = sentence.text;
  if (OTHER_TIME.test(text) || FUTURE_RE.test(text) || RELATIVE_RE.test(text)) return [];
  const out: Claim<"place">[] = [];
  for (const verb of text.matchAll(VERB_RE)) {
    const word = verb[1]!.toLowerCase();
    const sign = SIGN_VERBS.has(word);
    // "the dinner was hosted at", "a side meeting hosted at": the clause's subject is another occasion.
    const clauseStart = text.slice(0, verb.index).split(/[,;:()"“”—–]/u).pop() ?? "";
    if (SIDE_RE.test(clauseStart)) continue;
    const from = verb.index + verb[0].length;
    const after = text.slice(from, from + (sign ? 140 : 260));
    for (const prep of after.matchAll(/\b(at|in|inside|to)\s+/giu)) {
      const between = after.slice(0, prep.index);
      // A signer's object has no list in it; a host's guests may be a list ("hosted A, B and C at").
      if (VERB_SPAN_BREAK.test(between) || SIDE_RE.test(between) || (sign && between.includes(","))) break;
      if (prep[1]!.toLowerCase() === "to" && !WELCOME_VERBS.has(word)) continue;
      const at = from + prep.index + prep[0].length;
      const read = readPlacePhrase(text.slice(at));
      if (!read) continue;
      if (placeTypeOf(read.place) !== "venue") continue;
      if (MODIFIES_EVENT_RE.test(text.slice(at + read.length))) break;
      const phrase: PlacePhrase = { place: read.place, container: read.container, start: at, end: at + read.length };
      const core = placeCore(read.place);
      const dup = out.some((c) => c.value === core);
      if (!dup) {
        const claim = asGatheringVenue(placeClaim(sentence, "gathering-venue", phrase, read.container ?? containers.get(core) ?? null));
        claim.rule = `place/${sign ? "signing" : "host"}+gathering-venue`;
        out.push(claim);
      }
      break;
    }
  }
  return out;
}
