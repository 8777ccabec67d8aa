// HTML articles: the report's text by block (paragraph, heading, quote, list item, caption), each
// tagged with the line of the raw file where its text starts, plus title, byline and metadata date.
import { readFileSync } from "node:fs";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { Publication, SourceLine } from "../types.js";
import { furnitureReason } from "./boilerplate.js";

/** The slice of the DOM this module uses (the project compiles without the DOM lib). */
interface DomNode {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  tagName: string;
  children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
  remove(): void;
}
interface DomDocument {
  body: DomElement | null;
  documentElement: DomElement;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

interface BoilerplateData {
  furnitureClass: string;
}
const FURNITURE_CLASS = new RegExp(
  (JSON.parse(readFileSync(new URL("../../data/boilerplate.json", import.meta.url), "utf8")) as BoilerplateData)
    .furnitureClass,
  "i",
);

export interface HtmlArticle {
  lines: SourceLine[];
  title: string | null;
  byline: string | null;
  /** Publication date from metadata (meta tags, JSON-LD, <time>), if any. */
  published: Publication | null;
}

const SKIP_TAGS = new Set([
  "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "NAV", "ASIDE", "FOOTER", "FORM", "BUTTON", "SVG",
  "IFRAME", "SELECT", "INPUT", "TEXTAREA", "HEAD", "TITLE", "IMG", "VIDEO", "AUDIO", "CANVAS",
]);
const LEAF_BLOCKS = new Set(["P", "H1", "H2", "H3", "H4", "H5", "H6", "FIGCAPTION", "DT", "DD", "PRE", "CAPTION"]);
const CONTAINER_BLOCKS = new Set([
  "DIV", "SECTION", "ARTICLE", "MAIN", "HEADER", "BLOCKQUOTE", "UL", "OL", "DL", "FIGURE", "TABLE",
  "THEAD", "TBODY", "TFOOT", "LI", "BODY", "CENTER",
]);

function parseDocument(html: string): DomDocument {
  // <br> separates words; textContent would glue them.
  const spaced = html.replace(/<br\s*\/?>/gi, " <br>");
  return parseHTML(spaced).document as unknown as DomDocument;
}

const collapse = (s: string): string => s.replace(/\s+/g, " ").trim();
const elementText = (el: DomNode): string => collapse(el.textContent ?? "");

function isFurniture(el: DomElement): boolean {
  if (SKIP_TAGS.has(el.tagName)) return true;
  const marks = [el.getAttribute("class"), el.getAttribute("id"), el.getAttribute("role"), el.getAttribute("aria-label")]
    .filter((v): v is string => Boolean(v))
    .join(" ");
  if (marks && FURNITURE_CLASS.test(marks)) return true;
  return el.getAttribute("hidden") !== null || el.getAttribute("aria-hidden") === "true";
}

function hasBlockChild(el: DomElement): boolean {
  return Array.from(el.children).some((c) => LEAF_BLOCKS.has(c.tagName) || CONTAINER_BLOCKS.has(c.tagName) || c.tagName === "TR");
}

const HEADINGS = new Set(["H1", "H2", "H3", "H4", "H5", "H6"]);
const LISTS = new Set(["UL", "OL"]);

/** A heading that announces links to other stories ("Most read", "Related stories", "More from ..."). */
function isFurnitureHeading(el: DomElement): boolean {
  if (!HEADINGS.has(el.tagName) && el.tagName !== "P" && el.tagName !== "STRONG") return false;
  const text = elementText(el);
  return text.length > 0 && text.length <= 60 && furnitureReason(text) === "link or prompt";
}

/** A list of two or more items that are each nothing but a link: headlines of other stories. */
function isLinkList(el: DomElement): boolean {
  if (!LISTS.has(el.tagName)) return false;
  const items = Array.from(el.children).filter((c) => c.tagName === "LI");
  if (items.length < 2) return false;
  return items.every((li) => {
    const links = Array.from(li.querySelectorAll("a")).map(elementText).join(" ");
    return links !== "" && collapse(links) === elementText(li);
  });
}

/** A container of links that opens with a furniture heading ("<div><h3>Most read</h3><ol>...</ol></div>"). */
function opensWithFurnitureHeading(el: DomElement): boolean {
  const first = el.children[0];
  if (!CONTAINER_BLOCKS.has(el.tagName) || el.tagName === "BODY" || first === undefined || !isFurnitureHeading(first)) {
    return false;
  }
  const linkText = Array.from(el.querySelectorAll("a")).map(elementText).join("").length;
  const rest = elementText(el).length - elementText(first).length;
  return linkText * 2 >= rest;
}

/**
 * A leaf block's text split at its line breaks. A <br> ends a line when what comes before ends a
 * sentence or what follows starts like a new line (capital, digit, quote, bullet); otherwise the
 * break only wraps a sentence and is read as a space.
 */
function blockLines(el: DomElement): string[] {
  const segments: string[] = [""];
  const walk = (node: DomNode): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) segments[segments.length - 1] += child.textContent ?? "";
      else if (child.nodeType === 1) {
        const c = child as DomElement;
        if (c.tagName === "BR") segments.push("");
        else if (!SKIP_TAGS.has(c.tagName)) walk(c);
      }
    }
  };
  walk(el);
  const lines: string[] = [];
  for (const raw of segments.map(collapse)) {
    if (!raw) continue;
    const last = lines[lines.length - 1];
    if (last !== undefined && !/[.!?:;”"’)]$/.test(last) && !/^[\p{Lu}\p{N}“"‘'•·–—-]/u.test(raw)) {
      lines[lines.length - 1] = `${last} ${raw}`;
    } else lines.push(raw);
  }
  return lines;
}

