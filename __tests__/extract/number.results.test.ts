import { extractNumberClaims } from "../../src/extract/number.js";
import type { Claim } from "../../src/types.js";
import { sourceFrom } from "../helpers.js";

function claimsOf(text: string): Claim<"number">[] {
  return extractNumberClaims(sourceFrom("a.txt", text), { corpusAnchor: null });
}
function keyed(text: string): [string, string][] {
  return claimsOf(text).map((c) => [c.key, c.value]);
}

describe("people in hospital", () => {
  it("files four ways of saying twelve are in hospital under one measure", () => {
    const texts = [
      "Twelve people injured in Friday's coach crash remain in St. Aldric's Hospital, and all of them are stable.",
      "Twelve people are still being treated at St. Aldric's Hospital after Friday's coach crash.",
      "The twelve people still in St. Aldric's Hospital after Friday's coach crash are all stable.",
      "Forty people were hospitalised after the crash.",
    ];
    expect(texts.map((t) => keyed(t))).toEqual([
      [["number|hospitalised|people", "12"]],
      [["number|hospitalised|people", "12"]],
      [["number|hospitalised|people", "12"]],
      [["number|hospitalised|people", "40"]],
    ]);
    expect(claimsOf(texts[0]!)[0]!.subject).toBe("people in hospital");
  });

  it("keeps injuries, treatment for an injury and other states apart from hospital stays", () => {
    expect(keyed("Thirty people were injured in the crash.")).toEqual([["number|injured|people", "30"]]);
    expect(keyed("Twelve people were injured in the crash at the hospital.")).toEqual([["number|injured|people", "12"]]);
    expect(keyed("Three firefighters were treated for smoke inhalation.")).toEqual([["number|injured|firefighter", "3"]]);
    expect(keyed("Twelve people remain in custody.").map(([k]) => k)).not.toContain("number|hospitalised|people");
  });
});

describe("seats per party", () => {
  it("reads the part of 'N of the M seats' as the party's seats and the whole as the total", () => {
    expect(keyed("The Union Party won 142 of the 300 seats.")).toEqual([
      ["number|seats won of union party|seat", "142"],
      ["number|total|seat", "300"],
    ]);
  });

  it("reads seats per party in a results list that leaves the verb out", () => {
    expect(keyed("The Union Party won 142 seats, the Greens 41 and the Liberals 12.")).toEqual([
      ["number|seats won of union party|seat", "142"],
      ["number|seats won of greens|seat", "41"],
      ["number|seats won of liberals|seat", "12"],
    ]);
    expect(keyed("Seats: the Union Party 97, the Greens 41, the Liberals 12.")).toEqual([
      ["number|seats won of union party|seat", "97"],
      ["number|seats won of greens|seat", "41"],
      ["number|seats won of liberals|seat", "12"],
    ]);
  });

  it("reads no seats from bare numbers that do not speak of seats, nor a bare part of a whole", () => {
    expect(keyed("Kenya 3, Ethiopia 2 in the medal table.")).toEqual([]);
    expect(keyed("The Union Party 97, the Greens 41.")).toEqual([]);
    expect(keyed("Police said 3 of the 5 victims were children.")).toEqual([["number|total|victim", "5"]]);
    expect(keyed("It won 142 of the 300 seats.").map(([k]) => k)).not.toContain("number|count|seat");
  });
});
