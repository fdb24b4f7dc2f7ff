import "server-only";
import { dueNowRefusal } from "@/lib/domain/classes/assignment-dates";
import { formatDateTime } from "@/lib/domain/format/format";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import {
  assignmentSummarySelect,
  toAssignmentSummary,
  type AssignmentSummary,
} from "./assignment-summary";
import { ASSIGNMENT_NOT_FOUND, isInstructor, type Caller } from "./caller";
import { CLASS_ARCHIVED_FOR_CHANGES, lockOwnAssignment } from "./own-assignment";

export const NOT_OPEN_TO_CLOSE =
  "This assignment has not opened yet, so nobody could have done it. Change its dates, or " +
  "remove it.";

/**
 * "Make due now": the instructor closes an open assignment early by moving its due date to
 * this instant (the edit form refuses a due date typed in the past, which every learner would
 * be late for at once; here that is the point, and the button says so first). Nothing else
 * changes: by the rules of lib/domain/classes/assignment-status.ts, work submitted from now
 * on is late, attempts already under way included, and counts only if late work counts; work
 * submitted before stays on time. A later due date can be set again with the edit form.
 * Refused for an assignment not yet open (remove it or change its dates), one already past
 * due, and an archived class's. The row is read with lockOwnAssignment, as the edit reads it.
 * `timeZone` is the caller's, for the dates in its messages.
 */
export async function closeAssignmentNow(
  caller: Caller,
  assignmentId: string,
  { now = new Date(), timeZone = "UTC" }: { now?: Date; timeZone?: string } = {},
): Promise<ServiceResult<AssignmentSummary>> {
  if (!isInstructor(caller)) return fail("not_found", ASSIGNMENT_NOT_FOUND);
  return db.$transaction(async (tx) => {
    const saved = await lockOwnAssignment(tx, caller.id, assignmentId);
    if (!saved) return fail("not_found", ASSIGNMENT_NOT_FOUND);
    if (saved.archivedAt) return fail("conflict", CLASS_ARCHIVED_FOR_CHANGES);
    const refusal = dueNowRefusal(saved, now);
    if (refusal === "not-open") return fail("conflict", NOT_OPEN_TO_CLOSE);
    if (refusal === "past-due")
      return fail(
        "conflict",
        `This assignment is already past due: it was due ` +
          `${formatDateTime(saved.dueAt, timeZone)} (${timeZone}).`,
      );
    const row = await tx.assignment.update({
      where: { id: saved.id },
      data: { dueAt: now },
      select: assignmentSummarySelect,
    });
    return ok(toAssignmentSummary(row));
  });
}
