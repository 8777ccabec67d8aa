import type { Finding, FindingValue } from "../types.js";
import { likelyDisplay, visibleFindings } from "./filters.js";
import type { Formatter } from "./formatter.js";

/**
 * One self-contained page: inline CSS, no scripts, no external assets (a Content-Security-Policy
 * forbids them), so it opens offline and can be attached to a CI run as an artifact.
 * It shows a findings × sources matrix (cell = what that source says), then the evidence.
 * Cells carry data-* attributes so tools (and the tests) can read the matrix back.
 */

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Column key of a value's source: reference values share one "reference" column. */
const REFERENCE_COLUMN = "(reference)";

const STYLE = `
:root { color-scheme: light; --conflict: #fde2e1; --conflict-strong: #f5a9a6; --agree: #e3f5e6; --variant: #fff4d6; --line: #d0d7de; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 24px; color: #1f2328; background: #fff; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 8px; }
.summary { margin: 0 0 16px; color: #57606a; }
.summary strong { color: #cf222e; }
.scroll { overflow-x: auto; border: 1px solid var(--line); border-radius: 6px; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid var(--line); border-right: 1px solid var(--line); padding: 6px 8px; vertical-align: top; text-align: left; }
thead th { background: #f6f8fa; position: sticky; top: 0; white-space: nowrap; }
tr.conflict > th { background: var(--conflict); }
tr.variant > th { background: var(--variant); }
tr.agreement > th { background: var(--agree); }
td.cell.conflict { background: var(--conflict); }
td.cell.conflict.minority { background: var(--conflict-strong); font-weight: 600; }
td.cell.agreement { background: var(--agree); }
td.cell.variant { background: var(--variant); }
td.cell.empty { color: #8c959f; }
.status { font-weight: 600; text-transform: uppercase; font-size: 12px; }
.likely { color: #1a7f37; font-weight: 600; }
.tag { display: inline-block; border-radius: 10px; padding: 0 6px; font-size: 11px; background: #ddf4ff; color: #0969da; }
blockquote { margin: 4px 0 10px 0; padding: 4px 10px; border-left: 3px solid var(--line); color: #424a53; }
.evidence h3 { font-size: 15px; margin: 18px 0 4px; }
.muted { color: #57606a; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; }
`;

