import { createHash } from "node:crypto";
import type { Claim, ClaimKind, Finding, FindingSource, FindingStatus, FindingValue } from "../types.js";

/** One side of a finding: a value and the claims that give it. */
export interface ValueGroup {
  value: string;
  display: string;
  claims: Claim[];
  reference?: boolean;
  /** Extra evidence not backed by a claim (a reference entry). */
  extraSources?: FindingSource[];
}

export interface FindingInput {
  kind: ClaimKind;
  subject: string;
  key: string;
  groups: ValueGroup[];
  /** Defaults to "conflict" when there are two or more values, else "agreement". */
  status?: FindingStatus;
  explanation?: string;
  tolerance?: string;
  diff?: string;
}

/** Stable id: kind + normalised key + sorted values. Line numbers never enter it. */
export function findingId(kind: string, key: string, values: string[]): string {
  const material = [kind, key.toLowerCase(), ...[...values].map((v) => v.toLowerCase()).sort()].join("\u241f");
  return `${kind}-${createHash("sha256").update(material).digest("hex").slice(0, 12)}`;
}

export function evidenceOf(claim: Claim): FindingSource {
  return {
    source: claim.evidence.source,
    line: claim.evidence.line,
    column: claim.evidence.column,
    quote: claim.evidence.quote,
  };
}

/** Distinct sources behind a value group (one source repeating itself counts once). */
export function sourceCount(group: { claims: Claim[]; extraSources?: FindingSource[] }): number {
  return new Set([...group.claims.map((c) => c.evidence.source), ...(group.extraSources ?? []).map((s) => s.source)])
    .size;
}

/** "3 sources say Wednesday 3 July; 1 says Thursday 4 July". */
export function explainGroups(groups: ValueGroup[]): string {
  return [...groups]
    .sort((a, b) => sourceCount(b) - sourceCount(a))
    .map((g) => {
      const n = sourceCount(g);
      if (g.reference) return `the reference says ${g.display}`;
      return `${n} source${n === 1 ? " says" : "s say"} ${g.display}`;
    })
    .join("; ");
}

export function buildFinding(input: FindingInput): Finding {
  const values: FindingValue[] = input.groups.map((g) => {
    const seen = new Set<string>();
    const sources: FindingSource[] = [];
    for (const s of [...g.claims.map(evidenceOf), ...(g.extraSources ?? [])]) {
      const k = `${s.source}:${s.line}:${s.column ?? 0}`;
      if (seen.has(k)) continue;
      seen.add(k);
      sources.push(s);
    }
    sources.sort((a, b) => a.source.localeCompare(b.source) || a.line - b.line);
    const value: FindingValue = { value: g.value, display: g.display, sources };
    if (g.reference) value.reference = true;
    return value;
  });
  const status: FindingStatus = input.status ?? (input.groups.length > 1 ? "conflict" : "agreement");
  const finding: Finding = {
    id: findingId(input.kind, input.key, input.groups.map((g) => g.value)),
    status,
    kind: input.kind,
    subject: input.subject,
    key: input.key,
    explanation: input.explanation ?? explainGroups(input.groups),
    values,
  };
  if (input.tolerance) finding.tolerance = input.tolerance;
  if (input.diff) finding.diff = input.diff;
  return finding;
}

/** Groups items by a key function, keeping first-seen order. */
export function bucket<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** Groups claims by value, in order of first appearance. */
export function groupByValue(claims: Claim[]): ValueGroup[] {
  return [...bucket(claims, (c) => c.value).values()].map((cs) => ({
    value: cs[0]!.value,
    display: cs[0]!.display,
    claims: cs,
  }));
}
