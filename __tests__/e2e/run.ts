import { run, type CliIO } from "../../src/cli.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in memory, as bin/ would, with a pipe (not a TTY) for stdout and stderr. */
export async function runCli(args: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    cwd,
    env,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}
