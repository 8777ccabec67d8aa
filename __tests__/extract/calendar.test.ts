import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  addDays,
  daysBetween,
  displayDate,
  displayRange,
  monthFromName,
  parseIsoDate,
  resolveWeekday,
  weekdayFromName,
  weekdayIndex,
  weekdayName,
} from "../../src/extract/calendar.js";

const WED = 3;
const THU = 4;
const FRI = 5;
const TUE = 2;

describe("weekday arithmetic on ISO strings", () => {
  test("weekday of known dates", () => {
    expect(weekdayName("2024-07-04")).toBe("Thursday");
    expect(weekdayName("2025-08-18")).toBe("Monday");
    expect(weekdayName("2000-02-29")).toBe("Tuesday");
    expect(weekdayName("1970-01-01")).toBe("Thursday");
    expect(weekdayName("1969-12-31")).toBe("Wednesday");
  });

  test("adding days crosses month, leap-day and year boundaries", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2024-01-01", -3)).toBe("2023-12-29");
    expect(addDays("2024-07-31", 1)).toBe("2024-08-01");
    expect(daysBetween("2023-12-29", "2024-01-01")).toBe(3);
  });

  test("invalid ISO dates are rejected, not rolled over", () => {
    expect(parseIsoDate("2023-02-29")).toBeNull();
    expect(parseIsoDate("2024-13-01")).toBeNull();
    expect(parseIsoDate("2024-07-04T23:30:00-10:00")).toEqual({ year: 2024, month: 7, day: 4 });
    expect(() => addDays("July 4", 1)).toThrow(RangeError);
  });

  test("weekday and month names, with abbreviations", () => {
    expect(weekdayFromName("Wednesday")).toBe(WED);
    expect(weekdayFromName("Thurs")).toBe(THU);
    expect(weekdayFromName("Tues.")).toBe(TUE);
    expect(weekdayFromName("Weds")).toBe(WED);
    expect(weekdayFromName("Fun")).toBe(-1);
    expect(monthFromName("Aug.")).toBe(8);
    expect(monthFromName("Sept")).toBe(9);
    expect(monthFromName("May")).toBe(5);
    expect(monthFromName("Ma")).toBe(0);
  });
});

describe("resolveWeekday by tense", () => {
  test("past: the latest such weekday on or before the anchor", () => {
    expect(resolveWeekday(WED, "2024-07-04", "past")).toBe("2024-07-03");
    expect(resolveWeekday(THU, "2024-07-04", "past")).toBe("2024-07-04");
    // "last Tuesday" in a Monday paper is the Tuesday six days before.
    expect(resolveWeekday(TUE, "2025-08-18", "past")).toBe("2025-08-12");
  });

  test("past across a year end: 'met on Friday' published Monday 2024-01-01", () => {
    expect(resolveWeekday(FRI, "2024-01-01", "past")).toBe("2023-12-29");
  });

  test("past across a month end", () => {
    expect(resolveWeekday(WED, "2024-08-01", "past")).toBe("2024-07-31");
  });

  test("future: on or after the anchor", () => {
    expect(resolveWeekday(THU, "2024-07-04", "future")).toBe("2024-07-04");
    expect(resolveWeekday(WED, "2024-07-04", "future")).toBe("2024-07-10");
    expect(resolveWeekday(TUE, "2023-12-29", "future")).toBe("2024-01-02");
  });

  test("same week: the nearest such day, ties to on-or-before", () => {
    expect(resolveWeekday(WED, "2024-07-04", "same-week")).toBe("2024-07-03");
    expect(resolveWeekday(FRI, "2024-07-04", "same-week")).toBe("2024-07-05");
    // Thursday anchor, Monday is 3 days back and 4 ahead; Sunday is 4 back and 3 ahead.
    expect(resolveWeekday(1, "2024-07-04", "same-week")).toBe("2024-07-01");
    expect(resolveWeekday(0, "2024-07-04", "same-week")).toBe("2024-07-07");
  });

  test("rejects a weekday index out of range", () => {
    expect(() => resolveWeekday(7, "2024-07-04", "past")).toThrow(RangeError);
  });
});

describe("display", () => {
  test("single days and ranges", () => {
    expect(displayDate("2024-07-03")).toBe("Wednesday 3 July 2024");
    expect(displayRange("2024-07-03", "2024-07-04")).toBe("Wednesday–Thursday 3–4 July 2024");
    expect(displayRange("2024-07-31", "2024-08-01")).toBe("Wednesday 31 July – Thursday 1 August 2024");
    expect(displayRange("2023-12-31", "2024-01-01")).toBe("Sunday 31 December 2023 – Monday 1 January 2024");
  });
});

describe("independence from the machine's clock, time zone and locale", () => {
  test("the calendar and date extraction code never read local time or the clock", () => {
    const files = ["src/extract/calendar.ts", "src/extract/date.ts", "src/align/date.ts"].concat(
      ["parse.ts", "events.ts", "participants.ts"].map((f) => `src/extract/date/${f}`),
    );
    for (const file of files) {
      const code = readFileSync(new URL(`../../${file}`, import.meta.url), "utf8");
      expect(code).not.toMatch(/new Date\(|Date\.now|\.get(?:Day|Date|Month|FullYear|Hours)\(|toLocale|Intl\./);
    }
  });

  test("identical results in far-apart time zones (child processes on the compiled module)", () => {
    const root = new URL("../../", import.meta.url).pathname;
    const compiled = join(root, "dist/extract/calendar.js");
    if (!existsSync(compiled)) {
      // Build once when the compiled module is missing; tsc emits even if other files have type errors.
      spawnSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: root, stdio: "ignore" });
    }
    expect(existsSync(compiled)).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), "calendar-tz-"));
    try {
      const script = join(dir, "probe.mjs");
      writeFileSync(
        script,
        [
          `import * as c from ${JSON.stringify(compiled)};`,
          "const out = [];",
          "for (const anchor of ['2024-01-01', '2024-07-04', '2025-08-18', '2024-02-29', '2023-12-31']) {",
          "  for (let w = 0; w < 7; w++) for (const t of ['past', 'future', 'same-week']) out.push(c.resolveWeekday(w, anchor, t));",
          "  out.push(c.weekdayName(anchor), c.displayDate(anchor), c.addDays(anchor, -400));",
          "}",
          "process.stdout.write(JSON.stringify(out));",
        ].join("\n"),
      );
      const outputs = ["Pacific/Kiritimati", "America/Adak", "UTC"].map((tz) => {
        const run = spawnSync(process.execPath, [script], { env: { ...process.env, TZ: tz, LANG: "C" }, encoding: "utf8" });
        expect(run.status).toBe(0);
        return run.stdout;
      });
      expect(outputs[0]!.length).toBeGreaterThan(100);
      expect(outputs[1]).toBe(outputs[0]);
      expect(outputs[2]).toBe(outputs[0]);
      // And the same as in this process.
      const here = JSON.parse(outputs[0]!) as string[];
      expect(here[0]).toBe(resolveWeekday(0, "2024-01-01", "past"));
      expect(here).toContain("2023-12-29");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("weekdayIndex agrees with a UTC reference over 60 years of days", () => {
    // Date.UTC is zone-independent; this checks the integer day count, not the machine.
    for (let day = -3650; day < 18250; day += 37) {
      const ms = day * 86_400_000;
      const iso = new Date(ms).toISOString().slice(0, 10);
      expect(weekdayIndex(iso)).toBe(new Date(ms).getUTCDay());
      expect(addDays("1970-01-01", day)).toBe(iso);
    }
  });
});
