import "server-only";
import { updateClassSchema } from "@/lib/schemas/classes";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { CLASS_NOT_FOUND, isInstructor, type Caller } from "./caller";
import { classSummarySelect, summarizeClass, type InstructorClassSummary } from "./class-summary";

/** Renames a class or changes its description (the instructor's own classes only). */
export async function updateClass(
  caller: Caller,
  classId: string,
  input: unknown,
): Promise<ServiceResult<InstructorClassSummary>> {
  if (!isInstructor(caller)) return fail("not_found", CLASS_NOT_FOUND);
  const parsed = updateClassSchema.safeParse(input);
  if (!parsed.success)
    return fail("invalid", "Please check the class details.", parsed.error.flatten().fieldErrors);
  const { count } = await db.class.updateMany({
    where: { id: classId, instructorId: caller.id },
    data: parsed.data,
  });
  if (count === 0) return fail("not_found", CLASS_NOT_FOUND);
  const row = await db.class.findFirst({
    where: { id: classId, instructorId: caller.id },
    select: classSummarySelect,
  });
  return row ? ok(await summarizeClass(row)) : fail("not_found", CLASS_NOT_FOUND);
}
