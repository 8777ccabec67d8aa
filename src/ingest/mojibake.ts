// Mojibake: UTF-8 bytes once decoded with a Windows code page and saved again as UTF-8
// ("JosÃ©" for "José", "VitĂłrio" for "Vitório"). Each damaged character became one code-page
// character per byte, so mapping the characters back to bytes and decoding those as UTF-8 undoes it.
import type { SourceWarning } from "../types.js";
import { decodeCodePage, type CodePage } from "./codepage.js";

export const CODE_PAGES: readonly CodePage[] = ["windows-1252", "windows-1250"];

const CODE_PAGE_LABEL: Record<CodePage, string> = {
  "windows-1252": "Windows-1252",
  "windows-1250": "Windows-1250",
};

/** Character → byte for the upper half of each code page (the lower half is ASCII in both). */
const REVERSE: Record<CodePage, Map<string, number>> = {
  "windows-1252": reverseMap("windows-1252"),
  "windows-1250": reverseMap("windows-1250"),
};

function reverseMap(codePage: CodePage): Map<string, number> {
  const map = new Map<string, number>();
  for (let b = 0x80; b <= 0xff; b++) {
    const ch = decodeCodePage(Uint8Array.of(b), codePage);
    if (ch !== "\ufffd" && !map.has(ch)) map.set(ch, b);
  }
  return map;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** Characters a repair may produce: the ones real text is made of, not stray symbols or controls. */
function plausibleResult(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 0x00a0 && cp <= 0x024f) return !/[\u00a4\u00a6\u00a8\u00aa\u00ac\u00ad\u00af\u00b4\u00b8\u00ba]/.test(ch);
  if (cp >= 0x0370 && cp <= 0x052f) return /\p{L}/u.test(ch); // Greek, Cyrillic letters
  if (cp >= 0x1e00 && cp <= 0x1eff) return true; // Latin Extended Additional (Vietnamese)
  if (cp >= 0x2010 && cp <= 0x2044) return true; // dashes, quotes, bullets, ellipsis, primes
  if (cp >= 0x20a0 && cp <= 0x20bf) return true; // currency signs
  if (cp === 0x2122 || cp === 0x2116) return true; // ™ №
  if (cp >= 0x1f300 && cp <= 0x1faff) return true; // emoji
  // Bytes Windows-1252 leaves undefined (0x9D of "”"): in double-encoded text, a step towards a later pass.
  if (cp === 0x81 || cp === 0x8d || cp === 0x8f || cp === 0x90 || cp === 0x9d) return true;
  return false;
}

interface Decoded {
  text: string;
  length: number;
}

/** The UTF-8 character whose bytes, read in `codePage`, gave the characters at `start`; null if none. */
function decodeSequence(line: string, start: number, codePage: CodePage): Decoded | null {
  const map = REVERSE[codePage];
  const lead = map.get(line.charAt(start));
  if (lead === undefined) return null;
  const need = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
  if (need === 0) return null;
  const bytes = [lead];
  for (let k = 1; k <= need; k++) {
    const b = map.get(line.charAt(start + k));
    if (b === undefined || b < 0x80 || b > 0xbf) return null;
    bytes.push(b);
  }
  let text: string;
  try {
    text = strictUtf8.decode(Uint8Array.from(bytes));
  } catch {
    return null;
  }
  if (!plausibleResult(text)) return null;
  return { text, length: need + 1 };
}

const isUpper = (ch: string): boolean => /\p{Lu}/u.test(ch);
const isLower = (ch: string): boolean => /\p{Ll}/u.test(ch);
const isLatinLetter = (ch: string): boolean => /\p{Script=Latin}/u.test(ch);

/** Guards against "repairing" legitimate text: a lowercase letter inside an all-caps word
 *  (Romanian "ĂŞ" in capitals) or a Greek/Cyrillic letter wedged between Latin letters. */
