// Inputs real users feed: pages of many shapes, damaged encodings, date stamps of every house style,
// page furniture. Each test states what a reader of the report relies on.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { furnitureReason } from "../../src/ingest/boilerplate.js";
import { decodeCodePage } from "../../src/ingest/codepage.js";
import { ingestPaths } from "../../src/ingest/index.js";
import { readDateLine } from "../../src/ingest/published.js";
import { buildSource } from "../../src/ingest/source.js";
import type { SourceFormat } from "../../src/types.js";

const build = (input: string | Buffer, format: SourceFormat = "html", id = "a.html") =>
  buildSource(id, id, format, typeof input === "string" ? Buffer.from(input, "utf8") : input);
const textsOf = (input: string | Buffer, format: SourceFormat = "html") =>
  build(input, format).lines.map((l) => l.text).filter((t) => t.trim() !== "");
/** What a page's UTF-8 looks like after being read once in a Windows code page and saved again. */
const mojibake = (text: string, codePage: "windows-1252" | "windows-1250") =>
  decodeCodePage(Buffer.from(text, "utf8"), codePage);

describe("HTML pages of several shapes", () => {
  test("a live blog: every timestamped post is kept, the bare post times are not text", () => {
    const html = `<html><body><main><h1>Live: river floods the valley</h1>
<div class="entry"><span class="time">09:12</span><p>Rescue teams reached the first village at dawn.</p></div>
<div class="entry"><span class="time">10:40 GMT</span><p>The mayor said 300 people had been moved to schools.</p></div>
<div class="entry"><span class="time">11:05</span><p>Rain is expected to ease by the evening, forecasters said.</p></div>
</main></body></html>`;
    const texts = textsOf(html);
    expect(texts).toEqual(
      expect.arrayContaining([
        "Rescue teams reached the first village at dawn.",
        "The mayor said 300 people had been moved to schools.",
        "Rain is expected to ease by the evening, forecasters said.",
      ]),
    );
    expect(texts.filter((t) => /^\d{1,2}:\d{2}/.test(t))).toEqual([]);
    // Each post keeps its own line of the file.
    const source = build(html);
    expect(source.lines.find((l) => l.text.startsWith("The mayor"))?.line).toBe(3);
  });

  test("an AMP page: article paragraphs kept, amp-ad labels dropped", () => {
    const html = `<!doctype html><html amp><head><meta charset="utf-8"><title>Storm | Site</title><style amp-custom>p{}</style></head>
<body><article><h1>Storm hits coast</h1><p>The storm made landfall on Tuesday night near the port.</p>
<amp-ad type="x"><div>Advertisement</div></amp-ad><p>Two people died and 3,000 were evacuated, officials said.</p></article></body></html>`;
    const texts = textsOf(html);
    expect(texts).toContain("Two people died and 3,000 were evacuated, officials said.");
    expect(texts.some((t) => /advertisement/i.test(t))).toBe(false);
  });

  test("<br>-separated lines inside one <p> become separate lines; a <br> that only wraps a sentence does not", () => {
    const texts = textsOf(`<html><body><article><h1>Count</h1><p>The count ended on Sunday.<br>Turnout was 61 percent.<br/>The result is due
on Friday.</p><p>The commission said the turnout was<br>the highest since 1990.</p></article></body></html>`);
    expect(texts).toEqual(
      expect.arrayContaining([
        "The count ended on Sunday.",
        "Turnout was 61 percent.",
        "The result is due on Friday.",
        "The commission said the turnout was the highest since 1990.",
      ]),
    );
  });

  test("article text in <div>s without <p>, and <table> rows as cell lines", () => {
    const divs = textsOf(`<html><body><div id="content"><div>The factory closed on Monday after 40 years, the company said.</div>
<div>About 800 workers lost their jobs, the union said in a statement.</div></div></body></html>`);
    expect(divs).toEqual([
      "The factory closed on Monday after 40 years, the company said.",
      "About 800 workers lost their jobs, the union said in a statement.",
    ]);
    const table = textsOf(`<html><body><article><p>The final standings were published on Sunday by the league office.</p>
<table><tr><th>Team</th><th>Points</th></tr><tr><td>North</td><td>52</td></tr></table></article></body></html>`);
    expect(table).toContain("North | 52");
  });

  test("a headline only in og:title is the title", () => {
    const source = build(`<html><head><meta property="og:title" content="Bridge reopens after repairs"></head>
<body><div><p>The bridge reopened on Monday after eight months of repairs, the city said.</p></div></body></html>`);
    expect(source.title).toBe("Bridge reopens after repairs");
  });

  test("a date only in <meta name=date>: the date, quoted by its tag, not the whole page", () => {
    const source = build(`<html><head><meta name="date" content="2025-03-04"><title>X</title></head><body><article><p>The bridge reopened on Monday after eight months of repairs, the city said.</p></article></body></html>`);
    expect(source.published).toEqual({
      date: "2025-03-04",
      origin: "metadata",
      line: 1,
      quote: '<meta name="date" content="2025-03-04">',
    });
  });

  test("datePublished nested inside a JSON-LD @graph node", () => {
    const source = build(`<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},{"@type":"WebPage","mainEntity":{"@type":"NewsArticle","datePublished":"2025-03-04T15:15:00Z"}}]}</script></head>
<body><article><p>The bridge reopened on Monday after eight months of repairs, the city said.</p></article></body></html>`);
    expect(source.published?.date).toBe("2025-03-04");
    expect(source.published?.quote).toContain("2025-03-04T15:15:00Z");
  });

  test("'Related:' links, a 'Most read' list and 'Advertisement' labels inside the body are dropped", () => {
    const texts = textsOf(`<html><body><article><h1>Bridge reopens</h1>
<p>The bridge reopened on Monday after eight months of repairs, the city said.</p>
<p><strong>Related:</strong> <a href="/a">Tram line extended to airport</a></p>
<div><h3>Most read</h3><ol><li><a href="/b">Mayor resigns over budget row</a></li><li><a href="/c">Heatwave warning issued</a></li></ol></div>
<p>Engineers replaced all 212 cables, officials said.</p><p>ADVERTISEMENT</p>
<ul><li><a href="/d">Port strike enters third week</a></li><li><a href="/e">Council approves new tram depot</a></li></ul>
<p>The toll stays at two dollars, the operator said.</p></article></body></html>`);
    expect(texts).toEqual([
      "Bridge reopens",
      "The bridge reopened on Monday after eight months of repairs, the city said.",
      "Engineers replaced all 212 cables, officials said.",
      "The toll stays at two dollars, the operator said.",
    ]);
  });

  test("a list of reporting items (not links) in the body stays", () => {
    const texts = textsOf(`<html><body><article><p>The agency listed the damage on Tuesday in its first report.</p>
<ul><li>Three bridges were closed.</li><li>About 40 homes were flooded.</li></ul></article></body></html>`);
    expect(texts).toEqual(expect.arrayContaining(["Three bridges were closed.", "About 40 homes were flooded."]));
  });
});

