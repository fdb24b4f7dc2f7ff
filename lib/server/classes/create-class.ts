import "server-only";
import { createClassSchema } from "@/lib/schemas/classes";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { INSTRUCTORS_ONLY, isInstructor, type Caller } from "./caller";
import { classSummarySelect, summarizeClass, type InstructorClassSummary } from "./class-summary";
import { withFreshJoinCode } from "./with-fresh-join-code";

/** A new class taught by the caller, with a fresh join code. */
export async function createClass(
  caller: Caller,
  input: unknown,
): Promise<ServiceResult<InstructorClassSummary>> {
  if (!isInstructor(caller)) return fail("forbidden", INSTRUCTORS_ONLY);
  const parsed = createClassSchema.safeParse(input);
  if (!parsed.success)
    return fail("invalid", "Please check the class details.", parsed.error.flatten().fieldErrors);
  const row = await withFreshJoinCode((joinCode) =>
    db.class.create({
      data: { instructorId: caller.id, joinCode, ...parsed.data },
      select: classSummarySelect,
    }),
  );
  return ok(await summarizeClass(row));
}
