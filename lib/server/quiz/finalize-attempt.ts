import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { getTimeZone, recordFinalAnswers } from "@/lib/server/progress/record-progress";

/** Answers arriving this long after the deadline still count (network latency). */
export const DEADLINE_GRACE_MS = 5_000;

type Tx = Prisma.TransactionClient;

export function isPastDeadline(deadlineAt: Date | null, now: Date): boolean {
  return deadlineAt !== null && now.getTime() > deadlineAt.getTime() + DEADLINE_GRACE_MS;
}

/**
 * Marks an attempt submitted with its score (mean of question scores, unanswered = 0).
 * Only an attempt still in progress is changed, so two submissions racing score it once.
 * Returns false when it was already submitted.
 */
export async function finalizeAttempt(
  tx: Tx,
  attemptId: string,
  submittedAt: Date,
): Promise<boolean> {
  const attempt = await tx.quizAttempt.findUnique({
    where: { id: attemptId },
    select: { questionIds: true, mode: true, userId: true },
  });
  if (!attempt) return false;
  const totals = await tx.quizResponse.aggregate({
    where: { attemptId },
    _sum: { score: true },
  });
  const correctCount = await tx.quizResponse.count({ where: { attemptId, correct: true } });
  const questions = attempt.questionIds.length;
  const { count } = await tx.quizAttempt.updateMany({
    where: { id: attemptId, status: "IN_PROGRESS" },
    data: {
      status: "SUBMITTED",
      submittedAt,
      score: questions ? (totals._sum.score ?? 0) / questions : 0,
      correctCount,
    },
  });
  if (count === 1 && attempt.mode === "EXAM") {
    // Exam answers could change until now; from here on they count towards progress.
    const responses = await tx.quizResponse.findMany({
      where: { attemptId },
      select: { questionId: true, programmeId: true, score: true, answeredAt: true },
    });
    await recordFinalAnswers(tx, attempt.userId, await getTimeZone(tx, attempt.userId), responses);
  }
  return count === 1;
}

/** Submits a timed attempt whose deadline has passed, as of its deadline. */
export async function finalizeIfExpired(
  attempt: { id: string; status: string; deadlineAt: Date | null },
  now: Date,
): Promise<boolean> {
  if (attempt.status !== "IN_PROGRESS" || !isPastDeadline(attempt.deadlineAt, now)) return false;
  await db.$transaction((tx) => finalizeAttempt(tx, attempt.id, attempt.deadlineAt!));
  return true;
}
