import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ARTICLES, runCli, tempTree } from "./cli-io.js";
import { sarifValidator } from "./report/sarif-schema.js";

const STACK = /\n\s+at .+:\d+/;

function corpus(extra: Record<string, string> = {}) {
  return tempTree({ ...ARTICLES, ...extra });
}

describe("exit codes and errors", () => {
  test.each([
    [["check", "nope"], /nope: no such file or folder/],
    [["check", "articles", "--format", "pdf"], /unknown format "pdf"/],
    [["check", "articles", "--format", "json", "--format", "table"], /only one format can go to stdout/],
    [["check", "articles", "--format", "json:"], /no file after "json:"/],
    [["check", "articles", "--format", "json:a.json", "-o", "b.txt"], /--output-file needs a format without a file/],
    [["check", "articles", "--format", "json:x.json", "--format", "sarif:x.json"], /same file/],
    [["check", "articles", "--max-conflicts", "many"], /whole number/],
    [["check", "articles", "--kinds", "date,colour"], /unknown kind colour/],
    [["check", "articles", "--quiet", "--verbose"], /cannot be used together/],
    [["check", "articles", "-o", "no/such/folder/r.txt"], /folder .* does not exist/],
    [["check", "articles", "--baseline", "missing.json"], /missing\.json: no such baseline file/],
    [["check", "articles", "--wat"], /unknown option/],
    [["frobnicate"], /unknown command/],
  ])("%j → exit 2 with a one-line reason", async (argv, reason) => {
    const t = corpus();
    try {
      const r = await runCli(argv, t.root);
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expect(r.err).toMatch(reason);
      expect(r.err).not.toMatch(STACK);
    } finally {
      t.remove();
    }
  });

  test("a missing path among good ones: one line naming it, the run goes on with the rest", async () => {
    const t = corpus();
    try {
      const r = await runCli(["check", "nope.txt", "articles", "--format", "json"], t.root);
      expect(r.err.trim().split("\n").filter((l) => l.includes("nope.txt"))).toEqual([
        "scoverify: error: nope.txt: no such file or folder",
      ]);
      const report = JSON.parse(r.out) as { summary: { sources: number } };
      expect(report.summary.sources).toBe(3);
      expect(r.code).toBe(0);
    } finally {
      t.remove();
    }
  });

  test("a baseline that is not a baseline is an input error", async () => {
    const t = corpus({ "bad.json": "{}", "broken.json": "{ nope" });
    try {
      for (const file of ["bad.json", "broken.json"]) {
        const r = await runCli(["check", "articles", "--baseline", file], t.root);
        expect(r.code).toBe(2);
        expect(r.err).toContain(file);
        expect(r.err.trim().split("\n")).toHaveLength(1);
      }
    } finally {
      t.remove();
    }
  });

  test("--help and --version exit 0 and print to stdout", async () => {
    const t = corpus();
    try {
      const help = await runCli(["check", "--help"], t.root);
      expect(help.code).toBe(0);
      for (const option of ["--format", "--output-file", "--baseline", "--update-baseline", "--config", "--max-conflicts"]) {
        expect(help.out).toContain(option);
      }
      expect((await runCli(["--version"], t.root)).out).toMatch(/^\d+\.\d+\.\d+/);
    } finally {
      t.remove();
    }
  });
});

describe("outputs", () => {
  test("several formats in one run: files get theirs, stdout the bare one", async () => {
    const t = corpus({ "out/.keep": "" });
    try {
      const r = await runCli(
        ["check", "articles", "--format", "sarif:out/scoverify.sarif", "--format", "json", "-f", "html:out/report.html"],
        t.root,
      );
      expect(r.code).toBe(0);
      const report = JSON.parse(r.out) as { summary: { sources: number } };
      expect(report.summary.sources).toBe(3);
      const sarif = JSON.parse(readFileSync(join(t.root, "out/scoverify.sarif"), "utf8")) as unknown;
      expect(sarifValidator()(sarif)).toBe(true);
      expect(readFileSync(join(t.root, "out/report.html"), "utf8")).toMatch(/^<!DOCTYPE html>/);
      expect(readdirSync(join(t.root, "out")).sort()).toEqual([".keep", "report.html", "scoverify.sarif"]);
    } finally {
      t.remove();
    }
  });

  test("when every format names a file, nothing goes to stdout", async () => {
    const t = corpus();
    try {
      const r = await runCli(["check", "articles", "--format", "markdown:r.md"], t.root);
      expect(r.code).toBe(0);
      expect(r.out).toBe("");
      expect(readFileSync(join(t.root, "r.md"), "utf8")).toMatch(/^## scoverify/);
    } finally {
      t.remove();
    }
  });

  test("-o sends the stdout report to a file, same exit code, same text as stdout", async () => {
    const t = corpus();
    try {
      const plain = await runCli(["check", "articles", "--format", "json"], t.root);
      const toFile = await runCli(["check", "articles", "--format", "json", "-o", "report.json"], t.root);
      expect(toFile.code).toBe(plain.code);
      expect(toFile.out).toBe("");
      expect(readFileSync(join(t.root, "report.json"), "utf8")).toBe(plain.out);
    } finally {
      t.remove();
    }
  });

  test("an output that cannot be written: exit 2, the old file untouched, no temporary file left", async () => {
    const t = corpus();
    try {
      mkdirSync(join(t.root, "taken"));
      writeFileSync(join(t.root, "taken", "old.txt"), "old");
      const r = await runCli(["check", "articles", "-o", "taken"], t.root);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/cannot write taken/);
      expect(r.err).not.toMatch(STACK);
      expect(readdirSync(join(t.root, "taken"))).toEqual(["old.txt"]);
      expect(readdirSync(t.root).filter((f) => f.startsWith(".scoverify-tmp"))).toEqual([]);
    } finally {
      t.remove();
    }
  });

  test("only the report is on stdout; notes go to stderr", async () => {
    const t = corpus({ "articles/notes.csv": "a,b\n" });
    try {
      const r = await runCli(["check", "articles", "--format", "json"], t.root);
      expect(r.code).toBe(0);
      expect(() => JSON.parse(r.out) as unknown).not.toThrow();
      expect(r.err).toMatch(/note: articles\/notes\.csv: skipped/);
    } finally {
      t.remove();
    }
  });
});

