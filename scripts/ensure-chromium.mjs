#!/usr/bin/env node
// Runs before `npm test`: the HTML report is tested in headless Chromium (Debian's package).
// Installs it when missing and we are root; otherwise says what to do. Never fails the test run
// itself: the browser test reports a missing Chromium clearly.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (!existsSync(CHROMIUM)) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.error("scoverify: installing Debian's chromium for the HTML report test…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    if (update.status === 0) spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
  } else {
    console.error(`scoverify: ${CHROMIUM} not found; install Debian's chromium (or set CHROMIUM_PATH) for the HTML report test`);
  }
}
