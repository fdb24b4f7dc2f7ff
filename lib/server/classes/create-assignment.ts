import "server-only";
import { checkAssignmentDates } from "@/lib/domain/classes/assignment-dates";
import { createAssignmentSchema } from "@/lib/schemas/classes";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import {
  CLASS_NOT_FOUND,
  INSTRUCTORS_ONLY,
  SET_NOT_FOUND,
  isInstructor,
  type Caller,
} from "./caller";
import {
  assignmentSummarySelect,
  toAssignmentSummary,
  type AssignmentSummary,
} from "./assignment-summary";
import { lockOwnSet } from "./lock-own-set";

/**
 * Assigns one of the caller's sets to one of the caller's classes. The dates are wall-clock
 * times in the given zone (the instructor's), stored as instants. One transaction: the class
 * row is locked while the set is checked and the assignment written, so a class archived or
 * handed over meanwhile never receives it, and a refusal leaves nothing behind; the set's row
 * is locked too (shared), so it cannot be deleted under the new assignment. A due date
 * that has already passed at `now` is refused (lib/domain/classes/assignment-dates.ts).
 */
export async function createAssignment(
  caller: Caller,
  input: unknown,
  { now = new Date() }: { now?: Date } = {},
): Promise<ServiceResult<AssignmentSummary>> {
  if (!isInstructor(caller)) return fail("forbidden", INSTRUCTORS_ONLY);
  const parsed = createAssignmentSchema.safeParse(input);
  if (!parsed.success)
    return fail("invalid", "Please check the assignment.", parsed.error.flatten().fieldErrors);
  const { classId, setId, timeZone, attemptsAllowed, lateCounts } = parsed.data;
  const dates = checkAssignmentDates(parsed.data, now);
  if (!dates.ok) return fail("invalid", dates.message, { [dates.field]: [dates.message] });
  const { opensAt, dueAt } = dates;

  return db.$transaction(async (tx) => {
    const [owned] = await tx.$queryRaw<{ archivedAt: Date | null }[]>`
      SELECT "archivedAt" FROM "Class"
      WHERE id = ${classId} AND "instructorId" = ${caller.id} FOR UPDATE`;
    if (!owned) return fail("not_found", CLASS_NOT_FOUND, { classId: [CLASS_NOT_FOUND] });
    if (owned.archivedAt) {
      const message = "This class is archived. Restore it before assigning work.";
      return fail("conflict", message, { classId: [message] });
    }
    // Locked, so a deletion of the set running meanwhile (delete-set.ts) either sees this
    // assignment and refuses, or deletes the set first and this finds none.
    const set = await lockOwnSet(tx, caller.id, setId, "share");
    if (!set) return fail("not_found", SET_NOT_FOUND, { setId: [SET_NOT_FOUND] });
    const row = await tx.assignment.create({
      data: {
        classId,
        setId,
        opensAt,
        dueAt,
        timeZone,
        // Flashcards are studied, not attempted: a limit would mean nothing.
        attemptsAllowed: set.kind === "QUIZ" ? attemptsAllowed : null,
        lateCounts,
      },
      select: assignmentSummarySelect,
    });
    return ok(toAssignmentSummary(row));
  });
}