export const formatHtml: Formatter = (report, ctx) => {
  const findings = visibleFindings(report, ctx.detail);
  const columns = report.sources.map((s) => s.id);
  if (findings.some((f) => f.values.some((v) => v.reference))) columns.push(REFERENCE_COLUMN);
  const s = report.summary;
  const known = s.conflicts - s.counted;
  const title = `scoverify report: ${s.conflicts} conflict${s.conflicts === 1 ? "" : "s"}`;

  const head = columns
    .map((c) => `<th scope="col" data-source="${escapeHtml(c)}">${escapeHtml(c)}</th>`)
    .join("");
  const withEvidence = (f: Finding) => ctx.detail === "verbose" || f.status === "conflict";
  const rows = findings.map((f) => row(f, columns, withEvidence(f))).join("\n");
  const matrix = findings.length
    ? `<div class="scroll"><table id="matrix">
<thead><tr><th scope="col">status</th><th scope="col">kind</th><th scope="col">subject</th><th scope="col">likely value</th>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table></div>`
    : `<p id="no-findings">${ctx.detail === "quiet" ? "No conflicts." : "No findings."}</p>`;

  const evidenceFindings = findings.filter(withEvidence);
  const evidence = evidenceFindings.map((f) => evidenceSection(f, ctx.detail === "verbose")).join("\n");

  const sourceRows = report.sources
    .map(
      (src) =>
        `<tr data-source="${escapeHtml(src.id)}"><td>${escapeHtml(src.id)}</td><td><code>${escapeHtml(src.path)}</code></td><td>${escapeHtml(src.published ?? "—")}</td><td>${
          src.warnings.map((w) => `${escapeHtml(w.message)} <span class="tag">${escapeHtml(w.code)}</span>`).join("<br>") || ""
        }</td></tr>`,
    )
    .join("\n");

  const gone = report.gone?.length
    ? `<h2>Gone from the baseline</h2>
<p class="muted">Not found again; run with --update-baseline to prune them.</p>
<ul id="gone">${report.gone.map((g) => `<li data-finding-id="${escapeHtml(g.id)}"><code>${escapeHtml(g.id)}</code> ${escapeHtml(g.summary)}</li>`).join("")}</ul>`
    : "";

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(`${report.tool.name} ${report.tool.version}`)}">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="summary" id="summary" data-sources="${s.sources}" data-claims="${s.claims}" data-conflicts="${s.conflicts}" data-counted="${s.counted}" data-agreements="${s.agreements}" data-variants="${s.variants}">
${s.sources} sources · ${s.claims} claims · <strong>${s.conflicts} conflict${s.conflicts === 1 ? "" : "s"}</strong>${known ? ` (${known} known from the baseline)` : ""} · ${s.agreements} agreements · ${s.variants} variants
</p>
<h2>Findings by source</h2>
${matrix}
${evidence ? `<section class="evidence"><h2>Evidence</h2>\n${evidence}\n</section>` : ""}
${gone}
<h2>Sources</h2>
<div class="scroll"><table id="sources"><thead><tr><th>id</th><th>path</th><th>published</th><th>warnings</th></tr></thead>
<tbody>
${sourceRows}
</tbody></table></div>
</body>
</html>
`;
};

function row(f: Finding, columns: string[], linked: boolean): string {
  const likely = f.likely ? f.likely.value : null;
  const likelyText = likelyDisplay(f) ?? "";
  const cells = columns.map((column) => cell(f, column, likely)).join("");
  const subject = linked ? `<a href="#ev-${escapeHtml(f.id)}">${escapeHtml(f.subject)}</a>` : escapeHtml(f.subject);
  const baseline = f.baseline ? ` <span class="tag">${escapeHtml(f.baseline)}</span>` : "";
  return `<tr class="${f.status}" id="f-${escapeHtml(f.id)}" data-finding-id="${escapeHtml(f.id)}" data-status="${f.status}" data-kind="${f.kind}"${
    f.baseline ? ` data-baseline="${f.baseline}"` : ""
  }${likely !== null ? ` data-likely="${escapeHtml(likely)}"` : ""}><th scope="row" class="status">${f.status}${baseline}</th><td>${f.kind}</td><td>${subject}</td><td class="likely">${likely !== null ? escapeHtml(likelyText) : ""}</td>${cells}</tr>`;
}

function valuesOf(f: Finding, column: string): FindingValue[] {
  return f.values.filter((v) =>
    column === REFERENCE_COLUMN ? v.reference : !v.reference && v.sources.some((s) => s.source === column),
  );
}

function cell(f: Finding, column: string, likely: string | null): string {
  const values = valuesOf(f, column);
  const attrs = `data-finding-id="${escapeHtml(f.id)}" data-source="${escapeHtml(column)}"`;
  if (!values.length) return `<td class="cell empty" ${attrs} data-values="[]">—</td>`;
  const minority = f.status === "conflict" && values.some((v) => likely === null || v.value !== likely);
  const quotes = values
    .flatMap((v) => v.sources.filter((s) => column === REFERENCE_COLUMN || s.source === column))
    .map((s) => `line ${s.line}: ${s.quote}`)
    .join("\n");
  return `<td class="cell ${f.status}${minority ? " minority" : ""}" ${attrs} data-values="${escapeHtml(
    JSON.stringify(values.map((v) => v.value)),
  )}" title="${escapeHtml(quotes)}">${values.map((v) => escapeHtml(v.display)).join("<br>")}</td>`;
}

function evidenceSection(f: Finding, verbose: boolean): string {
  const items = f.values
    .map((v) => {
      const sources = verbose ? v.sources : v.sources.slice(0, 3);
      const more = v.sources.length - sources.length;
      const isLikely = f.likely?.value === v.value;
      return `<li data-value="${escapeHtml(v.value)}"><strong>${escapeHtml(v.display)}</strong>${isLikely ? ' <span class="likely">likely</span>' : ""}${
        v.reference ? ' <span class="tag">reference</span>' : ""
      }
${sources.map((s) => `<blockquote data-source="${escapeHtml(s.source)}" data-line="${s.line}"><span class="muted">${escapeHtml(s.source)}, line ${s.line}:</span> ${escapeHtml(s.quote)}</blockquote>`).join("\n")}${
        more > 0 ? `\n<p class="muted">and ${more} more source${more === 1 ? "" : "s"}</p>` : ""
      }</li>`;
    })
    .join("\n");
  const extras = [
    f.likely ? `<p>Likely value: <span class="likely">${escapeHtml(likelyDisplay(f) ?? f.likely.value)}</span> (${Math.round(f.likely.confidence * 100)}%): ${escapeHtml(f.likely.why)}</p>` : "",
    f.diff ? `<p>Difference: <code>${escapeHtml(f.diff)}</code></p>` : "",
    f.tolerance ? `<p>Tolerance: ${escapeHtml(f.tolerance)}</p>` : "",
  ].join("");
  return `<article id="ev-${escapeHtml(f.id)}" data-finding-id="${escapeHtml(f.id)}">
<h3>${escapeHtml(f.kind)}: ${escapeHtml(f.subject)} <span class="tag">${f.status}</span></h3>
<p>${escapeHtml(f.explanation)}</p>${extras}
<ul>
${items}
</ul>
</article>`;
}
