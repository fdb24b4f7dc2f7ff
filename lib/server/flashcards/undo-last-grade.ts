import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { deckScopeSchema } from "@/lib/schemas/flashcards";
import { db } from "@/lib/server/db";
import { removeReview } from "@/lib/server/progress/record-progress";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { fromSavedState, storedPreviousState } from "./card-state-row";
import { getStudySession, type StudySessionView } from "./get-study-session";

/**
 * Undoes the learner's most recent grade: the card gets back the exact state it had before
 * (or loses its state row if it was new) and the review log row is deleted. Undos of one
 * user serialise on the user's row: two at once undo the last two grades. An undo that meets a
 * grade of the same card in progress is refused (conflict) rather than deadlock with it.
 */
export async function undoLastGrade(
  userId: string,
  input: unknown,
  now = new Date(),
): Promise<ServiceResult<StudySessionView>> {
  const parsed = deckScopeSchema.safeParse(input ?? {});
  if (!parsed.success) return fail("invalid", "Unknown deck.");
  const undone = await undoInTransaction(userId);
  if (undone === "busy") return fail("conflict", BUSY);
  if (!undone) return fail("conflict", "There is no grade to undo.");
  return ok(await getStudySession(userId, parsed.data, now));
}

const BUSY = "That card is being graded right now (another tab?). Try undo again.";

/** True when a grade was undone, false when there was none, "busy" when its card was locked. */
async function undoInTransaction(userId: string): Promise<boolean | "busy"> {
  try {
    return await undoLast(userId);
  } catch (error) {
    // lock_not_available (55P03), from NOWAIT below, as the pg driver adapter reports it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2010") {
      const meta = error.meta as { driverAdapterError?: { cause?: { code?: string } } };
      if (meta?.driverAdapterError?.cause?.code === "55P03") return "busy";
    }
    throw error;
  }
}

function undoLast(userId: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    // One undo per user at a time: two at once would both pick the same last grade and the
    // second would fail deleting what the first deleted. NO KEY UPDATE, so inserts that
    // reference the user (foreign keys take KEY SHARE) are not held up.
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE id = ${userId} FOR NO KEY UPDATE`;
    const last = await tx.reviewLog.findFirst({ where: { userId }, orderBy: { review: "desc" } });
    if (!last) return false;
    // A grade locks its card's row and then the user's (addReview): the opposite order to
    // ours. Waiting here for a grade of this card would deadlock, so an undo that meets one
    // gives way at once and the learner is asked to try again.
    await tx.$queryRaw`
      SELECT 1 FROM "CardState"
      WHERE "userId" = ${userId} AND "cardId" = ${last.cardId} FOR UPDATE NOWAIT`;
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
    await removeReview(tx, userId, last.review);
    return true;
  });
}
