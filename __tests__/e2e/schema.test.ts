import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { runCli } from "./run.js";

const repo = join(import.meta.dirname, "..", "..");

describe("JSON report", () => {
  it("validates against the shipped schema on the real sources", async () => {
    const schema = JSON.parse(readFileSync(join(repo, "schema", "report.schema.json"), "utf8")) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const result = await runCli(["check", "sources", "--format", "json"], repo);
    const report: unknown = JSON.parse(result.stdout);
    expect(validate(report) ? [] : validate.errors).toEqual([]);
    expect(result.stdout.trim().startsWith("{")).toBe(true);
  });

  it("puts nothing but the JSON document on stdout", async () => {
    const result = await runCli(["check", "sources", "--format", "json"], repo);
    expect(() => JSON.parse(result.stdout) as unknown).not.toThrow();
    expect(result.stdout).not.toMatch(/\x1b\[/);
  });
});
