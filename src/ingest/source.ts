import type { Publication, Source, SourceFormat, SourceLine } from "../types.js";
import { removeBoilerplate } from "./boilerplate.js";
import { decodeBytes } from "./decode.js";
import { htmlToArticle } from "./html.js";
import { markdownToLines } from "./markdown.js";
import { lossyWarning, repairMojibake } from "./mojibake.js";
import { findPublication, parseDateValue } from "./published.js";

/**
 * Turns a file's bytes into a Source: decoding and encoding repair, format-specific text extraction
 * (HTML article, Markdown syntax), page furniture removal, publication date. Line numbers stay those
 * of the file as stored; dropped lines are omitted, never renumbered.
 */
export function buildSource(id: string, path: string, format: SourceFormat, bytes: Uint8Array): Source {
  const decoded = decodeBytes(bytes);
  const warnings = [...decoded.warnings];
  const fileLines: SourceLine[] = decoded.text.split("\n").map((text, i) => ({ line: i + 1, text }));
  // Repair before parsing, line by line, so that the repaired text keeps its place in the file.
  if (decoded.utf8) warnings.push(...repairMojibake(fileLines));
  const lossy = lossyWarning(fileLines);
  if (lossy) warnings.push(lossy);

  let lines = fileLines;
  let title: string | null = null;
  let byline: string | null = null;
  let metadataDate: Publication | null = null;
  if (format === "html") {
    const article = htmlToArticle(fileLines.map((l) => l.text).join("\n"));
    lines = article.lines;
    title = article.title;
    byline = article.byline;
    metadataDate = article.published;
  } else if (format === "markdown") {
    const md = markdownToLines(fileLines);
    lines = md.lines;
    const fields = md.frontMatter?.fields ?? {};
    title = fields["title"]?.value || null;
    byline = (fields["author"] ?? fields["byline"])?.value || null;
    const dateField = fields["date"] ?? fields["published"];
    const date = dateField ? parseDateValue(dateField.value) : null;
    if (dateField && date) metadataDate = { date, origin: "front-matter", line: dateField.line, quote: dateField.quote };
  }
  // The date stamp goes first: a stamp glued to a doubled caption hides the doubling.
  const publication = findPublication(lines, metadataDate);
  lines = removeBoilerplate(publication.lines);
  return {
    id,
    path,
    format,
    title,
    byline,
    published: publication.published,
    lines,
    warnings,
  };
}
