// Who an event is about: the people named in the clause of a date claim, found with the shared
// people finder (src/extract/people.ts) and reduced to the short form the source itself uses for
// them, so that keys match across sources ("Emil Tarrow" → "Tarrow", "Qiao Zhenlun" → "Qiao").

import type { Source } from "../../types.js";
import { findPeopleInSource, foldName, type SourcePerson } from "../people.js";
import { lookupPlace } from "../place.js";

export interface Person {
  /** Short form as written ("Tarrow"). */
  display: string;
  /** Folded for keys: lowercase, no diacritics ("tarrow"). */
  key: string;
  /** Country the source gives for them anywhere ("Peruvian President ..."), or null. */
  country: string | null;
}

/**
 * The short form of a person: the name the source writes alone ("Qiao said", "Tarrow arrived"),
 * else the family name. Family-first names ("Qiao Zhenlun") come out right because the source
 * itself writes "Qiao" alone.
 */
function shortForm(person: SourcePerson): Person {
  const alone = person.mentions.find((m) => m.given.length === 0 && !/\s/.test(m.name));
  const display = alone ? alone.name.replace(/['’]s$/u, "") : person.family;
  const country = person.mentions.find((m) => m.country !== null)?.country ?? null;
  return { display, key: foldName(display), country };
}

/** People of one source, for participants of its clauses. */
export interface SourceParticipants {
  /** People named in `line` between 1-based columns [fromColumn, toColumn), in order, each once. */
  between(line: number, fromColumn: number, toColumn: number): Person[];
  /** Every mention in `line` between 1-based columns [fromColumn, toColumn), in order, with its column and length. */
  located(line: number, fromColumn: number, toColumn: number): { person: Person; column: number; length: number }[];
}

export function participantsOf(source: Source): SourceParticipants {
  const people = findPeopleInSource(source);
  const byKey = new Map(people.people.map((p) => [p.key, p]));
  return {
    between(line, fromColumn, toColumn) {
      const found: Person[] = [];
      const seen = new Set<string>();
      const mentions = people.mentions
        .filter((m) => m.line === line && m.column >= fromColumn && m.column < toColumn)
        .sort((a, b) => a.column - b.column);
      for (const m of mentions) {
        const person = byKey.get(m.personKey);
        if (!person) continue;
        const p = shortForm(person);
        if (seen.has(p.key)) continue;
        seen.add(p.key);
        found.push(p);
      }
      return found;
    },
    located(line, fromColumn, toColumn) {
      return people.mentions
        .filter((m) => m.line === line && m.column >= fromColumn && m.column < toColumn)
        .sort((a, b) => a.column - b.column)
        .flatMap((m) => {
          const person = byKey.get(m.personKey);
          return person ? [{ person: shortForm(person), column: m.column, length: m.name.length }] : [];
        });
    },
  };
}

// A run of capitalised words ("Cape Verde", "the Gambia"): candidate country names.
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/gu;

/**
 * Countries named in a piece of text, canonical and sorted: the longest run of capitalised words
 * (up to three) the gazetteer knows as a country, read left to right.
 */
export function countriesIn(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    const words = m[0].split(/\s+/);
    for (let i = 0; i < words.length; ) {
      let matched = 0;
      for (let n = Math.min(3, words.length - i); n >= 1; n--) {
        const entry = lookupPlace(words.slice(i, i + n).join(" ").replace(/['’]s$/u, ""));
        if (entry?.type === "country") {
          found.add(entry.country);
          matched = n;
          break;
        }
      }
      i += matched || 1;
    }
  }
  return [...found].sort();
}

// "at the Casa de la Ribera", "in Puerto Velado", "to the Villa Rosa": a name right after a place
// preposition (optionally "the" and more capitalised words) is a venue, not a participant.
// Bare "to" is left out: "spoke to Smith" names a person.
const VENUE_BEFORE = /(?:\b(?:at|in|inside|outside|near)\s+(?:the\s+)?|\bto\s+the\s+)(?:\p{Lu}[\p{L}'’.-]*\s+)*$/u;

/**
 * Whether the name written at `offset` in `text` (ending at `end`) is a venue: it follows a place
 * preposition and is not a possessive ("in Smith's view" is about Smith).
 */
export function isVenueMention(text: string, offset: number, end: number): boolean {
  if (/^['’]s\b/u.test(text.slice(end))) return false;
  return VENUE_BEFORE.test(text.slice(Math.max(0, offset - 80), offset));
}
