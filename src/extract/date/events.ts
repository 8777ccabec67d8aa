// Event words of a sentence, from the vocabulary in data/events.json: which verb or noun a date
// modifies decides what the date is about ("met on Wednesday" is the meeting's day).

import { readFileSync } from "node:fs";
import type { Token } from "./parse.js";

export type ParticipantMode = "people" | "thing" | "countries" | "document" | "party" | "none";

export interface EventKind {
  kind: string;
  label: string;
  participants: ParticipantMode;
  years: boolean;
  /** Can last several days: its opening and closing days are keyed apart from the event's days. */
  phased: boolean;
  /** Mentions (lowercase, as written) that make a claim without naming their document ("signing ceremony"). */
  bare: ReadonlySet<string>;
  /** Party events: without a party the date makes no claim. */
  partyRequired: boolean;
  /** Party events: verbs whose object, in the active voice, is the party ("fined X"). */
  objectVerbs: ReadonlySet<string>;
  /** Party events whose party is a person ("resigned"), not an organisation. */
  partyIsPerson: boolean;
  /** Takes the dates near it but makes no claim. */
  silent: boolean;
}

interface EventEntry {
  label: string;
  words: string[];
  phrases: string[];
  participants: ParticipantMode;
  years?: boolean;
  phased?: boolean;
  ambiguous?: string[];
  /** Words one of which must be in the clause for an ambiguous word to count ("announced" + "deal"). */
  cues?: string[];
  /** Ambiguous words that also count when their paragraph or the headline names one of contextCues. */
  contextWords?: string[];
  contextCues?: string[];
  bare?: string[];
  partyRequired?: boolean;
  objectVerbs?: string[];
  partyIsPerson?: boolean;
  silent?: boolean;
  /** Words that are this event only in the passive voice ("was named"). */
  passiveOnly?: string[];
  /** Words that count only when the clause says what the speakers would do ("said ... they would form"). */
  intentOnly?: string[];
  intentActions?: string[];
}

interface EventVocabulary {
  events: Record<string, EventEntry>;
  carriers: { words: string[]; phrases: string[] };
  things: Record<string, string[]>;
  thingCompounds: string[];
  phases?: Record<string, { verbs: string[]; nouns: string[] }>;
  competitionWins?: { verbs: string[]; winWords: string[]; kinds: string[] };
  documents?: Record<string, string[]>;
  partsOfEvents?: string[];
  continuationVerbs?: string[];
}

const VOCAB = JSON.parse(
  readFileSync(new URL("../../../data/events.json", import.meta.url), "utf8"),
) as EventVocabulary;

export const EVENT_KINDS: ReadonlyMap<string, EventKind> = new Map(
  Object.entries(VOCAB.events).map(([kind, e]) => [
    kind,
    {
      kind,
      label: e.label,
      participants: e.participants,
      years: e.years === true,
      phased: e.phased === true,
      bare: new Set((e.bare ?? []).map((b) => b.toLowerCase())),
      partyRequired: e.partyRequired === true,
      objectVerbs: new Set((e.objectVerbs ?? []).map((w) => w.toLowerCase())),
      partyIsPerson: e.partyIsPerson === true,
      silent: e.silent === true,
    },
  ]),
);

const PHASES = Object.entries(VOCAB.phases ?? {}).map(([phase, p]) => ({
  phase,
  verbs: new Set(p.verbs.map((w) => w.toLowerCase())),
  nouns: new Set(p.nouns.map((w) => w.toLowerCase())),
}));

/**
 * The phase of a multi-day event a date is given for: "the summit opened on Tuesday", "ended a
 * two-day summit on Wednesday", "at the close of the summit on June 4". A phase verb within a few
 * tokens of the event word (or between it and the date), or a phase noun followed by "of" before it.
 */
