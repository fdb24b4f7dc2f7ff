import "server-only";
import type { HomeFlashcards } from "@/lib/domain/srs/study-view";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import { getStudySession, getStudySettings } from "./get-study-session";

/**
 * The home page's flashcard tile: cards due and new cards ready today. A learner who studies
 * no deck yet sees how many new cards one click ("Start studying") would give them today.
 */
export async function getHomeFlashcards(userId: string, now = new Date()): Promise<HomeFlashcards> {
  const session = await getStudySession(userId, undefined, now);
  if (session.studying)
    return {
      studying: true,
      due: session.counts.learning + session.counts.review,
      newReady: session.counts.new,
    };
  const [settings, seen] = await Promise.all([
    getStudySettings(userId),
    db.cardState.count({ where: { userId } }),
  ]);
  const unseen = getContentCatalog().flashcards.length - seen;
  return {
    studying: false,
    due: 0,
    newReady: Math.max(0, Math.min(settings.newCardsPerDay, unseen)),
  };
}
