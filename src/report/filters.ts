import type { Finding, Report } from "../types.js";
import type { FormatContext } from "./formatter.js";

/** Pure message filter: which findings a reader asked to see at this level of detail. */
export function visibleFindings(report: Report, detail: FormatContext["detail"]): Finding[] {
  if (detail === "quiet") return report.findings.filter((f) => f.status === "conflict");
  if (detail === "normal") return report.findings.filter((f) => f.status !== "variant");
  return report.findings;
}

/** Shortens a quote around its middle for narrow displays. */
export function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/** The likely value as a person reads it: the display of the matching value, else the canonical value. */
export function likelyDisplay(f: Finding): string | null {
  if (!f.likely) return null;
  const likely = f.likely.value;
  return f.values.find((v) => v.value === likely)?.display ?? likely;
}