/** Text blocks of a container in document order; `furniture` says whether to skip page-furniture elements. */
function collectBlocks(el: DomElement, out: string[], skipFurniture: boolean): void {
  let afterFurnitureHeading = false;
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3) {
      // Loose text directly inside a container (e.g. a div without <p>).
      const t = elementText(child);
      if (t && !LEAF_BLOCKS.has(el.tagName)) out.push(t);
      continue;
    }
    if (child.nodeType !== 1) continue;
    const c = child as DomElement;
    if (SKIP_TAGS.has(c.tagName) || (skipFurniture && isFurniture(c))) continue;
    if (skipFurniture) {
      // Lists of other stories: under a "Most read"/"Related" heading, or made of links only.
      const headed = afterFurnitureHeading && LISTS.has(c.tagName);
      afterFurnitureHeading = isFurnitureHeading(c);
      if (afterFurnitureHeading || headed || isLinkList(c) || opensWithFurnitureHeading(c)) continue;
    }
    if (c.tagName === "TR") {
      const cells = Array.from(c.children).map(elementText).filter(Boolean);
      if (cells.length) out.push(cells.join(" | "));
    } else if (LEAF_BLOCKS.has(c.tagName) || !hasBlockChild(c)) {
      out.push(...blockLines(c));
    } else collectBlocks(c, out, skipFurniture);
  }
}

/** Removes page furniture before Readability sees the page, sparing anything that holds the article. */
function withoutFurniture(doc: DomDocument): DomDocument {
  const all = Array.from(doc.querySelectorAll("body *"));
  for (const el of all) {
    if (el.tagName === "SCRIPT" || el.tagName === "STYLE") continue; // Readability reads JSON-LD itself
    if (!isFurniture(el)) continue;
    if (el.querySelector("article, main, h1, [role=main]")) continue;
    el.remove();
  }
  return doc;
}

/** Folding used to find a block's text in the raw file: letters and digits only, lowercased. */
function foldKey(text: string): string {
  let key = "";
  for (const ch of text) if (/[\p{L}\p{N}]/u.test(ch)) key += ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
  return key;
}

const entityCache = new Map<string, string>();
function decodeEntity(entity: string): string {
  const cached = entityCache.get(entity);
  if (cached !== undefined) return cached;
  let decoded: string;
  const num = /^&#(x[0-9a-f]+|\d+);?$/i.exec(entity);
  if (num?.[1]) {
    const code = num[1].startsWith("x") || num[1].startsWith("X") ? parseInt(num[1].slice(1), 16) : parseInt(num[1], 10);
    decoded = code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
  } else {
    decoded = parseHTML(`<p>${entity}</p>`).document.querySelector("p")?.textContent ?? entity;
  }
  entityCache.set(entity, decoded);
  return decoded;
}

