import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { discardAttemptSchema } from "@/lib/schemas/quiz";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { finalizeAttempt, isPastDeadline } from "./finalize-attempt";

export const ASSIGNMENT_WORK_KEPT =
  "This quiz is work for a class assignment, which your instructor follows: it cannot be " +
  "discarded. Resume it, or leave it unfinished.";

/**
 * "Discard": an unfinished quiz the learner no longer wants leaves their list and home's
 * "Continue your quiz" (retries and "practise these" used to pile up there). The attempt and
 * its answers are deleted, and progress reads exactly what it read before:
 * - a practice answer counted when it was checked (its verdict was shown, and it fed mastery,
 *   the day's activity and the question's facility): it was given, so it keeps counting; its
 *   CountedAnswer outlives the deleted response (responseId set null);
 * - an exam's answers count only at submission, so those of an unsubmitted exam never counted
 *   and go with it.
 * Refused: a submitted attempt (conflict: it is a result now); a timed one whose time ran out
 * (submitted as of its deadline instead, as every read of it does: the server keeps the
 * limit); and assignment work (forbidden: its instructor follows it and its attempts are
 * limited, so discarding would hand back an attempt). The attempt row is locked first, so an
 * answer being saved lands before the discard or finds the quiz gone.
 */
export async function discardQuizAttempt(
  userId: string,
  input: unknown,
  now = new Date(),
): Promise<ServiceResult<{ attemptId: string }>> {
  const parsed = discardAttemptSchema.safeParse(input);
  if (!parsed.success)
    return fail("invalid", "That is not a quiz.", parsed.error.flatten().fieldErrors);
  const { attemptId } = parsed.data;
  return db.$transaction(async (tx) => {
    const [attempt] = await tx.$queryRaw<
      { status: string; deadlineAt: Date | null; assignmentId: string | null }[]
    >(Prisma.sql`
      SELECT status::text AS status, "deadlineAt", "assignmentId" FROM "QuizAttempt"
      WHERE id = ${attemptId} AND "userId" = ${userId} FOR UPDATE`);
    if (!attempt) return fail("not_found", "Quiz not found.");
    if (attempt.status === "SUBMITTED")
      return fail("conflict", "This quiz has been submitted: it is one of your results now.");
    if (attempt.assignmentId !== null) return fail("forbidden", ASSIGNMENT_WORK_KEPT);
    if (isPastDeadline(attempt.deadlineAt, now)) {
      await finalizeAttempt(tx, attemptId, attempt.deadlineAt!);
      return fail(
        "conflict",
        "Time is up: the quiz was submitted with the answers saved before the limit.",
      );
    }
    await tx.$executeRaw(Prisma.sql`
      DELETE FROM "QuizAttempt" WHERE id = ${attemptId} AND "userId" = ${userId}`);
    return ok({ attemptId });
  });
}
