import type { Formatter } from "./formatter.js";
import { formatJson } from "./json.js";
import { formatTable } from "./table.js";

export const FORMAT_NAMES = ["table", "json"] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

/** One formatter per file, in a typed map. */
export const FORMATTERS: Record<FormatName, Formatter> = {
  table: formatTable,
  json: formatJson,
};

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}
