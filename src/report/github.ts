import { likelyDisplay } from "./filters.js";
import type { Formatter } from "./formatter.js";

/**
 * GitHub Actions workflow commands: one annotation per source line in a conflict, shown on the
 * pull request's diff. Never coloured (the runner parses these lines). Conflicts known from the
 * baseline become notices, so they stay visible without reading as failures.
 */

/** Message text: GitHub decodes %25, %0D and %0A (as @actions/core escapes it). */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Property values (file, title...) also may not hold the separators ":" and ",". */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export function workflowCommand(
  command: "error" | "warning" | "notice",
  properties: Record<string, string | number>,
  message: string,
): string {
  const props = Object.entries(properties)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(",");
  return `::${command}${props ? ` ${props}` : ""}::${escapeData(message)}`;
}

export const formatGithub: Formatter = (report) => {
  const pathOf = new Map(report.sources.map((s) => [s.id, s.path]));
  const lines: string[] = [];
  for (const f of report.findings) {
    if (f.status !== "conflict") continue;
    const known = f.baseline === "known";
    const likely = f.likely ? ` Likely: ${likelyDisplay(f) ?? ""}.` : "";
    for (const v of f.values) {
      for (const s of v.sources) {
        const others = f.values.filter((o) => o !== v).map((o) => o.display);
        lines.push(
          workflowCommand(
            known ? "notice" : "error",
            {
              file: (pathOf.get(s.source) ?? s.source).replace(/\\/g, "/"),
              line: Math.max(1, s.line),
              title: `scoverify ${f.kind} conflict${known ? " (known)" : ""}: ${f.subject}`,
            },
            `This source says ${v.display}; other sources say ${others.join(" / ")}. ${f.explanation}.${likely} [${f.id}]`,
          ),
        );
      }
    }
  }
  const { sources, conflicts, counted } = report.summary;
  const knownCount = conflicts - counted;
  lines.push(
    `scoverify: ${sources} sources, ${conflicts} conflict${conflicts === 1 ? "" : "s"}` +
      `${knownCount ? ` (${knownCount} known from the baseline)` : ""}`,
  );
  return `${lines.join("\n")}\n`;
};
