import type { Publication, Source } from "../src/types.js";

/** An in-memory Source for extractor tests: one SourceLine per line of text. */
export function sourceFrom(id: string, text: string, published?: string): Source {
  const pub: Publication | null = published
    ? { date: published, origin: "date-line", line: 1, quote: published }
    : null;
  return {
    id,
    path: id,
    format: "text",
    title: null,
    byline: null,
    published: pub,
    lines: text.split("\n").map((t, i) => ({ line: i + 1, text: t })),
    warnings: [],
  };
}
