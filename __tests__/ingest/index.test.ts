import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingestPaths } from "../../src/ingest/index.js";
import { run } from "../../src/cli.js";

describe("bad input: one diagnostic per problem, naming the path; the run goes on", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "scoverify-ingest-"));
    writeFileSync(join(dir, "good.txt"), "Ministers met on Monday in the capital.\n");
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "blank.txt"), "  \n\t\r\n   \n");
    writeFileSync(join(dir, "binary.txt"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]));
    writeFileSync(join(dir, "notes.pdf"), "%PDF-1.4");
    mkdirSync(join(dir, "nothing-here"));
    writeFileSync(join(dir, "locked.txt"), "secret");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each([
    ["missing.txt", /no such file or folder/],
    ["empty.txt", /empty file/],
    ["blank.txt", /only whitespace/],
    ["binary.txt", /binary file/],
    ["notes.pdf", /not an article/],
    ["nothing-here", /folder holds no .*article/],
  ])("%s", async (path, problem) => {
    const result = await ingestPaths([path, "good.txt"], { cwd: dir });
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ level: "error", path });
    expect(result.diagnostics[0]?.message).toMatch(problem);
    expect(result.sources.map((s) => s.id)).toEqual(["good.txt"]);
  });

  test("an unreadable file gives a diagnostic (skipped when running as root, who can read anything)", async () => {
    chmodSync(join(dir, "locked.txt"), 0o000);
    const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
    const result = await ingestPaths(["locked.txt"], { cwd: dir });
    if (!isRoot) {
      expect(result.diagnostics).toEqual([{ level: "error", path: "locked.txt", message: expect.stringMatching(/cannot read/) }]);
    } else {
      expect(result.sources).toHaveLength(1);
    }
    chmodSync(join(dir, "locked.txt"), 0o644);
  });

  test("an absolute path is read as given, not joined onto the working folder", async () => {
    const result = await ingestPaths([join(dir, "good.txt")], { cwd: tmpdir() === dir ? "/" : process.cwd() });
    expect(result.diagnostics).toEqual([]);
    expect(result.sources.map((s) => s.path)).toEqual([join(dir, "good.txt")]);
  });

  test("a folder's non-article files are noted, not errors", async () => {
    const result = await ingestPaths(["."], { cwd: dir });
    const errors = result.diagnostics.filter((d) => d.level === "error").map((d) => d.path);
    expect(errors.sort()).toEqual(["binary.txt", "blank.txt", "empty.txt"]);
    expect(result.diagnostics.find((d) => d.path === "notes.pdf")?.level).toBe("note");
  });

  test("`check missing.txt` prints one line, no stack trace, and exits 2", async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await run(["check", "missing.txt"], {
      cwd: dir,
      env: {},
      stdoutIsTTY: false,
      stderrIsTTY: false,
      stdout: (t) => out.push(t),
      stderr: (t) => err.push(t),
    });
    expect(code).toBe(2);
    expect(out.join("")).toBe("");
    const lines = err.join("").trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("missing.txt");
    expect(err.join("")).not.toMatch(/\bat .+:\d+:\d+/);
  });
});
