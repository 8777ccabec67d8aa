// Single-byte Windows code pages. Node 20's TextDecoder("windows-1252") decodes 0x80–0x9F as C1
// controls (the ISO-8859-1 reading), so that range is taken from the WHATWG Encoding Standard table.

export type CodePage = "windows-1252" | "windows-1250";

/** windows-1252 bytes 0x80–0x9F (WHATWG index); 0x81, 0x8D, 0x8F, 0x90, 0x9D map to the C1 control of that number. */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** Decodes bytes in a Windows code page, correct even where the runtime's decoder is not. */
export function decodeCodePage(bytes: Uint8Array, codePage: CodePage): string {
  const text = new TextDecoder(codePage).decode(bytes);
  if (codePage !== "windows-1252") return text;
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    out += cp >= 0x80 && cp <= 0x9f ? String.fromCodePoint(WINDOWS_1252_HIGH[cp - 0x80] ?? cp) : ch;
  }
  return out;
}
