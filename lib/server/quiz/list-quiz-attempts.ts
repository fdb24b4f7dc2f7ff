import "server-only";
import type { AttemptCoverage } from "@/lib/domain/quiz/name-attempt";
import { db } from "@/lib/server/db";
import { countsByParent } from "@/lib/server/count-children";
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
 * whose time ran out are submitted first, so they list with their score. Answers are counted
 * for these attempts only, through the (attemptId, position) index: the cost does not grow
 * with other learners' answers.
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
    },
  });
  const answered = rows.length
    ? countsByParent(
        await db.quizResponse.groupBy({
          by: ["attemptId"],
          where: { attemptId: { in: rows.map((r) => r.id) } },
          _count: { _all: true },
        }),
        "attemptId",
      )
    : new Map<string, number>();
  return rows.map((r) => ({
    id: r.id,
    mode: r.mode === "EXAM" ? "exam" : "practice",
    status: r.status === "SUBMITTED" ? "submitted" : "in-progress",
    startedAt: r.startedAt,
    submittedAt: r.submittedAt,
    deadlineAt: r.deadlineAt,
    questions: r.questionIds.length,
    answered: answered.get(r.id) ?? 0,
    score: r.score,
    correctCount: r.correctCount,
    isRetry: r.retryOfId !== null,
    coverage: attemptCoverage(r),
  }));
}
