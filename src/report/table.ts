import { Chalk } from "chalk";
import Table from "cli-table3";
import type { Finding, FindingStatus } from "../types.js";
import { clip, visibleFindings } from "./filters.js";
import type { Formatter } from "./formatter.js";

/** Human-readable table: conflicts first, then variants and agreements, each value with its sources. */
export const formatTable: Formatter = (report, ctx) => {
  const chalk = new Chalk({ level: ctx.color });
  const paint: Record<FindingStatus, (s: string) => string> = {
    conflict: (s) => chalk.red.bold(s),
    variant: (s) => chalk.yellow(s),
    agreement: (s) => chalk.green(s),
  };
  const findings = visibleFindings(report, ctx.detail);
  const out: string[] = [];
  if (findings.length) {
    const table = new Table({
      head: ["status", "kind", "subject", "values (sources: quote)"],
      style: { head: ctx.color ? ["cyan"] : [], border: ctx.color ? ["grey"] : [] },
      colWidths: [11, 12, 26, 78],
      wordWrap: true,
    });
    for (const f of findings) {
      table.push([paint[f.status](f.status), f.kind, f.subject, describeValues(f, ctx.detail === "verbose", chalk)]);
    }
    out.push(table.toString());
  } else {
    out.push(ctx.detail === "quiet" ? "No conflicts." : "No findings.");
  }
  for (const s of report.sources) {
    for (const w of s.warnings) out.push(chalk.yellow(`warning: ${s.id}: ${w.message} [${w.code}]`));
  }
  const { sources, claims, conflicts, agreements, variants, counted } = report.summary;
  const known = conflicts - counted;
  out.push(
    `${sources} sources, ${claims} claims: ${paint.conflict(`${conflicts} conflict${conflicts === 1 ? "" : "s"}`)}` +
      `${known ? ` (${known} known from the baseline)` : ""}, ${agreements} agreements, ${variants} variants`,
  );
  return `${out.join("\n")}\n`;
};

function describeValues(f: Finding, verbose: boolean, chalk: InstanceType<typeof Chalk>): string {
  const lines: string[] = [];
  for (const v of f.values) {
    const ids = v.sources.map((s) => (v.reference ? s.source : `${shortId(s.source)}:${s.line}`));
    const mark = f.likely && f.likely.value === v.value ? chalk.bold(" ← likely") : "";
    lines.push(`${chalk.bold(v.display)} [${ids.join(", ")}]${mark}`);
    const quotes = verbose ? v.sources : v.sources.slice(0, 1);
    for (const s of quotes) lines.push(`  “${clip(s.quote, verbose ? 300 : 90)}”`);
  }
  if (f.status === "conflict" && f.likely) lines.push(chalk.dim(`likely: ${f.likely.value} (${Math.round(f.likely.confidence * 100)}%)`));
  if (f.tolerance) lines.push(chalk.dim(`tolerance: ${f.tolerance}`));
  if (f.diff) lines.push(chalk.dim(`diff: ${f.diff}`));
  return lines.join("\n");
}

/** "000_08d5411f03ad8c17.txt" → "000_08d5411f"; readable ids keep the table narrow. */
function shortId(id: string): string {
  return id.replace(/\.(txt|md|markdown|html?)$/i, "").slice(0, 16);
}
