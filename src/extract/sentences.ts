import type { Source } from "../types.js";

/** A sentence of a source with the position of its first character. */
export interface Sentence {
  source: string;
  line: number;
  /** 1-based column of the sentence's first character in its line. */
  column: number;
  text: string;
}

// Abbreviations whose trailing dot does not end a sentence.
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "u.s", "u.n", "u.k", "e.u", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jr", "sr", "mt", "ft", "approx",
]);

/** Splits each line of a source into sentences, keeping line and column for evidence. */
export function splitSentences(source: Source): Sentence[] {
  const out: Sentence[] = [];
  for (const { line, text } of source.lines) {
    for (const [start, piece] of sentenceSpans(text)) {
      out.push({ source: source.id, line, column: start + 1, text: piece });
    }
  }
  return out;
}

/** [offset, sentence] pairs for one line of text. */
export function sentenceSpans(text: string): [number, string][] {
  const spans: [number, string][] = [];
  const boundary = /[.!?]["”’)]*(?=\s+["“‘(]?[A-Z0-9\u00C0-\u024F])/g;
  let start = 0;
  let match: RegExpExecArray | null;
  while ((match = boundary.exec(text)) !== null) {
    const end = match.index + match[0].length;
    const before = text.slice(start, match.index + 1);
    const lastWord = /([A-Za-z.]+)\.$/.exec(before)?.[1]?.toLowerCase() ?? "";
    // "U.N. Secretary-General", "Aug. 12", single initials ("J. Smith") do not end a sentence.
    if (ABBREVIATIONS.has(lastWord.replace(/\.$/, "")) || /^[A-Z]$/.test(lastWord) || /^(?:[a-z]\.)+[a-z]?$/.test(lastWord)) {
      continue;
    }
    pushTrimmed(spans, text, start, end);
    start = end;
  }
  pushTrimmed(spans, text, start, text.length);
  return spans;
}

function pushTrimmed(spans: [number, string][], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const piece = raw.trim();
  if (piece) spans.push([start + lead, piece]);
}