export function phaseNear(tokens: Token[], mention: { first: number; last: number }, from: number, to: number, dateFirst: number, dateLast: number): string | null {
  // "the summit's three days ended on Wednesday night": a phase verb right before the date is its phase.
  const lead = tokens[dateFirst - 1]?.lower === "on" ? dateFirst - 2 : dateFirst - 1;
  const verbBefore = lead >= from ? tokens[lead]!.lower : "";
  const direct = PHASES.find((p) => p.verbs.has(verbBefore));
  if (direct) return direct.phase;
  const lo = Math.max(from, Math.min(mention.first - 5, dateLast + 1));
  const hi = Math.min(to - 1, Math.max(mention.last + 2, dateFirst - 1));
  for (let i = lo; i <= hi; i++) {
    if (i >= dateFirst && i <= dateLast) continue;
    const t = tokens[i]!;
    for (const p of PHASES) {
      if (p.verbs.has(t.lower) && i >= mention.first - 3) return p.phase;
      if (p.nouns.has(t.lower) && tokens[i + 1]?.lower === "of" && i < mention.first) return p.phase;
    }
  }
  return null;
}

export interface EventMention {
  kind: string;
  /** Token span [first, last]. */
  first: number;
  last: number;
  /** A carrier verb ("held") that took its kind from the event noun before it. */
  carried: boolean;
  words: string;
}

// Words after an ambiguous noun ("final", "game") that show it is used as a noun
// ("the final on Saturday", "a final worth remembering"), unlike "final whistle".
const AFTER_NOUN = new Set([
  "on", "in", "at", "of", "against", "between", "worth", "full", "was", "is", "will", "and", "with", "that",
  "which", "to", "for", "from", "ended", "ends", "finished", "played", "took", "had", "has", "when", "where",
  "after", "before", "but", "as", "by", "were", "are", "itself",
]);
const NOT_BEFORE_NOUN = new Set(["semi", "quarter", "to"]);
// Words before an event noun that make it another occasion of the same kind ("the next match",
// "their previous meeting", "the opening session"): comparing its date with the main event's
// would report a false conflict, so such mentions are left out.
const OTHER_OCCASION = new Set([
  "next", "last", "previous", "prior", "earlier", "later", "upcoming", "following", "first", "second", "third",
  "fourth", "opening", "closing", "return", "preliminary", "preparatory", "another",
  "emergency",
]);

function splitPhrase(phrase: string): string[] {
  return phrase.toLowerCase().split(/\s+/).filter(Boolean);
}

function matchesAt(tokens: Token[], i: number, words: string[]): boolean {
  return words.every((w, k) => tokens[i + k]?.lower === w);
}

interface Entry {
  kind: string | null; // null: a carrier
  words: string[];
  ambiguous: boolean;
  /** For an ambiguous word of an event with cue words: those words. */
  cues: ReadonlySet<string> | null;
  /** Words of the paragraph or headline that also make the ambiguous word count, or null. */
  contextCues: ReadonlySet<string> | null;
  /** Counts only in the passive voice ("was named"). */
  passiveOnly?: boolean;
  /** An ambiguous verb that counts only with a thing as its subject ("the mine collapsed"). */
  needsThing?: boolean;
  /** A speech verb that counts only before a modal and one of these actions ("said ... would form"). */
  intentActions?: string[][];
}

const ENTRIES: Entry[] = (() => {
  const list: Entry[] = [];
  for (const [kind, e] of Object.entries(VOCAB.events)) {
    const ambiguous = new Set(e.ambiguous ?? []);
    const cues = e.cues?.length ? new Set(e.cues.map((c) => c.toLowerCase())) : null;
    const contextWords = new Set((e.contextWords ?? []).map((w) => w.toLowerCase()));
    const contextCues = e.contextCues?.length ? new Set(e.contextCues.map((c) => c.toLowerCase())) : null;
    const passiveOnly = new Set(e.passiveOnly ?? []);
    const intentOnly = new Set(e.intentOnly ?? []);
    const intentActions = (e.intentActions ?? []).map(splitPhrase);
    const thingVerb = (w: string): boolean => e.participants === "thing" && ambiguous.has(w) && !cues;
    for (const p of e.phrases) {
      list.push({ kind, words: splitPhrase(p), ambiguous: false, cues: null, contextCues: null, needsThing: thingVerb(p) });
    }
    for (const w of e.words) {
      const isAmbiguous = ambiguous.has(w);
      list.push({
        kind,
        words: [w.toLowerCase()],
        ambiguous: isAmbiguous,
        cues: isAmbiguous ? cues : null,
        contextCues: isAmbiguous && contextWords.has(w.toLowerCase()) ? contextCues : null,
        passiveOnly: passiveOnly.has(w),
        needsThing: thingVerb(w),
        ...(intentOnly.has(w) ? { intentActions } : {}),
      });
    }
  }
  for (const p of VOCAB.carriers.phrases) list.push({ kind: null, words: splitPhrase(p), ambiguous: false, cues: null, contextCues: null });
  for (const w of VOCAB.carriers.words) list.push({ kind: null, words: [w.toLowerCase()], ambiguous: false, cues: null, contextCues: null });
  // Longest first, so "told a news conference" wins over "conference".
  return list.sort((a, b) => b.words.length - a.words.length);
})();

