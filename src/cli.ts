import { statSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve } from "node:path";
import cliProgress from "cli-progress";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { applyBaseline, baselineOf, BaselineError, DEFAULT_BASELINE_FILE, readBaseline, writeBaseline } from "./baseline.js";
import { buildReport, runCheck, type CheckProgress, type CheckResult } from "./check.js";
import { ConfigError, discoveryStart, findConfig, ignoreMatcher, loadConfigFile, type LoadedConfig } from "./config.js";
import { describeFsError, writeFileAtomic } from "./output.js";
import { decideOutputColor } from "./report/color.js";
import type { FormatContext } from "./report/formatter.js";
import { COLOR_FORMATS, FORMAT_NAMES, FORMATTERS, parseFormatSpec, type FormatSpec } from "./report/index.js";
import { CLAIM_KINDS, isClaimKind, type ClaimKind, type Diagnostic, type Report } from "./types.js";
import { TOOL } from "./version.js";

/*
 * Options of `scoverify check PATH...` (flags override the config file; see src/config.ts):
 *   -f, --format <name[:file]>  table|json|sarif|github|markdown|html; repeatable. "name:file" writes that
 *                               format to the file; a bare name goes to stdout (at most one). Default: table.
 *   -o, --output-file <file>    write the stdout report to this file instead (atomically); exit code unchanged.
 *   --max-conflicts <n>         exit 1 when more than n conflicts count (default 0).
 *   --kinds <list>              check only these claim kinds.
 *   -q, --quiet / -v, --verbose conflicts only / add variants and every evidence quote.
 *   --color / --no-color        force colour on / off (stdout table only; never files, never github).
 *   --baseline <file>           conflicts listed in it are "known" and do not count; new ones are "new".
 *   --update-baseline           write the current conflicts to the baseline (default .scoverify-baseline.json).
 *   --config <file> / --no-config   use this config file / ignore config files.
 *   --ignore <glob>             skip articles matching the glob (repeatable; added to the config's "ignore").
 * Exit codes: 0 counted conflicts ≤ --max-conflicts; 1 above; 2 usage or input error.
 */

/** Everything the CLI may touch of the outside world; bin/ passes the real process in. */
export interface CliIO {
  cwd: string;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Width of the terminal stdout writes to, when it is one. */
  stdoutColumns?: number;
}

export const EXIT = { ok: 0, conflicts: 1, usage: 2 } as const;

/** Below this many articles a run is quick and a progress bar would only flicker. */
export const PROGRESS_MIN_SOURCES = 20;

interface CheckFlags {
  format?: FormatSpec[];
  outputFile?: string;
  maxConflicts?: number;
  kinds?: ClaimKind[];
  quiet?: boolean;
  verbose?: boolean;
  color?: boolean;
  baseline?: string;
  updateBaseline?: boolean;
  /** A path, or false for --no-config. */
  config?: string | false;
  ignore?: string[];
  /** Reference files, when a --reference option is registered. */
  reference?: string[];
}

