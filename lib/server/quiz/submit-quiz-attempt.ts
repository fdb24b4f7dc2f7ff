import "server-only";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { finalizeAttempt } from "./finalize-attempt";

/**
 * Submits an attempt. Submitting twice is harmless (the second changes nothing); a timed
 * attempt submitted late is recorded as submitted at its deadline.
 */
export async function submitQuizAttempt(
  userId: string,
  attemptId: string,
  now = new Date(),
): Promise<ServiceResult<{ attemptId: string }>> {
  return db.$transaction(async (tx) => {
    const [attempt] = await tx.$queryRaw<{ deadlineAt: Date | null }[]>`
      SELECT "deadlineAt" FROM "QuizAttempt"
      WHERE id = ${attemptId} AND "userId" = ${userId} FOR UPDATE`;
    if (!attempt) return fail("not_found", "Quiz not found.");
    const at = attempt.deadlineAt && now > attempt.deadlineAt ? attempt.deadlineAt : now;
    await finalizeAttempt(tx, attemptId, at);
    return ok({ attemptId });
  });
}
