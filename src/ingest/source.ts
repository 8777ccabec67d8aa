import type { Source, SourceFormat, SourceLine } from "../types.js";

/** Turns a file's bytes into a Source: decoding, line split. (Repairs and HTML come in their own modules.) */
export function buildSource(id: string, path: string, format: SourceFormat, bytes: Buffer): Source {
  let text = bytes.toString("utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, "\n").normalize("NFC");
  const lines: SourceLine[] = text.split("\n").map((t, i) => ({ line: i + 1, text: t }));
  return { id, path, format, title: null, byline: null, published: null, lines, warnings: [] };
}