const THING_WORDS: { thing: string; words: string[] }[] = Object.entries(VOCAB.things)
  .flatMap(([thing, nouns]) => nouns.map((n) => ({ thing, words: splitPhrase(n) })))
  .sort((a, b) => b.words.length - a.words.length);
const THING_COMPOUNDS = new Set(VOCAB.thingCompounds.map((w) => w.toLowerCase()));

/** The thing named right after an event noun's "of" ("the collapse of the bridge"), or null. */
export function thingAfterOf(tokens: Token[], last: number, to: number): string | null {
  if (tokens[last + 1]?.lower !== "of") return null;
  for (let i = last + 2; i < Math.min(to, last + 6); i++) {
    for (const { thing, words } of THING_WORDS) {
      if (matchesAt(tokens, i, words)) return thing;
    }
  }
  return null;
}

/** Nouns of a numbered part of a multi-part event ("stage", "round"). */
export const PART_NOUNS: ReadonlySet<string> = new Set((VOCAB.partsOfEvents ?? []).map((w) => w.toLowerCase()));
/** Verbs that carry an event on to a later part ("the race resumes on Monday"). */
export const CONTINUATION_VERBS: ReadonlySet<string> = new Set((VOCAB.continuationVerbs ?? []).map((w) => w.toLowerCase()));

/** The thing nearest before token `before` within [from, before): "The fire broke out" → "fire". */
export function thingBefore(tokens: Token[], from: number, before: number): string | null {
  for (let i = before - 1; i >= from; i--) {
    for (const { thing, words } of THING_WORDS) {
      if (!matchesAt(tokens, i, words) || i + words.length > before) continue;
      const next = tokens[i + words.length]?.lower;
      if (next && THING_COMPOUNDS.has(next)) continue; // "fire service" is not the fire
      return thing;
    }
  }
  return null;
}

function isWord(t: Token | undefined): boolean {
  return t !== undefined && /^[\p{L}]/u.test(t.text);
}

function ambiguousNounOk(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  const prev = tokens[i - 1]?.lower;
  if (prev && NOT_BEFORE_NOUN.has(prev)) return false;
  if (!next || !isWord(next)) return true;
  return AFTER_NOUN.has(next.lower) || /^\p{Lu}/u.test(next.text);
}

// Forms of "be" (and "get") before a participle that make it passive: "was named", "has been fined".
const BE_FORMS = new Set(["was", "were", "been", "is", "are", "be", "being", "got", "get", "gets"]);

/** Whether the word at token i is a passive participle: a form of "be" before it, an adverb allowed between. */
export function isPassiveAt(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]?.lower ?? "";
  if (BE_FORMS.has(prev)) return true;
  return /ly$/.test(prev) && BE_FORMS.has(tokens[i - 2]?.lower ?? "");
}

const INTENT_MODALS: ReadonlySet<string> = new Set(["would", "will", "'d", "'ll", "plan", "planned", "plans", "intend", "intended"]);
/** Farthest (in tokens) after a speech verb its clause's modal may stand ("said on Tuesday that they would"). */
const INTENT_WINDOW = 9;

/**
 * Whether the clause after a speech verb says what its speakers would do: a modal within a few tokens,
 * then one of the actions within two words ("said on Tuesday they would form", "says it will set up").
 */
function statesIntent(tokens: Token[], after: number, to: number, actions: string[][]): boolean {
  for (let i = after; i < Math.min(to, after + INTENT_WINDOW); i++) {
    if (!INTENT_MODALS.has(tokens[i]!.lower)) continue;
    for (let j = i + 1; j <= i + 3 && j < to; j++) {
      if (actions.some((words) => matchesAt(tokens, j, words))) return true;
    }
  }
  return false;
}

