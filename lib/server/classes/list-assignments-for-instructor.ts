import "server-only";
import { db } from "@/lib/server/db";
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
};

/** The assignments of one of the caller's classes, by due date. */
export async function listAssignmentsForInstructor(
  caller: Caller,
  classId: string,
): Promise<ServiceResult<InstructorAssignment[]>> {
  if (!isInstructor(caller)) return fail("not_found", CLASS_NOT_FOUND);
  const found = await db.class.findFirst({
    where: { id: classId, instructorId: caller.id },
    select: {
      assignments: { orderBy: [{ dueAt: "asc" }, { id: "asc" }], select: assignmentSummarySelect },
    },
  });
  if (!found) return fail("not_found", CLASS_NOT_FOUND);
  const ids = found.assignments.map((a) => a.id);
  // Counted on the ClassMember key, not with a relation `_count` (a GROUP BY over the table).
  const members = await db.classMember.count({ where: { classId } });
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
    })),
  );
}