function fitsContext(before: string, result: string, after: string): boolean {
  if (isLower(result) && isUpper(before) && !isLower(after)) return false;
  if (/[\p{Script=Greek}\p{Script=Cyrillic}]/u.test(result) && (isLatinLetter(before) || isLatinLetter(after))) {
    return false;
  }
  return true;
}

interface Run {
  start: number;
  end: number;
  text: string;
  codePage: CodePage;
}

/** Longest run of consecutive damaged characters from `start` under one code page. */
function runAt(line: string, start: number, codePage: CodePage): { end: number; text: string } | null {
  let pos = start;
  let text = "";
  for (;;) {
    const seq = decodeSequence(line, pos, codePage);
    if (!seq) break;
    text += seq.text;
    pos += seq.length;
  }
  return pos > start ? { end: pos, text } : null;
}

function bestRun(line: string, start: number): Run | null {
  let best: Run | null = null;
  for (const codePage of CODE_PAGES) {
    const run = runAt(line, start, codePage);
    if (!run) continue;
    const before = line.charAt(start - 1);
    const after = line.charAt(run.end);
    if (!fitsContext(before, [...run.text][0] ?? "", after)) continue;
    // Prefer the code page that explains more of the text; Windows-1252 (listed first) on a tie.
    if (!best || run.end > best.end) best = { start, end: run.end, text: run.text, codePage };
  }
  return best;
}

export interface MojibakeRepair {
  line: number;
  codePage: CodePage;
  /** The damaged word and the repaired word, for the warning. */
  before: string;
  after: string;
}

/** How many times text may have been mis-decoded and re-saved ("JosÃƒÂ©" is "José" twice over). */
const MAX_PASSES = 3;

/**
 * Repairs one line; returns the repaired text and what was repaired (line numbers filled by the caller).
 * Double-encoded text is undone pass by pass; each repair reports the word as found and as finally repaired.
 */
export function repairLine(line: string): { text: string; repairs: Omit<MojibakeRepair, "line">[] } {
  const first = repairOnce(line);
  if (first.repairs.length === 0) return first;
  let text = first.text;
  let words = first.repairs.map((r) => r.after);
  for (let pass = 1; pass < MAX_PASSES; pass++) {
    const next = repairOnce(text);
    if (next.repairs.length === 0) break;
    text = next.text;
    words = words.map((w) => repairOnce(w).text);
  }
  return { text, repairs: first.repairs.map((r, k) => ({ ...r, after: words[k] ?? r.after })) };
}

function repairOnce(line: string): { text: string; repairs: Omit<MojibakeRepair, "line">[] } {
  if (!/[\u0080-\u02ff\u2000-\u206f\u20ac\u2122]/.test(line)) return { text: line, repairs: [] };
  const runs: Run[] = [];
  let i = 0;
  while (i < line.length) {
    if (line.charCodeAt(i) < 0x80) {
      i++;
      continue;
    }
    const run = bestRun(line, i);
    if (run) {
      runs.push(run);
      i = run.end;
    } else i++;
  }
  if (runs.length === 0) return { text: line, repairs: [] };
  const repairs = runs.map((run) => {
    const [from, to] = wordAround(line, run.start, run.end);
    const inside = runs.filter((r) => r.start >= from && r.end <= to);
    return { codePage: run.codePage, before: line.slice(from, to), after: applyRuns(line, inside, from, to) };
  });
  return { text: applyRuns(line, runs, 0, line.length), repairs };
}

function applyRuns(line: string, runs: Run[], from: number, to: number): string {
  let out = "";
  let last = from;
  for (const run of runs) {
    out += line.slice(last, run.start) + run.text;
    last = run.end;
  }
  return (out + line.slice(last, to)).normalize("NFC");
}

