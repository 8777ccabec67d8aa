// The reference layer's entry point for the pipeline: which reference files a run uses, loaded and checked.
import type { Diagnostic } from "../types.js";
import { discoverReferences } from "./discover.js";
import { loadReference } from "./load.js";
import type { Reference } from "./types.js";

export { applyReferences, judgeClaims, referenceSourceId, REFERENCE_SOURCE_PREFIX } from "./check.js";
export { discoverReferences, isReferenceFile } from "./discover.js";
export { loadReference, parseReference } from "./load.js";
export type { Reference } from "./types.js";

/**
 * Loads the reference files given explicitly plus those found under the checked paths, each once.
 * A file that cannot be used is a fatal diagnostic: a check against a broken reference cannot be trusted.
 */
export async function loadReferences(
  paths: string[],
  explicit: readonly string[],
  cwd: string,
): Promise<{ references: Reference[]; diagnostics: Diagnostic[] }> {
  const discovered = await discoverReferences(paths, cwd);
  const wanted: string[] = [];
  for (const p of [...explicit, ...discovered]) if (!wanted.includes(p)) wanted.push(p);
  const references: Reference[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const path of wanted) {
    const loaded = await loadReference(path, cwd);
    if (loaded.ok) references.push(loaded.reference);
    else diagnostics.push(loaded.diagnostic);
  }
  return { references, diagnostics };
}
