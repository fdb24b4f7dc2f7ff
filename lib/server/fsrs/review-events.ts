import "server-only";
import type { ReviewEvent } from "@/lib/domain/srs/fsrs-items";
import type { CardStateValue, RatingValue } from "@/lib/domain/srs/schedule";
import { db } from "@/lib/server/db";

const isRating = (n: number): n is RatingValue => n === 1 || n === 2 || n === 3 || n === 4;
const isState = (n: number): n is CardStateValue => n === 0 || n === 1 || n === 2 || n === 3;

/** The learner's review log, as item building needs it; rows with an unknown code are left out. */
export async function listReviewEvents(userId: string): Promise<ReviewEvent[]> {
  const rows = await db.reviewLog.findMany({
    where: { userId },
    select: { cardId: true, rating: true, state: true, review: true },
    orderBy: { review: "asc" },
  });
  const events: ReviewEvent[] = [];
  for (const { cardId, rating, state, review } of rows) {
    if (isRating(rating) && isState(state)) events.push({ cardId, rating, state, review });
  }
  return events;
}
