import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describeFsError, writeFileAtomic } from "../src/output.js";
import { tempTree } from "./cli-io.js";

describe("writeFileAtomic", () => {
  test("writes, then replaces, leaving no temporary file behind", () => {
    const t = tempTree();
    try {
      const file = join(t.root, "report.json");
      writeFileAtomic(file, "first\n");
      expect(readFileSync(file, "utf8")).toBe("first\n");
      writeFileAtomic(file, "second ✓\n");
      expect(readFileSync(file, "utf8")).toBe("second ✓\n");
      expect(readdirSync(t.root)).toEqual(["report.json"]);
    } finally {
      t.remove();
    }
  });

  test("a failed write throws, leaves the target as it was and removes its temporary file", () => {
    const t = tempTree();
    try {
      const target = join(t.root, "taken");
      mkdirSync(target);
      writeFileSync(join(target, "inside.txt"), "keep");
      expect(() => writeFileAtomic(target, "new text")).toThrow();
      expect(readFileSync(join(target, "inside.txt"), "utf8")).toBe("keep");
      expect(readdirSync(t.root)).toEqual(["taken"]);
      expect(() => writeFileAtomic(join(t.root, "missing", "r.txt"), "x")).toThrow();
      expect(readdirSync(t.root)).toEqual(["taken"]);
    } finally {
      t.remove();
    }
  });

  test("errors are described in a few words", () => {
    expect(describeFsError(Object.assign(new Error("x"), { code: "ENOENT" }))).toBe("folder does not exist (ENOENT)");
    expect(describeFsError(new Error("boom"))).toBe("boom");
  });
});
