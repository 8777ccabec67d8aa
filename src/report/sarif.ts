import type { ClaimKind, Finding } from "../types.js";
import { CLAIM_KINDS } from "../types.js";
import type { Formatter } from "./formatter.js";

/**
 * SARIF 2.1.0 (schema/sarif-2.1.0.json) for GitHub code scanning and other SARIF viewers:
 * one result per conflict, one location per source line that gives a value.
 * Agreements and variants are not problems, so they are not results.
 */

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
/** The fingerprint key code scanning uses to follow an alert across runs (see baseline ids). */
export const FINGERPRINT_KEY = "scoverifyFindingId/v1";

const KIND_TITLES: Record<ClaimKind, string> = {
  date: "Sources disagree about a date",
  name: "Sources spell or give a name differently",
  members: "Sources list different members of a group",
  number: "Sources give different numbers",
  role: "Sources give a person different roles",
  quote: "Sources quote different words",
  attribution: "Sources credit different people",
  place: "Sources give different places",
};

export function ruleId(kind: ClaimKind): string {
  return `scoverify/${kind}-conflict`;
}

function ruleName(kind: ClaimKind): string {
  return `${kind[0]!.toUpperCase()}${kind.slice(1)}Conflict`;
}

/** A path relative to the working folder, as a relative URI reference ("sources/a%20b.txt"). */
export function toUri(path: string): string {
  return path
    .replace(/\\/g, "/")
    .split("/")
    .map((part) => encodeURIComponent(part))
    .join("/");
}

export const formatSarif: Formatter = (report) => {
  const informationUri = `https://www.npmjs.com/package/${report.tool.name}`;
  const pathOf = new Map(report.sources.map((s) => [s.id, s.path]));
  const rules = CLAIM_KINDS.map((kind) => ({
    id: ruleId(kind),
    name: ruleName(kind),
    shortDescription: { text: KIND_TITLES[kind] },
    fullDescription: {
      text: `${KIND_TITLES[kind]}: reports of one event state different ${kind} values for the same subject. Check the quoted sentences and correct the wrong source.`,
    },
    helpUri: informationUri,
    help: {
      text: "Each location is a source sentence that gives one of the values. The explanation counts how many sources give each value; the value most sources agree on is marked likely.",
    },
    defaultConfiguration: { level: "error" as const },
    properties: { tags: ["fact-check", kind] },
  }));
  const ruleIndex = new Map(CLAIM_KINDS.map((k, i) => [k, i]));
  const results = report.findings
    .filter((f) => f.status === "conflict")
    .map((f) => resultOf(f, pathOf, ruleIndex.get(f.kind) ?? 0));
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri,
            rules,
          },
        },
        columnKind: "unicodeCodePoints",
        results,
        properties: { summary: report.summary, ...(report.gone?.length ? { gone: report.gone } : {}) },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function resultOf(f: Finding, pathOf: Map<string, string>, index: number): Record<string, unknown> {
  const locations = f.values.flatMap((v) =>
    v.sources.map((s) => ({
      physicalLocation: {
        artifactLocation: { uri: toUri(pathOf.get(s.source) ?? s.source), uriBaseId: "%SRCROOT%" },
        region: { startLine: Math.max(1, s.line), snippet: { text: s.quote } },
      },
      message: { text: `${v.reference ? "the reference" : s.source} says ${v.display}` },
    })),
  );
  const result: Record<string, unknown> = {
    ruleId: ruleId(f.kind),
    ruleIndex: index,
    level: "error",
    message: { text: `${f.subject}: ${f.explanation}` },
    locations: locations.map((l, id) => ({ id, ...l })),
    partialFingerprints: { [FINGERPRINT_KEY]: f.id },
    properties: {
      findingId: f.id,
      kind: f.kind,
      subject: f.subject,
      values: f.values.map((v) => v.display),
      ...(f.likely ? { likely: f.likely } : {}),
    },
  };
  if (f.baseline) result.baselineState = f.baseline === "known" ? "unchanged" : "new";
  return result;
}
