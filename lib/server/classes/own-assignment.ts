import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** One of the caller's assignments as the edit and the removal read it. */
export type OwnAssignment = {
  id: string;
  classId: string;
  setId: string;
  kind: "QUIZ" | "FLASHCARDS";
  opensAt: Date;
  dueAt: Date;
  timeZone: string;
  attemptsAllowed: number | null;
  archivedAt: Date | null;
};

export const CLASS_ARCHIVED_FOR_CHANGES =
  "This class is archived. Restore it before changing its assignments.";

/**
 * The caller's assignment, its row locked until the transaction ends, or null when it is
 * missing or another instructor's (the ownership is in the query). A learner starting an
 * attempt takes a share lock on the same row (start-assignment-attempt.ts), so a start and an
 * edit or removal never interleave: the start waits and then sees the new rules, or no
 * assignment; the edit or removal waits and then counts the new attempt.
 */
export async function lockOwnAssignment(
  tx: Prisma.TransactionClient,
  instructorId: string,
  assignmentId: string,
): Promise<OwnAssignment | null> {
  const [row] = await tx.$queryRaw<OwnAssignment[]>`
    SELECT a.id, a."classId", a."setId", s.kind::text AS kind, a."opensAt", a."dueAt",
      a."timeZone", a."attemptsAllowed", c."archivedAt"
    FROM "Assignment" a
    JOIN "Class" c ON c.id = a."classId"
    JOIN "StudySet" s ON s.id = a."setId"
    WHERE a.id = ${assignmentId} AND c."instructorId" = ${instructorId}
    FOR UPDATE OF a`;
  return row ?? null;
}

/** What learners have done in an assignment so far. */
export type AssignmentWork = {
  /** Learners with work in it: an attempt (quiz), a review since it opened (flashcards). */
  learners: number;
  /** Quiz sets: the most attempts one learner has started (0 for flashcard sets). */
  mostAttempts: number;
};

/**
 * The work that removing the assignment, or opening it later, would take out of the class's
 * results. Quiz sets: every attempt at it, whoever made it (a learner who left keeps theirs
 * and would find it detached on rejoining). Flashcard sets: reviews of the set's cards, the
 * written ones included, by the class's members since it opened, which is what its progress
 * counts (load-assignment-progress.ts).
 */
export async function loadAssignmentWork(
  tx: Prisma.TransactionClient,
  assignment: OwnAssignment,
): Promise<AssignmentWork> {
  if (assignment.kind === "QUIZ") {
    const byLearner = await tx.quizAttempt.groupBy({
      by: ["userId"],
      where: { assignmentId: assignment.id },
      _count: { _all: true },
    });
    return {
      learners: byLearner.length,
      mostAttempts: Math.max(0, ...byLearner.map((g) => g._count._all)),
    };
  }
  const set = await tx.studySet.findUniqueOrThrow({
    where: { id: assignment.setId },
    select: { cardIds: true, customCards: { select: { id: true } } },
  });
  const members = await tx.classMember.findMany({
    where: { classId: assignment.classId },
    select: { userId: true },
  });
  const written = set.customCards;
  const cardIds = [...set.cardIds, ...written.map((c) => `custom:${c.id}`)];
  if (!cardIds.length || !members.length) return { learners: 0, mostAttempts: 0 };
  const reviewers = await tx.reviewLog.groupBy({
    by: ["userId"],
    where: {
      userId: { in: members.map((m) => m.userId) },
      cardId: { in: cardIds },
      review: { gte: assignment.opensAt },
    },
  });
  return { learners: reviewers.length, mostAttempts: 0 };
}

/** "1 learner has" / "3 learners have". */
export function learnersHave(n: number): string {
  return n === 1 ? "1 learner has" : `${n} learners have`;
}
