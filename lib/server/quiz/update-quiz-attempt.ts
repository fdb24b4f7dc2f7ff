import "server-only";
import type { AttemptPlace } from "@/lib/domain/quiz/player-view";
import { updateAttemptSchema } from "@/lib/schemas/quiz";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";

/**
 * Remembers where the learner is and which questions they flagged, so a reload resumes there.
 * The attempt row is locked (`SELECT ... FOR UPDATE`), so concurrent changes serialise. The
 * reply carries the server's time, so the device can tell a copy of the page older than it.
 */
export async function updateQuizAttempt(
  userId: string,
  attemptId: string,
  input: unknown,
  now = new Date(),
): Promise<ServiceResult<AttemptPlace>> {
  const parsed = updateAttemptSchema.safeParse(input);
  if (!parsed.success)
    return fail("invalid", "That update is not valid.", parsed.error.flatten().fieldErrors);
  return db.$transaction(async (tx) => {
    // Lock the row before reading it: flag changes read-modify-write the array, so two at
    // once would otherwise both start from the same array and one would be lost.
    await tx.$queryRaw`
      SELECT 1 FROM "QuizAttempt" WHERE id = ${attemptId} AND "userId" = ${userId} FOR UPDATE`;
    const attempt = await tx.quizAttempt.findFirst({
      where: { id: attemptId, userId },
      select: { status: true, questionIds: true, flaggedPositions: true },
    });
    if (!attempt) return fail("not_found", "Quiz not found.");
    if (attempt.status === "SUBMITTED") return fail("conflict", "This quiz has been submitted.");
    const { currentPosition, flag } = parsed.data;
    const count = attempt.questionIds.length;
    if ((currentPosition ?? 0) >= count || (flag?.position ?? 0) >= count) {
      return fail("invalid", "That question is not part of this quiz.");
    }
    const flagged = new Set(attempt.flaggedPositions);
    if (flag) {
      if (flag.flagged) flagged.add(flag.position);
      else flagged.delete(flag.position);
    }
    const updated = await tx.quizAttempt.update({
      where: { id: attemptId },
      data: {
        // Left out (undefined), the position stays as it is.
        currentPosition,
        flaggedPositions: [...flagged].sort((a, b) => a - b),
      },
      select: { currentPosition: true, flaggedPositions: true },
    });
    return ok({ ...updated, savedAt: now.toISOString() });
  });
}
