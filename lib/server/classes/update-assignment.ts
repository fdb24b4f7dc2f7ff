import "server-only";
import { checkAssignmentDates } from "@/lib/domain/classes/assignment-dates";
import { formatDateTime } from "@/lib/domain/format/format";
import { updateAssignmentSchema } from "@/lib/schemas/classes";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import {
  assignmentSummarySelect,
  toAssignmentSummary,
  type AssignmentSummary,
} from "./assignment-summary";
import { ASSIGNMENT_NOT_FOUND, isInstructor, type Caller } from "./caller";
import {
  CLASS_ARCHIVED_FOR_CHANGES,
  learnersHave,
  loadAssignmentWork,
  lockOwnAssignment,
} from "./own-assignment";

/**
 * The instructor changes one of their assignments: its dates (typed in their zone, as when
 * assigning), the attempts allowed and whether late work counts. Learners' lists, the results
 * and the gradebook read the assignment's rules when they are shown, so they follow at once
 * (an attempt submitted before the new due date is on time, and so on). Refused, with the
 * field to fix:
 * - the dates, by the rules of lib/domain/classes/assignment-dates.ts (due after opening; a
 *   due date already past unless it is the saved one left as it was);
 * - an opening later than the saved one once learners have started: their work before it
 *   would stop counting;
 * - fewer attempts than a learner has already started.
 * An archived class's assignments are not changed (restore it first).
 */
export async function updateAssignment(
  caller: Caller,
  assignmentId: string,
  input: unknown,
  { now = new Date() }: { now?: Date } = {},
): Promise<ServiceResult<AssignmentSummary>> {
  if (!isInstructor(caller)) return fail("not_found", ASSIGNMENT_NOT_FOUND);
  const parsed = updateAssignmentSchema.safeParse(input);
  if (!parsed.success)
    return fail("invalid", "Please check the assignment.", parsed.error.flatten().fieldErrors);
  const { timeZone, lateCounts } = parsed.data;

  return db.$transaction(async (tx) => {
    const saved = await lockOwnAssignment(tx, caller.id, assignmentId);
    if (!saved) return fail("not_found", ASSIGNMENT_NOT_FOUND);
    if (saved.archivedAt) return fail("conflict", CLASS_ARCHIVED_FOR_CHANGES);
    const dates = checkAssignmentDates(parsed.data, now, saved);
    if (!dates.ok) return fail("invalid", dates.message, { [dates.field]: [dates.message] });
    // Flashcards are studied, not attempted: a limit would mean nothing.
    const attemptsAllowed = saved.kind === "QUIZ" ? parsed.data.attemptsAllowed : null;

    const work = await loadAssignmentWork(tx, saved);
    if (work.learners > 0 && dates.opensAt > saved.opensAt) {
      const message =
        `${learnersHave(work.learners)} already started this assignment, so it cannot open ` +
        `later than it did (${formatDateTime(saved.opensAt, timeZone)}). ` +
        "Keep that date or choose an earlier one.";
      return fail("invalid", message, { opensAt: [message] });
    }
    if (attemptsAllowed !== null && attemptsAllowed < work.mostAttempts) {
      const n = work.mostAttempts;
      const message =
        `A learner has already started ${n} attempts: allow at least ${n}, ` +
        "or leave it empty for unlimited.";
      return fail("invalid", message, { attemptsAllowed: [message] });
    }

    const row = await tx.assignment.update({
      where: { id: saved.id },
      data: { opensAt: dates.opensAt, dueAt: dates.dueAt, timeZone, attemptsAllowed, lateCounts },
      select: assignmentSummarySelect,
    });
    return ok(toAssignmentSummary(row));
  });
}
