import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { parseFormatSpec, type FormatSpec } from "./report/index.js";
import { CLAIM_KINDS, isClaimKind, type ClaimKind } from "./types.js";

/** The settings a project can keep in scoverify.config.json or under "scoverify" in package.json. */
export interface ScoverifyConfig {
  maxConflicts?: number;
  /** Output formats, each "name" (stdout) or "name:path" (path resolved against the config's folder). */
  format?: FormatSpec[];
  /** Reference files, absolute. */
  reference?: string[];
  /** Baseline file, absolute. */
  baseline?: string;
  kinds?: ClaimKind[];
  /** Globs of article paths to skip, relative to the config's folder. */
  ignore?: string[];
  color?: boolean;
}

export interface LoadedConfig {
  /** The file it was read from (scoverify.config.json or package.json). */
  file: string;
  /** Its folder: relative paths in the config are relative to it. */
  dir: string;
  config: ScoverifyConfig;
}

export const CONFIG_FILE = "scoverify.config.json";
export const CONFIG_KEYS = ["maxConflicts", "format", "formats", "reference", "baseline", "kinds", "ignore", "color"] as const;

/** A config problem a person can fix: always names the file and, when there is one, the key. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly key: string | null,
    detail: string,
  ) {
    super(`${file}: ${key === null ? "" : `"${key}": `}${detail}`);
    this.name = "ConfigError";
  }
}

/**
 * Looks for a config from startDir upward to the file-system root: in each folder
 * scoverify.config.json first, then a package.json with a "scoverify" key. The first one found wins;
 * configs are not merged. Throws ConfigError when the one found is invalid.
 */
