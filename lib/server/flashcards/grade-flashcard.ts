import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { LEARN_AHEAD_MS } from "@/lib/domain/srs/build-queue";
import { dayBounds } from "@/lib/domain/time/zoned-time";
import { gradeCard, newCardMemory } from "@/lib/domain/srs/schedule";
import { gradeCardSchema } from "@/lib/schemas/flashcards";
import { db } from "@/lib/server/db";
import { recordReview } from "@/lib/server/progress/record-progress";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { toColumns, toMemory, toSavedState, type MemoryColumns } from "./card-state-row";
import {
  getScopedCards,
  getStudySession,
  loadStudyScope,
  type StudySessionView,
} from "./get-study-session";

type LockedRow = MemoryColumns & { version: number };
const STALE = "This card was already graded elsewhere (another tab?). Here is the next card.";

/**
 * Records one grade. In one transaction: the card's state row is locked, the version the
 * learner saw must still be current (so two tabs cannot both apply a grade to the same
 * state: no lost update), the card must be due, and the new FSRS state and its review log
 * are written together. A grade re-sent with the same requestId is recorded once.
 */
export async function gradeFlashcard(
  userId: string,
  input: unknown,
  now = new Date(),
): Promise<ServiceResult<StudySessionView>> {
  const parsed = gradeCardSchema.safeParse(input);
  if (!parsed.success)
    return fail("invalid", "That grade is not valid.", parsed.error.flatten().fieldErrors);
  const { cardId, rating, requestId, expectedVersion, durationMs, deck, assignment } = parsed.data;

  // Read once: the grade checks the card against them, and the next card is built from them.
  // A card of an assignment being studied need not be in the learner's decks.
  const scope = await loadStudyScope(userId);
  const { settings } = scope;
  const { cards } = await getScopedCards(userId, { assignment }, now, scope);
  const card = cards.find((c) => c.id === cardId);
  if (!card) return fail("not_found", "That card is not in the decks you study.");

  try {
    const outcome = await db.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<LockedRow[]>`
        SELECT due, stability, difficulty, "elapsedDays", "scheduledDays", "learningSteps", reps,
          lapses, state, "lastReview", version
        FROM "CardState" WHERE "userId" = ${userId} AND "cardId" = ${cardId} FOR UPDATE`;
      // Looked up after the lock: a copy of this grade that held it first is visible now.
      const duplicate = await tx.reviewLog.findUnique({
        where: { userId_requestId: { userId, requestId } },
        select: { id: true },
      });
      if (duplicate) return "duplicate" as const;
      if ((row?.version ?? 0) !== expectedVersion) return fail("conflict", STALE);

      const memory = row ? toMemory(row) : newCardMemory(now);
      if (row && memory.state !== 0) {
        const { end } = dayBounds(now, settings.timeZone);
        const learning = memory.state === 1 || memory.state === 3;
        const dueBy = learning ? new Date(now.getTime() + LEARN_AHEAD_MS) : end;
        if (memory.due > dueBy) {
          return fail("conflict", `This card is not due yet (due ${memory.due.toISOString()}).`);
        }
      }
      const { next, record } = gradeCard(
        memory,
        rating,
        now,
        settings.desiredRetention,
        settings.fsrsParameters,
      );
      const version = expectedVersion + 1;
      if (row) {
        await tx.cardState.update({
          where: { userId_cardId: { userId, cardId } },
          data: { ...toColumns(next), version },
        });
      } else {
        await tx.cardState.create({
          data: { userId, cardId, deckId: card.deckId, ...toColumns(next), version },
        });
      }
      await tx.reviewLog.create({
        data: {
          userId,
          cardId,
          deckId: card.deckId,
          ...record,
          durationMs,
          previousState: row ? toSavedState(row) : Prisma.JsonNull,
          requestId,
        },
      });
      await recordReview(tx, userId, now, 1);
      return "graded" as const;
    });
    if (typeof outcome === "object") return outcome;
  } catch (error) {
    // Two first grades of a new card racing: the loser hits the primary key, or the same
    // requestId twice hits its unique index. Either way the state is the winner's.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const same = await db.reviewLog.findUnique({
        where: { userId_requestId: { userId, requestId } },
        select: { id: true },
      });
      if (!same) return fail("conflict", STALE);
    } else throw error;
  }
  return ok(await getStudySession(userId, { deck, assignment }, now, { scope, canUndo: true }));
}
