import "server-only";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { LEARNER_NOT_FOUND, isInstructor, type Caller } from "./caller";

/**
 * Takes a learner out of one of the caller's classes. Their attempts stay theirs (their own
 * history), but they drop out of the class's roster, results and item analysis, and can no
 * longer start its assignments. They can join again with the current code.
 */
export async function removeMember(
  caller: Caller,
  classId: string,
  learnerId: string,
): Promise<ServiceResult<{ classId: string; userId: string }>> {
  if (!isInstructor(caller)) return fail("not_found", LEARNER_NOT_FOUND);
  const { count } = await db.classMember.deleteMany({
    where: { classId, userId: learnerId, class: { instructorId: caller.id } },
  });
  if (count === 0) return fail("not_found", LEARNER_NOT_FOUND);
  return ok({ classId, userId: learnerId });
}
