// Reference files sit beside the articles: `scoverify.reference.json` or any `*.reference.json`
// in a checked folder (or below it) is used without a flag. Ingest skips them silently.
import { readdir, stat } from "node:fs/promises";
import { basename, join, relative, resolve } from "node:path";

/** True for a file name ingest must leave alone because it is a reference file. */
export function isReferenceFile(path: string): boolean {
  return /\.reference\.json$/i.test(basename(path));
}

/** Reference files found under the checked paths (explicit reference files included), relative to cwd, sorted. */
export async function discoverReferences(paths: string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  const visit = async (path: string, depth: number): Promise<void> => {
    const full = resolve(cwd, path);
    let info;
    try {
      info = await stat(full);
    } catch {
      return; // ingest reports missing paths
    }
    if (info.isDirectory()) {
      if (depth > 32) return;
      let entries: string[];
      try {
        entries = (await readdir(full)).sort();
      } catch {
        return;
      }
      for (const entry of entries) {
        if (entry.startsWith(".") || entry === "node_modules") continue;
        await visit(join(path, entry), depth + 1);
      }
    } else if (isReferenceFile(path)) {
      found.add(relative(cwd, full) || path);
    }
  };
  for (const p of paths) await visit(p, 0);
  return [...found].sort();
}
