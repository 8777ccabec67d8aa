import type { SourceWarning } from "../types.js";
import { decodeCodePage } from "./codepage.js";

export interface DecodedText {
  /** The file's text: BOM removed, line breaks unified to "\n", Unicode NFC. */
  text: string;
  warnings: SourceWarning[];
  /** False when the bytes were not valid UTF-8 and were read as Windows-1252. */
  utf8: boolean;
}

export type Utf16Order = "utf-16le" | "utf-16be";

/**
 * UTF-16 byte order of a file, from its BOM or, without one, from the NUL bytes that every ASCII
 * character brings in UTF-16 (at odd offsets for little-endian, even for big-endian); null otherwise.
 */
export function utf16Order(bytes: Uint8Array): Utf16Order | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  // Mostly-ASCII text: nearly every pair has its NUL on one side and never on the other.
  if (oddNul >= pairs * 0.6 && evenNul <= pairs * 0.05) return "utf-16le";
  if (evenNul >= pairs * 0.6 && oddNul <= pairs * 0.05) return "utf-16be";
  return null;
}

/** Decodes a file's bytes. UTF-16 (by BOM or NUL pattern) and valid UTF-8 are read as such; anything else as Windows-1252 (a superset of Latin-1). */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const warnings: SourceWarning[] = [];
  let text: string;
  let utf8 = true;
  const order = utf16Order(bytes);
  if (order) {
    const bom = bytes.length >= 2 && (bytes[0] === 0xff || bytes[0] === 0xfe);
    text = new TextDecoder(order, { ignoreBOM: true }).decode(bytes);
    if (!bom) {
      warnings.push({
        code: "encoding-utf16",
        message: `file has no byte-order mark but reads as ${order === "utf-16le" ? "UTF-16LE" : "UTF-16BE"}; decoded as such`,
        line: 1,
      });
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    // UTF-16 cannot carry UTF-8 mojibake the usual way, but a converted file can: repair still runs.
    return { text: normaliseText(text), warnings, utf8: true };
  }
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    utf8 = false;
    text = decodeCodePage(bytes, "windows-1252");
    const line = firstInvalidUtf8Line(bytes);
    warnings.push({
      code: "encoding-not-utf8",
      message: `file is not valid UTF-8 (first bad byte on line ${line}); read as Windows-1252`,
      line,
    });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = normaliseText(text);
  return { text, warnings, utf8 };
}

/** Line breaks (CRLF, CR) to "\n" and Unicode NFC, so that "é" typed two ways compares equal. */
export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, "\n").normalize("NFC");
}

/** 1-based line of the first byte that breaks UTF-8 (CRLF counted as one break, like the split lines). */
function firstInvalidUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) line++;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return line;
    const slice = bytes.subarray(i, i + need + 1);
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(slice);
    } catch {
      return line;
    }
    i += need + 1;
  }
  return line;
}
