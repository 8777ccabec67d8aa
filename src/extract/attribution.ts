// Who did a timed act: match reports and live blogs credit a person with an act at a minute
// ("Nico Wessel restored the lead in the 64th minute", "64 minutes: X puts them back in front",
// a goals table row "64' | Nico Wessel | Team", "X's 23rd-minute opener").
//
// A claim needs three things in one clause: a time marker, an act from data/attribution-acts.json
// and a person (two or more name tokens, or a surname the source gives in full elsewhere), so team
// names ("Hollbach put ...") never count. One marker credited to two people in one sentence is
// ambiguous and yields nothing.

import { readFileSync } from "node:fs";
import type { Claim, Source } from "../types.js";
import type { ExtractContext } from "./context.js";
import { findPeopleInSource, foldName, personKey, type LocatedPersonMention } from "./people.js";
import { sentenceSpans } from "./sentences.js";

interface ActsFile {
  acts: { verbs: string[]; needs?: string[] }[];
  nouns: string[];
  tableHeaders: string[];
  clockUnits: Record<string, string>;
  decisiveActs: Record<string, string>;
  actNounForms: Record<string, string>;
  creditPhrases: string[];
}

const ACTS = JSON.parse(readFileSync(new URL("../../data/attribution-acts.json", import.meta.url), "utf8")) as ActsFile;
/** Act verb → words one of which must follow it within a few words (null: none needed). */
const ACT_VERBS = new Map<string, string[] | null>();
for (const act of ACTS.acts) for (const v of act.verbs) ACT_VERBS.set(v.toLowerCase(), act.needs ?? null);
const ACT_NOUNS = new Set(ACTS.nouns.map((n) => n.toLowerCase()));
const TABLE_HEADERS = new Set(ACTS.tableHeaders.map((h) => h.toLowerCase()));

/** Words an act verb's completion ("put Hollbach back in front") may span. */
const NEEDS_WINDOW = 5;
/** Most words between a marker and the person it introduces ("in the 71st minute when X struck"). */
const FORWARD_WINDOW = 4;

interface Marker {
  start: number;
  end: number;
  /** Normalised time: "58", "90+2"; for a game clock "12s left" (optionally "… in the third quarter"). */
  minute: string;
  clock?: boolean;
}

const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "twenty-one", "twenty-two", "twenty-three", "twenty-four", "twenty-five", "twenty-six", "twenty-seven", "twenty-eight", "twenty-nine", "thirty"];
const CLOCK_UNITS = new Map(Object.entries(ACTS.clockUnits).map(([k, v]) => [k.toLowerCase(), v]));
const CLOCK_TAIL = "(?:left|remaining|to\\s+play|to\\s+go)(?:\\s+in\\s+(?:the\\s+)?(first|second|third|fourth|final|last)\\s+(quarter|half|period|set|inning|innings))?(?![\\p{L}])";
// "with 12 seconds left", "with four seconds remaining in the third quarter".
const CLOCK_WORDS = new RegExp(
  `\\bwith\\s+(?:just\\s+|only\\s+)?(\\d{1,2}(?:\\.\\d)?|${NUMBER_WORDS.join("|")})\\s+(${[...CLOCK_UNITS.keys()].join("|")})\\s+${CLOCK_TAIL}`,
  "giu",
);
// "with 1:05 to play".
const CLOCK_DIGITS = new RegExp(`\\bwith\\s+(?:just\\s+|only\\s+)?(\\d{1,2}):(\\d{2})\\s+${CLOCK_TAIL}`, "giu");

