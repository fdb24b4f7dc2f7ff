import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AttemptCoverage } from "@/lib/domain/quiz/name-attempt";
import {
  ATTEMPT_SUMMARY,
  ATTEMPTS_FROM,
  coverageOfRow,
  type AttemptSummaryJson,
} from "@/lib/server/quiz/attempt-coverage";
import type { ExpiredAttempt } from "@/lib/server/quiz/finalize-attempt";

export type OpenQuiz = {
  id: string;
  mode: "practice" | "exam";
  startedAt: Date;
  questions: number;
  answered: number;
  coverage: AttemptCoverage;
};

/**
 * The quiz the home page offers to continue, as one JSON column ("open", null when there is
 * none) for a read that carries other columns beside it: the learner's newest attempt still in
 * progress whose time has not run out, with its answer count and what it covers, on the
 * (userId, status) index. (Home listed the last ten attempts through the quiz list for this,
 * six statements a render; issue 15.)
 */
export const openQuizColumn = (userId: string, now: Date) => Prisma.sql`
  (SELECT row_to_json(o) FROM (
    SELECT ${ATTEMPT_SUMMARY} FROM ${ATTEMPTS_FROM}
    WHERE q."userId" = ${userId} AND q.status = 'IN_PROGRESS'
      AND (q."deadlineAt" IS NULL OR q."deadlineAt" >= ${now})
    ORDER BY q."startedAt" DESC
    LIMIT 1) o) AS open`;

/** The open quiz from openQuizColumn's value. */
export function toOpenQuiz(row: AttemptSummaryJson | null): OpenQuiz | null {
  if (!row) return null;
  return {
    id: row.id,
    mode: row.mode === "EXAM" ? "exam" : "practice",
    startedAt: new Date(row.startedAt),
    questions: row.questionIds.length,
    answered: row.answered,
    coverage: coverageOfRow(row),
  };
}

export type OpenQuizColumns = { expired: ExpiredAttempt[]; open: AttemptSummaryJson | null };
