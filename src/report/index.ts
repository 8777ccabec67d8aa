import type { Formatter } from "./formatter.js";
import { formatGithub } from "./github.js";
import { formatHtml } from "./html.js";
import { formatJson } from "./json.js";
import { formatMarkdown } from "./markdown.js";
import { formatSarif } from "./sarif.js";
import { formatTable } from "./table.js";

export const FORMAT_NAMES = ["table", "json", "sarif", "github", "markdown", "html"] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

/** One formatter per file, in a typed map. */
export const FORMATTERS: Record<FormatName, Formatter> = {
  table: formatTable,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  markdown: formatMarkdown,
  html: formatHtml,
};

/** Formats that may carry ANSI colour at all; the others are machine-read or rendered elsewhere. */
export const COLOR_FORMATS: ReadonlySet<FormatName> = new Set<FormatName>(["table"]);

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}

/** One requested output: a format, and the file it goes to (null: stdout). */
export interface FormatSpec {
  name: FormatName;
  path: string | null;
}

/** "sarif" → stdout; "sarif:out/scoverify.sarif" → that file. Returns an error message when invalid. */
export function parseFormatSpec(text: string): FormatSpec | string {
  const colon = text.indexOf(":");
  const name = (colon < 0 ? text : text.slice(0, colon)).trim();
  const path = colon < 0 ? null : text.slice(colon + 1).trim();
  if (!isFormatName(name)) return `unknown format "${name}"; choose from ${FORMAT_NAMES.join(", ")}`;
  if (path === "") return `"${text}": no file after "${name}:"`;
  return { name, path };
}