/** Whether an ambiguous word with cue words has one in its clause or context, and states an intent when it must. */
function cuesFit(entry: Entry, tokens: Token[], i: number, from: number, to: number, context: ReadonlySet<string>): boolean {
  const cues = entry.cues;
  if (!cues) return true;
  const contextCues = entry.contextCues;
  const inClause = tokens.slice(from, to).some((t) => cues.has(t.lower));
  if (!inClause && !(contextCues && [...contextCues].some((c) => context.has(c)))) return false;
  return !entry.intentActions || statesIntent(tokens, i + entry.words.length, to, entry.intentActions);
}

/** A "started"/"began" that means something began happening: a thing before it and no verb after. */
function startVerbOk(tokens: Token[], i: number, from: number): boolean {
  const next = tokens[i + 1];
  if (next && (next.lower === "to" || /ing$/.test(next.lower))) return false;
  return thingBefore(tokens, Math.max(from, i - 6), i) !== null;
}

/**
 * Event mentions in tokens [from, to) (one clause). `context`: lowercase words of the sentence's
 * paragraph (and of the headline, for a lead paragraph), for ambiguous words that may take their cue there.
 */
export function findEventMentions(tokens: Token[], from: number, to: number, context: ReadonlySet<string> = new Set()): EventMention[] {
  const mentions: EventMention[] = [];
  const used = new Set<number>();
  const raw: { entry: Entry; i: number }[] = [];
  for (let i = from; i < to; i++) {
    for (const entry of ENTRIES) {
      if (i + entry.words.length > to || !matchesAt(tokens, i, entry.words)) continue;
      if ([...entry.words.keys()].some((k) => used.has(i + k))) continue;
      // A word shared by several events ("announced": a deal or job cuts) goes to the first whose cues fit.
      if (entry.cues && !cuesFit(entry, tokens, i, from, to, context)) continue;
      entry.words.forEach((_, k) => used.add(i + k));
      raw.push({ entry, i });
      break;
    }
  }
  raw.sort((a, b) => a.i - b.i);
  for (const { entry, i } of raw) {
    const last = i + entry.words.length - 1;
    const words = tokens.slice(i, last + 1).map((t) => t.text).join(" ");
    if (entry.kind === null || entry.words[0] === "started" || entry.words[0] === "began") {
      // A carrier takes the kind of the nearest event noun before it: "the session ... held on Wednesday".
      const host = [...mentions].reverse().find((m) => !m.carried && i - m.last <= 12);
      if (host) {
        mentions.push({ kind: host.kind, first: i, last, carried: true, words });
        continue;
      }
      if (entry.kind === null) continue;
    }
    const before = [tokens[i - 1]?.lower, tokens[i - 2]?.lower];
    if (before.some((w) => w !== undefined && OTHER_OCCASION.has(w))) continue;
    if (entry.cues) {
      const cues = entry.cues;
      const contextCues = entry.contextCues;
      const inClause = tokens.slice(from, to).some((t) => cues.has(t.lower));
      if (!inClause && !(contextCues && [...contextCues].some((c) => context.has(c)))) continue;
    } else if (entry.ambiguous || entry.needsThing) {
      // "collapsed", "contained", "started": a thing must be what the verb is about ("the mine collapsed").
      const thingVerb = entry.needsThing || entry.words[0] === "started" || entry.words[0] === "began";
      const ok = thingVerb ? startVerbOk(tokens, i, from) : ambiguousNounOk(tokens, i);
      if (!ok) continue;
    }
    if (entry.passiveOnly && !isPassiveAt(tokens, i)) continue;
    if (entry.intentActions && !statesIntent(tokens, i + entry.words.length, to, entry.intentActions)) continue;
    mentions.push({ kind: entry.kind, first: i, last, carried: false, words });
  }
  return mentions;
}

