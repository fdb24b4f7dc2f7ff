import "server-only";
import { deckScopeSchema } from "@/lib/schemas/flashcards";
import { db } from "@/lib/server/db";
import { recordReview } from "@/lib/server/progress/record-progress";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { fromSavedState, storedPreviousState } from "./card-state-row";
import { getStudySession, type StudySessionView } from "./get-study-session";

/**
 * Undoes the learner's most recent grade: the card gets back the exact state it had before
 * (or loses its state row if it was new) and the review log row is deleted. Undos of one
 * user serialise on the user's row: two at once undo the last two grades.
 */
export async function undoLastGrade(
  userId: string,
  input: unknown,
  now = new Date(),
): Promise<ServiceResult<StudySessionView>> {
  const parsed = deckScopeSchema.safeParse(input ?? {});
  if (!parsed.success) return fail("invalid", "Unknown deck.");
  const undone = await db.$transaction(async (tx) => {
    // One undo per user at a time: two at once would both pick the same last grade and the
    // second would fail deleting what the first deleted. NO KEY UPDATE, so inserts that
    // reference the user (foreign keys take KEY SHARE) are not held up.
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE id = ${userId} FOR NO KEY UPDATE`;
    const last = await tx.reviewLog.findFirst({ where: { userId }, orderBy: { review: "desc" } });
    if (!last) return false;
    await tx.$queryRaw`
      SELECT 1 FROM "CardState"
      WHERE "userId" = ${userId} AND "cardId" = ${last.cardId} FOR UPDATE`;
    if (last.previousState === null) {
      await tx.cardState.delete({ where: { userId_cardId: { userId, cardId: last.cardId } } });
    } else {
      const previous = fromSavedState(storedPreviousState(last));
      await tx.cardState.update({
        where: { userId_cardId: { userId, cardId: last.cardId } },
        data: previous,
      });
    }
    await tx.reviewLog.delete({ where: { id: last.id } });
    await recordReview(tx, userId, last.review, -1);
    return true;
  });
  if (!undone) return fail("conflict", "There is no grade to undo.");
  return ok(await getStudySession(userId, parsed.data, now));
}
