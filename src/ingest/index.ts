import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, isAbsolute, join, relative, resolve } from "node:path";
import type { Diagnostic, Source, SourceFormat } from "../types.js";
import { utf16Order } from "./decode.js";
import { buildSource } from "./source.js";

export const ARTICLE_EXTENSIONS: Record<string, SourceFormat> = {
  ".txt": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
};

export interface IngestOptions {
  cwd: string;
  /** Extra predicate: files it rejects are skipped silently (reference files, ignore globs). */
  skip?: (path: string) => boolean;
}

export interface IngestResult {
  sources: Source[];
  diagnostics: Diagnostic[];
}

/** Reads every article under the given files and folders; problems become diagnostics, never throws. */
export async function ingestPaths(paths: string[], options: IngestOptions): Promise<IngestResult> {
  const diagnostics: Diagnostic[] = [];
  const files: string[] = [];
  for (const p of paths) await collect(p, options, files, diagnostics, true);
  const sources: Source[] = [];
  const usedIds = new Set<string>();
  for (const file of files) {
    const format = ARTICLE_EXTENSIONS[extname(file).toLowerCase()]!;
    let bytes: Buffer;
    try {
      bytes = await readFile(resolve(options.cwd, file));
    } catch (e) {
      diagnostics.push({ level: "error", path: file, message: `cannot read file (${errorCode(e)})` });
      continue;
    }
    const problem = unusable(bytes);
    if (problem) {
      diagnostics.push({ level: "error", path: file, message: problem });
      continue;
    }
    let id = basename(file);
    if (usedIds.has(id)) id = file;
    usedIds.add(id);
    const source = buildSource(id, file, format, bytes);
    if (source.lines.every((l) => !l.text.trim())) {
      diagnostics.push({ level: "error", path: file, message: "no article text found" });
      continue;
    }
    sources.push(source);
  }
  return { sources, diagnostics };
}

async function collect(
  path: string,
  options: IngestOptions,
  files: string[],
  diagnostics: Diagnostic[],
  explicit: boolean,
): Promise<void> {
  // resolve, not join: an absolute path given on the command line stays absolute.
  const full = resolve(options.cwd, path);
  let info;
  try {
    info = await stat(full);
  } catch (e) {
    diagnostics.push({
      level: "error",
      path,
      message: errorCode(e) === "ENOENT" ? "no such file or folder" : `cannot read (${errorCode(e)})`,
    });
    return;
  }
  if (info.isDirectory()) {
    let entries: string[];
    try {
      entries = (await readdir(full)).sort();
    } catch (e) {
      diagnostics.push({ level: "error", path, message: `cannot read folder (${errorCode(e)})` });
      return;
    }
    const before = files.length;
    for (const entry of entries) {
      if (entry.startsWith(".") || entry === "node_modules") continue;
      await collect(join(path, entry), options, files, diagnostics, false);
    }
    if (explicit && files.length === before) {
      diagnostics.push({ level: "error", path, message: "folder holds no .txt, .md or .html article" });
    }
    return;
  }
  if (options.skip?.(path)) return;
  if (!(extname(path).toLowerCase() in ARTICLE_EXTENSIONS)) {
    if (explicit) diagnostics.push({ level: "error", path, message: "not an article (.txt, .md or .html expected)" });
    else diagnostics.push({ level: "note", path, message: "skipped: not a .txt, .md or .html article" });
    return;
  }
  files.push(isAbsolute(path) ? path : relative(options.cwd, full) || path);
}

/** Why bytes cannot be an article, or null when they can. */
function unusable(bytes: Buffer): string | null {
  if (bytes.length === 0) return "empty file";
  const head = bytes.subarray(0, 8192);
  // UTF-16 text is full of NUL bytes; it is decoded, not rejected as binary.
  if (head.includes(0) && !utf16Order(bytes)) return "binary file (contains NUL bytes), not an article";
  const order = utf16Order(bytes);
  const asText = order ? new TextDecoder(order).decode(bytes) : bytes.toString("utf8");
  if (/^[\s\ufeff]*$/u.test(asText)) return "file holds only whitespace, no text";
  return null;
}

function errorCode(e: unknown): string {
  return typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : String(e);
}
