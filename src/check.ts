import { alignClaims } from "./align/index.js";
import { discoverTruth } from "./align/truth.js";
import { extractClaims } from "./extract/index.js";
import { ingestPaths } from "./ingest/index.js";
import { applyReferences, isReferenceFile, loadReferences } from "./reference/index.js";
import type { AnyClaim, ClaimKind, Diagnostic, Finding, Report, Source } from "./types.js";
import { TOOL } from "./version.js";

export interface CheckOptions {
  cwd: string;
  kinds?: readonly ClaimKind[];
  skip?: (path: string) => boolean;
  /** Reference files given by --reference or config (auto-discovered ones are added by the reference layer). */
  references?: string[];
  /** Told as each stage of the pipeline ends, for a progress display; the result never depends on it. */
  onProgress?: (progress: CheckProgress) => void;
}

export interface CheckProgress {
  stage: "read" | "extract" | "align";
  /** Stages finished so far, of total. */
  done: number;
  total: number;
  /** Articles read. */
  sources: number;
}

export interface CheckResult {
  sources: Source[];
  claims: AnyClaim[];
  findings: Finding[];
  diagnostics: Diagnostic[];
  /** Reliability (0–1) of each source over the whole run, from truth discovery. */
  reliabilities?: Map<string, number>;
}

/** The whole pipeline short of output: files → sources → claims → findings. */
export async function runCheck(paths: string[], options: CheckOptions): Promise<CheckResult> {
  // Reference files (*.reference.json) beside the articles are knowledge, never articles.
  const skip = (p: string) => isReferenceFile(p) || (options.skip?.(p) ?? false);
  const { sources, diagnostics } = await ingestPaths(paths, { cwd: options.cwd, skip });
  options.onProgress?.({ stage: "read", done: 1, total: 3, sources: sources.length });
  const claims = extractClaims(sources, options.kinds);
  options.onProgress?.({ stage: "extract", done: 2, total: 3, sources: sources.length });
  const loaded = await loadReferences(paths, options.references ?? [], options.cwd);
  diagnostics.push(...loaded.diagnostics);
  const aligned = applyReferences(alignClaims(claims), claims, loaded.references, sources);
  const truth = discoverTruth(
    aligned.filter((f) => !options.kinds || options.kinds.includes(f.kind)),
    { sources: sources.map((s) => s.id) },
  );
  const findings = truth.findings;
  options.onProgress?.({ stage: "align", done: 3, total: 3, sources: sources.length });
  return { sources, claims, findings, diagnostics, reliabilities: truth.reliabilities };
}

/** The versioned report document every formatter renders. */
export function buildReport(
  result: Pick<CheckResult, "sources" | "claims" | "findings"> & Partial<Pick<CheckResult, "reliabilities">>,
): Report {
  const count = (status: Finding["status"]) => result.findings.filter((f) => f.status === status).length;
  const conflicts = count("conflict");
  return {
    schemaVersion: 1,
    tool: { ...TOOL },
    sources: result.sources.map((s) => ({
      id: s.id,
      path: s.path,
      published: s.published?.date ?? null,
      warnings: s.warnings,
      ...(result.reliabilities?.has(s.id) ? { reliability: result.reliabilities.get(s.id) } : {}),
    })),
    findings: result.findings,
    summary: {
      sources: result.sources.length,
      claims: result.claims.length,
      conflicts,
      agreements: count("agreement"),
      variants: count("variant"),
      counted: result.findings.filter((f) => f.status === "conflict" && f.baseline !== "known").length,
    },
  };
}