const WIN_VERBS: ReadonlySet<string> = new Set((VOCAB.competitionWins?.verbs ?? []).map((w) => w.toLowerCase()));
const WIN_WORDS: ReadonlySet<string> = new Set((VOCAB.competitionWins?.winWords ?? []).map((w) => w.toLowerCase()));
const COMPETITION_KINDS = VOCAB.competitionWins?.kinds ?? [];
// A finishing time: hours, minutes and seconds ("2:05:37"), or minutes, seconds and hundredths ("3:29.84").
const FINISHING_TIME = /(?<![\d:.])(?:\d{1,2}:\d{2}:\d{2}|\d{1,2}:\d{2}\.\d{1,2})(?![\d:])/u;

/**
 * The competition a source is about, from the unambiguous words of the competition kinds it uses
 * anywhere ("marathon" → race): the one kind named, the first kind when none is, null when two are.
 */
export function competitionKindOf(sourceText: string): string | null {
  const lower = ` ${sourceText.toLowerCase().replace(/[^\p{L}\p{N}-]+/gu, " ")} `;
  const named = COMPETITION_KINDS.filter((kind) => {
    const e = VOCAB.events[kind];
    if (!e) return false;
    const ambiguous = new Set(e.ambiguous ?? []);
    return [...e.words.filter((w) => !ambiguous.has(w)), ...e.phrases].some((w) => lower.includes(` ${w.toLowerCase()} `));
  });
  if (named.length > 1) return null;
  return named[0] ?? COMPETITION_KINDS[0] ?? null;
}

/**
 * "ran 2:05:37 on Sunday to win", "won in 2:05:37 on Sunday": a win verb in a clause [from, to)
 * that states a finishing time and names no competition itself is the competition's event.
 */
export function competitionWinMentions(tokens: Token[], from: number, to: number, clauseText: string, kind: string | null, existing: EventMention[]): EventMention[] {
  if (!kind || !FINISHING_TIME.test(clauseText)) return [];
  if (existing.some((m) => m.first >= from && m.last < to && COMPETITION_KINDS.includes(m.kind))) return [];
  if (!tokens.slice(from, to).some((t) => WIN_WORDS.has(t.lower))) return [];
  const out: EventMention[] = [];
  for (let i = from; i < to; i++) {
    if (!WIN_VERBS.has(tokens[i]!.lower)) continue;
    out.push({ kind, first: i, last: i, carried: false, words: tokens[i]!.text });
    break;
  }
  return out;
}

const DOCUMENT_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries(VOCAB.documents ?? {}).flatMap(([doc, nouns]) => nouns.map((n): [string, string] => [n.toLowerCase(), doc])),
);
/** Farthest (in tokens) a document may stand from its event word. */
const DOCUMENT_WINDOW = 8;
const RELATIVE_PRONOUNS = new Set(["which", "that"]);
// Words that end the object of the event word: a document after them belongs to another phrase.
const OBJECT_END = new Set(["on", "after", "before", "since", "while", "when", "because", "but", "said", "says"]);

/**
 * The document an event is about ("signed a joint declaration" → "declaration"): the first document
 * noun after the event word in its clause, else the nearest before it in its clause ("The treaty was
 * signed"), else the antecedent of the relative clause the event word opens ("The X Declaration, which
 * the leaders signed on Thursday").
 */
export function documentNear(tokens: Token[], mention: { first: number; last: number }, from: number, to: number): string | null {
  for (let i = mention.last + 1; i < Math.min(to, mention.last + 1 + DOCUMENT_WINDOW); i++) {
    const doc = DOCUMENT_WORDS.get(tokens[i]!.lower);
    if (doc) return doc;
    if (OBJECT_END.has(tokens[i]!.lower) || tokens[i]!.text === ",") break;
  }
  for (let i = mention.first - 1; i >= Math.max(from, mention.first - DOCUMENT_WINDOW); i--) {
    const doc = DOCUMENT_WORDS.get(tokens[i]!.lower);
    if (doc) return doc;
  }
  // A relative clause: "<document>, which/that ... <event word>".
  const pronoun = [from - 1, from, from + 1].find(
    (i) => i >= 0 && i < mention.first && RELATIVE_PRONOUNS.has(tokens[i]?.lower ?? ""),
  );
  if (pronoun === undefined) return null;
  let i = pronoun - 1;
  if (tokens[i]?.text === ",") i--;
  return i >= 0 ? (DOCUMENT_WORDS.get(tokens[i]!.lower) ?? null) : null;
}
