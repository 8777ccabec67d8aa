import { alignClaims } from "./align/index.js";
import { extractClaims } from "./extract/index.js";
import { ingestPaths } from "./ingest/index.js";
import type { AnyClaim, ClaimKind, Diagnostic, Finding, Report, Source } from "./types.js";
import { TOOL } from "./version.js";

export interface CheckOptions {
  cwd: string;
  kinds?: readonly ClaimKind[];
  skip?: (path: string) => boolean;
  /** Reference files given by --reference or config (auto-discovered ones are added by the reference layer). */
  references?: string[];
}

export interface CheckResult {
  sources: Source[];
  claims: AnyClaim[];
  findings: Finding[];
  diagnostics: Diagnostic[];
}

/** The whole pipeline short of output: files → sources → claims → findings. */
export async function runCheck(paths: string[], options: CheckOptions): Promise<CheckResult> {
  const { sources, diagnostics } = await ingestPaths(paths, { cwd: options.cwd, skip: options.skip });
  const claims = extractClaims(sources, options.kinds);
  const findings = alignClaims(claims).filter((f) => !options.kinds || options.kinds.includes(f.kind));
  return { sources, claims, findings, diagnostics };
}

/** The versioned report document every formatter renders. */
export function buildReport(result: Pick<CheckResult, "sources" | "claims" | "findings">): Report {
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
