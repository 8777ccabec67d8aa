/** Colour is decided once, here, and handed to every formatter (chalk and cli-table3 alike). */
export interface ColorInputs {
  /** --color (true) / --no-color (false) / neither (undefined). */
  flag: boolean | undefined;
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

/** 0 = no colour; 1-3 = chalk levels. */
export type ColorLevel = 0 | 1 | 2 | 3;

export function decideColorLevel({ flag, isTTY, env }: ColorInputs): ColorLevel {
  if (flag === false) return 0;
  const force = env.FORCE_COLOR;
  if (flag === true) return forcedLevel(force) || 1;
  if (force !== undefined) return forcedLevel(force);
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return 0;
  if (!isTTY || env.TERM === "dumb") return 0;
  if (env.COLORTERM === "truecolor" || env.COLORTERM === "24bit") return 3;
  return /256/.test(env.TERM ?? "") ? 2 : 1;
}

function forcedLevel(force: string | undefined): ColorLevel {
  if (force === undefined) return 0;
  if (force === "" || force === "true") return 1;
  if (force === "false" || force === "0") return 0;
  const n = Number(force);
  return n >= 3 ? 3 : n === 2 ? 2 : 1;
}

export interface OutputColorInputs extends ColorInputs {
  /** Whether the format can carry ANSI colour at all (table can; github, json, sarif... never). */
  colorable: boolean;
  /** Output written to a file (-o, --format name:path): never coloured, whatever the flags say. */
  toFile: boolean;
}

/** The colour of one output: the only place the CLI asks, so no ANSI code reaches a file or a machine format. */
export function decideOutputColor(inputs: OutputColorInputs): ColorLevel {
  if (!inputs.colorable || inputs.toFile) return 0;
  return decideColorLevel(inputs);
}
