import "server-only";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { CLASS_NOT_FOUND, isInstructor, type Caller } from "./caller";
import { classSummarySelect, summarizeClass, type InstructorClassSummary } from "./class-summary";
import { withFreshJoinCode } from "./with-fresh-join-code";

/**
 * A new join code (and link) for the class: the old one stops working at once, e.g. after it
 * was shared too widely. Members stay members.
 */
export async function rotateJoinCode(
  caller: Caller,
  classId: string,
): Promise<ServiceResult<InstructorClassSummary>> {
  if (!isInstructor(caller)) return fail("not_found", CLASS_NOT_FOUND);
  const count = await withFreshJoinCode(async (joinCode) => {
    const result = await db.class.updateMany({
      where: { id: classId, instructorId: caller.id },
      data: { joinCode },
    });
    return result.count;
  });
  if (count === 0) return fail("not_found", CLASS_NOT_FOUND);
  const row = await db.class.findFirst({
    where: { id: classId, instructorId: caller.id },
    select: classSummarySelect,
  });
  return row ? ok(await summarizeClass(row)) : fail("not_found", CLASS_NOT_FOUND);
}
