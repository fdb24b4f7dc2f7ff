import "server-only";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { ASSIGNMENT_NOT_FOUND, isInstructor, type Caller } from "./caller";
import {
  CLASS_ARCHIVED_FOR_CHANGES,
  learnersHave,
  loadAssignmentWork,
  lockOwnAssignment,
} from "./own-assignment";

/**
 * The instructor unassigns a set from a class: its learners no longer see it, and it leaves
 * the results and the gradebook. Only while nobody has work in it (own-assignment.ts says
 * what counts), so nothing is lost; otherwise 409 with the reason, and the assignment can
 * still be changed instead. The set itself stays. An archived class's assignments are not
 * removed (restore it first).
 */
export async function removeAssignment(
  caller: Caller,
  assignmentId: string,
): Promise<ServiceResult<{ id: string; classId: string }>> {
  if (!isInstructor(caller)) return fail("not_found", ASSIGNMENT_NOT_FOUND);
  return db.$transaction(async (tx) => {
    const saved = await lockOwnAssignment(tx, caller.id, assignmentId);
    if (!saved) return fail("not_found", ASSIGNMENT_NOT_FOUND);
    if (saved.archivedAt) return fail("conflict", CLASS_ARCHIVED_FOR_CHANGES);
    const work = await loadAssignmentWork(tx, saved);
    if (work.learners > 0)
      return fail(
        "conflict",
        `${learnersHave(work.learners)} already started this assignment, so it cannot be ` +
          "removed: their work would drop out of the class's results. You can still change " +
          "its dates, attempts and late rule.",
      );
    await tx.assignment.delete({ where: { id: saved.id } });
    return ok({ id: saved.id, classId: saved.classId });
  });
}
