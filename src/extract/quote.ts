// Direct quotations and who said them.
//
// A quotation is text between “ ” / " " / « » (ingest has already decoded &ldquo; and stripped the
// "> " of Markdown blockquotes). Its speaker comes from the frame around it, tried in this order:
//   after it     "“X,” Tarrow said."  "“X,” said Petros Chatzomeris, the harbour master."  "“X,” she said."
//   before it    "Tarrow said: “X”"  "Qiao called for the leaders to “X”"  "X summed up the mood: “X”"
//   continuation "“X,” Kyrmatou said. “Y.”" → one statement "X. Y" by Kyrmatou
//   blockquote   a paragraph that is only the quotation, after a paragraph in which a person speaks
// Pronouns ("he said") resolve to the last person named as the subject of a sentence in the same or
// the previous paragraph. People come from the shared people finder (src/extract/people.ts).

import { readFileSync } from "node:fs";
import type { Claim, Evidence, Source } from "../types.js";
import type { ExtractContext } from "./context.js";
import { canonicalOffice, findPeople, findPeopleInSource, personKey, type LocatedPersonMention, type SourcePeople } from "./people.js";
import { sentenceSpans } from "./sentences.js";

interface SpeechVerbsFile {
  verbs: string[];
  phrasal: string[];
  nounLike: string[];
  interviewLabels: { question: string[]; answer: string[] };
  interviewCues: { before: string[]; after: string[]; afterObject: string[]; afterMeeting: string[] };
}

interface TitlesFile {
  anonymousOffices: string[];
}
/** Offices often given to people a story does not name ("the official said"): never resolved to a named person. */
const ANONYMOUS_OFFICES = new Set(
  (JSON.parse(readFileSync(new URL("../../data/titles.json", import.meta.url), "utf8")) as TitlesFile).anonymousOffices,
);

const SPEECH = JSON.parse(readFileSync(new URL("../../data/speech-verbs.json", import.meta.url), "utf8")) as SpeechVerbsFile;
const SPEECH_VERBS = new Set(SPEECH.verbs.map((v) => v.toLowerCase()));
const SPEECH_PHRASAL = SPEECH.phrasal.map((p) => p.toLowerCase().split(/\s+/));
/** Verb forms that are also plural nouns ("campaign pledges", "product recalls"). */
const NOUN_LIKE = new Set(SPEECH.nounLike.map((v) => v.toLowerCase()));
const QUESTION_LABELS = new Set(SPEECH.interviewLabels.question.map((l) => l.toLowerCase()));
const ANSWER_LABELS = new Set(SPEECH.interviewLabels.answer.map((l) => l.toLowerCase()));

/** Words after which a noun-like form is a noun: determiners, numbers, quantifiers. */
const NOUN_LEAD = /^(?:the|a|an|its|their|his|her|our|my|your|these|those|some|many|several|few|all|both|other|member|no|any|each|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens)$/u;

/**
 * Quotations of fewer words than this are scare quotes, coined terms or titles (“multipolar”,
 * “bridges of communication”), not statements, and yield no claim.
 */
export const MIN_QUOTE_WORDS = 4;

/** Words that open a fronted adverbial clause ("At a briefing on Wednesday, X said"): the subject follows its comma. */
const FRONTED = new Set([
  "at", "in", "on", "during", "after", "before", "speaking", "asked", "with", "though", "although", "while",
  "when", "as", "following", "despite", "addressing", "writing", "later", "earlier", "meanwhile", "then", "but",
  "and", "also", "still", "yet", "instead", "however", "since", "until", "from", "for", "by", "under", "over",
]);
const SPEAKING_PRONOUNS = new Set(["he", "she"]);
/** Words that continue a clause after a quotation rather than frame it. */
const CLAUSE_LINKS = new Set(["and", "but", "or", "as", "while", "which", "that", "who", "when", "because", "so", "then", "in", "for", "to"]);
/** Pronoun subjects that frame a quote but name nobody we can resolve ("we said", "they said"). */
const OTHER_PRONOUNS = new Set(["they", "we", "i", "you", "it"]);
/** An object pronoun that, in a sentence with a named subject, stands for somebody else. */
const OTHER_REFERENT_RE = /\bhim\b/iu;

/** A speaker as the source names them: fullest written name and folded family-name key. */
export interface Speaker {
  name: string;
  key: string;
}

