import "server-only";
import type { AttemptCoverage } from "@/lib/domain/quiz/name-attempt";
import { Prisma } from "@/lib/generated/prisma/client";
import { epochMs, sqlQuery } from "@/lib/server/sql";
import {
  ATTEMPT_SUMMARY,
  ATTEMPTS_FROM,
  coverageOfRow,
  type AttemptSummaryJson,
} from "./attempt-coverage";
import { expiredAttemptsColumn, readAfterExpiring, type ExpiredAttempt } from "./finalize-attempt";

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
  /** Work on a class assignment, which its instructor follows (it cannot be discarded). */
  forAssignment: boolean;
  /** What it covered, for its name (lib/domain/quiz/name-attempt.ts). */
  coverage: AttemptCoverage;
};

/** An attempt as listQuizAttempts' JSON carries it, instants in epoch milliseconds. */
type AttemptJson = AttemptSummaryJson & {
  status: string;
  submittedAt: number | null;
  deadlineAt: number | null;
  score: number | null;
  correctCount: number | null;
  forAssignment: boolean;
};

const instant = (ms: number | null) => (ms === null ? null : new Date(ms));

/**
 * The learner's attempts, newest first (the (userId, startedAt) index), in one hand-written
 * statement with the timed attempts whose time ran out: those are submitted first and the list
 * read again, so they list with their score (issue 15: three statements through Prisma's query
 * compiler before). Answers are counted for these attempts only, through the
 * (attemptId, position) index: the cost does not grow with other learners' answers.
 */
export async function listQuizAttempts(
  userId: string,
  take = 50,
  now = new Date(),
): Promise<QuizAttemptListItem[]> {
  const read = () =>
    sqlQuery<{ expired: ExpiredAttempt[]; attempts: AttemptJson[] }>(Prisma.sql`
      SELECT ${expiredAttemptsColumn(userId, now)} AS expired,
        (SELECT COALESCE(json_agg(row_to_json(a) ORDER BY a."startedAt" DESC, a.id DESC), '[]')
          FROM (SELECT ${ATTEMPT_SUMMARY}, q.status::text AS status,
              ${epochMs(Prisma.sql`q."submittedAt"`)} AS "submittedAt",
              ${epochMs(Prisma.sql`q."deadlineAt"`)} AS "deadlineAt",
              q.score, q."correctCount", q."assignmentId" IS NOT NULL AS "forAssignment"
            FROM ${ATTEMPTS_FROM}
            WHERE q."userId" = ${userId}
            ORDER BY q."startedAt" DESC, q.id DESC
            LIMIT ${take}) a) AS attempts`).then(([row]) => row!);
  const { attempts } = await readAfterExpiring(read, now);
  return attempts.map((r) => ({
    id: r.id,
    mode: r.mode === "EXAM" ? "exam" : "practice",
    status: r.status === "SUBMITTED" ? "submitted" : "in-progress",
    startedAt: new Date(r.startedAt),
    submittedAt: instant(r.submittedAt),
    deadlineAt: instant(r.deadlineAt),
    questions: r.questionIds.length,
    answered: r.answered,
    score: r.score,
    correctCount: r.correctCount,
    isRetry: r.retryOfId !== null,
    forAssignment: r.forAssignment,
    coverage: coverageOfRow(r),
  }));
}
