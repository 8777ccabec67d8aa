import type { Claim, Finding } from "../types.js";
import { OFFICE_CONFLICT_GROUPS, splitName } from "../extract/people.js";
import { buildFinding, sourceCount, type ValueGroup } from "./finding.js";
import { resolveEntities } from "./entity.js";

/**
 * Aligns role claims across sources, per person (resolved across spellings by entity.ts):
 * - the same canonical office in two or more sources → agreement;
 * - different offices of one conflict group (offices one person cannot hold together: President vs
 *   Prime Minister, Foreign Minister vs Deputy Foreign Minister, coach vs referee) → conflict;
 * - offices outside a shared group (captain and striker) are compatible: no finding.
 * A person with an office in one source and none in another gives nothing. When one source itself
 * gives the person two offices of a group, that group is left alone (the person may hold both).
 */
export function compareRoleClaims(claims: Claim<"role">[]): Finding[] {
  const findings: Finding[] = [];
  const entities = resolveEntities(claims, (c) => ({ ...splitName(c.data.person), source: c.evidence.source }));
  for (const entity of entities) {
    if (new Set(entity.items.map((c) => c.evidence.source)).size < 2) continue;
    const subject = `office of ${entity.name}`;
    const handled = new Set<string>();
    for (const group of OFFICE_CONFLICT_GROUPS) {
      const inGroup = entity.items.filter((c) => group.includes(c.data.officeKey));
      if (inGroup.length === 0) continue;
      for (const c of inGroup) handled.add(c.data.officeKey);
      const bySource = new Map<string, Set<string>>();
      for (const c of inGroup) {
        const s = bySource.get(c.evidence.source) ?? new Set<string>();
        s.add(c.data.officeKey);
        bySource.set(c.evidence.source, s);
      }
      if (bySource.size < 2 || [...bySource.values()].some((s) => s.size > 1)) continue;
      const groups = groupByOffice(inGroup);
      const key = `role|${entity.key}`;
      if (groups.length === 1) {
        findings.push(buildFinding({ kind: "role", subject, key, groups, status: "agreement", explanation: explain(groups) }));
      } else {
        findings.push(
          buildFinding({
            kind: "role",
            subject,
            key,
            groups: [...groups].sort((a, b) => sourceCount(b) - sourceCount(a)),
            status: "conflict",
            explanation: explain(groups),
          }),
        );
      }
    }
    // Offices outside every group can only agree.
    const rest = entity.items.filter((c) => !handled.has(c.data.officeKey));
    for (const g of groupByOffice(rest)) {
      if (sourceCount(g) < 2) continue;
      findings.push(
        buildFinding({ kind: "role", subject, key: `role|${entity.key}|${g.value}`, groups: [g], status: "agreement", explanation: explain([g]) }),
      );
    }
  }
  return findings;
}

/** One group per canonical office; the display lists the wordings used ("head coach (coach / manager)"). */
function groupByOffice(claims: Claim<"role">[]): ValueGroup[] {
  const byOffice = new Map<string, Claim<"role">[]>();
  for (const c of claims) {
    const list = byOffice.get(c.value);
    if (list) list.push(c);
    else byOffice.set(c.value, [c]);
  }
  return [...byOffice.entries()].map(([office, list]) => {
    const wordings = [...new Set(list.map((c) => c.data.office.toLowerCase()))];
    const display = wordings.length > 1 || wordings[0] !== office ? `${office} (${wordings.join(" / ")})` : office;
    return { value: office, display, claims: list };
  });
}

function explain(groups: ValueGroup[]): string {
  return [...groups]
    .sort((a, b) => sourceCount(b) - sourceCount(a))
    .map((g) => {
      const n = sourceCount(g);
      return `${n} source${n === 1 ? " says" : "s say"} ${g.display}`;
    })
    .join("; ");
}
