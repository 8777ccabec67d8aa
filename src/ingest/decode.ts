import type { SourceWarning } from "../types.js";
import { decodeCodePage } from "./codepage.js";

export interface DecodedText {
  /** The file's text: BOM removed, line breaks unified to "\n", Unicode NFC. */
  text: string;
  warnings: SourceWarning[];
  /** False when the bytes were not valid UTF-8 and were read as Windows-1252. */
  utf8: boolean;
}

/** Decodes a file's bytes. Valid UTF-8 is read as such; anything else as Windows-1252 (a superset of Latin-1). */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const warnings: SourceWarning[] = [];
  let text: string;
  let utf8 = true;
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