export function findConfig(startDir: string): LoadedConfig | null {
  let dir = resolve(startDir);
  for (;;) {
    const own = join(dir, CONFIG_FILE);
    if (isFile(own)) return loadConfigFile(own);
    const pkg = join(dir, "package.json");
    if (isFile(pkg)) {
      const parsed = readJson(pkg);
      if (isRecord(parsed) && "scoverify" in parsed) {
        return { file: pkg, dir, config: parseConfig(parsed.scoverify, pkg, dir, "scoverify.") };
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** Reads an explicit config file (--config, or one found by findConfig). */
export function loadConfigFile(file: string): LoadedConfig {
  const dir = dirname(resolve(file));
  const parsed = readJson(file);
  if (file.endsWith("package.json") && isRecord(parsed) && "scoverify" in parsed) {
    return { file, dir, config: parseConfig(parsed.scoverify, file, dir, "scoverify.") };
  }
  return { file, dir, config: parseConfig(parsed, file, dir, "") };
}

/** Checks every key and type; relative paths are resolved against dir. */
export function parseConfig(raw: unknown, file: string, dir: string, keyPrefix = ""): ScoverifyConfig {
  const fail = (key: string | null, detail: string): never => {
    throw new ConfigError(file, key === null ? null : `${keyPrefix}${key}`, detail);
  };
  if (!isRecord(raw)) return fail(null, "expected an object of settings");
  const config: ScoverifyConfig = {};
  for (const [key, value] of Object.entries(raw)) {
    switch (key) {
      case "$schema":
        break;
      case "maxConflicts":
        if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
          fail(key, "expected a whole number ≥ 0");
        }
        config.maxConflicts = value as number;
        break;
      case "format":
      case "formats": {
        const specs = stringList(value, () => fail(key, 'expected a format name ("sarif", "sarif:out.sarif") or a list of them'));
        config.format ??= [];
        for (const text of specs) {
          const spec = parseFormatSpec(text);
          if (typeof spec === "string") fail(key, spec);
          else config.format.push(spec.path === null ? spec : { name: spec.name, path: resolve(dir, spec.path) });
        }
        break;
      }
      case "reference":
        config.reference = stringList(value, () => fail(key, "expected a file path or a list of them")).map((p) =>
          resolve(dir, p),
        );
        break;
      case "baseline":
        if (typeof value !== "string" || !value.trim()) fail(key, "expected a file path");
        config.baseline = resolve(dir, value as string);
        break;
      case "kinds": {
        const kinds = stringList(value, () => fail(key, `expected a list of kinds (${CLAIM_KINDS.join(", ")})`));
        const bad = kinds.filter((k) => !isClaimKind(k));
        if (bad.length || !kinds.length) {
          fail(key, `unknown kind ${bad.map((k) => `"${k}"`).join(", ") || "(none)"}; choose from ${CLAIM_KINDS.join(", ")}`);
        }
        config.kinds = kinds.filter(isClaimKind);
        break;
      }
      case "ignore":
        config.ignore = stringList(value, () => fail(key, "expected a glob or a list of globs"));
        break;
      case "color":
        if (typeof value !== "boolean") fail(key, "expected true (always colour) or false (never)");
        config.color = value as boolean;
        break;
      default:
        fail(key, `unknown key; known keys: ${CONFIG_KEYS.join(", ")}`);
    }
  }
  return config;
}

function stringList(value: unknown, onError: () => never): string[] {
  if (typeof value === "string" && value.trim()) return [value];
  if (Array.isArray(value) && value.every((v): v is string => typeof v === "string" && v.trim() !== "")) return value;
  return onError();
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    const code = typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";
    throw new ConfigError(file, null, code === "ENOENT" ? "no such file" : `cannot read (${code || String(e)})`);
  }
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
  } catch (e) {
    throw new ConfigError(file, null, `invalid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The folder where config discovery starts for a checked path: the path itself, or a file's folder. */
export function discoveryStart(cwd: string, path: string): string {
  const full = resolve(cwd, path);
  try {
    return statSync(full).isDirectory() ? full : dirname(full);
  } catch {
    return existsSync(dirname(full)) ? dirname(full) : cwd;
  }
}

/**
 * A minimal glob: "*" any characters but "/", "?" one such character, "**" any number of folders.
 * Node 20's path.matchesGlob is experimental, so this small matcher stands in.
 */
export function globToRegExp(glob: string): RegExp {
  let pattern = glob.replace(/\\/g, "/");
  if (pattern.endsWith("/")) pattern += "**";
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "*") {
      if (pattern[i + 1] === "*") {
        const atStart = i === 0 || pattern[i - 1] === "/";
        const next = pattern[i + 2];
        if (atStart && next === "/") {
          out += "(?:.*/)?"; // "**/" : zero or more folders
          i += 2;
        } else if (atStart && next === undefined) {
          out += ".*"; // trailing "**": everything below
          i += 1;
        } else {
          out += "[^/]*"; // "a**b" is just a star
          i += 1;
        }
      } else {
        out += "[^/]*";
      }
    } else if (c === "?") {
      out += "[^/]";
    } else {
      out += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
    }
  }
  return new RegExp(`^${out}$`);
}

/**
 * A predicate over article paths (as ingest passes them: relative to cwd) for a list of globs.
 * A glob with a "/" matches the path relative to baseDir; one without matches any single
 * file or folder name in it ("draft-*.txt", "archive").
 */
export function ignoreMatcher(globs: readonly string[], baseDir: string, cwd: string): (path: string) => boolean {
  const compiled = globs.map((glob) => {
    const body = glob.replace(/\\/g, "/").replace(/^\.\//, "").replace(/\/+$/, "");
    return { re: globToRegExp(body), anchored: body.includes("/") };
  });
  return (path) => {
    const full = resolve(cwd, path);
    const rel = relative(baseDir, full);
    const inside = rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
    const names = (inside ? rel : path).split(sep).join("/").split("/");
    // A glob naming a folder skips everything below it, so every leading part of the path is tried.
    const prefixes = names.map((_, i) => names.slice(0, i + 1).join("/"));
    return compiled.some(({ re, anchored }) => (anchored ? prefixes : names).some((part) => re.test(part)));
  };
}
