// Who did a timed act: match reports and live blogs credit a person with an act at a minute
// ("Luka Brandt restored the lead in the 58th minute", "58 minutes: X puts them back in front",
// a goals table row "58' | Luka Brandt | Team", "X's 17th-minute opener").
//
// A claim needs three things in one clause: a time marker, an act from data/attribution-acts.json
// and a person (two or more name tokens, or a surname the source gives in full elsewhere), so team
// names ("Kaltenbrunn put ...") never count. One marker credited to two people in one sentence is
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
}

const ACTS = JSON.parse(readFileSync(new URL("../../data/attribution-acts.json", import.meta.url), "utf8")) as ActsFile;
/** Act verb → words one of which must follow it within a few words (null: none needed). */
const ACT_VERBS = new Map<string, string[] | null>();
for (const act of ACTS.acts) for (const v of act.verbs) ACT_VERBS.set(v.toLowerCase(), act.needs ?? null);
const ACT_NOUNS = new Set(ACTS.nouns.map((n) => n.toLowerCase()));
const TABLE_HEADERS = new Set(ACTS.tableHeaders.map((h) => h.toLowerCase()));

/** Words an act verb's completion ("put Kaltenbrunn back in front") may span. */
const NEEDS_WINDOW = 5;
/** Most words between a marker and the person it introduces ("in the 71st minute when X struck"). */
const FORWARD_WINDOW = 4;

interface Marker {
  start: number;
  end: number;
  /** Normalised time: "58", "90+2". */
  minute: string;
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

/** Act verbs of a text whose completion ("… in front", "… lead") follows within a few words. */
function actVerbs(text: string): Word[] {
  const ws = words(text);
  return ws.filter((w, i) => {
    const needs = ACT_VERBS.get(w.lower);
    if (needs === undefined) return false;
    if (needs === null) return true;
    return ws.slice(i + 1, i + 1 + NEEDS_WINDOW).some((n) => needs.includes(n.lower));
  });
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
  const markers = findMinuteMarkers(sentence);
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
      if (subject && between(subject.end, verb.start).markers === 0) {
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
  // "Jonas Müller's 17th-minute opener".
  for (const p of people) {
    const rest = sentence.slice(p.end);
    const possessive = /^['’]s\s+/u.exec(rest);
    if (!possessive) continue;
    const marker = markers.find((m) => m.start === p.end + possessive[0].length);
    if (!marker) continue;
    const noun = words(sentence, marker.end, sentence.length)[0];
    if (noun && ACT_NOUNS.has(noun.lower)) credits.push({ marker, person: p, rule: "attribution/possessive" });
  }
  return credits;
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
    const act = `goal/act at minute ${marker.minute}`;
    claims.push({
      kind: "attribution",
      key: `attribution|minute ${marker.minute}`,
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

    // A table row "58' | Luka Brandt | VfR Kaltenbrunn" under a header with a scorer column.
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
