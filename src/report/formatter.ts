import type { Report } from "../types.js";
import type { ColorLevel } from "./color.js";

export interface FormatContext {
  color: ColorLevel;
  /** "quiet": conflicts only; "normal": conflicts and agreements; "verbose": everything with all evidence. */
  detail: "quiet" | "normal" | "verbose";
  /** Columns available (a terminal's width); formatters that lay out text fit it, else assume 120. */
  width?: number;
}

/** A formatter turns the report into the text of one output format. Pure: no I/O. */
export type Formatter = (report: Report, ctx: FormatContext) => string;
