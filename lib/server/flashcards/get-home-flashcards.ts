import "server-only";
import type { HomeFlashcards } from "@/lib/domain/srs/study-view";
import { ALL_DECKS } from "@/lib/schemas/flashcards";
import { getStudyCounts, loadStudyScope } from "./get-study-session";

/**
 * The home page's flashcard tile: cards due and new cards ready today, counted by the study
 * session itself, so they include the cards instructors wrote into sets assigned to the
 * learner. A learner who studies no deck yet sees what one click ("Start studying", which adds
 * every deck) would give them today: the same session with every deck in it. Only the counts
 * are built: no card, no interval previews, no look for a grade to undo.
 */
export async function getHomeFlashcards(userId: string, now = new Date()): Promise<HomeFlashcards> {
  const scope = await loadStudyScope(userId, now);
  const studying = scope.decks.size > 0;
  const counts = await getStudyCounts(
    userId,
    studying ? scope : { ...scope, decks: new Set([ALL_DECKS]) },
    now,
  );
  return { studying, due: counts.learning + counts.review, newReady: counts.new };
}
