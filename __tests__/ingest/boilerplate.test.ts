import { furnitureReason, removeBoilerplate, undoubled } from "../../src/ingest/boilerplate.js";
import { buildSource } from "../../src/ingest/source.js";

const lines = (texts: string[]) => texts.map((text, i) => ({ line: i + 1, text }));
const kept = (texts: string[]) => removeBoilerplate(lines(texts)).map((l) => l.text).filter(Boolean);

describe("page furniture", () => {
  test.each([
    "Your support helps us to tell the story",
    "Your donation allows us to keep sending reporters to the front line.",
    "Stay up to date with notifications from The Daily Example",
    "Notifications can be managed in browser preferences.",
    "Thank you for registering",
    "Please refresh the page or navigate to another page on the site to be automatically logged in",
    "Also Read: Minister resigns after row over budget",
    "Read more: How the vote was won",
    "CLICK HERE TO READ MORE FROM THE EXAMPLE GAZETTE",
    "We use cookies to personalise content. Accept all cookies to continue.",
    "Listen again: our full commentary of the match, with the phone-in.",
    "Sign up for our morning newsletter and get the news in your inbox.",
  ])("drops %s", (text) => {
    expect(furnitureReason(text)).not.toBeNull();
  });

  test.each([
    "It underscored Beijing’s political support for Moscow amid Western sanctions.",
    "Chatzidakis said 870 firefighters had been deployed, supported by 11 water-bombing aircraft.",
    "Contributions to this report were made by writers in London and Ankara.",
    "The mayor said the town would open a support office for families who lost their homes.",
    "Hackers used stolen passwords to log in to the bank's systems.",
    '"Read more books," the minister told pupils at the school on Monday.',
    "Residents were told to subscribe to emergency text alerts, officials said, and most did so within hours of the first evacuation order being issued.",
  ])("keeps %s", (text) => {
    expect(furnitureReason(text)).toBeNull();
  });

  test("a publisher's appeal between two prompts goes with them; reporting around them stays", () => {
    const out = kept([
      "The summit opened on Monday.",
      "Your support helps us to tell the story",
      "We know how important it is to get the facts right, and our reporters are on the ground.",
      "Your support makes all the difference.",
      "Leaders signed the declaration on Tuesday.",
    ]);
    expect(out).toEqual(["The summit opened on Monday.", "Leaders signed the declaration on Tuesday."]);
  });

  test("a blog's own first-person reporting is not an appeal", () => {
    const texts = ["We have waited since 1994 for a night like this.", "Our side won 3-2 on Saturday."];
    expect(kept(texts)).toEqual(texts);
  });
});

describe("repeated content", () => {
  const caption = "The minister attends the summit in Example City on Thursday. (Agency)";

  test("a caption printed twice in one line keeps one copy", () => {
    expect(undoubled(`${caption} ${caption}`)).toBe(caption);
    expect(undoubled("The talks went well. The talks went well enough, he said.")).toBe(
      "The talks went well. The talks went well enough, he said.",
    );
  });

  test("a line repeating an earlier line of the same source is dropped, the first stays", () => {
    const source = buildSource(
      "r.txt",
      "r.txt",
      "text",
      Buffer.from("Ministers met on Monday.\nThey agreed a plan.\n\nMinisters met on Monday.\nThe plan starts in June."),
    );
    expect(source.lines.filter((l) => l.text).map((l) => l.line)).toEqual([1, 2, 5]);
  });
});
