import { extractDateClaims } from "../../src/extract/date.js";
import { isVenueMention } from "../../src/extract/date/participants.js";
import { sourceFrom } from "../helpers.js";

// Saturday 7 June 2025: in past tense "Thursday" is 5 June, "Friday" 6 June.
const SAT = "2025-06-07";

function keyed(text: string, published = SAT): [string, string][] {
  return extractDateClaims(sourceFrom("a.txt", text, published), { corpusAnchor: null }).map((c) => [c.key, c.value]);
}

describe("venues are not participants", () => {
  it("drops a building named like a person after 'at the'", () => {
    const text =
      "Chancellor Maren Oksby and President Tobiah Vell met at the Palacio de la Fuente in Ostrava on Thursday and talked for hours.";
    const meeting = keyed(text).filter(([k]) => k.startsWith("date|meeting"));
    expect(meeting).toEqual([["date|meeting|oksby+vell", "2025-06-05"]]);
  });

  it("tells a venue from a person by the preposition before it", () => {
    const text = "They met at the Villa Borghetti with Anna Lind.";
    const venue = text.indexOf("Villa");
    expect(isVenueMention(text, text.indexOf("Borghetti"), text.indexOf("Borghetti") + 9)).toBe(true);
    expect(isVenueMention(text, venue, venue + 15)).toBe(true);
    expect(isVenueMention(text, text.indexOf("Anna"), text.indexOf("Anna") + 9)).toBe(false);
  });

  it("keeps people after 'with', bare 'to', and possessives after 'in'", () => {
    const spoke = "The minister spoke to Anna Lind on Friday.";
    expect(isVenueMention(spoke, spoke.indexOf("Anna"), spoke.indexOf("Anna") + 9)).toBe(false);
    const view = "In Lind's view the talks failed.";
    expect(isVenueMention(view, view.indexOf("Lind"), view.indexOf("Lind") + 4)).toBe(false);
    const travelled = "He travelled to the Casa Verde on Friday.";
    expect(isVenueMention(travelled, travelled.indexOf("Verde"), travelled.indexOf("Verde") + 5)).toBe(true);
  });
});

describe("signing several agreements", () => {
  it("dates 'signed N agreements on DAY' as the signing of the agreements", () => {
    expect(keyed("The two prime ministers signed three agreements on Friday, including a rail deal.")).toEqual([
      ["date|signing|agreements", "2025-06-06"],
    ]);
  });

  it("keeps the signing of one agreement apart from the set", () => {
    expect(keyed("The energy ministers signed the grid agreement on Thursday.")).toEqual([["date|signing|agreement", "2025-06-05"]]);
  });

  it("makes no signing claim from a plural noun without a signing verb or date", () => {
    expect(keyed("The agreements cover visas and research.")).toEqual([]);
    expect(keyed("Both sides want more agreements on Friday's agenda to be drafted.").filter(([k]) => k.startsWith("date|signing"))).toEqual([]);
  });
});
