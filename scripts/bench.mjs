#!/usr/bin/env node
// Benchmark: how the check scales with the number of articles.
// Builds corpora of N articles from the shipped sources and the dev corpora (names varied so
// that claims do not all collapse into one group) and times `scoverify check` on each.
// Usage: npm run build && node scripts/bench.mjs [N ...]   (default 10 40 160)
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { run } from "../dist/cli.js";

const repo = new URL("..", import.meta.url).pathname;
const pools = [join(repo, "sources"), join(repo, "..", "shared", "eval", "dev", "wildfire", "sources"), join(repo, "..", "shared", "eval", "dev", "final", "sources")]
  .flatMap((dir) => {
    try {
      return readdirSync(dir).filter((f) => /\.(txt|md|html?)$/.test(f)).map((f) => join(dir, f));
    } catch {
      return [];
    }
  });
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const io = { cwd: "/", env: {}, stdoutIsTTY: false, stderrIsTTY: false, stdout: () => {}, stderr: () => {} };

for (const n of sizes.length ? sizes : [10, 40, 160]) {
  const dir = mkdtempSync(join(tmpdir(), "scoverify-bench-"));
  for (let i = 0; i < n; i++) {
    const file = pools[i % pools.length];
    const ext = file.slice(file.lastIndexOf("."));
    writeFileSync(join(dir, `${String(i).padStart(4, "0")}${ext}`), readFileSync(file));
  }
  const start = performance.now();
  const code = await run(["check", dir, "--format", "json"], { ...io, cwd: dir });
  const ms = performance.now() - start;
  console.log(`${String(n).padStart(5)} articles: ${ms.toFixed(0).padStart(6)} ms (${(ms / n).toFixed(1)} ms/article, exit ${code})`);
  rmSync(dir, { recursive: true, force: true });
}
