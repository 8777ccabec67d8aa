import { readFileSync } from "node:fs";
import { buildSource } from "../../src/ingest/source.js";

const PAGE = `<!DOCTYPE html>
<html>
<head>
  <title>Harbour bridge reopens after repairs | Example Times</title>
  <meta property="article:published_time" content="2031-03-09T22:40:00-05:00">
  <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2031-03-09T22:40:00-05:00"}</script>
</head>
<body>
<div class="cookie-notice"><p>We use cookies to improve your experience. Accept all cookies?</p></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/city">City</a></li></ul></nav>
<article>
  <h1>Harbour bridge reopens after repairs</h1>
  <p class="byline">By <span class="author">Jo Example</span></p>
  <p>The harbour bridge reopened to traffic on Monday after eight months of repairs that cost
     about 40 million dollars, the city&rsquo;s transport office said.</p>
  <p>Engineers replaced <em>all</em> 212 cables &amp; the deck surface.</p>
  <blockquote><p>&ldquo;It is stronger than when it was built,&rdquo; the chief engineer said.</p></blockquote>
  <ul><li>The bridge carries 30,000 vehicles a day.</li><li>Tolls are unchanged.</li></ul>
  <figure><img src="x.jpg" alt=""><figcaption>Cars cross the bridge on Monday morning.</figcaption></figure>
  <p>The first repairs began in July, when inspectors found corrosion in the anchorages beneath the eastern approach.</p>
  <div class="share-bar"><a href="#">Share on Facebook</a></div>
</article>
<aside class="related"><h2>More from the city</h2><ul><li><a href="/a">Tram line extended to the airport</a></li></ul></aside>
<section class="newsletter"><p>Get the morning briefing in your inbox.</p><button>Sign up</button></section>
<footer><p>&copy; 2031 Example Times. All rights reserved.</p></footer>
<script>var tracking = "The harbour bridge reopened";</script>
</body>
</html>`;

const fileLineOf = (html: string, needle: string): number => html.slice(0, html.indexOf(needle)).split("\n").length;

describe("HTML article extraction", () => {
  const source = buildSource("page.html", "page.html", "html", Buffer.from(PAGE));
  const texts = source.lines.map((l) => l.text);

  test("article blocks become lines with decoded entities, furniture is dropped", () => {
    expect(texts).toContain(
      "The harbour bridge reopened to traffic on Monday after eight months of repairs that cost about 40 million dollars, the city’s transport office said.",
    );
    expect(texts).toContain("Engineers replaced all 212 cables & the deck surface.");
    expect(texts).toContain("“It is stronger than when it was built,” the chief engineer said.");
    expect(texts).toContain("The bridge carries 30,000 vehicles a day.");
    expect(texts).toContain("Cars cross the bridge on Monday morning.");
    const all = texts.join("\n");
    for (const furniture of ["cookies", "Home", "Tram line", "inbox", "Sign up", "All rights reserved", "Share on", "tracking"]) {
      expect(all).not.toContain(furniture);
    }
  });

  test("each line carries the line of the raw file where its text starts", () => {
    const line = (start: string) => source.lines.find((l) => l.text.startsWith(start))?.line;
    expect(line("The harbour bridge reopened")).toBe(fileLineOf(PAGE, "<p>The harbour bridge reopened"));
    expect(line("“It is stronger")).toBe(fileLineOf(PAGE, "<blockquote>"));
    expect(line("The first repairs")).toBe(fileLineOf(PAGE, "The first repairs"));
    const numbers = source.lines.map((l) => l.line);
    expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
  });

  test("title, byline and the metadata publication date as written (no time-zone shift)", () => {
    expect(source.title).toBe("Harbour bridge reopens after repairs");
    expect(source.byline).toBe("Jo Example");
    expect(source.published).toMatchObject({ date: "2031-03-09", origin: "metadata", line: 5 });
  });

  test("a page without an article element falls back to the body's blocks, minus furniture", () => {
    const bare = `<html><body>\n<div class="site-footer"><p>About us</p></div>\n<p>Short report.</p>\n</body></html>`;
    const fallback = buildSource("bare.html", "bare.html", "html", Buffer.from(bare));
    expect(fallback.lines).toEqual([{ line: 3, text: "Short report." }]);
  });
});

describe("a full news page (the wildfire development corpus, kept under __tests__/e2e/corpora)", () => {
  const path = new URL("../e2e/corpora/dev-wildfire/sources/004_aegean-observer.html", import.meta.url);
  const source = buildSource("004.html", "004.html", "html", readFileSync(path));
  const all = source.lines.map((l) => l.text).join("\n");

  test("cookie banner, newsletter box and related links are gone", () => {
    expect(all).not.toMatch(/cookies/i);
    expect(all).not.toMatch(/inbox|Morning Observer/);
    expect(all).not.toMatch(/More on wildfires|Heatwave warning/);
  });

  test("the blockquote is kept at line 83 and the 14:30 paragraph at line 76", () => {
    expect(source.lines.find((l) => l.text.startsWith("“We have lost forests"))?.line).toBe(83);
    expect(source.lines.find((l) => l.text.startsWith("The fire broke out at around 14:30"))?.line).toBe(76);
    expect(source.published?.date).toBe("2025-08-15");
  });
});
