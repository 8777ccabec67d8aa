import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ConfigError, findConfig, globToRegExp, ignoreMatcher, loadConfigFile } from "../src/config.js";
import { ARTICLES, runCli, tempTree } from "./cli-io.js";

describe("config discovery", () => {
  test("found from the checked folder upward; nearest wins; relative paths resolve against its folder", () => {
    const t = tempTree({
      "scoverify.config.json": JSON.stringify({ maxConflicts: 3, baseline: "ci/base.json" }),
      "proj/package.json": JSON.stringify({ name: "x", scoverify: { maxConflicts: 5, format: "json:out/r.json" } }),
      "proj/sub/deeper/.keep": "",
      "other/package.json": JSON.stringify({ name: "no-config-here" }),
      "other/inner/.keep": "",
    });
    try {
      const near = findConfig(join(t.root, "proj/sub/deeper"));
      expect(near?.file).toBe(join(t.root, "proj/package.json"));
      expect(near?.config.maxConflicts).toBe(5);
      expect(near?.config.format).toEqual([{ name: "json", path: join(t.root, "proj/out/r.json") }]);
      // a package.json without a "scoverify" key is passed over
      const far = findConfig(join(t.root, "other/inner"));
      expect(far?.file).toBe(join(t.root, "scoverify.config.json"));
      expect(far?.config.baseline).toBe(join(t.root, "ci/base.json"));
    } finally {
      t.remove();
    }
  });

  test("scoverify.config.json beats package.json in the same folder; nothing found gives null", () => {
    const t = tempTree({
      "scoverify.config.json": JSON.stringify({ kinds: ["date"] }),
      "package.json": JSON.stringify({ scoverify: { kinds: ["number"] } }),
    });
    try {
      expect(findConfig(t.root)?.config.kinds).toEqual(["date"]);
    } finally {
      t.remove();
    }
    const empty = tempTree({ "a/.keep": "" });
    try {
      // walks up to the file-system root and stops there
      expect(findConfig(join(empty.root, "a"))).toBeNull();
    } finally {
      empty.remove();
    }
  });

  test.each([
    ["{ not json", null, /invalid JSON/],
    [JSON.stringify({ maxConflict: 1 }), "maxConflict", /unknown key; known keys: maxConflicts/],
    [JSON.stringify({ maxConflicts: "3" }), "maxConflicts", /whole number/],
    [JSON.stringify({ maxConflicts: -1 }), "maxConflicts", /whole number/],
    [JSON.stringify({ kinds: ["date", "colour"] }), "kinds", /unknown kind "colour"/],
    [JSON.stringify({ format: ["table", "pdf"] }), "format", /unknown format "pdf"/],
    [JSON.stringify({ color: "yes" }), "color", /true .* or false/],
    [JSON.stringify({ ignore: [1] }), "ignore", /glob/],
    [JSON.stringify(["a"]), null, /expected an object/],
  ])("invalid config %s → error naming the file and key", (text, key, detail) => {
    const t = tempTree({ "scoverify.config.json": text });
    try {
      let error: unknown;
      try {
        loadConfigFile(join(t.root, "scoverify.config.json"));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigError);
      const ce = error as ConfigError;
      expect(ce.message).toContain(join(t.root, "scoverify.config.json"));
      expect(ce.key).toBe(key);
      if (key) expect(ce.message).toContain(`"${key}"`);
      expect(ce.message).toMatch(detail);
    } finally {
      t.remove();
    }
  });

  test("package.json errors name the nested key", () => {
    const t = tempTree({ "package.json": JSON.stringify({ scoverify: { colour: true } }) });
    try {
      expect(() => findConfig(t.root)).toThrow(/package\.json: "scoverify\.colour": unknown key/);
    } finally {
      t.remove();
    }
  });
});

