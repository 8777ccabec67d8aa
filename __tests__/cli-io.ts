import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { run, type CliIO } from "../src/cli.js";

/** An in-memory CliIO: a pipe on both streams, no colour variables, unless overridden. */
export function memoryIO(cwd: string, overrides: Partial<CliIO> = {}) {
  const captured = { out: "", err: "" };
  const io: CliIO = {
    cwd,
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdout: (s) => {
      captured.out += s;
    },
    stderr: (s) => {
      captured.err += s;
    },
    ...overrides,
  };
  return { io, captured };
}

/** Runs the CLI in memory and returns exit code and both streams. */
export async function runCli(argv: string[], cwd: string, overrides: Partial<CliIO> = {}) {
  const { io, captured } = memoryIO(cwd, overrides);
  const code = await run(argv, io);
  return { code, out: captured.out, err: captured.err };
}

/** A temporary folder with the given files (relative path → text); remove() deletes it. */
export function tempTree(files: Record<string, string> = {}) {
  const root = mkdtempSync(join(tmpdir(), "scoverify-test-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Copies a folder into a temporary one (for tests that edit a corpus). */
export function tempCopy(folder: string, name = "sources") {
  const tree = tempTree();
  cpSync(folder, join(tree.root, name), { recursive: true });
  return tree;
}

/** Three short articles: enough for a run to have sources. */
export const ARTICLES: Record<string, string> = {
  "articles/a.txt": "Leaders meet in Springfield\n\nThe summit was held on Wednesday, 3 July 2024, in Springfield.\n",
  "articles/b.txt": "Summit ends\n\nThe two-day summit opened on 3 July 2024 in Springfield, officials said.\n",
  "articles/c.md": "# Summit report\n\nThe summit in Springfield began on 3 July 2024.\n",
};
