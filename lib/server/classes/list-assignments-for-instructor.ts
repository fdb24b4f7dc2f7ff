import "server-only";
import { db } from "@/lib/server/db";
import { loadAssignmentProgress } from "./load-assignment-progress";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { CLASS_NOT_FOUND, isInstructor, type Caller } from "./caller";
import {
  assignmentSummarySelect,
  toAssignmentSummary,
  type AssignmentSummary,
} from "./assignment-summary";

export type InstructorAssignment = AssignmentSummary & {
  members: number;
  /** Current members with at least one submitted attempt (quiz sets; null for flashcards). */
  submitted: number | null;
  /**
   * Current members who have reviewed every card of the set since it opened, late or not
   * (flashcard sets, as their results count it; null for quizzes).
   */
  reviewedAll: number | null;
};

/** The assignments of one of the caller's classes, by due date. */
export async function listAssignmentsForInstructor(
  caller: Caller,
  classId: string,
  now = new Date(),
): Promise<ServiceResult<InstructorAssignment[]>> {
  if (!isInstructor(caller)) return fail("not_found", CLASS_NOT_FOUND);
  const found = await db.class.findFirst({
    where: { id: classId, instructorId: caller.id },
    select: {
      assignments: {
        orderBy: [{ dueAt: "asc" }, { id: "asc" }],
        select: {
          ...assignmentSummarySelect,
          set: { select: { ...assignmentSummarySelect.set.select, cardIds: true } },
        },
      },
    },
  });
  if (!found) return fail("not_found", CLASS_NOT_FOUND);
  const ids = found.assignments.map((a) => a.id);
  // Read on the ClassMember key, not with a relation `_count` (a GROUP BY over the table).
  const memberIds = (
    await db.classMember.findMany({ where: { classId }, select: { userId: true } })
  ).map((m) => m.userId);
  const members = memberIds.length;
  // Flashcard sets: each member's standing, as the assignment's results read it (one query a
  // flashcard assignment).
  const flashcards = found.assignments.filter((a) => a.set.kind === "FLASHCARDS");
  const progressOf = flashcards.length
    ? await loadAssignmentProgress(flashcards, memberIds, now)
    : null;
  const reviewedAll = (assignmentId: string) =>
    memberIds.filter((userId) =>
      ["done", "done-late"].includes(progressOf!(assignmentId, userId).status),
    ).length;
  const submitted = ids.length
    ? await db.quizAttempt.groupBy({
        by: ["assignmentId", "userId"],
        where: {
          assignmentId: { in: ids },
          status: "SUBMITTED",
          user: { memberships: { some: { classId } } },
        },
      })
    : [];
  const perAssignment = new Map<string, number>();
  for (const g of submitted)
    perAssignment.set(g.assignmentId!, (perAssignment.get(g.assignmentId!) ?? 0) + 1);
  return ok(
    found.assignments.map((row) => ({
      ...toAssignmentSummary(row),
      members,
      submitted: row.set.kind === "QUIZ" ? (perAssignment.get(row.id) ?? 0) : null,
      reviewedAll: row.set.kind === "FLASHCARDS" ? reviewedAll(row.id) : null,
    })),
  );
}
