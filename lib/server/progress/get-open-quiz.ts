import "server-only";
import { sqlQuery } from "@/lib/server/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AttemptCoverage } from "@/lib/domain/quiz/name-attempt";
import { attemptCoverage } from "@/lib/server/quiz/attempt-coverage";
import { finalizeExpiredAttempts } from "@/lib/server/quiz/finalize-attempt";

export type OpenQuiz = {
  id: string;
  mode: "practice" | "exam";
  startedAt: Date;
  questions: number;
  answered: number;
  coverage: AttemptCoverage;
};

type Row = {
  id: string;
  mode: string;
  settings: unknown;
  questionIds: string[];
  retryOfId: string | null;
  startedAt: Date;
  setName: string | null;
  answered: number;
};

/**
 * The quiz the home page offers to continue: the learner's newest attempt still in progress
 * whose time has not run out, with its answer count and what it covers, in one statement on
 * the (userId, status) index. Expired exams are submitted first, so that they neither show
 * here nor miss from the mastery read after this. (Home listed the last ten attempts through
 * the quiz list for this, six statements a render; issue 15.)
 */
export async function getOpenQuiz(userId: string, now = new Date()): Promise<OpenQuiz | null> {
  await finalizeExpiredAttempts(userId, now);
  const [row] = await sqlQuery<Row>(Prisma.sql`
    SELECT a.id, a.mode::text AS mode, a.settings, a."questionIds", a."retryOfId",
      a."startedAt", s.name AS "setName",
      (SELECT COUNT(*)::int FROM "QuizResponse" r WHERE r."attemptId" = a.id) AS answered
    FROM "QuizAttempt" a
    LEFT JOIN "Assignment" asg ON asg.id = a."assignmentId"
    LEFT JOIN "StudySet" s ON s.id = asg."setId"
    WHERE a."userId" = ${userId} AND a.status = 'IN_PROGRESS'
      AND (a."deadlineAt" IS NULL OR a."deadlineAt" >= ${now})
    ORDER BY a."startedAt" DESC
    LIMIT 1`);
  if (!row) return null;
  return {
    id: row.id,
    mode: row.mode === "EXAM" ? "exam" : "practice",
    startedAt: row.startedAt,
    questions: row.questionIds.length,
    answered: row.answered,
    coverage: attemptCoverage({
      ...row,
      assignment: row.setName === null ? null : { set: { name: row.setName } },
    }),
  };
}
