import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Writes text to a file so that readers only ever see the old file or the whole new one:
 * the text goes to a temporary file in the same folder (same file system, so rename is atomic),
 * is flushed, then renamed over the target. On any failure the temporary file is removed and the
 * error is thrown; the target is left as it was.
 */
export function writeFileAtomic(path: string, text: string): void {
  const temp = join(dirname(path), `.scoverify-tmp-${basename(path)}-${randomBytes(6).toString("hex")}`);
  let fd: number | null = null;
  try {
    fd = openSync(temp, "wx", 0o644);
    writeFileSync(fd, text, "utf8");
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temp, path);
  } catch (e) {
    if (fd !== null) {
      try {
        closeSync(fd);
      } catch {
        // already failing: the first error is the one worth reporting
      }
    }
    rmSync(temp, { force: true });
    throw e;
  }
}

/** "EACCES" from a Node error, or its message: short enough for a one-line diagnostic. */
export function describeFsError(e: unknown): string {
  if (typeof e === "object" && e !== null && "code" in e && typeof (e as { code: unknown }).code === "string") {
    const code = (e as { code: string }).code;
    const reasons: Record<string, string> = {
      ENOENT: "folder does not exist",
      EACCES: "permission denied",
      EPERM: "operation not permitted",
      EISDIR: "is a folder",
      ENOTDIR: "a parent is not a folder",
      EROFS: "read-only file system",
      ENOSPC: "no space left on device",
    };
    return reasons[code] ? `${reasons[code]} (${code})` : code;
  }
  return e instanceof Error ? e.message : String(e);
}
