import "server-only";
import { smoothAccuracy } from "@/lib/domain/progress/mastery";
import { db } from "@/lib/server/db";

/**
 * Recomputes a learner's progress rollups from the raw rows: final quiz answers (practice
 * answers, and answers of submitted exams) and review logs, with days in the learner's
 * current time zone. For maintenance (after a time-zone change, say), for seeding bulk data,
 * and to check that the incremental updates agree with the raw rows.
 */
export async function rebuildProgressRollups(userId: string): Promise<void> {
  await db.$transaction(
    async (tx) => {
      const { timeZone } = await tx.user.findUniqueOrThrow({
        where: { id: userId },
        select: { timeZone: true },
      });
      await tx.dailyActivity.deleteMany({ where: { userId } });
      await tx.programmeDailyScore.deleteMany({ where: { userId } });
      await tx.questionStat.deleteMany({ where: { userId } });
      const finalAnswers = `
        SELECT r."questionId", r."programmeId", r.score, r."answeredAt",
          to_char((r."answeredAt" AT TIME ZONE 'UTC') AT TIME ZONE $2, 'YYYY-MM-DD') AS day
        FROM "QuizResponse" r JOIN "QuizAttempt" a ON a.id = r."attemptId"
        WHERE r."userId" = $1 AND (a.mode = 'PRACTICE' OR a.status = 'SUBMITTED')`;
      await tx.$executeRawUnsafe(
        `INSERT INTO "DailyActivity" ("userId", day, answers, "scoreSum", reviews)
         SELECT $1, day, SUM(answers)::int, SUM("scoreSum"), SUM(reviews)::int FROM (
           SELECT day, 1 AS answers, score AS "scoreSum", 0 AS reviews FROM (${finalAnswers}) f
           UNION ALL
           SELECT to_char((review AT TIME ZONE 'UTC') AT TIME ZONE $2, 'YYYY-MM-DD'), 0, 0, 1
           FROM "ReviewLog" WHERE "userId" = $1
         ) x GROUP BY day`,
        userId,
        timeZone,
      );
      await tx.$executeRawUnsafe(
        `INSERT INTO "ProgrammeDailyScore" ("userId", "programmeId", day, answers, "scoreSum")
         SELECT $1, "programmeId", day, COUNT(*)::int, SUM(score)
         FROM (${finalAnswers}) f GROUP BY "programmeId", day`,
        userId,
        timeZone,
      );
      // The running accuracy depends on the order of answers: replay them per question.
      const rows = await tx.$queryRawUnsafe<
        { questionId: string; programmeId: string; score: number; answeredAt: Date }[]
      >(
        `SELECT "questionId", "programmeId", score, "answeredAt"
         FROM (${finalAnswers}) f ORDER BY "answeredAt", "questionId"`,
        userId,
        timeZone,
      );
      const stats = new Map<
        string,
        {
          programmeId: string;
          answers: number;
          scoreSum: number;
          weighted: number | null;
          last: Date;
        }
      >();
      for (const r of rows) {
        const s = stats.get(r.questionId) ?? {
          programmeId: r.programmeId,
          answers: 0,
          scoreSum: 0,
          weighted: null,
          last: r.answeredAt,
        };
        s.answers += 1;
        s.scoreSum += r.score;
        s.weighted = smoothAccuracy(s.weighted, r.score);
        s.last = r.answeredAt;
        stats.set(r.questionId, s);
      }
      await tx.questionStat.createMany({
        data: [...stats].map(([questionId, s]) => ({
          userId,
          questionId,
          programmeId: s.programmeId,
          answers: s.answers,
          scoreSum: s.scoreSum,
          weighted: s.weighted!,
          lastAnsweredAt: s.last,
        })),
      });
    },
    { timeout: 120_000 },
  );
}
