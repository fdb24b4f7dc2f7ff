import "server-only";
import { toLocalDateTime } from "@/lib/domain/time/zoned-time";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { ASSIGNMENT_NOT_FOUND, type Caller } from "./caller";

export type AssignmentStudyPlan = {
  /** Decks now in the learner's flashcard study (one per programme the cards come from). */
  deckIds: string[];
  cardIds: string[];
  /** Cards already reviewed since the assignment opened. */
  reviewedCardIds: string[];
  /** Cards the instructor wrote into the set: studied with "your decks", not one deck. */
  writtenCards: number;
};

/**
 * Flashcard assignments go through the normal flashcard study, which works by deck: this adds
 * the decks holding the set's cards to the learner's study (idempotent) and returns the
 * cards, so the page can send the learner to those decks and show "7 of 12 cards reviewed".
 * The assignment is done once each card has been reviewed at least once since it opened
 * (see load-assignment-progress.ts). Reviews follow the learner's FSRS schedule and daily
 * limits: the assignment does not force cards forward.
 */
export async function studyAssignment(
  caller: Caller,
  assignmentId: string,
  now = new Date(),
): Promise<ServiceResult<AssignmentStudyPlan>> {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, class: { members: { some: { userId: caller.id } } } },
    select: {
      opensAt: true,
      timeZone: true,
      class: { select: { archivedAt: true } },
      set: { select: { kind: true, cardIds: true } },
    },
  });
  if (!assignment) return fail("not_found", ASSIGNMENT_NOT_FOUND);
  if (assignment.class.archivedAt)
    return fail("conflict", "This class has been archived: its assignments are closed.");
  if (assignment.set.kind !== "FLASHCARDS")
    return fail("conflict", "This assignment is a quiz: start an attempt instead.");
  if (now < assignment.opensAt) {
    const opensAt = toLocalDateTime(assignment.opensAt, assignment.timeZone).replace("T", " at ");
    return fail("conflict", `This assignment opens on ${opensAt} (${assignment.timeZone}).`);
  }
  const { flashcardById } = getContentCatalog();
  const cardIds = assignment.set.cardIds.filter((id) => flashcardById.has(id));
  const deckIds = [...new Set(cardIds.map((id) => flashcardById.get(id)!.deckId))];
  await db.deckSubscription.createMany({
    data: deckIds.map((deckId) => ({ userId: caller.id, deckId })),
    skipDuplicates: true,
  });
  // The cards the instructor wrote into the set are studied as `custom:<row id>`.
  const written = await db.customCard.findMany({
    where: { set: { assignments: { some: { id: assignmentId } } } },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  const writtenCards = written.length;
  cardIds.push(...written.map((c) => `custom:${c.id}`));
  const reviewed = await db.reviewLog.groupBy({
    by: ["cardId"],
    where: { userId: caller.id, cardId: { in: cardIds }, review: { gte: assignment.opensAt } },
  });
  return ok({ deckIds, cardIds, reviewedCardIds: reviewed.map((r) => r.cardId), writtenCards });
}
