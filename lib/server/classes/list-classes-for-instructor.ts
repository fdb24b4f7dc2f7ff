import "server-only";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { INSTRUCTORS_ONLY, isInstructor, type Caller } from "./caller";
import { classSummarySelect, summarizeClasses, type InstructorClassSummary } from "./class-summary";

/** The caller's classes, current ones first, newest first within each. */
export async function listClassesForInstructor(
  caller: Caller,
): Promise<ServiceResult<InstructorClassSummary[]>> {
  if (!isInstructor(caller)) return fail("forbidden", INSTRUCTORS_ONLY);
  const rows = await db.class.findMany({
    where: { instructorId: caller.id },
    orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: classSummarySelect,
  });
  return ok(await summarizeClasses(rows));
}