/** The raw file's visible text folded like foldKey, with each key character's offset in the file. */
interface RawIndex {
  key: string;
  offsets: number[];
}

function indexRawText(html: string, from: number): RawIndex {
  let key = "";
  const offsets: number[] = [];
  const push = (text: string, offset: number): void => {
    for (const ch of foldKey(text)) {
      key += ch;
      for (let k = 0; k < ch.length; k++) offsets.push(offset);
    }
  };
  let i = from;
  while (i < html.length) {
    const ch = html.charAt(i);
    if (ch === "<") {
      if (html.startsWith("<!--", i)) {
        const end = html.indexOf("-->", i + 4);
        i = end < 0 ? html.length : end + 3;
        continue;
      }
      const raw = /^<\s*(script|style|noscript|template|textarea)\b/i.exec(html.slice(i, i + 20));
      const close = html.indexOf(">", i);
      if (close < 0) break;
      if (raw?.[1]) {
        const endTag = html.toLowerCase().indexOf(`</${raw[1].toLowerCase()}`, close);
        i = endTag < 0 ? html.length : endTag;
        const after = html.indexOf(">", i);
        i = after < 0 ? html.length : after + 1;
        continue;
      }
      i = close + 1;
      continue;
    }
    if (ch === "&") {
      const m = /^&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);?/i.exec(html.slice(i, i + 12));
      if (m) {
        push(decodeEntity(m[0]), i);
        i += m[0].length;
        continue;
      }
    }
    const cp = html.codePointAt(i) ?? 0;
    const c = String.fromCodePoint(cp);
    push(c, i);
    i += c.length;
  }
  return { key, offsets };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Raw-file offset where a block's text starts: its first unused occurrence, or null when not found. */
function locate(index: RawIndex, text: string, used: Set<number>): number | null {
  const key = foldKey(text);
  if (!key) return null;
  for (const len of [Math.min(key.length, 80), Math.min(key.length, 24)]) {
    const needle = key.slice(0, len);
    let at = index.key.indexOf(needle);
    while (at >= 0) {
      const offset = index.offsets[at];
      if (offset !== undefined && !used.has(offset)) return offset;
      at = index.key.indexOf(needle, at + 1);
    }
  }
  return null;
}

/** Extracts the article of an HTML page (already decoded and repaired) as lines of the raw file. */
export function htmlToArticle(html: string): HtmlArticle {
  const starts = lineStarts(html);
  const bodyAt = html.search(/<body[\s>]/i);
  const index = indexRawText(html, bodyAt < 0 ? 0 : bodyAt);
  const original = parseDocument(html);
  const published = metadataDate(original, html, starts);

  let blocks: string[] = [];
  let title: string | null = null;
  let byline: string | null = null;
  try {
    const article = new Readability(withoutFurniture(parseDocument(html))).parse();
    if (article) {
      title = article.title ? collapse(article.title) : null;
      byline = article.byline ? collapse(article.byline).replace(/^by\s+/i, "") || null : null;
      if (article.content) {
        const content = parseHTML(`<!DOCTYPE html><html><body>${article.content}</body></html>`)
          .document as unknown as DomDocument;
        if (content.body) collectBlocks(content.body, blocks, true);
      }
    }
  } catch {
    blocks = [];
  }
  const container =
    original.querySelector("article") ?? original.querySelector("main") ?? original.querySelector("[role=main]");
  if (blocks.length === 0) {
    // Readability found nothing: fall back to the article, main or body element, minus page furniture.
    const root = container ?? original.body;
    if (root) collectBlocks(root, blocks, true);
  } else if (container) {
    // Readability drops the headline and picture captions; they are part of the report.
    const extra = [container.querySelector("h1"), ...Array.from(container.querySelectorAll("figcaption"))];
    for (const el of extra) {
      if (!el || el.closest("nav, aside, footer, form")) continue;
      const t = elementText(el);
      if (t && !blocks.some((b) => b.includes(t))) blocks.push(t);
    }
  }
  if (!title) {
    const h1 = original.querySelector("h1");
    title = (h1 && elementText(h1)) || collapse(original.querySelector("title")?.textContent ?? "") || null;
  }
  if (!byline) {
    for (const selector of ["[itemprop=author]", "[rel=author]", ".author", ".byline"]) {
      const author = original.querySelector(selector);
      const text = author ? elementText(author).replace(/^by\s+/i, "").split(/\s+[·|•]\s+/)[0] : "";
      if (text) {
        byline = text;
        break;
      }
    }
  }

  const used = new Set<number>();
  const located: { offset: number; order: number; text: string }[] = [];
  const seen = new Set<string>();
  blocks.forEach((text, order) => {
    if (seen.has(text)) return;
    seen.add(text);
    const offset = locate(index, text, used);
    if (offset !== null) used.add(offset);
    // A block whose text cannot be found keeps the position of the block before it.
    located.push({ offset: offset ?? located[located.length - 1]?.offset ?? 0, order, text });
  });
  located.sort((a, b) => a.offset - b.offset || a.order - b.order);
  const lines = located.map((b) => ({ line: lineOf(starts, b.offset), text: b.text }));
  return { lines, title, byline, published };
}

