import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

// The report may depend only on the articles: not on the machine's time zone, locale or clock.
// The built CLI runs on sources/ as a user would, under time zones 25 hours apart and two locales.
const repo = join(import.meta.dirname, "..", "..");
const bin = join(repo, "bin", "scoverify.js");

beforeAll(() => {
  if (!existsSync(join(repo, "dist", "cli.js"))) {
    spawnSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: repo, stdio: "ignore" });
  }
});

function report(env: Record<string, string>): string {
  const run = spawnSync(process.execPath, [bin, "check", "sources", "--format", "json"], {
    cwd: repo,
    env: { PATH: process.env.PATH ?? "", ...env },
    encoding: "utf8",
  });
  expect(run.stderr).not.toMatch(/\n\s+at /);
  return run.stdout;
}

describe("time zone and locale", () => {
  test("identical JSON under Pacific/Kiritimati (UTC+14), America/Adak (UTC-10) and two locales", () => {
    const east = report({ TZ: "Pacific/Kiritimati", LANG: "C", LC_ALL: "C" });
    const west = report({ TZ: "America/Adak", LANG: "de_DE.UTF-8", LC_ALL: "de_DE.UTF-8" });
    expect(JSON.parse(east)).toHaveProperty("findings");
    expect(west).toBe(east);
    const meeting = (JSON.parse(east) as { findings: { kind: string; values: { value: string }[] }[] }).findings.find(
      (f) => f.kind === "date" && f.values.some((v) => v.value === "2024-07-03"),
    );
    expect(meeting?.values.map((v) => v.value).sort()).toEqual(["2024-07-03", "2024-07-04"]);
  });
});
