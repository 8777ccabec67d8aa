import type { Finding, FindingValue } from "../types.js";
import { clip, likelyDisplay, visibleFindings } from "./filters.js";
import type { Formatter } from "./formatter.js";

/**
 * A pull-request comment: counts, a table of conflicts with their values, sources and likely
 * value, the evidence quotes, then agreements (and, verbose, variants) collapsed in <details>.
 * GitHub renders HTML inside Markdown, so every text from an article is escaped for both.
 */

/** Escapes text for a Markdown table cell or paragraph: HTML first, then Markdown punctuation. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n|\r/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_[\]|#~!])/g, "\\$1");
}

export const formatMarkdown: Formatter = (report, ctx) => {
  const verbose = ctx.detail === "verbose";
  const shown = visibleFindings(report, ctx.detail);
  const conflicts = shown.filter((f) => f.status === "conflict");
  const agreements = shown.filter((f) => f.status === "agreement");
  const variants = shown.filter((f) => f.status === "variant");
  const pathOf = new Map(report.sources.map((s) => [s.id, s.path]));
  const out: string[] = [];

  const s = report.summary;
  const known = s.conflicts - s.counted;
  const newCount = report.findings.filter((f) => f.status === "conflict" && f.baseline === "new").length;
  out.push(`## scoverify: ${s.conflicts === 0 ? "no conflicts" : `${s.conflicts} conflict${s.conflicts === 1 ? "" : "s"}`}`);
  out.push("");
  const baselineNote = known || newCount ? ` (${newCount} new, ${known} known from the baseline)` : "";
  out.push(
    `${s.sources} sources · ${s.claims} claims · **${s.conflicts} conflict${s.conflicts === 1 ? "" : "s"}**${baselineNote} · ` +
      `${s.agreements} agreement${s.agreements === 1 ? "" : "s"} · ${s.variants} variant${s.variants === 1 ? "" : "s"}`,
  );

  if (conflicts.length) {
    const withBaseline = conflicts.some((f) => f.baseline);
    out.push("", "### Conflicts", "");
    out.push(`|${withBaseline ? " Baseline |" : ""} Kind | Subject | Values (sources) | Likely |`);
    out.push(`|${withBaseline ? " --- |" : ""} --- | --- | --- | --- |`);
    for (const f of conflicts) {
      const values = f.values.map((v) => `**${escapeMarkdown(v.display)}** — ${sourceList(v)}`).join("<br>");
      const likely = f.likely ? `${escapeMarkdown(likelyDisplay(f) ?? "")} (${Math.round(f.likely.confidence * 100)}%)` : "—";
      out.push(
        `|${withBaseline ? ` ${f.baseline ?? ""} |` : ""} ${f.kind} | ${escapeMarkdown(f.subject)} | ${values} | ${likely} |`,
      );
    }
    out.push("", "<details><summary>Evidence for the conflicts</summary>", "");
    for (const f of conflicts) out.push(...evidenceBlock(f, pathOf, true));
    out.push("</details>");
  }

  if (agreements.length) out.push("", ...collapsed(`${agreements.length} agreement${agreements.length === 1 ? "" : "s"}`, agreements, pathOf, verbose));
  if (variants.length) out.push("", ...collapsed(`${variants.length} variant${variants.length === 1 ? "" : "s"}`, variants, pathOf, verbose));

  if (report.gone?.length) {
    out.push("", "### Gone from the baseline", "", "These baseline conflicts were not found again; run with `--update-baseline` to prune them.", "");
    for (const g of report.gone) out.push(`- \`${g.id}\` ${escapeMarkdown(g.summary)}`);
  }

  const warned = report.sources.filter((src) => src.warnings.length);
  if (warned.length) {
    out.push("", "<details><summary>Source warnings</summary>", "");
    for (const src of warned) {
      for (const w of src.warnings) out.push(`- ${escapeMarkdown(src.id)}: ${escapeMarkdown(w.message)} (${escapeMarkdown(w.code)})`);
    }
    out.push("", "</details>");
  }
  return `${out.join("\n")}\n`;
};

function sourceList(v: FindingValue): string {
  if (v.reference) return "reference";
  return v.sources.map((s) => `${escapeMarkdown(s.source)} L${s.line}`).join(", ");
}

function collapsed(title: string, findings: Finding[], pathOf: Map<string, string>, verbose: boolean): string[] {
  const out = [`<details><summary>${title}</summary>`, "", "| Kind | Subject | Value | Sources |", "| --- | --- | --- | --- |"];
  for (const f of findings) {
    const values = f.values.map((v) => escapeMarkdown(v.display)).join(" / ");
    const sources = [...new Set(f.values.flatMap((v) => v.sources.map((s) => s.source)))].map(escapeMarkdown).join(", ");
    out.push(`| ${f.kind} | ${escapeMarkdown(f.subject)} | ${values} | ${sources} |`);
  }
  if (verbose) {
    out.push("");
    for (const f of findings) out.push(...evidenceBlock(f, pathOf, false));
  }
  out.push("", "</details>");
  return out;
}

function evidenceBlock(f: Finding, pathOf: Map<string, string>, withExplanation: boolean): string[] {
  const out = [`**${f.kind}: ${escapeMarkdown(f.subject)}**${withExplanation ? ` — ${escapeMarkdown(f.explanation)}` : ""}`, ""];
  for (const v of f.values) {
    for (const s of v.sources) {
      const where = `${escapeMarkdown(pathOf.get(s.source) ?? s.source)}:${s.line}`;
      out.push(`- ${where} (${escapeMarkdown(v.display)}): “${escapeMarkdown(clip(s.quote, 400))}”`);
    }
  }
  if (f.diff) out.push(`- diff: ${escapeMarkdown(f.diff)}`);
  if (f.tolerance) out.push(`- tolerance: ${escapeMarkdown(f.tolerance)}`);
  out.push("");
  return out;
}