describe("config through the CLI", () => {
  test("an invalid config is one line on stderr and exit 2, with no report", async () => {
    const t = tempTree({ ...ARTICLES, "scoverify.config.json": JSON.stringify({ maxConflicts: true }) });
    try {
      const r = await runCli(["check", "articles"], t.root);
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(r.err).toContain("scoverify.config.json");
      expect(r.err).toContain('"maxConflicts"');
      expect(r.err).not.toMatch(/\n\s+at /);
    } finally {
      t.remove();
    }
  });

  test("config format applies; a --format flag overrides it; --no-config ignores the file", async () => {
    const t = tempTree({ ...ARTICLES, "scoverify.config.json": JSON.stringify({ format: "json" }) });
    try {
      const fromConfig = await runCli(["check", "articles"], t.root);
      expect(fromConfig.code).toBe(0);
      expect(JSON.parse(fromConfig.out)).toMatchObject({ schemaVersion: 1 });
      const flag = await runCli(["check", "articles", "--format", "markdown"], t.root);
      expect(flag.out).toMatch(/^## scoverify/);
      const none = await runCli(["check", "articles", "--no-config"], t.root);
      expect(none.out).toMatch(/sources, \d+ claims/);
    } finally {
      t.remove();
    }
  });

  test("config colour true colours a piped table; --no-color wins over it", async () => {
    const t = tempTree({ ...ARTICLES, "scoverify.config.json": JSON.stringify({ color: true }) });
    try {
      expect((await runCli(["check", "articles"], t.root)).out).toContain("\x1b[");
      expect((await runCli(["check", "articles", "--no-color"], t.root)).out).not.toContain("\x1b");
    } finally {
      t.remove();
    }
  });

  test("config output files are relative to the config's folder; ignore globs skip articles", async () => {
    const t = tempTree({
      ...ARTICLES,
      "articles/draft-1.txt": "Draft\n\nThe summit was held on 9 July 2024 in Springfield.\n",
      "scoverify.config.json": JSON.stringify({ format: ["json:reports/out.json"], ignore: ["draft-*.txt"] }),
      "reports/.keep": "",
    });
    try {
      const r = await runCli(["check", "articles"], join(t.root, "articles"));
      expect(r.code).toBe(2); // cwd is articles/, which holds no "articles" folder
      const ok = await runCli(["check", "."], join(t.root, "articles"));
      expect(ok.code).toBe(0);
      expect(ok.out).toBe("");
      const file = join(t.root, "reports/out.json");
      expect(existsSync(file)).toBe(true);
      const report = JSON.parse(readFileSync(file, "utf8")) as { sources: { id: string }[] };
      expect(report.sources.map((s) => s.id).sort()).toEqual(["a.txt", "b.txt", "c.md"]);
    } finally {
      t.remove();
    }
  });

  test("--config names the file explicitly", async () => {
    const t = tempTree({ ...ARTICLES, "conf/custom.json": JSON.stringify({ format: "markdown" }) });
    try {
      const r = await runCli(["check", "articles", "--config", "conf/custom.json"], t.root);
      expect(r.out).toMatch(/^## scoverify/);
      const missing = await runCli(["check", "articles", "--config", "conf/nope.json"], t.root);
      expect(missing.code).toBe(2);
      expect(missing.err).toMatch(/nope\.json: no such file/);
    } finally {
      t.remove();
    }
  });
});

describe("ignore globs", () => {
  test.each([
    ["*.txt", "a.txt", true],
    ["*.txt", "dir/a.txt", false],
    ["**/*.txt", "dir/sub/a.txt", true],
    ["**/*.txt", "a.txt", true],
    ["dir/**", "dir/sub/a.txt", true],
    ["a?.md", "ab.md", true],
    ["a?.md", "a/.md", false],
    ["a.b", "axb", false],
  ])("%s matches %s: %s", (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected);
  });

  test("globs with a slash match from the base folder, others any file or folder name", () => {
    const skip = ignoreMatcher(["drafts/", "sources/old/*.txt", "*.bak.md"], "/proj", "/proj");
    expect(skip("drafts/x.txt")).toBe(true);
    expect(skip("sources/drafts/x.txt")).toBe(true);
    expect(skip("sources/old/x.txt")).toBe(true);
    expect(skip("sources/old/deeper/x.txt")).toBe(false);
    expect(skip("sources/x.bak.md")).toBe(true);
    expect(skip("sources/x.txt")).toBe(false);
  });
});
