import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseHTML } from "linkedom";
import { visibleFindings } from "../../src/report/filters.js";
import type { Report } from "../../src/types.js";

/** Debian's chromium; .ci/run installs it. A missing browser fails the test: it must not pass unseen. */
export const CHROMIUM = process.env.SCOVERIFY_CHROMIUM ?? "/usr/bin/chromium";

/** Loads a page in headless Chromium (no network, fresh profile) and returns the DOM it built. */
export function dumpDom(file: string): string {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: the HTML report is tested in a real browser. ` +
        `Install it with "apt-get install -y chromium" (.ci/run does this as root) or set SCOVERIFY_CHROMIUM.`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), "scoverify-chromium-"));
  try {
    return execFileSync(
      CHROMIUM,
      [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        `--user-data-dir=${profile}`,
        "--dump-dom",
        pathToFileURL(file).href,
      ],
      { encoding: "utf8", timeout: 90_000, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

export interface MatrixCell {
  finding: string;
  source: string;
  values: string[];
  classes: string[];
}

/** Reads the findings × sources matrix back from a dumped DOM. */
export function readMatrix(dom: string): { columns: string[]; rows: { id: string; status: string; cells: MatrixCell[] }[] } {
  const { document } = parseHTML(dom);
  const columns = [...document.querySelectorAll("#matrix thead th[data-source]")].map((th) => th.getAttribute("data-source") ?? "");
  const rows = [...document.querySelectorAll("#matrix tbody tr[data-finding-id]")].map((tr) => ({
    id: tr.getAttribute("data-finding-id") ?? "",
    status: tr.getAttribute("data-status") ?? "",
    cells: [...tr.querySelectorAll("td.cell")].map((td) => ({
      finding: td.getAttribute("data-finding-id") ?? "",
      source: td.getAttribute("data-source") ?? "",
      values: JSON.parse(td.getAttribute("data-values") ?? "null") as string[],
      classes: (td.getAttribute("class") ?? "").split(/\s+/),
    })),
  }));
  return { columns, rows };
}

/** What the matrix must say: for each shown finding and source, the values that source gives. */
export function expectedMatrix(report: Report, detail: "quiet" | "normal" | "verbose") {
  const columns = report.sources.map((s) => s.id);
  const findings = visibleFindings(report, detail);
  if (findings.some((f) => f.values.some((v) => v.reference))) columns.push("(reference)");
  return {
    columns,
    rows: findings.map((f) => ({
      id: f.id,
      status: f.status,
      cells: columns.map((c) =>
        f.values
          .filter((v) => (c === "(reference)" ? v.reference : !v.reference && v.sources.some((s) => s.source === c)))
          .map((v) => v.value),
      ),
    })),
  };
}