/** Publication date from the page's metadata, in order of trust: Open Graph article time, JSON-LD, <time>. */
function metadataDate(doc: DomDocument, html: string, starts: number[]): Publication | null {
  const candidates: string[] = [];
  for (const sel of [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="pubdate"]',
    'meta[name="publishdate"]',
    'meta[name="date"]',
    'meta[name="dc.date"]',
    'meta[name="DC.date.issued"]',
  ]) {
    const v = doc.querySelector(sel)?.getAttribute("content");
    if (v) candidates.push(v);
  }
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const found = findJsonLdDate(JSON.parse(script.textContent ?? "") as unknown);
      if (found) candidates.push(found);
    } catch {
      // Broken JSON-LD is common; the other sources of a date remain.
    }
  }
  const time =
    doc.querySelector("article time[datetime]") ?? doc.querySelector("time[pubdate]") ?? doc.querySelector("time[datetime]");
  const timeValue = time?.getAttribute("datetime");
  if (timeValue) candidates.push(timeValue);
  for (const value of candidates) {
    const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(value);
    if (!m) continue;
    const at = html.indexOf(value);
    const line = at >= 0 ? lineOf(starts, at) : 1;
    const quote = at >= 0 ? tagAround(html, at, value.length) : value;
    return { date: `${m[1]}-${m[2]}-${m[3]}`, origin: "metadata", line, quote };
  }
  return null;
}

/** The tag (or JSON member) holding a metadata value, for the evidence quote: never the whole page. */
function tagAround(html: string, at: number, length: number): string {
  const open = html.lastIndexOf("<", at);
  const close = html.indexOf(">", at + length);
  if (open >= 0 && close >= 0 && at - open <= 200 && close - at <= 200 && !html.slice(open, at).includes(">")) {
    return collapse(html.slice(open, close + 1));
  }
  const key = html.lastIndexOf('"', html.lastIndexOf('"', at - 1) - 1);
  const from = key >= 0 && at - key <= 40 ? html.lastIndexOf('"', key - 1) : at;
  return collapse(html.slice(Math.max(0, from), at + length + 1));
}

function findJsonLdDate(node: unknown): string | null {
  if (Array.isArray(node)) {
    for (const item of node) {
      const d = findJsonLdDate(item);
      if (d) return d;
    }
    return null;
  }
  if (typeof node !== "object" || node === null) return null;
  const record = node as Record<string, unknown>;
  if (typeof record["datePublished"] === "string") return record["datePublished"];
  // The article may sit anywhere: under "@graph", "mainEntity", "mainEntityOfPage", ...
  for (const value of Object.values(record)) {
    if (typeof value !== "object" || value === null) continue;
    const d = findJsonLdDate(value);
    if (d) return d;
  }
  return null;
}
