import "server-only";
import { localDateTimeToInstant } from "@/lib/domain/time/zoned-time";
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

/**
 * Assigns one of the caller's sets to one of the caller's classes. The dates are wall-clock
 * times in the given zone (the instructor's), stored as instants. One transaction: the class
 * row is locked while the set is checked and the assignment written, so a class archived or
 * handed over meanwhile never receives it, and a refusal leaves nothing behind.
 */
export async function createAssignment(
  caller: Caller,
  input: unknown,
): Promise<ServiceResult<AssignmentSummary>> {
  if (!isInstructor(caller)) return fail("forbidden", INSTRUCTORS_ONLY);
  const parsed = createAssignmentSchema.safeParse(input);
  if (!parsed.success)
    return fail("invalid", "Please check the assignment.", parsed.error.flatten().fieldErrors);
  const { classId, setId, timeZone, attemptsAllowed, lateCounts } = parsed.data;
  const opensAt = localDateTimeToInstant(parsed.data.opensAt, timeZone);
  const dueAt = localDateTimeToInstant(parsed.data.dueAt, timeZone);
  // The strings were in order; around a daylight-saving change the instants may not be.
  if (dueAt <= opensAt) {
    const message = "The due date must be after the opening date.";
    return fail("invalid", message, { dueAt: [message] });
  }

  return db.$transaction(async (tx) => {
    const [owned] = await tx.$queryRaw<{ archivedAt: Date | null }[]>`
      SELECT "archivedAt" FROM "Class"
      WHERE id = ${classId} AND "instructorId" = ${caller.id} FOR UPDATE`;
    if (!owned) return fail("not_found", CLASS_NOT_FOUND, { classId: [CLASS_NOT_FOUND] });
    if (owned.archivedAt) {
      const message = "This class is archived. Restore it before assigning work.";
      return fail("conflict", message, { classId: [message] });
    }
    const set = await tx.studySet.findFirst({
      where: { id: setId, instructorId: caller.id },
      select: { kind: true },
    });
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