describe("colour", () => {
  test("no ANSI code reaches a pipe when FORCE_COLOR is unset", async () => {
    const t = corpus();
    try {
      for (const format of ["table", "json", "sarif", "github", "markdown", "html"]) {
        const r = await runCli(["check", "articles", "--format", format, "-v"], t.root, { stdoutIsTTY: false, env: {} });
        expect(r.out).not.toContain("\x1b");
        expect(r.err).not.toContain("\x1b");
      }
    } finally {
      t.remove();
    }
  });

  test("a terminal gets colour; -o FILE --color never writes ANSI to the file; github is never coloured", async () => {
    const t = corpus();
    try {
      const tty = await runCli(["check", "articles"], t.root, { stdoutIsTTY: true, env: { TERM: "xterm" } });
      expect(tty.out).toContain("\x1b[");
      const file = await runCli(["check", "articles", "--color", "-o", "r.txt"], t.root, { stdoutIsTTY: true, env: { FORCE_COLOR: "3" } });
      expect(file.code).toBe(0);
      expect(readFileSync(join(t.root, "r.txt"), "utf8")).not.toContain("\x1b");
      expect(readFileSync(join(t.root, "r.txt"), "utf8")).toMatch(/3 sources/);
      const gh = await runCli(["check", "articles", "--color", "--format", "github"], t.root, { stdoutIsTTY: true, env: { FORCE_COLOR: "3" } });
      expect(gh.out).not.toContain("\x1b");
      const noColor = await runCli(["check", "articles"], t.root, { stdoutIsTTY: true, env: { NO_COLOR: "1" } });
      expect(noColor.out).not.toContain("\x1b");
    } finally {
      t.remove();
    }
  });
});

describe("progress", () => {
  const many: Record<string, string> = {};
  for (let i = 0; i < 22; i++) many[`many/a${String(i).padStart(2, "0")}.txt`] = `Report ${i}\n\nThe summit was held on 3 July 2024 in Springfield.\n`;

  test("a bar on stderr for ≥ 20 articles when stderr is a terminal, never on stdout", async () => {
    const t = tempTree(many);
    try {
      const r = await runCli(["check", "many", "--format", "json"], t.root, { stderrIsTTY: true, env: {} });
      expect(r.code).toBe(0);
      expect(r.err).toContain("scoverify [");
      expect(r.err).toContain("22 articles");
      expect(JSON.parse(r.out)).toMatchObject({ summary: { sources: 22 } });
    } finally {
      t.remove();
    }
  });

  test("no bar in CI, when stderr is not a terminal, or for a few articles", async () => {
    const t = tempTree({ ...many, ...ARTICLES });
    try {
      expect((await runCli(["check", "many"], t.root, { stderrIsTTY: true, env: { CI: "true" } })).err).toBe("");
      expect((await runCli(["check", "many"], t.root, { stderrIsTTY: false, env: {} })).err).toBe("");
      expect((await runCli(["check", "articles"], t.root, { stderrIsTTY: true, env: {} })).err).toBe("");
    } finally {
      t.remove();
    }
  });
});

describe("baseline flags", () => {
  test("--update-baseline with --baseline FILE writes that file, then the same run counts nothing", async () => {
    const t = corpus({ "ci/.keep": "" });
    try {
      const r = await runCli(["check", "articles", "--update-baseline", "--baseline", "ci/base.json", "--format", "json"], t.root);
      expect(r.code).toBe(0);
      expect(r.err).toMatch(/wrote \d+ conflicts? to ci\/base\.json\n$/);
      const written = JSON.parse(readFileSync(join(t.root, "ci/base.json"), "utf8")) as { conflicts: unknown[] };
      expect(Array.isArray(written.conflicts)).toBe(true);
      expect((JSON.parse(r.out) as { summary: { counted: number } }).summary.counted).toBe(0);
    } finally {
      t.remove();
    }
  });
});
