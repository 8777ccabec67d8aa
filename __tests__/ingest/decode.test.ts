import { buildSource } from "../../src/ingest/source.js";

const text = (bytes: Buffer | string, format: "text" | "markdown" = "text") =>
  buildSource("a.txt", "a.txt", format, typeof bytes === "string" ? Buffer.from(bytes, "utf8") : bytes);

describe("normalisation", () => {
  test("a UTF-8 byte-order mark is removed and is not encoding damage", () => {
    const source = text(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Headline here\nSecond line")]));
    expect(source.lines[0]).toEqual({ line: 1, text: "Headline here" });
    expect(source.warnings).toEqual([]);
  });

  test("CRLF and lone CR line breaks give the same line numbers as LF", () => {
    const crlf = text("First line\r\n\r\nThird line\r\nFourth line");
    const cr = text("First line\r\rThird line\rFourth line");
    for (const source of [crlf, cr]) {
      expect(source.lines.find((l) => l.text === "Third line")?.line).toBe(3);
      expect(source.lines.find((l) => l.text === "Fourth line")?.line).toBe(4);
      expect(source.lines.some((l) => l.text.includes("\r"))).toBe(false);
    }
  });

  test("decomposed accents are composed (NFC) so names compare equal", () => {
    const source = text("Jose\u0301 Mu\u0308ller arrived.");
    expect(source.lines[0]?.text).toBe("Jos\u00e9 M\u00fcller arrived.");
  });

  test("a Latin-1 file (invalid UTF-8) is read as Windows-1252 and flagged", () => {
    const source = text(Buffer.from([...Buffer.from("Plain first line\nCaf"), 0xe9, ...Buffer.from(" opened in Z"), 0xfc, ...Buffer.from("rich.")]));
    expect(source.lines[1]?.text).toBe("Café opened in Zürich.");
    const warning = source.warnings.find((w) => w.code === "encoding-not-utf8");
    expect(warning?.line).toBe(2);
  });

  test("Windows-1252 curly quotes (0x93, 0x94) in a non-UTF-8 file become “ ”", () => {
    const source = text(Buffer.from([0x93, ...Buffer.from("Yes"), 0x94, ...Buffer.from(", she said.")]));
    expect(source.lines[0]?.text).toBe("“Yes”, she said.");
  });
});