describe("encodings", () => {
  test.each([
    ["windows-1252", "Lech Wałęsa met the heirs of Antonín Dvořák and Pál Erdős in Gdańsk."],
    ["windows-1250", "Lech Wałęsa met the heirs of Antonín Dvořák and Pál Erdős in Gdańsk."],
    ["windows-1252", "He said “we will win” — and left…"],
    ["windows-1250", "WAŁĘSA and DVOŘÁK signed."],
  ] as const)("Central European names and punctuation read through %s are repaired: %s", (codePage, original) => {
    const source = build(`${mojibake(original, codePage)}\n`, "text", "a.txt");
    expect(source.lines[0]?.text).toBe(original);
    expect(source.warnings.map((w) => w.code)).toContain("encoding-repaired");
  });

  test("smart quotes whose closing byte 0x9D survives as a control character (â€\\u009d) are repaired", () => {
    const source = build("He said â€œnoâ€\u009d and â€” left.\n", "text", "a.txt");
    expect(source.lines[0]?.text).toBe("He said “no” and — left.");
  });

  test("double-encoded text (mis-decoded twice) is repaired in full, and the warning shows the final word", () => {
    const original = "José Müller said “no” — Wałęsa agreed.";
    const twice = mojibake(mojibake(original, "windows-1252"), "windows-1252");
    const source = build(`${twice}\n`, "text", "a.txt");
    expect(source.lines[0]?.text).toBe(original);
    expect(source.warnings[0]?.message).toContain("→ José");
  });

  test("a UTF-16 file with a BOM (little- or big-endian) is decoded, not garbage", () => {
    const body = Buffer.from("The bridge reopened on Monday.\nZoë said so.\n", "utf16le");
    const le = build(Buffer.concat([Buffer.from([0xff, 0xfe]), body]), "text", "a.txt");
    const be = build(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(body).swap16()]), "text", "a.txt");
    for (const source of [le, be]) {
      expect(source.lines.slice(0, 2).map((l) => l.text)).toEqual(["The bridge reopened on Monday.", "Zoë said so."]);
      expect(source.warnings).toEqual([]);
    }
  });

  test("UTF-16 without a BOM is recognised by its NUL pattern, decoded and flagged", () => {
    const source = build(Buffer.from("The council met on Monday.\n", "utf16le"), "text", "a.txt");
    expect(source.lines[0]?.text).toBe("The council met on Monday.");
    expect(source.warnings.map((w) => w.code)).toEqual(["encoding-utf16"]);
  });

  test("ingest accepts a UTF-16 file instead of rejecting it as binary", async () => {
    const dir = mkdtempSync(join(tmpdir(), "scoverify-utf16-"));
    try {
      writeFileSync(join(dir, "wide.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Ministers met on Monday.\n", "utf16le")]));
      const result = await ingestPaths(["wide.txt"], { cwd: dir });
      expect(result.diagnostics).toEqual([]);
      expect(result.sources[0]?.lines[0]?.text).toBe("Ministers met on Monday.");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("U+FFFD is flagged as lost text and left alone; a very long line goes through whole", () => {
    const lossy = build("Jos\ufffd M\ufffdller spoke on Monday.\n", "text", "a.txt");
    expect(lossy.lines[0]?.text).toBe("Jos\ufffd M\ufffdller spoke on Monday.");
    expect(lossy.warnings.map((w) => w.code)).toEqual(["encoding-lossy"]);
    const paragraph = Array.from({ length: 3000 }, (_, i) => `Item ${i + 1} of the budget was approved.`).join(" ");
    const long = build(`${paragraph}\n`, "text", "a.txt");
    expect(long.lines[0]?.text).toBe(paragraph);
  });

  test("a .md file with HTML inside: tags and entities are gone, script bodies and comments too", () => {
    const md = `# Heading

<div class="ad">Advertisement</div>
<p>The bridge <b>reopened</b> on Monday, the city said.</p>

Engineers replaced <em>all</em> cables &amp; the deck.<br>
<!--
hidden note
-->
<script>
var x = "tracking";
</script>
<img src="x.jpg" alt="pic">
`;
    expect(textsOf(md, "markdown")).toEqual([
      "Heading",
      "The bridge reopened on Monday, the city said.",
      "Engineers replaced all cables & the deck.",
    ]);
  });
});

