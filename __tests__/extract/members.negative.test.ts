import { extractMembersClaims } from "../../src/extract/members.js";
import { sourceFrom } from "../helpers.js";

const ctx = { corpusAnchor: null };
const intro = "The Northern Trade Council (NTC) met in Oslo.";

describe("members: text that must yield no claim", () => {
  it.each([
    "Although Ukraine and its Western allies are not attending the summit, talks may arise.",
    "Political differences, such as between India and Pakistan over Kashmir, complicate collective agreements.",
    "Central Asian countries balance relations with Russia and China while maintaining good terms with Western nations.",
    // No organisation named anywhere: "a ... grouping" is not a definite reference.
    "Leaders attend the summit of a security grouping created by Oslo and Stockholm to counter rivals.",
    // A person, not an organisation, is the subject of "joined by".
    "The minister was joined by Ana Ruiz and Lee Park at the airport.",
    // Titled people are not set items.
    `${intro} Members include President Ana Ruiz of Chile and Prime Minister Lee Park of Peru.`,
    // "with the aim of": no list after "with".
    `${intro} The NTC was founded in 1999 with the aim of promoting trade.`,
    // An organisation named too long ago to be "it".
    `${intro} Trade grew. Prices fell. Ports expanded. Exports rose. It was later joined by Denmark and Iceland.`,
    // People, not places, evacuated.
    "Rescuers evacuated Ana Ruiz and Lee Park by helicopter.",
  ])("%s", (text) => {
    expect(extractMembersClaims(sourceFrom("n.txt", text), ctx)).toEqual([]);
  });

  it("does not take a single evacuated place as a complete list", () => {
    expect(extractMembersClaims(sourceFrom("n.txt", "Residents were evacuated from Valdoria overnight."), ctx)).toEqual([]);
  });
});
