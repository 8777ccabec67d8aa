// Page furniture in article text: prompts to subscribe, donate, log in or allow notifications,
// "Read more" links, cookie notices. Judged by generic signal phrases (data/boilerplate.json), by
// sentence, so that a report that merely mentions "support" stays.
import { readFileSync } from "node:fs";
import type { SourceLine } from "../types.js";
import { isRelativeStamp } from "./published.js";

interface BoilerplateData {
  lineStarts: string[];
  signals: string[];
}

const DATA = JSON.parse(
  readFileSync(new URL("../../data/boilerplate.json", import.meta.url), "utf8"),
) as BoilerplateData;

// Quoted speech is never a link: only brackets may precede the opening words.
const LINE_START = new RegExp(`^[\\s(\\[]*(?:${DATA.lineStarts.join("|")})(?![\\w])`, "iu");
const SIGNALS = DATA.signals.map((s) => new RegExp(s, "iu"));
/** Words that address the reader or speak for the publisher. */
const READER_ADDRESS = /\b(?:you|your|yours|we|us|our|please)\b/i;
/** A line opening with a verb in the imperative, to the reader ("Stay up to date", "Get ..."). */
const IMPERATIVE_START = /^(?:stay|get|join|sign|subscribe|follow|download|enable|allow|turn|manage|support|donate|register|log|listen|watch|read|click|tap|share)\b/i;
const MAX_LINK_WORDS = 20;

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Quoted speech is the event, not the page: signals inside quotes do not count. */
function withoutQuotes(text: string): string {
  return text.replace(/“[^”]*”|"[^"]*"/g, " ");
}

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z“"‘'(])|(?<=[a-z])(?=Please\b)/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

const signalCount = (text: string): number => SIGNALS.filter((re) => re.test(text)).length;

/** A line that is only a clock time (a live blog's post stamp: "09:12", "3:15 p.m. ET", "10:40 GMT"). */
const TIME_STAMP = /^[\s|·•]*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?[\s|·•]*$/i;

/** Why a line is furniture on its own, or null when it reads as reporting. */
export function furnitureReason(text: string): string | null {
  const t = text.trim();
  if (!t) return null;
  if (TIME_STAMP.test(t) || isRelativeStamp(t)) return "time stamp";
  if (LINE_START.test(t) && words(t) <= MAX_LINK_WORDS) return "link or prompt";
  const outside = withoutQuotes(t);
  const sentences = sentencesOf(outside);
  if (sentences.length === 0) return null;
  const flagged = sentences.filter((s) => signalCount(s) > 0).length;
  if (flagged * 2 < sentences.length) return null;
  // Mostly signal sentences: furniture when it speaks to the reader, or holds more than one kind of signal.
  if (READER_ADDRESS.test(outside) || IMPERATIVE_START.test(t) || signalCount(outside) >= 2) return "reader prompt";
  return null;
}

/** A caption printed twice in a row in one line ("X attends ... (Reuters) X attends ... (Reuters)"): one copy. */
export function undoubled(text: string): string {
  const t = text.trim();
  if (t.length < 20) return text;
  const mid = Math.floor(t.length / 2);
  for (let delta = 0; delta <= 2; delta++) {
    for (const at of [mid - delta, mid + delta]) {
      if (t.charAt(at) !== " ") continue;
      const a = t.slice(0, at).trim();
      const b = t.slice(at + 1).trim();
      if (a === b) return a;
    }
  }
  return text;
}

/**
 * Drops furniture lines, keeps one copy of doubled captions, and drops lines that repeat an earlier
 * line of the same source. A paragraph between two furniture paragraphs that also speaks to the reader
 * is part of the same appeal.
 */
export function removeBoilerplate(lines: SourceLine[]): SourceLine[] {
  // Blank lines stay (one SourceLine per file line); furniture is judged among the non-blank ones.
  const all = lines.map((l) => ({ ...l, text: undoubled(l.text) }));
  const content = all.filter((l) => l.text.trim() !== "");
  const furniture = content.map((l) => furnitureReason(l.text) !== null);
  const dropped = new Set<SourceLine>();
  content.forEach((l, k) => {
    const sandwiched =
      k > 0 &&
      k < content.length - 1 &&
      furniture[k - 1] === true &&
      furniture[k + 1] === true &&
      READER_ADDRESS.test(withoutQuotes(l.text));
    if (furniture[k] || sandwiched) dropped.add(l);
  });
  const seen = new Set<string>();
  return all.filter((l) => {
    if (dropped.has(l)) return false;
    const key = l.text.trim().replace(/\s+/g, " ");
    if (!key) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