describe("publication date stamps", () => {
  test.each([
    ["Published 3:15 PM EST, Tue March 4, 2025", "2025-03-04", false],
    ["Updated 3:15 PM EST, Tue March 4, 2025", "2025-03-04", true],
    ["March 4, 2025 at 3:15 p.m. ET", "2025-03-04", false],
    ["2025-03-04T15:15:00Z", "2025-03-04", false],
    ["4 March 2025 | 15:15", "2025-03-04", false],
    ["By Jane Doe, March 4, 2025", "2025-03-04", false],
    // Numeric dates are read day first (most of the world's order) unless the second number cannot be a month.
    ["Posted: 04/03/2025", "2025-03-04", false],
    ["Posted: 03/14/2025", "2025-03-14", false],
  ])("%s → %s", (line, date, updated) => {
    expect(readDateLine(line)).toMatchObject({ date, updated, rest: null });
  });

  test("a stamp followed by a time and a relative update is a stamp, not text", () => {
    expect(readDateLine("March 4, 2025 / 3:15 PM / Updated 2 hours ago")).toMatchObject({ date: "2025-03-04", rest: null });
  });

  test("an 'Updated' stamp is removed but is not the publication date", () => {
    const source = build("Updated 3:15 PM EST, Tue March 5, 2025\nThe council met on Monday.\n", "text", "a.txt");
    expect(source.published).toBeNull();
    expect(source.lines.map((l) => l.text).filter(Boolean)).toEqual(["The council met on Monday."]);
  });

  test("a wire dateline without a date gives no date and stays as text", () => {
    const source = build("WARSAW, Poland (AP) — Officials said on Tuesday that the talks would resume.\n", "text", "a.txt");
    expect(source.published).toBeNull();
    expect(source.lines[0]?.text).toContain("Officials said on Tuesday");
  });

  test("'Published 4 hours ago' cannot be resolved: no date, and the stamp is not text", () => {
    const source = build("Published 4 hours ago\nThe council met on Monday.\n", "text", "a.txt");
    expect(source.published).toBeNull();
    expect(source.lines.map((l) => l.text).filter(Boolean)).toEqual(["The council met on Monday."]);
  });
});

describe("page furniture", () => {
  test.each([
    "Sign up for our daily newsletter.",
    "Read more: Floods hit the north",
    "Advertisement",
    "Share this article",
    "Follow us on Twitter and Facebook",
    "© 2025 Example Media Ltd",
    "Copyright 2025 The Example Times. All rights reserved.",
    "All rights reserved.",
    "Photo: Jo Smith/Reuters",
    "(Photo by Jane Doe/AFP via Getty Images)",
    "Photograph: Jane Doe/EPA",
    "Credit: Jane Doe for The Example Times",
    // Correction notices speak about the article and often quote the wrong value: dropped.
    "This article was amended on 5 March 2025 to correct the age of the minister.",
    "Correction: An earlier version of this story gave the wrong number of victims.",
    "This article is for subscribers only.",
    "You have reached your limit of free articles.",
    "To continue reading, log in or create a free account.",
  ])("furniture: %s", (line) => {
    expect(furnitureReason(line)).not.toBeNull();
  });

  test.each([
    "Officials said 300 people would share the shelters.",
    "The minister will sign the treaty on Friday.",
    "Residents were told to follow evacuation orders.",
    "The company's share price fell 4 percent.",
    "The agency said it would follow up with residents who signed up for aid.",
    "Copyright infringement claims rose 40 percent, the agency said.",
    "Photographers were kept away from the site, police said.",
    "The rights of residents were reserved in the deal.",
  ])("reporting stays: %s", (line) => {
    expect(furnitureReason(line)).toBeNull();
  });
});