/** A path for a message: relative to cwd when it lies below it, else as resolved. */
function shown(io: CliIO, path: string): string {
  const rel = relative(io.cwd, path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

/** A usage or input problem: one line on stderr, exit 2. */
class UsageError extends Error {}

/**
 * Exit 2 when the run cannot go on: a fatal diagnostic (a broken reference), or no article at all.
 * The diagnostics already printed name the files; a line of our own is added only when they said nothing.
 */
function cannotGoOn(result: Pick<CheckResult, "sources" | "diagnostics">): number | null {
  if (result.diagnostics.some((d) => d.fatal)) return EXIT.usage;
  if (result.sources.length > 0) return null;
  if (!result.diagnostics.some((d) => d.level === "error")) {
    throw new UsageError("nothing to check: no .txt, .md or .html article was found");
  }
  return EXIT.usage;
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

function collectFormat(value: string, previous: FormatSpec[] | undefined): FormatSpec[] {
  const spec = parseFormatSpec(value);
  if (typeof spec === "string") throw new InvalidArgumentError(spec);
  return [...(previous ?? []), spec];
}

function collectString(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function printDiagnostics(io: CliIO, diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) {
    io.stderr(`scoverify: ${d.level === "note" ? "note" : d.level}: ${d.path ? `${d.path}: ` : ""}${d.message}\n`);
  }
}

/** CI is "set" unless empty or explicitly false: CI=true, CI=1, CI=github... */
function inCi(env: CliIO["env"]): boolean {
  const ci = env.CI;
  return ci !== undefined && ci !== "" && ci !== "0" && ci.toLowerCase() !== "false";
}

/**
 * A progress bar on stderr for big runs, only for a person watching a terminal: never on stdout,
 * never when stderr is piped or captured, never in CI logs. Returns the callback and a stop function.
 */
export function progressDisplay(io: CliIO): { onProgress?: (p: CheckProgress) => void; stop: () => void } {
  if (!io.stderrIsTTY || inCi(io.env)) return { stop: () => undefined };
  let bar: cliProgress.SingleBar | null = null;
  const columns = Number(io.env.COLUMNS);
  // cli-progress draws through readline's cursor helpers, which only need write() and isTTY.
  const stream = {
    isTTY: true,
    columns: Number.isFinite(columns) && columns > 20 ? columns : 80,
    write(text: string, callback?: () => void): boolean {
      io.stderr(text);
      callback?.();
      return true;
    },
  };
  const next: Record<CheckProgress["stage"], string> = { read: "extracting claims", extract: "aligning claims", align: "done" };
  return {
    onProgress: (p) => {
      if (p.sources < PROGRESS_MIN_SOURCES) return;
      if (!bar) {
        bar = new cliProgress.SingleBar(
          {
            stream: stream as unknown as NodeJS.WritableStream,
            format: "scoverify [{bar}] {value}/{total} {stage} ({sources} articles)",
            clearOnComplete: true,
            hideCursor: false,
            fps: 5,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(p.total, p.done, { stage: next[p.stage], sources: p.sources });
      } else {
        bar.update(p.done, { stage: next[p.stage], sources: p.sources });
      }
    },
    stop: () => {
      if (bar) bar.stop();
      bar = null;
    },
  };
}

function loadConfig(io: CliIO, paths: string[], flag: string | false | undefined): LoadedConfig | null {
  if (flag === false) return null;
  if (typeof flag === "string") return loadConfigFile(resolve(io.cwd, flag));
  return findConfig(discoveryStart(io.cwd, paths[0] ?? "."));
}

/** Which outputs to write, with -o applied; throws UsageError when they cannot work together. */
function planOutputs(io: CliIO, flags: CheckFlags, config: LoadedConfig | null): FormatSpec[] {
  const specs: FormatSpec[] = flags.format
    ? flags.format.map((s) => (s.path === null ? s : { name: s.name, path: resolve(io.cwd, s.path) }))
    : (config?.config.format ?? [{ name: "table", path: null }]);
  const toStdout = specs.filter((s) => s.path === null);
  if (toStdout.length > 1) {
    throw new UsageError(
      `only one format can go to stdout (got ${toStdout.map((s) => s.name).join(", ")}); write the others to files with --format name:FILE`,
    );
  }
  if (flags.outputFile !== undefined) {
    if (!toStdout.length) throw new UsageError("--output-file needs a format without a file (every --format names its own file)");
    const target = resolve(io.cwd, flags.outputFile);
    return specs.map((s) => (s.path === null ? { name: s.name, path: target } : s));
  }
  const files = specs.filter((s) => s.path !== null).map((s) => s.path);
  const twice = files.find((f, i) => files.indexOf(f) !== i);
  if (twice) throw new UsageError(`two formats would write the same file ${shown(io, twice)}`);
  return specs;
}

/** Fails before the (possibly long) check when an output file's folder is missing. */
function checkOutputFolders(io: CliIO, specs: FormatSpec[]): void {
  for (const s of specs) {
    if (s.path === null) continue;
    const folder = dirname(s.path);
    let isDir = false;
    try {
      isDir = statSync(folder).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) throw new UsageError(`cannot write ${shown(io, s.path)}: folder ${folder} does not exist`);
  }
}

async function runCheckCommand(paths: string[], flags: CheckFlags, io: CliIO): Promise<number> {
  if (flags.quiet && flags.verbose) throw new UsageError("--quiet and --verbose cannot be used together");
  const loaded = loadConfig(io, paths, flags.config);
  const config = loaded?.config ?? {};
  const outputs = planOutputs(io, flags, loaded);
  checkOutputFolders(io, outputs);

  const kinds = flags.kinds ?? config.kinds;
  const maxConflicts = flags.maxConflicts ?? config.maxConflicts ?? 0;
  const colorFlag = flags.color ?? config.color;
  const references = flags.reference?.map((r) => resolve(io.cwd, r)) ?? config.reference;
  const ignoreTests: ((path: string) => boolean)[] = [];
  if (loaded && config.ignore?.length) ignoreTests.push(ignoreMatcher(config.ignore, loaded.dir, io.cwd));
  if (flags.ignore?.length) ignoreTests.push(ignoreMatcher(flags.ignore, io.cwd, io.cwd));

  // A bad baseline is found before the (possibly long) check, not after it.
  const baselineFile = flags.baseline !== undefined ? resolve(io.cwd, flags.baseline) : config.baseline;
  const knownBaseline = !flags.updateBaseline && baselineFile ? readBaseline(baselineFile) : null;

  const progress = progressDisplay(io);
  let result;
  try {
    result = await runCheck(paths, {
      cwd: io.cwd,
      kinds,
      ...(ignoreTests.length ? { skip: (p: string) => ignoreTests.some((t) => t(p)) } : {}),
      ...(references ? { references: references.map((r) => relative(io.cwd, r) || r) } : {}),
      ...(progress.onProgress ? { onProgress: progress.onProgress } : {}),
    });
  } finally {
    progress.stop();
  }
  printDiagnostics(io, result.diagnostics);
  const stop = cannotGoOn(result);
  if (stop !== null) return stop;

  let report: Report = buildReport(result);
  if (flags.updateBaseline) {
    const target = baselineFile ?? resolve(io.cwd, DEFAULT_BASELINE_FILE);
    const baseline = baselineOf(report);
    try {
      writeBaseline(target, baseline);
    } catch (e) {
      throw new UsageError(`cannot write baseline ${shown(io, target)}: ${describeFsError(e)}`);
    }
    const where = shown(io, target);
    io.stderr(
      `scoverify: note: wrote ${baseline.conflicts.length} conflict${baseline.conflicts.length === 1 ? "" : "s"} to ${where}` +
        `${baselineFile ? "" : `; apply it with --baseline ${where} (or "baseline" in the config)`}\n`,
    );
    report = applyBaseline(report, baseline, kinds);
  } else if (knownBaseline) {
    report = applyBaseline(report, knownBaseline, kinds);
    if (report.gone?.length) {
      io.stderr(
        `scoverify: note: ${report.gone.length} baseline conflict${report.gone.length === 1 ? " is" : "s are"} gone; prune with --update-baseline\n`,
      );
    }
  }

  const detail: FormatContext["detail"] = flags.quiet ? "quiet" : flags.verbose ? "verbose" : "normal";
  let writeFailed = false;
  for (const spec of outputs) {
    const color = decideOutputColor({
      flag: colorFlag,
      isTTY: io.stdoutIsTTY,
      env: io.env,
      colorable: COLOR_FORMATS.has(spec.name),
      toFile: spec.path !== null,
    });
    const width = spec.path === null && io.stdoutIsTTY ? io.stdoutColumns : undefined;
    const text = FORMATTERS[spec.name](report, { color, detail, ...(width ? { width } : {}) });
    if (spec.path === null) {
      io.stdout(text);
      continue;
    }
    try {
      writeFileAtomic(spec.path, text);
    } catch (e) {
      io.stderr(`scoverify: error: cannot write ${shown(io, spec.path)}: ${describeFsError(e)}\n`);
      writeFailed = true;
    }
  }
  if (writeFailed) return EXIT.usage;
  return report.summary.counted > maxConflicts ? EXIT.conflicts : EXIT.ok;
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
    .addOption(
      new Option(
        "-f, --format <name[:file]>",
        `output format (${FORMAT_NAMES.join("|")}); repeatable; "name:file" writes to that file, a bare name to stdout (default: table)`,
      ).argParser(collectFormat),
    )
    .option("-o, --output-file <file>", "write the stdout report to this file instead (atomically)")
    .option("--max-conflicts <n>", "exit 1 when more conflicts than this count (default: 0)", parseCount)
    .option("--kinds <list>", `check only these claim kinds (${CLAIM_KINDS.join(",")})`, parseKinds)
    .option("-q, --quiet", "show conflicts only")
    .option("-v, --verbose", "show variants too, and every piece of evidence")
    .option("--color", "force colour (stdout table only)")
    .option("--no-color", "never colour")
    .option("--baseline <file>", "conflicts listed in this baseline are known and do not count")
    .option("--update-baseline", `write the current conflicts to the baseline (default ${DEFAULT_BASELINE_FILE})`)
    .option("--config <file>", "read settings from this file instead of looking for scoverify.config.json")
    .option("--no-config", "ignore config files")
    .option("--ignore <glob>", "skip articles whose path matches the glob (repeatable)", collectString)
    .option(
      "--reference <file>",
      "check claims against this reference file too (repeatable; *.reference.json in checked folders is used automatically)",
      collectString,
    )
    .action(async (paths: string[], flags: CheckFlags) => {
      exitCode = await runCheckCommand(paths, flags, io);
    });

  program
    .command("claims")
    .description("print every extracted claim as JSON Lines, with its evidence")
    .argument("<paths...>", "articles (.txt, .md, .html) or folders holding them")
    .option("--kinds <list>", `only these claim kinds (${CLAIM_KINDS.join(",")})`, parseKinds)
    .action(async (paths: string[], flags: { kinds?: ClaimKind[] }) => {
          const result = await runCheck(paths, { cwd: io.cwd, kinds: flags.kinds });
      printDiagnostics(io, result.diagnostics);
      const stop = cannotGoOn(result);
      if (stop !== null) {
        exitCode = stop;
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
    if (e instanceof UsageError || e instanceof ConfigError || e instanceof BaselineError) {
      io.stderr(`scoverify: error: ${e.message}\n`);
      return EXIT.usage;
    }
    // Anything else is a bug, but the user still gets one line and exit 2, not a stack trace.
    io.stderr(`scoverify: error: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.usage;
  }
  return exitCode;
}
