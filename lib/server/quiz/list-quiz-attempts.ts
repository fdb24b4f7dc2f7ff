import "server-only";
import type { AttemptCoverage } from "@/lib/domain/quiz/name-attempt";
import { db } from "@/lib/server/db";
import { attemptCoverage, coverageSelect } from "./attempt-coverage";
import { finalizeExpiredAttempts } from "./finalize-attempt";

export type QuizAttemptListItem = {
  id: string;
  mode: "practice" | "exam";
  status: "in-progress" | "submitted";
  startedAt: Date;
  submittedAt: Date | null;
  deadlineAt: Date | null;
  questions: number;
  answered: number;
  score: number | null;
  correctCount: number | null;
  isRetry: boolean;
  /** What it covered, for its name (lib/domain/quiz/name-attempt.ts). */
  coverage: AttemptCoverage;
};

/**
 * The learner's attempts, newest first (uses the (userId, startedAt) index). Timed attempts
 * whose time ran out are submitted first, so they list with their score.
 */
export async function listQuizAttempts(
  userId: string,
  take = 50,
  now = new Date(),
): Promise<QuizAttemptListItem[]> {
  await finalizeExpiredAttempts(userId, now);
  const rows = await db.quizAttempt.findMany({
    where: { userId },
    orderBy: { startedAt: "desc" },
    take,
    select: {
      ...coverageSelect,
      status: true,
      startedAt: true,
      submittedAt: true,
      deadlineAt: true,
      score: true,
      correctCount: true,
      _count: { select: { responses: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    mode: r.mode === "EXAM" ? "exam" : "practice",
    status: r.status === "SUBMITTED" ? "submitted" : "in-progress",
    startedAt: r.startedAt,
    submittedAt: r.submittedAt,
    deadlineAt: r.deadlineAt,
    questions: r.questionIds.length,
    answered: r._count.responses,
    score: r.score,
    correctCount: r.correctCount,
    isRetry: r.retryOfId !== null,
    coverage: attemptCoverage(r),
  }));
}
