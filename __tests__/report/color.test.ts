import { decideColorLevel, decideOutputColor } from "../../src/report/color.js";

const base = { flag: undefined, isTTY: true, env: {} as Record<string, string | undefined> };

describe("colour decision", () => {
  test("a terminal gets colour; a pipe does not", () => {
    expect(decideColorLevel(base)).toBeGreaterThan(0);
    expect(decideColorLevel({ ...base, isTTY: false })).toBe(0);
  });

  test("NO_COLOR turns it off, FORCE_COLOR on, the flags beat both", () => {
    expect(decideColorLevel({ ...base, env: { NO_COLOR: "1" } })).toBe(0);
    expect(decideColorLevel({ ...base, isTTY: false, env: { FORCE_COLOR: "1" } })).toBe(1);
    expect(decideColorLevel({ ...base, env: { FORCE_COLOR: "0" } })).toBe(0);
    expect(decideColorLevel({ ...base, flag: false, env: { FORCE_COLOR: "3" } })).toBe(0);
    expect(decideColorLevel({ ...base, isTTY: false, flag: true, env: { NO_COLOR: "1" } })).toBeGreaterThan(0);
  });

  test("never for a file or a format that cannot carry colour, whatever is forced", () => {
    const forced = { ...base, flag: true, env: { FORCE_COLOR: "3" } };
    expect(decideOutputColor({ ...forced, colorable: true, toFile: false })).toBe(3);
    expect(decideOutputColor({ ...forced, colorable: true, toFile: true })).toBe(0);
    expect(decideOutputColor({ ...forced, colorable: false, toFile: false })).toBe(0);
  });
});
