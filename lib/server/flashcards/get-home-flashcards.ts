import "server-only";
import type { HomeFlashcards } from "@/lib/domain/srs/study-view";
import { getStudyCounts } from "./get-study-session";

/**
 * The home page's flashcard tile: cards due and new cards ready today, counted by the study
 * session itself, so they include the cards instructors wrote into sets assigned to the
 * learner. A learner who studies no deck yet sees what one click ("Start studying", which adds
 * every deck) would give them today: the same session with every deck in it. Only the counts
 * are built: no card, no interval previews, no look for a grade to undo.
 */
export async function getHomeFlashcards(
  userId: string,
  now = new Date(),
  /** The session's time zone: today's counts come in the same statement. */
  timeZone?: string,
): Promise<HomeFlashcards> {
  const { studying, counts } = await getStudyCounts(userId, now, timeZone);
  return { studying, due: counts.learning + counts.review, newReady: counts.new };
}
