import "server-only";
import { epochMs } from "@/lib/server/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AttemptCoverage } from "@/lib/domain/quiz/name-attempt";
import { coverageOfRow } from "@/lib/server/quiz/attempt-coverage";
import type { ExpiredAttempt } from "@/lib/server/quiz/finalize-attempt";

export type OpenQuiz = {
  id: string;
  mode: "practice" | "exam";
  startedAt: Date;
  questions: number;
  answered: number;
  coverage: AttemptCoverage;
};

/** The open quiz as openQuizColumn's JSON carries it (startedAt in epoch milliseconds). */
type OpenQuizJson = {
  id: string;
  mode: string;
  settings: unknown;
  questionIds: string[];
  retryOfId: string | null;
  startedAt: number;
  setName: string | null;
  answered: number;
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
    SELECT a.id, a.mode::text AS mode, a.settings, a."questionIds", a."retryOfId",
      ${epochMs(Prisma.sql`a."startedAt"`)} AS "startedAt", s.name AS "setName",
      (SELECT COUNT(*)::int FROM "QuizResponse" r WHERE r."attemptId" = a.id) AS answered
    FROM "QuizAttempt" a
    LEFT JOIN "Assignment" asg ON asg.id = a."assignmentId"
    LEFT JOIN "StudySet" s ON s.id = asg."setId"
    WHERE a."userId" = ${userId} AND a.status = 'IN_PROGRESS'
      AND (a."deadlineAt" IS NULL OR a."deadlineAt" >= ${now})
    ORDER BY a."startedAt" DESC
    LIMIT 1) o) AS open`;

/** The open quiz from openQuizColumn's value. */
export function toOpenQuiz(row: OpenQuizJson | null): OpenQuiz | null {
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

export type OpenQuizColumns = { expired: ExpiredAttempt[]; open: OpenQuizJson | null };
