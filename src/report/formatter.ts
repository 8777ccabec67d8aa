import type { Report } from "../types.js";
import type { ColorLevel } from "./color.js";

export interface FormatContext {
  color: ColorLevel;
  /** "quiet": conflicts only; "normal": conflicts and agreements; "verbose": everything with all evidence. */
  detail: "quiet" | "normal" | "verbose";
}

/** A formatter turns the report into the text of one output format. Pure: no I/O. */
export type Formatter = (report: Report, ctx: FormatContext) => string;