/** Bounds of the word around a run, without surrounding quotes and punctuation. */
function wordAround(line: string, start: number, end: number): [number, number] {
  let a = start;
  let b = end;
  while (a > 0 && /[^\s"“(]/.test(line.charAt(a - 1))) a--;
  while (b < line.length && /[^\s"”),;:!?]/.test(line.charAt(b))) b++;
  if (b > end && line.charAt(b - 1) === ".") b--;
  return [a, b];
}

const LOST_QUOTE = "\u00e2\u20ac\ufffd";

/**
 * "â€" + U+FFFD is what Windows-1252 makes of a UTF-8 "”" (its byte 0x9D is undefined there), but also of
 * a few invisible spaces and marks, so it is read as "”" only where a closing quote stands: after an
 * opening "“" on the same line still open, or right after a word and before a space, punctuation or the
 * line's end. Anywhere else nothing is guessed.
 */
export function repairLostClosingQuotes(line: string): { text: string; repairs: Omit<MojibakeRepair, "line">[] } {
  if (!line.includes(LOST_QUOTE)) return { text: line, repairs: [] };
  const repairs: Omit<MojibakeRepair, "line">[] = [];
  let out = "";
  let open = false;
  let i = 0;
  while (i < line.length) {
    const ch = line.charAt(i);
    if (line.startsWith(LOST_QUOTE, i)) {
      const before = line.charAt(i - 1);
      const after = line.charAt(i + LOST_QUOTE.length);
      const closingPlace = before !== "" && !/\s/u.test(before) && (after === "" || /[\s.,;:!?)\]]/u.test(after));
      if (open || closingPlace) {
        const [from, to] = wordAround(line, i, i + LOST_QUOTE.length);
        const word = line.slice(from, to);
        repairs.push({ codePage: "windows-1252", before: word, after: word.split(LOST_QUOTE).join("”") });
        out += "”";
        open = false;
        i += LOST_QUOTE.length;
        continue;
      }
    }
    if (ch === "“") open = true;
    else if (ch === "”") open = false;
    out += ch;
    i++;
  }
  return { text: out, repairs };
}

/** Repairs every line in place and returns one warning per code page that was undone. */
export function repairMojibake(lines: { line: number; text: string }[]): SourceWarning[] {
  const repairs: MojibakeRepair[] = [];
  for (const l of lines) {
    const result = repairLine(l.text);
    if (result.repairs.length === 0) continue;
    l.text = result.text;
    for (const r of result.repairs) repairs.push({ ...r, line: l.line });
  }
  // A file that shows Windows-1252 mojibake elsewhere: "”" (E2 80 9D) lost its undefined last byte.
  if (repairs.some((r) => r.codePage === "windows-1252")) {
    for (const l of lines) {
      const result = repairLostClosingQuotes(l.text);
      if (result.repairs.length === 0) continue;
      l.text = result.text;
      for (const r of result.repairs) repairs.push({ ...r, line: l.line });
    }
  }
  const warnings: SourceWarning[] = [];
  for (const codePage of CODE_PAGES) {
    const mine = repairs.filter((r) => r.codePage === codePage);
    const first = mine[0];
    if (!first) continue;
    const lineList = [...new Set(mine.map((r) => r.line))];
    warnings.push({
      code: "encoding-repaired",
      message:
        `repaired ${mine.length} place${mine.length === 1 ? "" : "s"} of UTF-8 read as ${CODE_PAGE_LABEL[codePage]} ` +
        `(e.g. ${first.before} → ${first.after}) on line${lineList.length === 1 ? "" : "s"} ${lineList.join(", ")}`,
      line: first.line,
    });
  }
  return warnings;
}

/** Flags U+FFFD: the original characters are gone, so nothing is guessed. */
export function lossyWarning(lines: { line: number; text: string }[]): SourceWarning | null {
  const damaged = lines.filter((l) => l.text.includes("\ufffd"));
  const first = damaged[0];
  if (!first) return null;
  const count = damaged.reduce((n, l) => n + (l.text.match(/\ufffd/g)?.length ?? 0), 0);
  return {
    code: "encoding-lossy",
    message:
      `${count} replacement character${count === 1 ? "" : "s"} (U+FFFD) on line${damaged.length === 1 ? "" : "s"} ` +
      `${damaged.map((l) => l.line).join(", ")}: text lost in an earlier conversion, left as is`,
    line: first.line,
  };
}
