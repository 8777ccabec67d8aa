import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { buildReport, runCheck } from "./check.js";
import { decideColorLevel } from "./report/color.js";
import { FORMAT_NAMES, FORMATTERS, isFormatName, type FormatName } from "./report/index.js";
import { CLAIM_KINDS, isClaimKind, type ClaimKind, type Diagnostic } from "./types.js";
import { TOOL } from "./version.js";

/** Everything the CLI may touch of the outside world; bin/ passes the real process in. */
export interface CliIO {
  cwd: string;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const EXIT = { ok: 0, conflicts: 1, usage: 2 } as const;

interface CheckFlags {
  format: string;
  maxConflicts: number;
  kinds?: ClaimKind[];
  quiet?: boolean;
  verbose?: boolean;
  color?: boolean;
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new InvalidArgumentError("expected a whole number ≥ 0");
  return n;
}

function parseKinds(value: string): ClaimKind[] {
  const kinds = value.split(",").map((k) => k.trim()).filter(Boolean);
  const bad = kinds.filter((k) => !isClaimKind(k));
  if (bad.length || !kinds.length) {
    throw new InvalidArgumentError(`unknown kind ${bad.join(", ") || "(none)"}; choose from ${CLAIM_KINDS.join(", ")}`);
  }
  return kinds.filter(isClaimKind);
}

function printDiagnostics(io: CliIO, diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) {
    io.stderr(`scoverify: ${d.level === "note" ? "note" : d.level}: ${d.path ? `${d.path}: ` : ""}${d.message}\n`);
  }
}

/** Runs the CLI and returns the exit code. Never throws for bad input; never calls process.exit. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command()
    .name("scoverify")
    .description("Find where several reports of one event agree and where they conflict.")
    .version(TOOL.version, "-V, --version")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: (s, write) => write(s.startsWith("error:") ? `scoverify: ${s}` : s),
    });

  program
    .command("check")
    .description("compare the claims of the articles under PATH... and report agreements and conflicts")
    .argument("<paths...>", "articles (.txt, .md, .html) or folders holding them")
    .addOption(new Option("-f, --format <name>", "output format").choices([...FORMAT_NAMES]).default("table"))
    .option("--max-conflicts <n>", "exit 1 when more conflicts than this are found", parseCount, 0)
    .option("--kinds <list>", `check only these claim kinds (${CLAIM_KINDS.join(",")})`, parseKinds)
    .option("-q, --quiet", "show conflicts only")
    .option("-v, --verbose", "show variants too, and every piece of evidence")
    .option("--color", "force colour")
    .option("--no-color", "never colour")
    .action(async (paths: string[], flags: CheckFlags) => {
      const result = await runCheck(paths, { cwd: io.cwd, kinds: flags.kinds });
      printDiagnostics(io, result.diagnostics);
      if (result.sources.length === 0) {
        io.stderr("scoverify: error: nothing to check: no readable article was found\n");
        exitCode = EXIT.usage;
        return;
      }
      const report = buildReport(result);
      const format: FormatName = isFormatName(flags.format) ? flags.format : "table";
      const color = format === "table" ? decideColorLevel({ flag: flags.color, isTTY: io.stdoutIsTTY, env: io.env }) : 0;
      const detail = flags.quiet ? "quiet" : flags.verbose ? "verbose" : "normal";
      io.stdout(FORMATTERS[format](report, { color, detail }));
      exitCode = report.summary.counted > flags.maxConflicts ? EXIT.conflicts : EXIT.ok;
    });

  program
    .command("claims")
    .description("print every extracted claim as JSON Lines, with its evidence")
    .argument("<paths...>", "articles (.txt, .md, .html) or folders holding them")
    .option("--kinds <list>", `only these claim kinds (${CLAIM_KINDS.join(",")})`, parseKinds)
    .action(async (paths: string[], flags: { kinds?: ClaimKind[] }) => {
      const result = await runCheck(paths, { cwd: io.cwd, kinds: flags.kinds });
      printDiagnostics(io, result.diagnostics);
      if (result.sources.length === 0) {
        io.stderr("scoverify: error: nothing to check: no readable article was found\n");
        exitCode = EXIT.usage;
        return;
      }
      const wanted = flags.kinds;
      io.stdout(
        result.claims
          .filter((c) => !wanted || wanted.includes(c.kind))
          .map((c) => `${JSON.stringify(c)}\n`)
          .join(""),
      );
    });

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here with code 0; usage errors with 1, which we map to 2.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    io.stderr(`scoverify: error: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.usage;
  }
  return exitCode;
}
