import { buildSource } from "../../src/ingest/source.js";
import { repairLine, repairLostClosingQuotes } from "../../src/ingest/mojibake.js";

const ingest = (content: string) => buildSource("m.txt", "m.txt", "text", Buffer.from(content, "utf8"));

describe("mojibake repair", () => {
  test("UTF-8 read as Windows-1250 is repaired and reported with line and example", () => {
    const source = ingest("First line.\nU.N. Secretary-General AntĂłnio Guterres will attend.");
    expect(source.lines[1]?.text).toBe("U.N. Secretary-General António Guterres will attend.");
    const warning = source.warnings.find((w) => w.code.includes("encoding"));
    expect(warning?.line).toBe(2);
    expect(warning?.message).toContain("Windows-1250");
    expect(warning?.message).toContain("AntĂłnio → António");
  });

  test("UTF-8 read as Windows-1252 is repaired (é, ü, curly quotes, dashes)", () => {
    expect(repairLine("JosÃ© met MÃ¼ller.").text).toBe("José met Müller.");
    // The closing quote's last byte (0x9D) is undefined in Windows-1252 and decodes to U+009D.
    expect(repairLine("the leaderâ€™s visit â€” â€œhistoricâ€\u009d").text).toBe("the leader’s visit — “historic”");
    const source = ingest("Jonas MÃ¼ller scored.\nMÃ¼ller said so.");
    const warning = source.warnings.find((w) => w.code === "encoding-repaired");
    expect(warning?.message).toMatch(/repaired 2 places of UTF-8 read as Windows-1252 \(e\.g\. MÃ¼ller → Müller\)/);
  });

  test("a price in pounds read as Windows-1252 (Â£) is repaired", () => {
    expect(repairLine("Tickets cost Â£40.").text).toBe("Tickets cost £40.");
  });

  test("legitimate text is left alone: Romanian Ă, a stray Â, capitals, plain ASCII", () => {
    for (const line of [
      "Ăsta e un oraș frumos, a spus primarul din Brăila.",
      "ÎNVĂŞ a fost scris cu majuscule.",
      "The price list shows Â 100 for the premium seats.",
      "«ÉTÉ» was the title of the exhibition.",
      "Plain ASCII text with no accents at all.",
      "Straße, Ærø, Øresund, São Paulo, Kraków, Łódź, Zürich.",
    ]) {
      expect(repairLine(line)).toEqual({ text: line, repairs: [] });
    }
    expect(ingest("Plain ASCII text only.\nSecond line.").warnings).toEqual([]);
  });

  test("U+FFFD is flagged with its line and not guessed", () => {
    const source = ingest("Fine line.\nThe mayor Jos\ufffd Garc\ufffda spoke.");
    expect(source.lines[1]?.text).toBe("The mayor Jos\ufffd Garc\ufffda spoke.");
    const warning = source.warnings.find((w) => w.code === "encoding-lossy");
    expect(warning?.line).toBe(2);
    expect(warning?.message).toContain("line 2");
  });

  describe("closing quote whose last byte was lost (â€ + U+FFFD)", () => {
    const lost = "\u00e2\u20ac\ufffd";

    test("in a file with Windows-1252 mojibake it becomes ” where it closes a quote, and is reported", () => {
      const source = ingest(
        `The mayorâ€™s office said so.\nShe called it â€œa fair deal${lost}. â€œWe are done,${lost} he said.`,
      );
      expect(source.lines[1]?.text).toBe("She called it “a fair deal”. “We are done,” he said.");
      const warning = source.warnings.find((w) => w.code === "encoding-repaired");
      expect(warning?.message).toMatch(/repaired 5 places/);
      expect(warning?.message).toContain("lines 1, 2");
      expect(source.warnings.some((w) => w.code === "encoding-lossy")).toBe(false);
    });

    test("a closing position after a word counts even without an opening quote on the line", () => {
      expect(repairLostClosingQuotes(`end of the quote${lost} she said`).text).toBe("end of the quote” she said");
    });

    test("elsewhere nothing is guessed: mid-word, after a space, or in a file without Windows-1252 mojibake", () => {
      expect(repairLostClosingQuotes(`two${lost}words`).repairs).toEqual([]);
      expect(repairLostClosingQuotes(`a gap ${lost} here`).repairs).toEqual([]);
      const clean = ingest(`Nothing else is damaged.\nShe said ${lost}fine.`);
      expect(clean.lines[1]?.text).toBe(`She said ${lost}fine.`);
      const plain = ingest(`Only plain text here.\nThen â€œok${lost}.`);
      expect(plain.lines[1]?.text).toBe("Then “ok”.");
      const noMojibake = ingest(`Only plain text here.\nThen "ok${lost}".`);
      expect(noMojibake.warnings.some((w) => w.code === "encoding-lossy")).toBe(true);
    });
  });
});
