import type { Source } from "../types.js";

/** What every extractor may know besides the source itself. */
export interface ExtractContext {
  /**
   * Date used to resolve weekdays and year-less dates when the source has no publication date:
   * the earliest publication date among the other sources of the run, or null when none has one.
   */
  corpusAnchor: string | null;
}

/** The anchor for one source: its own publication date, else the corpus anchor. */
export function anchorFor(
  source: Source,
  ctx: ExtractContext,
): { date: string; origin: "publication" | "corpus" } | null {
  if (source.published) return { date: source.published.date, origin: "publication" };
  if (ctx.corpusAnchor) return { date: ctx.corpusAnchor, origin: "corpus" };
  return null;
}

/** Earliest publication date of the run: articles are written after the events they report. */
export function corpusAnchorOf(sources: Source[]): string | null {
  const dates = sources.map((s) => s.published?.date).filter((d): d is string => Boolean(d));
  return dates.length ? [...dates].sort()[0]! : null;
}
