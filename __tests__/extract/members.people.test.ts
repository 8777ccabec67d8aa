import { extractMembersClaims, parsePeopleList } from "../../src/extract/members.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };

function attendees(text: string): Claim<"members">[] {
  return extractMembersClaims(sourceFrom("001.txt", text), ctx).filter((c) => c.data.relation === "attendees");
}

describe("participant lists made of people", () => {
  it("reads a host's guests, each with the country the entry states, keyed by family name", () => {
    const [c, ...rest] = attendees(
      "The Baltic summit opened on Thursday. Danish Prime Minister Eskil Brandt hosted Finnish Prime Minister Aino Lehtola, Estonia's Kaarel Tamm, Latvia's prime minister, Ilze Ozola, and Irish Prime Minister Ciarán Moylan at Hellerup Palace.",
    );
    expect(rest).toEqual([]);
    expect(c?.key).toBe("members|gathering|attendees");
    expect(c?.data.exhaustive).toBe(true);
    expect(c?.value).toBe("lehtola, moylan, ozola, tamm");
    expect(c?.data.items).toEqual(["Aino Lehtola (Finland)", "Kaarel Tamm (Estonia)", "Ilze Ozola (Latvia)", "Ciarán Moylan (Ireland)"]);
  });

  it("reads 'around the table were' and 'attended by' lists as the whole gathering", () => {
    const [table] = attendees("The summit ended on Friday. Around the table were Finnish Prime Minister Aino Lehtola, Estonia's Kaarel Tamm and Irish Prime Minister Ciarán Moylan.");
    expect(table?.value).toBe("lehtola, moylan, tamm");
    expect(table?.rule).toBe("members/people-at-table+exhaustive");
    const [by] = attendees("The summit on Friday was attended by Eskil Brandt, Aino Lehtola and Kaarel Tamm.");
    expect(by?.value).toBe("brandt, lehtola, tamm");
    expect(by?.data.items).toEqual(["Eskil Brandt", "Aino Lehtola", "Kaarel Tamm"]);
  });

  it("stops a list at anything that is not a person's entry", () => {
    const text = "Prime Minister Eskil Brandt hosted Aino Lehtola, Kaarel Tamm and several business leaders.";
    const list = parsePeopleList(text, text.indexOf("Aino"));
    expect(list?.items).toEqual(["Aino Lehtola", "Kaarel Tamm"]);
    expect(list?.closed).toBe(false);
  });
});

describe("people lists that are not the whole gathering (negative cases)", () => {
  it.each([
    ["no gathering named", "Eskil Brandt hosted Aino Lehtola and Kaarel Tamm at his home."],
    ["a list that does not close with 'and'", "The summit was attended by Eskil Brandt, Aino Lehtola, Kaarel Tamm."],
    ["a list left open", "The summit was attended by Eskil Brandt, Aino Lehtola and Kaarel Tamm, among others."],
    ["a list running on to others", "The summit was attended by Eskil Brandt, Aino Lehtola and dozens of officials."],
    ["a side meeting", "On the sidelines of the summit, Eskil Brandt hosted Aino Lehtola and Kaarel Tamm."],
    ["one guest only", "At the summit, Prime Minister Eskil Brandt hosted Finnish Prime Minister Aino Lehtola."],
    ["an invitation, not attendance", "Before the summit, Eskil Brandt had invited Aino Lehtola and Kaarel Tamm."],
    ["a host who is not a person", "The summit city hosted Aino Lehtola and Kaarel Tamm."],
  ])("%s", (_label, text) => {
    expect(attendees(text)).toEqual([]);
  });
});
