import "server-only";
import { toLocalDateTime } from "@/lib/domain/time/zoned-time";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { ASSIGNMENT_NOT_FOUND, type Caller } from "./caller";
import { cardsInContent } from "./set-summary";

export type AssignmentStudyPlan = {
  assignmentId: string;
  /** The set's name, which the study screen shows. */
  name: string;
  opensAt: Date;
  /** The set's cards (those still in the content, then those its instructor wrote). */
  cardIds: string[];
  /** The set's cards reviewed at least once since the assignment opened. */
  reviewedCardIds: string[];
  /** Cards the instructor wrote into the set: studied with "your decks", not one deck. */
  writtenCards: number;
};

/**
 * A flashcard assignment is studied in a session of exactly its set's cards
 * (`/flashcards/study?assignment=…`, see get-study-session.ts): new cards and those due, in
 * the learner's FSRS schedule and within their daily limits, which count every card they
 * study. Nothing is added to the learner's decks. This checks that the caller may study it
 * (a member of its class, open, class not archived) and says which cards were reviewed since
 * it opened: the assignment is done once each has been (load-assignment-progress.ts, same
 * rule); reviews made before it opened do not count.
 */
export async function studyAssignment(
  caller: Pick<Caller, "id">,
  assignmentId: string,
  now = new Date(),
): Promise<ServiceResult<AssignmentStudyPlan>> {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, class: { members: { some: { userId: caller.id } } } },
    select: {
      opensAt: true,
      timeZone: true,
      class: { select: { archivedAt: true } },
      set: { select: { kind: true, cardIds: true, name: true } },
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
  const cardIds = cardsInContent(assignment.set.cardIds);
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
  const reviewedIds = new Set(reviewed.map((r) => r.cardId));
  return ok({
    assignmentId,
    name: assignment.set.name,
    opensAt: assignment.opensAt,
    cardIds,
    reviewedCardIds: cardIds.filter((id) => reviewedIds.has(id)),
    writtenCards,
  });
}
