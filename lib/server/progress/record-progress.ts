import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { QUESTION_SMOOTHING } from "@/lib/domain/progress/mastery";
import { localDay } from "@/lib/domain/time/zoned-time";

type Tx = Prisma.TransactionClient;

export type FinalAnswer = {
  questionId: string;
  programmeId: string;
  score: number;
  answeredAt: Date;
};

function sumBy<T>(
  items: readonly T[],
  key: (item: T) => string,
  value: (item: T) => { answers: number; scoreSum: number },
) {
  const out = new Map<string, { answers: number; scoreSum: number }>();
  for (const item of items) {
    const k = key(item);
    const v = value(item);
    const acc = out.get(k) ?? { answers: 0, scoreSum: 0 };
    acc.answers += v.answers;
    acc.scoreSum += v.scoreSum;
    out.set(k, acc);
  }
  return out;
}

export async function getTimeZone(tx: Tx, userId: string): Promise<string> {
  const user = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: { timeZone: true },
  });
  return user.timeZone;
}

/**
 * Adds final quiz answers (a practice answer when given, an exam's answers when submitted)
 * to the progress rollups, in the caller's transaction: one upsert statement per table.
 * Each question appears at most once per call (an attempt asks a question once).
 */
export async function recordFinalAnswers(
  tx: Tx,
  userId: string,
  timeZone: string,
  answers: readonly FinalAnswer[],
): Promise<void> {
  if (answers.length === 0) return;
  const dayOf = (a: FinalAnswer) => localDay(a.answeredAt, timeZone);
  const one = (a: FinalAnswer) => ({ answers: 1, scoreSum: a.score });

  const daily = [...sumBy(answers, dayOf, one)].map(
    ([day, v]) => Prisma.sql`(${userId}, ${day}, ${v.answers}, ${v.scoreSum}, 0)`,
  );
  await tx.$executeRaw`
    INSERT INTO "DailyActivity" ("userId", day, answers, "scoreSum", reviews)
    VALUES ${Prisma.join(daily)}
    ON CONFLICT ("userId", day) DO UPDATE SET answers = "DailyActivity".answers + EXCLUDED.answers,
      "scoreSum" = "DailyActivity"."scoreSum" + EXCLUDED."scoreSum"`;

  const perProgramme = [...sumBy(answers, (a) => `${a.programmeId}\u0000${dayOf(a)}`, one)].map(
    ([key, v]) => {
      const [programmeId, day] = key.split("\u0000");
      return Prisma.sql`(${userId}, ${programmeId}, ${day}, ${v.answers}, ${v.scoreSum})`;
    },
  );
  await tx.$executeRaw`
    INSERT INTO "ProgrammeDailyScore" ("userId", "programmeId", day, answers, "scoreSum")
    VALUES ${Prisma.join(perProgramme)}
    ON CONFLICT ("userId", "programmeId", day) DO UPDATE
    SET answers = "ProgrammeDailyScore".answers + EXCLUDED.answers,
      "scoreSum" = "ProgrammeDailyScore"."scoreSum" + EXCLUDED."scoreSum"`;

  const questions = answers.map(
    (a) =>
      Prisma.sql`(${userId}, ${a.questionId}, ${a.programmeId}, 1,
        ${a.score}, ${a.score}, ${a.answeredAt})`,
  );
  // A first answer sets the running accuracy; later ones move it by QUESTION_SMOOTHING.
  await tx.$executeRaw`
    INSERT INTO "QuestionStat"
      ("userId", "questionId", "programmeId", answers, "scoreSum", weighted, "lastAnsweredAt")
    VALUES ${Prisma.join(questions)}
    ON CONFLICT ("userId", "questionId") DO UPDATE SET answers = "QuestionStat".answers + 1,
      "scoreSum" = "QuestionStat"."scoreSum" + EXCLUDED."scoreSum",
      weighted = ${QUESTION_SMOOTHING} * EXCLUDED.weighted
        + ${1 - QUESTION_SMOOTHING} * "QuestionStat".weighted,
      "lastAnsweredAt" = GREATEST("QuestionStat"."lastAnsweredAt", EXCLUDED."lastAnsweredAt")`;
}

/** Counts a flashcard review (+1) or an undone one (-1) on its local day. */
export async function recordReview(
  tx: Tx,
  userId: string,
  timeZone: string,
  at: Date,
  delta: 1 | -1,
): Promise<void> {
  const day = localDay(at, timeZone);
  await tx.$executeRaw`
    INSERT INTO "DailyActivity" ("userId", day, answers, "scoreSum", reviews)
    VALUES (${userId}, ${day}, 0, 0, ${Math.max(0, delta)})
    ON CONFLICT ("userId", day) DO UPDATE
    SET reviews = GREATEST(0, "DailyActivity".reviews + ${delta})`;
}
