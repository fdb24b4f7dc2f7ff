import "server-only";
import { archiveClassSchema } from "@/lib/schemas/classes";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { CLASS_NOT_FOUND, isInstructor, type Caller } from "./caller";
import { classSummarySelect, summarizeClass, type InstructorClassSummary } from "./class-summary";

/**
 * Archives a class ({ archived: true }) or restores it ({ archived: false }). An archived
 * class keeps its members and results, but nobody can join it, no work can be assigned to it,
 * and its learners can no longer start its assignments. Archiving twice keeps the first date.
 */
export async function archiveClass(
  caller: Caller,
  classId: string,
  input: unknown,
  now = new Date(),
): Promise<ServiceResult<InstructorClassSummary>> {
  if (!isInstructor(caller)) return fail("not_found", CLASS_NOT_FOUND);
  const parsed = archiveClassSchema.safeParse(input);
  if (!parsed.success)
    return fail(
      "invalid",
      "Say whether the class is archived.",
      parsed.error.flatten().fieldErrors,
    );
  const owned = { id: classId, instructorId: caller.id };
  if (parsed.data.archived) {
    await db.class.updateMany({ where: { ...owned, archivedAt: null }, data: { archivedAt: now } });
  } else {
    await db.class.updateMany({ where: owned, data: { archivedAt: null } });
  }
  const row = await db.class.findFirst({ where: owned, select: classSummarySelect });
  return row ? ok(await summarizeClass(row)) : fail("not_found", CLASS_NOT_FOUND);
}