/** Game-clock markers ("with 12 seconds left", "with 1:05 to play"), normalised to seconds left. */
export function findClockMarkers(text: string): Marker[] {
  const found: Marker[] = [];
  const period = (ordinal: string | undefined, unit: string | undefined): string =>
    ordinal && unit ? ` in the ${ordinal.toLowerCase()} ${unit.toLowerCase()}` : "";
  for (const m of text.matchAll(CLOCK_WORDS)) {
    const n = /^\d/u.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS.indexOf(m[1]!.toLowerCase());
    const unit = CLOCK_UNITS.get(m[2]!.toLowerCase());
    if (!(n > 0) || !unit) continue;
    const seconds = unit === "m" ? n * 60 : n;
    found.push({ start: m.index, end: m.index + m[0].length, minute: `${seconds}s left${period(m[3], m[4])}`, clock: true });
  }
  for (const m of text.matchAll(CLOCK_DIGITS)) {
    const seconds = Number(m[1]) * 60 + Number(m[2]);
    if (Number(m[2]) > 59 || seconds === 0) continue;
    if (found.some((f) => m.index < f.end && m.index + m[0].length > f.start)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, minute: `${seconds}s left${period(m[3], m[4])}`, clock: true });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Time markers of a sentence: match minutes and game clocks, in order. */
function findTimeMarkers(text: string): Marker[] {
  const clocks = findClockMarkers(text);
  const minutes = findMinuteMarkers(text).filter((m) => !clocks.some((c) => m.start < c.end && m.end > c.start));
  return [...minutes, ...clocks].sort((a, b) => a.start - b.start);
}

const MARKER_PATTERNS: RegExp[] = [
  /\b(?:in|during)\s+the\s+(\d{1,3})(?:st|nd|rd|th)(?:\s*\+\s*(\d{1,2}))?\s+minute\b/giu,
  /\b(\d{1,3})(?:st|nd|rd|th)[-\s]minute\b/giu,
  /\b(?:on|after)\s+(\d{1,3})\s+minutes\b/giu,
  /(?<![\d.,])(\d{1,3})(?:\+(\d{1,2}))?['’′](?![\p{L}\d])/gu,
  /^\s*(\d{1,3})(?:\+(\d{1,2}))?\s*(?:minutes?|mins?\.?)\s*(?=[:.–—-])/giu,
];

/** Time markers of a piece of text, without overlaps, in order. */
export function findMinuteMarkers(text: string): Marker[] {
  const found: Marker[] = [];
  for (const pattern of MARKER_PATTERNS) {
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text)) !== null) {
      const minute = Number(m[1]);
      if (!Number.isInteger(minute) || minute < 1 || minute > 130) continue;
      const start = m.index;
      const end = m.index + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      found.push({ start, end, minute: m[2] ? `${minute}+${Number(m[2])}` : String(minute) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

interface Word {
  lower: string;
  start: number;
  end: number;
}

function words(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  const re = /[\p{L}\p{M}\p{N}'’\-]+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m.index < from) continue;
    if (m.index + m[0].length > to) break;
    out.push({ lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Act verbs of several words ("crashed over", "in at the corner"), as word lists. */
const ACT_PHRASES = [...ACT_VERBS.keys()].filter((v) => v.includes(" ")).map((v) => v.split(/\s+/u));

/**
 * Act verbs of a text whose completion ("… in front", "… lead") follows within a few words; a verb
 * of several words counts as one word spanning them all.
 */
function actVerbs(text: string): Word[] {
  const ws = words(text);
  const single = ws.filter((w, i) => {
    const needs = ACT_VERBS.get(w.lower);
    if (needs === undefined) return false;
    if (needs === null) return true;
    return ws.slice(i + 1, i + 1 + NEEDS_WINDOW).some((n) => needs.includes(n.lower));
  });
  const phrases: Word[] = [];
  ws.forEach((w, i) => {
    for (const phrase of ACT_PHRASES) {
      if (phrase.every((p, k) => ws[i + k]?.lower === p)) {
        phrases.push({ lower: phrase.join(" "), start: w.start, end: ws[i + phrase.length - 1]!.end });
      }
    }
  });
  // A phrase starting with a single-word verb ("scored a try") replaces it.
  return [...single.filter((v) => !phrases.some((p) => p.start === v.start)), ...phrases].sort((a, b) => a.start - b.start);
}

interface Person {
  start: number;
  end: number;
  name: string;
}

interface Credit {
  marker: Marker;
  person: Person;
  rule: string;
}

function creditsInSentence(sentence: string, people: Person[]): Credit[] {
  const markers = findTimeMarkers(sentence);
  if (!markers.length) return [];
  const credits: Credit[] = [];
  const between = (a: number, b: number) => ({
    markers: markers.filter((m) => m.start >= a && m.end <= b).length,
    people: people.filter((p) => p.start >= a && p.end <= b).length,
  });
  for (const verb of actVerbs(sentence)) {
    // "X scored … in the 88th minute": the verb runs into the marker without a clause break.
    const marker = markers.find((m) => m.start >= verb.end);
    const gap = marker ? sentence.slice(verb.end, marker.start) : "";
    if (marker && !/[,;:()]/.test(gap) && words(gap).length <= 10 && between(verb.end, marker.start).people === 0) {
      const subject = [...people].reverse().find((p) => p.end <= verb.start);
      // A game clock asks for the verb's own subject: "X passed to Y, who hit …" is not X's shot.
      const gapToVerb = subject ? sentence.slice(subject.end, verb.start) : "";
      const close = !marker.clock || words(gapToVerb).length <= 2 || /^\s*,[^,;:]*,\s*$/u.test(gapToVerb);
      if (subject && close && between(subject.end, verb.start).markers === 0) {
        credits.push({ marker, person: subject, rule: "attribution/act-then-minute" });
        continue;
      }
    }
    // "in the 71st minute when X struck", "58 minutes: Captain X puts them back in front".
    const before = [...markers].reverse().find((m) => m.end <= verb.start);
    const subject = [...people].reverse().find((p) => p.end <= verb.start);
    if (
      before &&
      subject &&
      subject.start >= before.end &&
      words(sentence, before.end, subject.start).length <= FORWARD_WINDOW &&
      words(sentence, subject.end, verb.start).length <= 2 &&
      !/;/.test(sentence.slice(before.end, verb.start))
    ) {
      credits.push({ marker: before, person: subject, rule: "attribution/minute-then-act" });
    }
  }
  // "Felix Hartung's 23rd-minute opener".
  for (const p of people) {
    const rest = sentence.slice(p.end);
    const possessive = /^['’]s\s+/u.exec(rest);
    if (!possessive) continue;
    const marker = markers.find((m) => m.start === p.end + possessive[0].length);
    if (marker) {
      const noun = words(sentence, marker.end, sentence.length)[0];
      if (noun && ACT_NOUNS.has(noun.lower)) credits.push({ marker, person: p, rule: "attribution/possessive" });
      continue;
    }
    // "Callum Rees's try in the 78th minute": the act noun, then the marker right after it.
    const noun = words(sentence, p.end + possessive[0].length, sentence.length)[0];
    if (!noun || noun.start !== p.end + possessive[0].length || !ACT_NOUNS.has(noun.lower)) continue;
    const after = markers.find((m) => m.start >= noun.end && /^\s+$/u.test(sentence.slice(noun.end, m.start)));
    if (after) credits.push({ marker: after, person: p, rule: "attribution/possessive-noun" });
  }
  // "The decisive shot belonged to Andre Keel: a three from the corner with 12 seconds left".
  for (const credit of creditPhrasePeople(sentence, people)) {
    const marker = markers.find((m) => m.start >= credit.person.end);
    if (!marker || people.some((p) => p.start >= credit.person.end && p.end <= marker.start)) continue;
    if (!words(sentence, 0, credit.phraseStart).some((w) => ACT_NOUNS.has(w.lower))) continue;
    credits.push({ marker, person: credit.person, rule: "attribution/credited-to" });
  }
  return credits;
}

const CREDIT_PHRASE = new RegExp(`(?<![\\p{L}])(?:${ACTS.creditPhrases.map((p) => p.split(/\\s+/).join("\\s+")).join("|")})\\s+$`, "iu");

/** People a credit phrase introduces ("… belonged to X", "… was scored by X"), with where the phrase starts. */
function creditPhrasePeople(sentence: string, people: Person[]): { person: Person; phraseStart: number }[] {
  const out: { person: Person; phraseStart: number }[] = [];
  for (const p of people) {
    const m = CREDIT_PHRASE.exec(sentence.slice(Math.max(0, p.start - 30), p.start));
    if (m) out.push({ person: p, phraseStart: Math.max(0, p.start - 30) + m.index });
  }
  return out;
}

const DECISIVE = new Map(Object.entries(ACTS.decisiveActs).map(([k, v]) => [k.toLowerCase(), v]));
const ACT_FORMS = new Map(Object.entries(ACTS.actNounForms).map(([k, v]) => [k.toLowerCase(), v]));
const NAMED_ACT = new RegExp(
  `(?<![\\p{L}-])(?:(?:the|a|his|her|their)\\s+)?(${[...DECISIVE.keys()].join("|")})\\s+(${[...ACT_FORMS.keys()].sort((a, b) => b.length - a.length).join("|")})(?![\\p{L}-])`,
  "giu",
);

interface NamedAct {
  start: number;
  end: number;
  /** Normalised: "go-ahead three", "winning goal". */
  name: string;
}

/** Named decisive acts of a sentence ("the go-ahead three-pointer", "the match-winning try"). */
export function findNamedActs(sentence: string): NamedAct[] {
  return [...sentence.matchAll(NAMED_ACT)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    name: `${DECISIVE.get(m[1]!.toLowerCase())} ${ACT_FORMS.get(m[2]!.toLowerCase())}`,
  }));
}

/** A list line that opens with a person as its label ("- **Andre Keel:** 14 pts, …"). */
const LABEL_LEAD = /^\s*(?:[-*•]\s+)?(?:\*\*|__)?$/u;
const LABEL_TAIL = /^(?:\s*\([^)]{0,40}\))?\s*(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:|:)/u;

/**
 * Who did a named decisive act in a sentence: the subject of an act verb right before it ("X hit the
 * go-ahead three"), a possessive ("X's winning goal"), a credit phrase after it ("the winning goal
 * came from X") or the person a list line is about ("**X:** …, including the go-ahead three").
 * Only when exactly one person is credited.
 */
function namedActCredits(sentence: string, people: Person[]): { act: NamedAct; person: Person; rule: string }[] {
  const out: { act: NamedAct; person: Person; rule: string }[] = [];
  const verbs = actVerbs(sentence);
  for (const act of findNamedActs(sentence)) {
    const credited: { person: Person; rule: string }[] = [];
    const verb = [...verbs].reverse().find((v) => v.end <= act.start && words(sentence, v.end, act.start).length <= 3);
    if (verb && !/[,;:()]/u.test(sentence.slice(verb.end, act.start))) {
      const subject = [...people].reverse().find((p) => p.end <= verb.start);
      if (subject && words(sentence, subject.end, verb.start).length <= 2 && !/[;:]/u.test(sentence.slice(subject.end, verb.start))) {
        credited.push({ person: subject, rule: "attribution/act-named" });
      }
    }
    const owner = people.find((p) => /^['’]s\s+$/u.test(sentence.slice(p.end, act.start)));
    if (owner) credited.push({ person: owner, rule: "attribution/possessive-named" });
    for (const c of creditPhrasePeople(sentence, people)) {
      if (c.phraseStart >= act.end && !people.some((p) => p.start >= act.end && p.end <= c.person.start)) {
        credited.push({ person: c.person, rule: "attribution/credited-to" });
      }
    }
    const label = people[0];
    if (label && LABEL_LEAD.test(sentence.slice(0, label.start)) && LABEL_TAIL.test(sentence.slice(label.end)) && label.end <= act.start) {
      if (!people.some((p) => p !== label && p.start < act.start)) credited.push({ person: label, rule: "attribution/label" });
    }
    const keys = new Set(credited.map((c) => personKey(c.person.name)));
    if (keys.size === 1) out.push({ act, person: credited[0]!.person, rule: credited[0]!.rule });
  }
  return out;
}

function cells(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (const raw of text.split("|")) {
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim()) out.push({ text: raw.trim(), start: start + lead });
    start += raw.length + 1;
  }
  return out;
}

/** attribution claims of one source. */
export function extractAttributionClaims(source: Source, _ctx: ExtractContext): Claim<"attribution">[] {
  const found = findPeopleInSource(source);
  const byKey = new Map(found.people.map((p) => [p.key, p]));
  const personOf = (m: LocatedPersonMention): string | null => {
    const p = byKey.get(m.personKey);
    const full = p?.full ?? m.name;
    // A person needs a given name somewhere in the source: a lone capitalised word may be a team.
    return (p?.given.length ?? m.given.length) > 0 ? full : null;
  };
  const mentionsByLine = new Map<number, LocatedPersonMention[]>();
  for (const m of found.mentions) {
    const list = mentionsByLine.get(m.line);
    if (list) list.push(m);
    else mentionsByLine.set(m.line, [m]);
  }

  const claims: Claim<"attribution">[] = [];
  const push = (line: number, column: number, quote: string, marker: Marker, name: string, rule: string): void => {
    const act = marker.clock ? `act with ${marker.minute.replace(/^(\d+)s left/u, "$1 seconds left")}` : `goal/act at minute ${marker.minute}`;
    claims.push({
      kind: "attribution",
      key: marker.clock ? `attribution|clock ${marker.minute}` : `attribution|minute ${marker.minute}`,
      subject: act,
      value: personKey(name),
      display: name,
      evidence: { source: source.id, line, column, quote },
      rule,
      data: { act, person: name },
    });
  };

  let tableHeader: { text: string; start: number }[] | null = null;
  for (const { line, text } of source.lines) {
    const lineMentions = (mentionsByLine.get(line) ?? [])
      .map((m) => ({ m, name: personOf(m) }))
      .filter((x): x is { m: LocatedPersonMention; name: string } => x.name !== null);

    // A table row "64' | Nico Wessel | VfR Hollbach" under a header with a scorer column.
    if (text.includes("|") && cells(text).length >= 2) {
      const row = cells(text);
      if (!tableHeader) {
        tableHeader = row;
        continue;
      }
      if (row.every((c) => /^:?-{2,}:?$/.test(c.text))) continue;
      const actColumn = tableHeader.findIndex((c) => TABLE_HEADERS.has(foldName(c.text)));
      const personCell = actColumn >= 0 ? row[actColumn] : undefined;
      // "58'" anywhere, or a bare "58" under a minute heading (a bare number elsewhere may be a shirt number).
      const minuteCell = row.find(
        (c, i) =>
          /^\d{1,3}(?:\+\d{1,2})?['’′]$/.test(c.text) ||
          (/^\d{1,3}(?:\+\d{1,2})?$/.test(c.text) && /^(?:min|mins|minute|minutes|time)\.?$/i.test(tableHeader?.[i]?.text ?? "")),
      );
      if (personCell && minuteCell && row.length === tableHeader.length) {
        const located = lineMentions.find((x) => x.m.column - 1 >= personCell.start && x.m.column - 1 < personCell.start + personCell.text.length);
        const name = located?.name;
        const marker = findMinuteMarkers(minuteCell.text)[0] ?? markerOfNumber(minuteCell.text);
        if (name && marker) push(line, minuteCell.start + 1, text.trim(), marker, name, "attribution/table");
      } else if (actColumn < 0 && minuteCell && row.length === tableHeader.length) {
        // "| 78' | Team | Callum Rees try, Carrick con |": a person followed by an act noun; a kicker's
        // "con" is no act of its own. Exactly one such person in the row.
        const credited = lineMentions.filter((x) => {
          const end = x.m.column - 1 + x.m.name.length;
          const next = /^\s+([\p{L}-]+)/u.exec(text.slice(end));
          return next !== null && ACT_NOUNS.has(next[1]!.toLowerCase()) && row.some((c) => c !== minuteCell && x.m.column - 1 >= c.start && end <= c.start + c.text.length);
        });
        const marker = findMinuteMarkers(minuteCell.text)[0] ?? markerOfNumber(minuteCell.text);
        const names = new Set(credited.map((x) => personKey(x.name)));
        if (marker && names.size === 1) push(line, minuteCell.start + 1, text.trim(), marker, credited[0]!.name, "attribution/table-cell");
      }
      continue;
    }
    tableHeader = null;

    for (const [offset, sentence] of sentenceSpans(text)) {
      const people: Person[] = lineMentions
        .map(({ m, name }) => ({ start: m.column - 1 - offset, end: m.column - 1 - offset + m.name.length, name }))
        .filter((p) => p.start >= 0 && p.end <= sentence.length)
        .sort((a, b) => a.start - b.start);
      const credits = creditsInSentence(sentence, people);
      const byMarker = new Map<string, Credit[]>();
      for (const c of credits) {
        const list = byMarker.get(c.marker.minute) ?? [];
        list.push(c);
        byMarker.set(c.marker.minute, list);
      }
      for (const list of byMarker.values()) {
        const names = new Set(list.map((c) => personKey(c.person.name)));
        if (names.size !== 1) continue; // two people for one minute in one sentence: ambiguous
        const c = list[0]!;
        push(line, offset + c.marker.start + 1, sentence, c.marker, c.person.name, c.rule);
      }
      for (const c of namedActCredits(sentence, people)) {
        claims.push({
          kind: "attribution",
          key: `attribution|act ${c.act.name}`,
          subject: `who did the ${c.act.name}`,
          value: personKey(c.person.name),
          display: c.person.name,
          evidence: { source: source.id, line, column: offset + c.act.start + 1, quote: sentence },
          rule: c.rule,
          data: { act: c.act.name, person: c.person.name },
        });
      }
    }
  }
  return claims;
}

function markerOfNumber(text: string): Marker | null {
  const m = /^(\d{1,3})(?:\+(\d{1,2}))?$/.exec(text);
  if (!m) return null;
  const minute = Number(m[1]);
  if (minute < 1 || minute > 130) return null;
  return { start: 0, end: text.length, minute: m[2] ? `${minute}+${Number(m[2])}` : String(minute) };
}
