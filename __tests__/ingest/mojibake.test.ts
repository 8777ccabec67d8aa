import { buildSource } from "../../src/ingest/source.js";
import { repairLine } from "../../src/ingest/mojibake.js";

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
});
