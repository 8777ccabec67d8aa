import type { SourceLine } from "../types.js";

export interface FrontMatter {
  /** Keys lowercased; values unquoted. */
  fields: Record<string, { value: string; line: number; quote: string }>;
}

export interface MarkdownText {
  lines: SourceLine[];
  frontMatter: FrontMatter | null;
}

/** Markdown to plain text line by line: line numbers stay those of the file; syntax-only lines are dropped. */
export function markdownToLines(lines: SourceLine[]): MarkdownText {
  let frontMatter: FrontMatter | null = null;
  let body = lines;
  const firstContent = lines.findIndex((l) => l.text.trim() !== "");
  const opener = lines[firstContent];
  if (opener && firstContent === 0 && opener.text.trim() === "---") {
    const close = lines.findIndex((l, k) => k > firstContent && /^(---|\.\.\.)\s*$/.test(l.text));
    if (close > 0) {
      frontMatter = parseFrontMatter(lines.slice(firstContent + 1, close));
      body = lines.slice(close + 1);
    }
  }
  const out: SourceLine[] = [];
  let inFence = false;
  /** Closing of a raw HTML block the lines are inside (script, style, comment): its text is not the article. */
  let rawUntil: RegExp | null = null;
  for (const l of body) {
    const raw = l.text;
    if (rawUntil) {
      if (rawUntil.test(raw)) rawUntil = null;
      continue;
    }
    const opener = /<(script|style|noscript|template)\b|<!--/i.exec(raw);
    if (!inFence && opener) {
      const close = opener[1] ? new RegExp(`</${opener[1]}\\s*>`, "i") : /-->/;
      if (!close.test(raw.slice(opener.index))) {
        rawUntil = close;
        continue;
      }
    }
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push({ line: l.line, text: raw });
      continue;
    }
    const text = stripMarkdownLine(raw);
    if (text === null) continue;
    out.push({ line: l.line, text });
  }
  return { lines: out, frontMatter };
}

function parseFrontMatter(lines: SourceLine[]): FrontMatter {
  const fields: FrontMatter["fields"] = {};
  for (const l of lines) {
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(l.text);
    if (!m || m[1] === undefined || m[2] === undefined) continue;
    const value = m[2].replace(/^(["'])(.*)\1$/, "$2");
    fields[m[1].toLowerCase()] = { value, line: l.line, quote: l.text.trim() };
  }
  return { fields };
}

/** Plain text of one Markdown line, or null when the line is syntax only (rules, table separators). */
export function stripMarkdownLine(raw: string): string | null {
  let text = raw;
  if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(text)) return null; // horizontal rule
  if (/^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(text)) return null; // table separator
  if (/^\s*<!--.*-->\s*$/.test(text)) return null;
  // Inline HTML (Markdown allows it): script/style bodies and comments go, tags go, entities are decoded.
  if (/<\/?[a-z][^>]*>|&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i.test(text)) {
    text = text
      .replace(/<(script|style|noscript|template)\b[^>]*>.*?<\/\1\s*>/gi, " ")
      .replace(/<!--.*?-->/g, " ")
      .replace(/<br\s*\/?>/gi, " ")
      .replace(/<\/?[a-z][^>]*>/gi, "")
      .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (entity, name: string) => decodeEntity(entity, name));
    if (!text.trim()) return null;
    text = text.replace(/\s{2,}/g, " ").trimEnd();
  }
  // Block markers: blockquote (possibly nested), heading, list item.
  text = text.replace(/^\s*(>\s?)+/, "");
  text = text.replace(/^\s{0,3}#{1,6}\s+/, "").replace(/\s+#+\s*$/, "");
  text = text.replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?/, "");
  if (/^\s*\|.*\|\s*$/.test(text)) {
    const cells = text.trim().replace(/^\|/, "").replace(/\|$/, "").split(/(?<!\\)\|/);
    text = cells.map((c) => c.trim()).join(" | ");
  }
  text = stripInline(text);
  return text;
}

function stripInline(text: string): string {
  return (
    text
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1") // image: keep its alt text
      .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, "$1") // [text](url)
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1") // [text][ref]
      .replace(/<(https?:[^>\s]+)>/g, "$1")
      .replace(/`([^`]+)`/g, "$1")
      // Emphasis: markers hugging non-space text; underscores only at word edges (snake_case stays).
      .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
      .replace(/(^|[^\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\*)/g, "$1$2")
      .replace(/(^|[^\w])_(?=\S)(.+?)(?<=\S)_(?!\w)/g, "$1$2")
      .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, "$1")
      .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, "$1")
  );
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—", hellip: "…",
  lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", eacute: "é", copy: "©",
};

/** One HTML entity's character; an unknown name stays as written. */
function decodeEntity(entity: string, name: string): string {
  if (name.startsWith("#")) {
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  }
  return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
}