/** Quote text folded for comparison: quotes, dashes, case, whitespace and punctuation between words. */
export function normaliseQuoteText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[‘’‚‛′`´ʼ]/g, "'")
    .replace(/[“”„‟«»″"]/g, " ")
    .replace(/[‐‑‒–—―−]/g, "-")
    .toLowerCase()
    .replace(/(\d)[.,](\d)/g, "$1\u0000$2")
    .replace(/[^\p{L}\p{M}\p{N}'\-\u0000\s]/gu, " ")
    .replace(/\u0000/g, ".")
    .replace(/(^|\s)['-]+|['-]+(?=\s|$)/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/** Words of a quotation that carry letters or digits. */
export function quoteWords(text: string): string[] {
  return normaliseQuoteText(text).split(" ").filter(Boolean);
}

/** "Building Shared Prosperity – Working Together For ...": a title or theme, not speech. */
function isTitleCase(text: string): boolean {
  const long = text.split(/\s+/).filter((w) => /^[\p{L}]{4,}/u.test(w.replace(/^[^\p{L}]+/u, "")));
  if (long.length < 3) return false;
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w.replace(/^[^\p{L}]+/u, ""))).length;
  return capitalised / long.length >= 0.75;
}

interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  contentStart: number;
  /** Exclusive end of the quoted text (index of the closing mark, or line end when unclosed). */
  contentEnd: number;
  /** Index just after the closing mark. */
  end: number;
}

/** A straight double quote opens a quotation at line start or after space or an opening bracket/dash/colon. */
function opensStraight(text: string, i: number): boolean {
  const prev = i === 0 ? " " : text[i - 1]!;
  return /[\s([{—–\-:/>]/.test(prev);
}

/** Quotation spans of one line, in order. Single quotes are left alone: too often apostrophes or titles. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    let closers: string[] | null = null;
    if (ch === "“") closers = ["”", '"'];
    else if (ch === "„") closers = ["“", "”"];
    else if (ch === "«") closers = ["»"];
    else if (ch === '"' && opensStraight(text, i)) closers = ['"', "”"];
    if (!closers) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && !closers.includes(text[j]!)) j++;
    // Unclosed: the quotation runs on into the next paragraph (news style); take it to the line end.
    const closed = j < text.length;
    spans.push({ open: i, contentStart: i + 1, contentEnd: j, end: closed ? j + 1 : text.length });
    i = closed ? j + 1 : text.length;
  }
  return spans;
}

/**
 * The line with every quotation's words replaced by "Q" (spaces and a final . ! ? kept), so that
 * sentence splitting and frame search never look inside quoted text.
 */
function maskQuotes(text: string, spans: QuoteSpan[]): string {
  // UTF-16 units, so offsets stay those of the line.
  const out = text.split("");
  for (const s of spans) {
    let lastMeaningful = s.contentEnd - 1;
    while (lastMeaningful >= s.contentStart && /\s/.test(out[lastMeaningful]!)) lastMeaningful--;
    for (let k = s.contentStart; k < s.contentEnd; k++) {
      if (/\s/.test(out[k]!)) continue;
      if (k === lastMeaningful && /[.!?]/.test(out[k]!)) continue;
      out[k] = "Q";
    }
  }
  return out.join("");
}

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

function wordsIn(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  const re = /[\p{L}\p{M}\p{N}'’\-\u0080-\u00BF]+/gu;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < to) {
    if (m.index + m[0].length > to) break;
    words.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return words;
}

/**
 * Whether a noun-like form ("states", "pledges") at words[i] is used as a verb: no determiner or
 * number right before it ("five states"), and "that", punctuation, a quotation or the end right
 * after it ("…,” the minister notes.", "X states that …"; not "African states opened").
 */
function nounLikeIsVerb(words: Word[], i: number, text: string): boolean {
  const prev = words[i - 1];
  if (prev && /^\s+$/u.test(text.slice(prev.end, words[i]!.start)) && NOUN_LEAD.test(prev.lower)) return false;
  return /^(?:\s+that\b|\s*[,:;.!?"“”]|\s*$)/u.test(text.slice(words[i]!.end, words[i]!.end + 8));
}

/** The first speech verb among words: [index of its first word, index of its last word]. */
function firstSpeechVerb(words: Word[], text: string): [number, number] | null {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.lower;
    for (const phrase of SPEECH_PHRASAL) {
      if (phrase.every((p, k) => words[i + k]?.lower === p)) return [i, i + phrase.length - 1];
    }
    if (NOUN_LIKE.has(w) && !nounLikeIsVerb(words, i, text)) continue;
    if (SPEECH_VERBS.has(w)) return [i, i];
  }
  return null;
}

export function hasSpeechVerb(text: string): boolean {
  return firstSpeechVerb(wordsIn(text, 0, text.length), text) !== null;
}

/** Someone who can be a speaker in a frame: a person mention or a pronoun. */
interface Candidate {
  start: number;
  end: number;
  speaker: Speaker | null;
  pronoun: "resolvable" | "other" | null;
  /** True when the candidate is a description ("the defender") resolved to the person it describes. */
  described?: boolean;
}

interface LineContext {
  line: number;
  masked: string;
  /** The one person the source described so before (line, column), or null ("the defender", "the 22-year-old"). */
  describedAs: (descriptor: Descriptor, line: number, column: number) => Speaker | null;
  mentions: LocatedPersonMention[];
  /** Full names of the source's people by their source-local key. */
  fullName: (m: LocatedPersonMention) => string;
  /** Whether a resolved name is a bare family name that two people of the source share. */
  ambiguous: (name: string) => boolean;
}

function speakerOf(ctx: LineContext, m: LocatedPersonMention): Speaker | null {
  const name = ctx.fullName(m);
  // "Okafor said" where the source names two Okafors: nobody we can tell.
  if (ctx.ambiguous(name)) return null;
  return { name, key: personKey(name) };
}

/** "Jabarov's lawyer": a possessive name modifies the noun after it and is not who speaks. */
function isPossessiveAt(masked: string, end: number): boolean {
  return /^['’]s?(?![\p{L}])/u.test(masked.slice(end, end + 3));
}

/** What "the defender", "the 22-year-old" or "the 22-year-old defender" says about a person. */
export interface Descriptor {
  /** Canonical office key ("defender"), or null when only an age is given. */
  office: string | null;
  age: number | null;
}

const AGE_WORD = /^(\d{1,3})-year-old$/u;

/** The descriptor the words after "the" form, longest first, with how many words it takes; null when none. */
export function readDescriptor(words: string[]): { descriptor: Descriptor; length: number } | null {
  for (let n = Math.min(words.length, 4); n >= 1; n--) {
    const phrase = words.slice(0, n);
    const ages = phrase.filter((w) => AGE_WORD.test(w));
    if (ages.length > 1 || (ages.length === 1 && phrase[0] !== ages[0])) continue;
    const ageMatch = ages.length ? AGE_WORD.exec(ages[0]!) : null;
    const age = ageMatch ? Number(ageMatch[1]) : null;
    const rest = phrase.filter((w) => !AGE_WORD.test(w));
    if (!rest.length) return age !== null ? { descriptor: { office: null, age }, length: n } : null;
    // Offices are lower case after "the" ("the defender"); "the President" may be a title before a name.
    if (rest.some((w) => /^\p{Lu}/u.test(w))) continue;
    const office = canonicalOffice(rest.join(" "));
    if (office && !office.former) return { descriptor: { office: office.key, age }, length: n };
  }
  return null;
}

/**
 * "the defender said", "said the 22-year-old": a role noun or an age standing for a person. The
 * speaker is the one person the source described so earlier ("defender Rafael Okafor", "Okafor,
 * 22,"); none or several, or an office often given to unnamed people ("the official"), is nobody.
 */
function descriptorCandidates(ctx: LineContext, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  const re = /(?<![\p{L}\p{M}'’-])[Tt]he\s+/gu;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.masked)) !== null && m.index < to) {
    const words = wordsIn(ctx.masked, m.index + m[0].length, to).slice(0, 4);
    // Words must follow one another with plain spaces: "the coach, Okafor" stops at the comma.
    const joined: Word[] = [];
    for (const w of words) {
      const prev = joined[joined.length - 1];
      if (prev && !/^\s+$/u.test(ctx.masked.slice(prev.end, w.start))) break;
      if (!prev && w.start !== m.index + m[0].length) break;
      joined.push(w);
    }
    const read = readDescriptor(joined.map((w) => w.text));
    if (!read) continue;
    const end = joined[read.length - 1]!.end;
    // "the defender Rafael Okafor": the name that follows is the candidate; "the coach's": a possessive.
    if (/^['’]s?(?![\p{L}])/u.test(ctx.masked.slice(end, end + 3))) continue;
    if (ctx.mentions.some((x) => x.column - 1 >= end && /^\s*$/u.test(ctx.masked.slice(end, x.column - 1)))) continue;
    const anonymous = read.descriptor.office !== null && ANONYMOUS_OFFICES.has(read.descriptor.office);
    const speaker = anonymous ? null : ctx.describedAs(read.descriptor, ctx.line, m.index + 1);
    out.push({ start: m.index, end, speaker, pronoun: null, described: speaker !== null });
  }
  return out;
}

function candidatesIn(ctx: LineContext, from: number, to: number): Candidate[] {
  const out: Candidate[] = descriptorCandidates(ctx, from, to);
  for (const m of ctx.mentions) {
    const start = m.column - 1;
    if (start >= from && start + m.name.length <= to && !isPossessiveAt(ctx.masked, start + m.name.length)) {
      out.push({ start, end: start + m.name.length, speaker: speakerOf(ctx, m), pronoun: null });
    }
  }
  for (const w of wordsIn(ctx.masked, from, to)) {
    if (SPEAKING_PRONOUNS.has(w.lower)) out.push({ start: w.start, end: w.end, speaker: null, pronoun: "resolvable" });
    else if (OTHER_PRONOUNS.has(w.lower) && (w.lower !== "i" || w.text === "I")) {
      out.push({ start: w.start, end: w.end, speaker: null, pronoun: "other" });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

interface Frame {
  /** The speaker, or null when the frame names nobody we can resolve ("the mayor said", "they said"). */
  speaker: Speaker | null;
  /** True when the speaker is a pronoun to resolve. */
  pronoun: boolean;
  /** End of the frame text (for the evidence window). */
  end: number;
  how: "after" | "before";
  described: boolean;
}

function frameFromCandidate(c: Candidate | undefined, end: number, how: Frame["how"]): Frame {
  if (!c) return { speaker: null, pronoun: false, end, how, described: false };
  return { speaker: c.speaker, pronoun: c.pronoun === "resolvable", end, how, described: c.described === true };
}

/**
 * "Halvorsen Chief Executive Ana Ruiz said": a name followed by an office and then another person
 * is the organisation the office belongs to, not the speaker; the person after the office speaks.
 */
function dropOfficeOwners(ctx: LineContext, cands: Candidate[]): Candidate[] {
  return cands.filter((c, i) => {
    const next = cands[i + 1];
    if (!next || !next.speaker || c.pronoun) return true;
    const between = ctx.masked.slice(c.end, next.start);
    if (!/^\s+[\p{L}][\p{L}\s.-]*\s+$/u.test(between)) return true;
    return canonicalOffice(between.trim()) === null;
  });
}

/** Longest appositive (in words) between a speaker's name and the speech verb after a quotation. */
const APPOSITIVE_MAX_WORDS = 16;
/** ", head of the National Roads Agency, " / ", the agency's deputy head, ": one comma-bounded phrase. */
const APPOSITIVE = /^\s*,\s*((?:[^,;:!?.“”"«»()]|\.(?!\s))+?)\s*,\s*/u;
/** Appositives that coordinate ("Ruiz, and the mayor, said") name a second speaker: nobody to credit. */
const COORDINATING = new Set(["and", "or", "but", "nor"]);

/**
 * "“X,” Edwin Fennimore, director of the Regional Roads Authority, told reporters.": the name
 * right after the quotation, one comma-bounded appositive, then the speech verb (an adverb may
 * stand before it: "…, later told"). Too long for the few-word window of an ordinary frame.
 */
function appositiveFrame(ctx: LineContext, q: QuoteSpan, segmentEnd: number): Frame | null {
  const words = wordsIn(ctx.masked, q.end, segmentEnd);
  const first = words[0];
  if (!first) return null;
  const person = candidatesIn(ctx, first.start, segmentEnd).find((c) => c.start === first.start);
  if (!person?.speaker) return null;
  const appositive = APPOSITIVE.exec(ctx.masked.slice(person.end, segmentEnd));
  if (!appositive) return null;
  const phrase = wordsIn(appositive[1]!, 0, appositive[1]!.length);
  if (!phrase.length || phrase.length > APPOSITIVE_MAX_WORDS || COORDINATING.has(phrase[0]!.lower)) return null;
  // Another quotation inside is not an appositive.
  if (/Q{2,}/u.test(appositive[1]!)) return null;
  const rest = wordsIn(ctx.masked, person.end + appositive[0].length, segmentEnd);
  const verb = firstSpeechVerb(rest.slice(0, 2), ctx.masked);
  if (!verb || rest[verb[0]]!.lower === "according") return null;
  if (verb[0] === 1 && !/ly$/u.test(rest[0]!.lower) && !["later", "also", "then", "again", "once"].includes(rest[0]!.lower)) return null;
  return frameFromCandidate(person, segmentEnd, "after");
}

/** "“X,” Holmvik said." / "“X,” said captain Ole Brinkmeyer." / "“X,” she said." */
function frameAfter(ctx: LineContext, q: QuoteSpan, segmentEnd: number): Frame | null {
  const between = ctx.masked.slice(q.end, segmentEnd);
  if (!/^[\s,—–-]*\p{L}/u.test(between)) return null;
  const words = wordsIn(ctx.masked, q.end, segmentEnd);
  // "“X,” and said …" continues the sentence's own subject: no frame here.
  if (words[0] && CLAUSE_LINKS.has(words[0].lower)) return null;
  const verb = firstSpeechVerb(words.slice(0, 7), ctx.masked);
  if (!verb) return appositiveFrame(ctx, q, segmentEnd);
  // "“X,” according to broadcaster Y" names the medium, not the speaker.
  if (words[verb[0]]!.lower === "according") return null;
  const verbStart = words[verb[0]]!.start;
  const verbEnd = words[verb[1]]!.end;
  const before = dropOfficeOwners(ctx, candidatesIn(ctx, q.end, verbStart));
  if (before.length) return frameFromCandidate(before[0], segmentEnd, "after");
  // Verb first: the speaker follows within a few words ("said captain Ole Brinkmeyer").
  const after = candidatesIn(ctx, verbEnd, segmentEnd).filter(
    (c) => wordsIn(ctx.masked, verbEnd, c.start).length <= 4,
  );
  return frameFromCandidate(after[0], segmentEnd, "after");
}

/** Start of the clause that holds the subject: after a fronted adverbial ("At a briefing on Wednesday, "). */
function clauseStart(masked: string, sentenceStart: number, limit: number): number {
  const first = wordsIn(masked, sentenceStart, limit)[0];
  if (!first || !FRONTED.has(first.lower)) return sentenceStart;
  const comma = masked.indexOf(",", first.end);
  return comma >= 0 && comma < limit ? comma + 1 : sentenceStart;
}

/** "Tarrow said: “X”", "Qiao called for the leaders to “X”", "X summed up the mood at a briefing: “X”". */
function frameBefore(ctx: LineContext, q: QuoteSpan, sentenceStart: number): Frame | null {
  const start = clauseStart(ctx.masked, sentenceStart, q.open);
  const words = wordsIn(ctx.masked, start, q.open);
  const verb = firstSpeechVerb(words, ctx.masked);
  if (verb) {
    const verbStart = words[verb[0]]!.start;
    const subject = dropOfficeOwners(ctx, candidatesIn(ctx, start, verbStart))[0];
    if (subject) return frameFromCandidate(subject, q.end, "before");
    // "According to X, “...”": the speaker follows the verb.
    const object = candidatesIn(ctx, words[verb[1]]!.end, q.open)[0];
    return frameFromCandidate(object, q.end, "before");
  }
  if (/:\s*$/.test(ctx.masked.slice(start, q.open))) {
    const subject = candidatesIn(ctx, start, q.open).find((c) => c.pronoun !== "other");
    if (subject) return frameFromCandidate(subject, q.end, "before");
  }
  return null;
}

/**
 * "That was spokeswoman Ana Ruiz, who …" right after "“X,” she said.": the sentence exists to say who
 * spoke. Only this copular form counts, with the person within three words (an office may stand
 * before the name); any other next sentence names nobody.
 */
function namedInNextSentence(ctx: LineContext, next: { start: number; end: number } | undefined): Speaker | null {
  if (!next) return null;
  const opening = /^(?:That|This|It)\s+(?:was|is)\s+/u.exec(ctx.masked.slice(next.start, next.end));
  if (!opening) return null;
  const from = next.start + opening[0].length;
  const near = ctx.mentions
    .map((m) => ({ m, start: m.column - 1 }))
    .filter(({ start }) => start >= from && start < next.end && wordsIn(ctx.masked, from, start).length <= 3)
    .sort((a, b) => a.start - b.start);
  // "That was Korsholm spokeswoman Ana Ruiz": the name an office introduces, before any other.
  const person = near.find(({ m }) => m.title !== null) ?? near[0];
  if (!person) return null;
  if (isPossessiveAt(ctx.masked, person.start + person.m.name.length)) return null;
  return speakerOf(ctx, person.m);
}

/** The person a sentence is about: first person named in its main clause. */
function sentenceSubject(ctx: LineContext, start: number, end: number): Speaker | null {
  const from = clauseStart(ctx.masked, start, end);
  const first = candidatesIn(ctx, from, end).find((c) => c.speaker);
  // "Jabarov's lawyer, Hanna Vestergaard, was more guarded": the subject is the possessed noun,
  // which a name may follow in apposition; any other name later in the sentence is not the subject.
  const possessive = ctx.mentions
    .map((m) => ({ start: m.column - 1, end: m.column - 1 + m.name.length }))
    .filter((m) => m.start >= from && m.end <= end && isPossessiveAt(ctx.masked, m.end))
    .sort((a, b) => a.start - b.start)[0];
  if (possessive && (!first || possessive.start < first.start)) {
    const between = first ? ctx.masked.slice(possessive.end, first.start) : "";
    return first && /^['’]s?(?:\s+[\p{Ll}-]+){1,4}\s*,\s*$/u.test(between) ? first.speaker : null;
  }
  return first?.speaker ?? null;
}

interface Statement {
  pieces: string[];
  speaker: Speaker | null;
  rule: string;
  line: number;
  column: number;
  evidenceStart: number;
  evidenceEnd: number;
  lineText: string;
  /** Index of the last quotation of the line in this statement. */
  lastSpan: number;
  /** How the speaker was found ("after" frames may be continued by a following quotation). */
  how: "after" | "before" | "pronoun" | "blockquote" | "none";
}

function joinPieces(pieces: string[]): string {
  let text = "";
  for (const raw of pieces) {
    const piece = raw.trim();
    if (!text) {
      text = piece;
      continue;
    }
    // "…a single life," + "That is …" → "…a single life. That is …"
    if (/^\p{Lu}/u.test(piece)) text = text.replace(/[,;:\s]+$/u, "").replace(/([^.!?…])$/u, "$1.");
    text = `${text} ${piece}`;
  }
  return text;
}

function subjectLine(speaker: Speaker | null, text: string): string {
  const words = text.replace(/\s+/g, " ").trim().split(" ");
  const head = words.slice(0, 8).join(" ") + (words.length > 8 ? " …" : "");
  return `quote by ${speaker?.name ?? "unknown speaker"}: “${head.replace(/[“”"]/g, "")}”`;
}

/** One mention's description of a person: where it is, the offices and the age it states. */
interface Description {
  speaker: Speaker;
  line: number;
  column: number;
  offices: string[];
  age: number | null;
}

/** Offices and ages the source states with each mention ("defender Rafael Okafor", "Okafor, 22,", "the 22-year-old Okafor"). */
function describePeople(source: Source, mentions: LocatedPersonMention[], fullName: (m: LocatedPersonMention) => string): Description[] {
  const textByLine = new Map(source.lines.map((l) => [l.line, l.text]));
  const out: Description[] = [];
  for (const m of mentions) {
    const text = textByLine.get(m.line) ?? "";
    const start = m.column - 1;
    const end = start + m.name.length;
    const after = /^,\s*(\d{1,3})\s*,|^\s*\((\d{1,3})\)/u.exec(text.slice(end, end + 8));
    const before = /(?:^|[^\p{L}\p{N}-])(\d{1,3})-year-old\s+(?:[\p{Ll}-]+\s+){0,3}$/u.exec(text.slice(Math.max(0, start - 60), start));
    const ageText = after?.[1] ?? after?.[2] ?? before?.[1];
    // The office, and the office the title names as written: "German Chancellor X" (head of
    // government) is also "the chancellor".
    const written = m.title ? canonicalOffice(m.title)?.key : undefined;
    const offices = m.office && !m.former ? [...new Set([m.office, written ?? m.office])] : [];
    if (!offices.length && ageText === undefined) continue;
    const name = fullName(m);
    out.push({ speaker: { name, key: personKey(name) }, line: m.line, column: m.column, offices, age: ageText === undefined ? null : Number(ageText) });
  }
  return out;
}

/** Whether an office stated for a person fits a descriptor's office ("foreign minister" is "the minister"; "vice president" is not "the president"). */
function officeFits(stated: string, wanted: string): boolean {
  return stated === wanted || (stated.endsWith(` ${wanted}`) && !/^(?:vice|deputy|assistant)\b/u.test(stated));
}

/** The one person described before (line, column) as the descriptor says, or null when none or several. */
function describedBefore(descriptions: Description[], d: Descriptor, line: number, column: number): Speaker | null {
  const byPerson = new Map<string, { speaker: Speaker; offices: Set<string>; ages: Set<number> }>();
  for (const x of descriptions) {
    if (x.line > line || (x.line === line && x.column >= column)) continue;
    const entry = byPerson.get(x.speaker.name) ?? { speaker: x.speaker, offices: new Set<string>(), ages: new Set<number>() };
    for (const o of x.offices) entry.offices.add(o);
    if (x.age !== null) entry.ages.add(x.age);
    byPerson.set(x.speaker.name, entry);
  }
  const fits = [...byPerson.values()].filter(
    (p) => (d.office === null || [...p.offices].some((o) => officeFits(o, d.office ?? ""))) && (d.age === null || p.ages.has(d.age)),
  );
  return fits.length === 1 ? fits[0]!.speaker : null;
}

// ---------------------------------------------------------------------------------------------
// Interview transcripts

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function phraseRegex(phrases: string[]): string {
  return phrases.map((p) => p.split(/\s+/).map(escapeRegex).join("\\s+")).join("|");
}
/** "An interview with coach Rafael Okafor": the cue, then at most three lower-case words, then the name. */
const INTERVIEW_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${phraseRegex(SPEECH.interviewCues.before)})\\s+(?:[\\p{Ll}\\d][\\p{Ll}\\d-]*\\s+){0,3}$`, "u");
/** "Okafor answered our questions", "Okafor, 22, answered readers' questions", "Okafor sat down with us". */
const INTERVIEW_AFTER = new RegExp(
  `^(?:\\s*,[^,.;]{1,60},)?\\s+(?:(?:${phraseRegex(SPEECH.interviewCues.after)})\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:${phraseRegex(SPEECH.interviewCues.afterObject)})|(?:${phraseRegex(SPEECH.interviewCues.afterMeeting)}))(?![\\p{L}])`,
  "u",
);
/** "Q: …", "**A:** …", "Q. …", "Interviewer: …", "Rafael Okafor: …" (markup and list marks allowed before). */
const LABEL = /^(\s*(?:[-*•>]\s+)?(?:\*\*|__)?)(\p{Lu}[\p{L}\p{M}.'’ -]{0,40}?)(\s*(?:(?:\*\*|__)\s*:|:\s*(?:\*\*|__)?|\.\s*(?:\*\*|__)?(?=\s)))\s*(?=\S)/u;

interface TranscriptLine {
  /** Who speaks the line: the interviewee or a labelled person; null for the interviewer or an interviewee nobody names. */
  speaker: Speaker | null;
  /** Offset in the line where the spoken words begin. */
  contentStart: number;
  /** True when the label is the speaker's name ("Okafor: …"), false for "A: …". */
  byName: boolean;
}

/** The one person the source says it interviews ("An interview with coach X", "X answered our questions"), or null. */
function intervieweeOf(source: Source, people: SourcePeople, isLabel: (line: number) => boolean): Speaker | null {
  const texts = [
    ...(source.title ? [source.title] : []),
    ...source.lines.filter((l) => !isLabel(l.line)).map((l) => l.text),
  ];
  const found = new Map<string, Speaker>();
  for (const text of texts) {
    for (const m of findPeople(text)) {
      if (!INTERVIEW_BEFORE.test(text.slice(0, m.start)) && !INTERVIEW_AFTER.test(text.slice(m.end, m.end + 80))) continue;
      const person = people.resolve(m.name);
      const name = person?.full ?? (m.given.length ? m.name : null);
      // By full name: brothers share a family name but are two interviewees.
      if (name) found.set(name, { name, key: personKey(name) });
    }
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}

/**
 * Labelled lines of an interview transcript, by line number. A source is a transcript when it has
 * Q/A-style labels ("Q:", "A:", "Interviewer:"), or when it names its interviewee and labels lines
 * with that person's name ("Okafor: …"). "A:" lines are the interviewee's; "Name:" lines the named
 * person's (when the source names that person); questions speak for nobody. No known speaker: no claim.
 */
function readTranscript(source: Source, people: SourcePeople): Map<number, TranscriptLine> {
  interface Label {
    line: number;
    kind: "question" | "answer" | "person";
    person: Speaker | null;
    contentStart: number;
  }
  const labels: Label[] = [];
  for (const { line, text } of source.lines) {
    const m = LABEL.exec(text);
    if (!m) continue;
    const label = m[2]!.trim().replace(/[.]$/u, "");
    const lower = label.toLowerCase();
    const dotOnly = !m[3]!.includes(":");
    const contentStart = m[0].length;
    if (QUESTION_LABELS.has(lower) && (!dotOnly || lower === "q")) labels.push({ line, kind: "question", person: null, contentStart });
    else if (ANSWER_LABELS.has(lower) && (!dotOnly || lower === "a")) labels.push({ line, kind: "answer", person: null, contentStart });
    else if (!dotOnly && label.split(/\s+/).length <= 4 && label.split(/\s+/).every((w) => /^\p{Lu}/u.test(w))) {
      const person = people.resolve(label);
      if (person) labels.push({ line, kind: "person", person: { name: person.full, key: personKey(person.full) }, contentStart });
    }
  }
  const result = new Map<number, TranscriptLine>();
  if (!labels.length) return result;
  const labelled = new Set(labels.map((l) => l.line));
  const interviewee = intervieweeOf(source, people, (line) => labelled.has(line));
  const qa = labels.some((l) => l.kind !== "person");
  const namesInterviewee = interviewee !== null && labels.some((l) => l.kind === "person" && l.person?.key === interviewee.key);
  if (!qa && !namesInterviewee) return result;
  for (const l of labels) {
    const speaker = l.kind === "answer" ? interviewee : l.kind === "person" ? l.person : null;
    result.set(l.line, { speaker, contentStart: l.contentStart, byName: l.kind === "person" });
  }
  return result;
}

/**
 * Claims of one answer: each sentence long enough to be a statement, and the whole answer when it
 * has several, so that another source quoting one sentence or the whole answer meets it.
 */
function answerClaims(sourceId: string, line: number, text: string, labelled: TranscriptLine, speaker: Speaker): Claim<"quote">[] {
  const contentStart = labelled.contentStart;
  const content = text.slice(contentStart);
  const pieces: { offset: number; text: string }[] = [];
  /** False once a sentence was cut to its quotation or left out: the answer is then not whole. */
  let whole = true;
  for (const [offset, sentence] of sentenceSpans(content)) {
    const spans = findQuoteSpans(sentence);
    const wrapped = spans.length === 1 && spans[0]!.open === 0 && spans[0]!.end >= sentence.trimEnd().length - 1;
    if (!spans.length || wrapped) {
      pieces.push({ offset, text: sentence });
      continue;
    }
    // A quotation inside an answer is the interviewee's own words only when they frame it
    // themselves ("as I told reporters, “…”"); otherwise they may be quoting someone else.
    whole = false;
    const frame = sentence.slice(0, spans[0]!.open);
    if (!/(?:^|[^\p{L}])(?:I|[Ww]e)\s/u.test(frame) || !hasSpeechVerb(frame)) continue;
    for (const q of spans) pieces.push({ offset: offset + q.contentStart, text: sentence.slice(q.contentStart, q.contentEnd) });
  }
  const statements = pieces.filter((p) => quoteWords(p.text).length >= MIN_QUOTE_WORDS);
  if (whole && statements.length > 1) {
    statements.push({ offset: statements[0]!.offset, text: statements.map((p) => p.text.replace(/^[\s“"«]+|[\s”"»]+$/gu, "")).join(" ") });
  }
  const claims: Claim<"quote">[] = [];
  for (const st of statements) {
    // Words only: markup and quotation marks around an answer are not part of it.
    const display = st.text.replace(/(?:\*\*|__)/gu, "").replace(/^[\s“"«]+|[\s”"»]+$/gu, "");
    if (isTitleCase(display)) continue;
    claims.push({
      kind: "quote",
      key: `quote|${speaker.key}`,
      subject: subjectLine(speaker, display),
      value: normaliseQuoteText(display),
      display,
      evidence: { source: sourceId, line, column: contentStart + st.offset + 1, quote: st.text.slice(0, 600) },
      rule: labelled.byName ? "quote/transcript-label" : "quote/interview-answer",
      data: { speaker: speaker.name, text: display },
    });
  }
  return claims;
}

/** quote claims of one source. */
export function extractQuoteClaims(source: Source, _ctx: ExtractContext): Claim<"quote">[] {
  const people = findPeopleInSource(source);
  const byKey = new Map(people.people.map((p) => [p.key, p.full]));
  const fullName = (m: LocatedPersonMention): string => byKey.get(m.personKey) ?? m.name;
  const familyCount = new Map<string, number>();
  for (const p of people.people) {
    if (p.given.length > 0) familyCount.set(personKey(p.full), (familyCount.get(personKey(p.full)) ?? 0) + 1);
  }
  const fullNames = new Set(people.people.filter((p) => p.given.length > 0).map((p) => p.full));
  const ambiguous = (name: string): boolean => !fullNames.has(name) && (familyCount.get(personKey(name)) ?? 0) > 1;
  const mentionsByLine = new Map<number, LocatedPersonMention[]>();
  for (const m of people.mentions) {
    const list = mentionsByLine.get(m.line);
    if (list) list.push(m);
    else mentionsByLine.set(m.line, [m]);
  }
  const descriptions = describePeople(source, people.mentions, fullName);
  const describedAs = (d: Descriptor, line: number, column: number): Speaker | null => {
    const found = describedBefore(descriptions, d, line, column);
    return found && !ambiguous(found.name) ? found : null;
  };
  const transcript = readTranscript(source, people);

  const claims: Claim<"quote">[] = [];
  let paragraph = -1;
  /** The person "he"/"she" refers to, and the paragraph where they were named; null speaker = unknown. */
  let current: { speaker: Speaker | null; paragraph: number } | null = null;
  let previousParagraphSpeaks = false;

  for (const { line, text } of source.lines) {
    if (!text.trim()) continue;
    // Headings are not paragraphs: "## Captain's words" neither speaks nor names a subject.
    if (/^\s*#{1,6}\s/.test(text)) continue;
    paragraph++;
    // Q/A transcripts: answers are the interviewee's words, questions nobody's quotes.
    const labelled = transcript.get(line);
    if (labelled) {
      if (labelled.speaker) claims.push(...answerClaims(source.id, line, text, labelled, labelled.speaker));
      if (labelled.speaker) current = { speaker: labelled.speaker, paragraph };
      previousParagraphSpeaks = false;
      continue;
    }
    const spans = findQuoteSpans(text);
    const masked = maskQuotes(text, spans);
    const ctx: LineContext = {
      line,
      describedAs,
      masked,
      mentions: (mentionsByLine.get(line) ?? []).filter(
        (m) => !spans.some((s) => m.column - 1 >= s.contentStart && m.column - 1 < s.contentEnd),
      ),
      fullName,
      ambiguous,
    };
    const sentences = sentenceSpans(masked).map(([start, piece]) => ({ start, end: start + piece.length }));
    const sentenceAt = (pos: number): number => {
      const k = sentences.findIndex((s) => pos >= s.start && pos < s.end);
      return k >= 0 ? k : sentences.length - 1;
    };
    // Who "he"/"she" is: walk the paragraph's sentences in order. A sentence whose speaker or subject
    // is a person sets it; one where somebody we cannot name speaks blocks it (null).
    let applied = 0;
    const speakerBySentence = new Map<number, Speaker>();
    const advanceTo = (k: number): void => {
      for (; applied < k && applied < sentences.length; applied++) {
        const s = sentences[applied]!;
        const speaker = speakerBySentence.get(applied) ?? sentenceSubject(ctx, s.start, s.end);
        // "Hollis has wanted him since May": "him" is another man than the subject, so a later "he" may be
        // either of them. Not after a speech verb ("Hollis said the club told him"), where it is often the subject.
        const piece = masked.slice(s.start, s.end).replace(/Q+/g, " ");
        const otherMan = !speakerBySentence.has(applied) && OTHER_REFERENT_RE.test(piece) && !hasSpeechVerb(piece);
        if (speaker) current = { speaker: otherMan ? null : speaker, paragraph };
        else if (hasSpeechVerb(masked.slice(s.start, s.end).replace(/Q+/g, " "))) current = { speaker: null, paragraph };
      }
    };
    const resolvePronoun = (): Speaker | null =>
      current && current.paragraph >= paragraph - 1 ? current.speaker : null;
    const outsideQuotes = masked.replace(/Q+/g, "").replace(/[\s"“”«»„>.,!?;:—–-]/g, "");
    const wholeParagraphQuote = spans.length === 1 && outsideQuotes === "";

    const statements: Statement[] = [];
    spans.forEach((q, index) => {
      const content = text.slice(q.contentStart, q.contentEnd);
      const sIndex = sentenceAt(q.open);
      advanceTo(sIndex);
      const sentence = sentences[sIndex]!;
      const closeIndex = sentenceAt(Math.max(q.open, q.end - 1));
      const closeSentence = sentences[closeIndex]!;
      const next = spans[index + 1];
      const segmentEnd = Math.min(closeSentence.end, next ? next.open : masked.length);
      const after = frameAfter(ctx, q, segmentEnd);
      const before = after && !after.speaker && !after.pronoun ? frameBefore(ctx, q, sentence.start) : null;
      const frame = before?.speaker || before?.pronoun ? before : (after ?? frameBefore(ctx, q, sentence.start));
      let speaker = frame?.speaker ?? null;
      let how: Statement["how"] = frame ? frame.how : "none";
      let refinement = frame?.described && !frame.pronoun ? "+descriptor" : "";
      if (frame?.pronoun) {
        // "Marta Lenning, Quorvel's CEO, did not hide it: “X,” she told analysts": the pronoun
        // after the quotation takes up the subject of its own sentence before anything earlier.
        const ownSubject = frame.how === "after" ? sentenceSubject(ctx, sentence.start, q.open) : null;
        speaker = ownSubject ?? resolvePronoun();
        how = "pronoun";
        // "“X,” she said. That was spokeswoman Ana Ruiz, …": the next sentence names her outright.
        const named = frame.how === "after" ? namedInNextSentence(ctx, sentences[closeIndex + 1]) : null;
        if (named) {
          speaker = named;
          refinement = "+named-next";
        }
      }

      // A piece that opens the sentence right after a framed piece continues that statement.
      const previous = statements[statements.length - 1];
      const startsSentence = masked.slice(sentence.start, q.open).trim() === "";
      // "“A,” Alves said, “and B.”": one statement split around its frame.
      const frameBetween = index > 0 ? masked.slice(spans[index - 1]!.end, q.open) : "";
      const splitAround =
        previous !== undefined &&
        (previous.how === "after" || previous.how === "pronoun") &&
        /,\s*$/u.test(frameBetween) &&
        !/[.!?;]/u.test(frameBetween) &&
        hasSpeechVerb(frameBetween);
      if (previous && previous.lastSpan === index - 1 && (startsSentence || splitAround) && previous.how !== "none") {
        const frameSentence = sentenceAt(spans[index - 1]!.end);
        const adjacent = sIndex === frameSentence || sIndex === frameSentence + 1;
        // Around one frame ("“A,” she said, “B.”") both pieces have the speaker of that frame.
        const sameSpeaker =
          !frame || splitAround || (speaker !== null && previous.speaker !== null && speaker.key === previous.speaker.key);
        if (adjacent && sameSpeaker) {
          previous.pieces.push(content);
          previous.lastSpan = index;
          previous.evidenceEnd = Math.max(previous.evidenceEnd, closeSentence.end, frame?.end ?? 0);
          previous.rule += previous.rule.includes("+joined") ? "" : "+joined";
          return;
        }
      }

      if (!frame && wholeParagraphQuote && previousParagraphSpeaks) {
        speaker = resolvePronoun();
        how = speaker ? "blockquote" : "none";
      }
      if (speaker) speakerBySentence.set(closeIndex, speaker);
      statements.push({
        pieces: [content],
        speaker,
        rule: `quote/${how === "none" ? "unattributed" : how}${refinement}`,
        line,
        column: q.open + 1,
        evidenceStart: sentence.start,
        evidenceEnd: Math.max(closeSentence.end, frame?.end ?? 0),
        lineText: text,
        lastSpan: index,
        how,
      });
    });
    advanceTo(sentences.length);

    for (const st of statements) {
      const display = joinPieces(st.pieces);
      const words = quoteWords(display);
      if (words.length < MIN_QUOTE_WORDS || isTitleCase(display)) continue;
      const evidence: Evidence = {
        source: source.id,
        line: st.line,
        column: st.column,
        quote: st.lineText.slice(st.evidenceStart, st.evidenceEnd).trim().slice(0, 600),
      };
      claims.push({
        kind: "quote",
        key: `quote|${st.speaker?.key ?? "?"}`,
        subject: subjectLine(st.speaker, display),
        value: normaliseQuoteText(display),
        display,
        evidence,
        rule: st.rule,
        data: { speaker: st.speaker?.name ?? null, text: display },
      });
    }

    previousParagraphSpeaks = hasSpeechVerb(masked.replace(/Q+/g, " ")) || /:\s*$/.test(masked.trim());
  }
  return claims;
}
