import "server-only";
import { asRunner, epochMs, type AnyTx } from "@/lib/server/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { countAnswers, type AnswerToCount } from "@/lib/server/progress/record-progress";

/** Answers arriving this long after the deadline still count (network latency). */
export const DEADLINE_GRACE_MS = 5_000;

export function isPastDeadline(deadlineAt: Date | null, now: Date): boolean {
  return deadlineAt !== null && now.getTime() > deadlineAt.getTime() + DEADLINE_GRACE_MS;
}

/**
 * Marks an attempt submitted with its score (mean of question scores, unanswered = 0), and
 * counts an exam's answers towards progress. The attempt row is locked first (callers that
 * already hold the lock take it again at no cost), and only an attempt still in progress is
 * changed, so a second or racing submission changes and counts nothing.
 * Returns false when it was already submitted.
 */
export async function finalizeAttempt(
  tx: AnyTx,
  attemptId: string,
  submittedAt: Date,
): Promise<boolean> {
  const sql = asRunner(tx);
  const [attempt] = await sql.query<{
    questionIds: string[];
    mode: string;
    userId: string;
    status: string;
  }>(Prisma.sql`SELECT "questionIds", mode::text AS mode, "userId", status::text AS status
    FROM "QuizAttempt" WHERE id = ${attemptId} FOR UPDATE`);
  if (!attempt || attempt.status !== "IN_PROGRESS") return false;
  const [totals] = await sql.query<{ scoreSum: number | null; correctCount: number }>(Prisma.sql`
    SELECT SUM(score)::float8 AS "scoreSum",
      (COUNT(*) FILTER (WHERE correct))::int AS "correctCount"
    FROM "QuizResponse" WHERE "attemptId" = ${attemptId}`);
  const questions = attempt.questionIds.length;
  const score = questions ? (totals?.scoreSum ?? 0) / questions : 0;
  await sql.execute(Prisma.sql`
    UPDATE "QuizAttempt" SET status = 'SUBMITTED', "submittedAt" = ${submittedAt},
      score = ${score}, "correctCount" = ${totals?.correctCount ?? 0}
    WHERE id = ${attemptId}`);
  if (attempt.mode === "EXAM") {
    // Exam answers could change until now; from here on they count towards progress.
    const responses = await sql.query<AnswerToCount>(Prisma.sql`
      SELECT id, "questionId", "programmeId", score, "answeredAt" FROM "QuizResponse"
      WHERE "attemptId" = ${attemptId} ORDER BY position`);
    await countAnswers(tx, attempt.userId, responses, submittedAt);
  }
  return true;
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

/** A timed attempt still in progress whose time ran out: [id, deadline in epoch ms]. */
export type ExpiredAttempt = [id: string, deadlineAt: number];

/**
 * The learner's attempts whose time ran out unopened, as one JSON column (ExpiredAttempt[])
 * that a page's read carries beside its own (readAfterExpiring), on the (userId, status) index.
 */
export const expiredAttemptsColumn = (userId: string, now: Date) => Prisma.sql`
  (SELECT COALESCE(json_agg(json_build_array(id, ${epochMs(Prisma.sql`"deadlineAt"`)})), '[]')
    FROM "QuizAttempt"
    WHERE "userId" = ${userId} AND status = 'IN_PROGRESS'
      AND "deadlineAt" < ${new Date(now.getTime() - DEADLINE_GRACE_MS)})`;

/** Submits the attempts expiredAttemptsColumn listed, each as of its deadline. */
async function finalizeListed(expired: ExpiredAttempt[], now: Date): Promise<void> {
  for (const [id, deadlineAt] of expired)
    await finalizeIfExpired({ id, status: "IN_PROGRESS", deadlineAt: new Date(deadlineAt) }, now);
}

/**
 * A page's read that also lists, in the same statement, the attempts whose time ran out (its
 * `expired` column, from expiredAttemptsColumn): when there are any, they are submitted and
 * the read is sent again, so that their answers count in what it returns. Every list or page
 * that shows attempts or counts their answers reads through this, so an expired exam never
 * shows as "0 / 10 · –" until it is opened. One statement a render where it was two (issue 15);
 * two reads and the submissions only when an exam ran out.
 */
export async function readAfterExpiring<T extends { expired: ExpiredAttempt[] }>(
  read: () => Promise<T>,
  now: Date,
): Promise<T> {
  const first = await read();
  if (first.expired.length === 0) return first;
  await finalizeListed(first.expired, now);
  return read();
}
