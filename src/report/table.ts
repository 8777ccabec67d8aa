import { Chalk, type ChalkInstance } from "chalk";
import Table from "cli-table3";
import type { Finding, FindingStatus, Report } from "../types.js";
import { clip, likelyDisplay, visibleFindings } from "./filters.js";
import type { FormatContext, Formatter } from "./formatter.js";

const DEFAULT_WIDTH = 120;
const MIN_WIDTH = 60;

/**
 * Human-readable report: a table of conflicts (and variants) with each value, its sources and a quote,
 * then a compact table of agreements, then source warnings and a summary line.
 */
export const formatTable: Formatter = (report, ctx) => {
  const chalk = new Chalk({ level: ctx.color });
  const width = Math.max(MIN_WIDTH, ctx.width ?? DEFAULT_WIDTH);
  const findings = visibleFindings(report, ctx.detail);
  const disputed = findings.filter((f) => f.status !== "agreement");
  const agreed = findings.filter((f) => f.status === "agreement");
  const out: string[] = [];

  if (disputed.length) out.push(disputedTable(disputed, ctx, width, chalk));
  else out.push(chalk.green("No conflicts."));
  if (agreed.length) out.push(agreementTable(agreed, ctx, width, chalk));

  for (const s of report.sources) {
    for (const w of s.warnings) out.push(chalk.yellow(`warning: ${s.id}: ${w.message} [${w.code}]`));
  }
  for (const g of report.gone ?? []) out.push(chalk.dim(`gone from the baseline: ${g.summary} [${g.id}]`));
  out.push(summaryLine(report, chalk));
  return `${out.join("\n")}\n`;
};

function tableStyle(ctx: FormatContext) {
  return { head: ctx.color ? ["cyan"] : [], border: ctx.color ? ["grey"] : [] };
}

/** Column widths that fill `width`: fixed narrow columns, the rest to the last one. */
function columns(width: number, fixed: number[]): number[] {
  // Each column costs its content width plus a border; cli-table3 widths include padding.
  const used = fixed.reduce((a, b) => a + b, 0) + fixed.length + 2;
  return [...fixed, Math.max(24, width - used)];
}

function disputedTable(findings: Finding[], ctx: FormatContext, width: number, chalk: ChalkInstance): string {
  const paint: Record<FindingStatus, (s: string) => string> = {
    conflict: (s) => chalk.red.bold(s),
    variant: (s) => chalk.yellow(s),
    agreement: (s) => chalk.green(s),
  };
  const subjectWidth = Math.min(30, Math.floor(width / 5));
  const widths = columns(width, [10, 13, subjectWidth]);
  const table = new Table({
    head: ["", "kind", "subject", "what each source says"],
    style: tableStyle(ctx),
    colWidths: widths,
    wordWrap: true,
  });
  // A quote takes at most two lines of its column unless every piece of evidence was asked for.
  const quoteWidth = Math.max(40, 2 * (widths[widths.length - 1]! - 8));
  for (const f of findings) {
    const mark = f.baseline === "known" ? `${f.status}\n${chalk.dim("(known)")}` : f.status;
    table.push([paint[f.status](mark), f.kind, f.subject, describeValues(f, ctx.detail === "verbose", chalk, quoteWidth)]);
  }
  return table.toString();
}

function agreementTable(findings: Finding[], ctx: FormatContext, width: number, chalk: ChalkInstance): string {
  const subjectWidth = Math.min(40, Math.floor(width / 3));
  const table = new Table({
    head: [chalk.green("agreement"), "subject", "value (sources)"],
    style: tableStyle(ctx),
    colWidths: columns(width, [13, subjectWidth]),
    wordWrap: true,
  });
  for (const f of findings) {
    const v = f.values[0]!;
    const sources = [...new Set(v.sources.map((s) => shortId(s.source)))];
    table.push([f.kind, f.subject, `${v.display} ${chalk.dim(`[${sources.join(", ")}]`)}`]);
  }
  return table.toString();
}

function describeValues(f: Finding, verbose: boolean, chalk: ChalkInstance, quoteWidth: number): string {
  const lines: string[] = [chalk.italic(f.explanation)];
  const likely = likelyDisplay(f);
  for (const v of f.values) {
    const where = v.sources.map((s) => (s.source.startsWith("reference:") ? s.source : `${shortId(s.source)}:${s.line}`));
    const isLikely = f.status === "conflict" && f.likely?.value === v.value;
    lines.push(`${isLikely ? chalk.bold("▶ ") : "• "}${chalk.bold(v.display)} ${chalk.dim(`[${unique(where).join(", ")}]`)}`);
    const quotes = verbose ? v.sources : v.sources.slice(0, 1);
    for (const s of quotes) lines.push(`   “${clip(s.quote, verbose ? 300 : quoteWidth)}”`);
  }
  if (f.status === "conflict" && f.likely && likely !== null) {
    const why = verbose ? chalk.dim(` — ${f.likely.why}`) : "";
    lines.push(chalk.bold(`likely: ${likely} (${Math.round(f.likely.confidence * 100)}%)`) + why);
  }
  if (f.tolerance) lines.push(chalk.dim(`tolerance: ${f.tolerance}`));
  if (f.diff) lines.push(chalk.dim(`diff: ${f.diff}`));
  return lines.join("\n");
}

function summaryLine(report: Report, chalk: ChalkInstance): string {
  const { sources, claims, conflicts, agreements, variants, counted } = report.summary;
  const known = conflicts - counted;
  const conflictText = `${conflicts} conflict${conflicts === 1 ? "" : "s"}`;
  return (
    `${sources} sources, ${claims} claims: ${conflicts ? chalk.red.bold(conflictText) : chalk.green(conflictText)}` +
    `${known ? ` (${known} known from the baseline)` : ""}, ${agreements} agreements, ${variants} variants`
  );
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

/** "000_08d5411f03ad8c17.txt" → "000_08d5411f03ad"; readable ids keep the table narrow. */
function shortId(id: string): string {
  return id.replace(/\.(txt|md|markdown|html?)$/i, "").slice(0, 16);
}
