import { findPublication, readDateLine } from "../../src/ingest/published.js";
import { buildSource } from "../../src/ingest/source.js";

const ingest = (text: string) => buildSource("p.txt", "p.txt", "text", Buffer.from(text));

describe("publication date from the top of a text article", () => {
  test.each([
    ["Thursday 04 July 2024 02:07 EDT", "2024-07-04"],
    ["Published: 11 March 2025 09:14 GMT", "2025-03-11"],
    ["16/08/2025 - 10:30", "2025-08-16"],
    ["Regional news | 16/08/2025 - 10:30", "2025-08-16"],
    ["18.08.2025, 07:15", "2025-08-18"],
    ["Monday 2 June 2025", "2025-06-02"],
    ["June 2, 2025", "2025-06-02"],
    ["Updated 2025-06-02T08:00:00+02:00", "2025-06-02"],
  ])("a stamp line %s gives %s and leaves the text", (stamp, date) => {
    const source = ingest(`Headline of the story\n${stamp}\n\nThe report itself starts here.`);
    if (stamp.startsWith("Updated")) {
      expect(source.published).toBeNull();
    } else {
      expect(source.published).toMatchObject({ date, origin: "date-line", line: 2 });
    }
    expect(source.lines.some((l) => l.line === 2)).toBe(false);
    expect(source.lines.find((l) => l.line === 4)?.text).toBe("The report itself starts here.");
  });

  test("slash dates are day-first; month-first only when the second number cannot be a month", () => {
    expect(readDateLine("03/04/2025")?.date).toBe("2025-04-03");
    expect(readDateLine("04/23/2025")?.date).toBe("2025-04-23");
    expect(readDateLine("31/02/2025")).toBeNull();
  });

  test("a line starting with 'date YYYY-MM-DD' gives the date and keeps the rest", () => {
    const source = ingest(" date 2024-07-04 The president arrives at the palace on Thursday. (Agency)\n\nBody text.");
    expect(source.published).toMatchObject({ date: "2024-07-04", line: 1, quote: "date 2024-07-04" });
    expect(source.lines[0]?.text).toBe("The president arrives at the palace on Thursday. (Agency)");
  });

  test("a wire dateline with a year gives the date; the line stays, it is the report", () => {
    const text = "LISBON, March 11, 2025 (Agency) - The government fell on Tuesday.";
    const source = ingest(text);
    expect(source.published).toMatchObject({ date: "2025-03-11", origin: "dateline" });
    expect(source.lines[0]?.text).toBe(text);
  });

  test("no publication date: a dateline without a year, a date inside a reporting sentence, nothing at all", () => {
    expect(ingest("LISBON, March 11 (Agency) - The government fell on Tuesday.").published).toBeNull();
    expect(ingest("Headline\n\nThe bridge opened on 2 June 2025 after years of delay.").published).toBeNull();
    expect(ingest("The fire began on 12 August 2025.").published).toBeNull();
    expect(ingest("Headline\nBy a reporter\n\nNothing dated here.").published).toBeNull();
  });

  test("a date line far down the article is not the publication date", () => {
    const top = Array.from({ length: 10 }, (_, i) => `Paragraph ${i + 1} of reporting.`).join("\n");
    expect(ingest(`${top}\n2 June 2025`).published).toBeNull();
  });

  test("a date already known from metadata wins over a date line", () => {
    const known = { date: "2030-01-01", origin: "metadata" as const, line: 3, quote: "x" };
    const result = findPublication([{ line: 1, text: "Monday 2 June 2025" }], known);
    expect(result.published).toBe(known);
    expect(result.lines).toEqual([]);
  });
});
