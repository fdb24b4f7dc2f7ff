import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  foldProgress,
  type ProgressEvent,
  type Rollups,
  emptyRollups,
} from "@/lib/domain/progress/rollups";
import { localDay } from "@/lib/domain/time/zoned-time";
import { facilityIncrements, firstAnswers } from "@/lib/domain/quiz/facility";
import { asRunner, type AnyTx } from "@/lib/server/sql";

/**
 * The caller's transaction: a Prisma one, or a pg one of lib/server/sql.ts (the answer save's
 * and the grade's). Everything here is hand-written SQL, so it runs in either.
 */
type Tx = AnyTx;
const runner = asRunner;

/** A quiz response that starts counting towards progress. */
export type AnswerToCount = {
  id: string;
  questionId: string;
  programmeId: string;
  score: number;
  answeredAt: Date;
};

/**
 * Locks the learner's progress for the rest of the transaction and returns their time zone.
 * Every writer of counted answers or rollups takes this lock (the user's row, FOR NO KEY
 * UPDATE, which still lets rows that reference the user be inserted), so the order answers
 * are counted in (`CountedAnswer.seq`) is the order they were folded in, and a time-zone
 * change cannot slip between reading the zone and writing a day.
 */
export async function lockProgress(tx: Tx, userId: string): Promise<string> {
  const [user] = await runner(tx).query<{ timeZone: string }>(Prisma.sql`
    SELECT "timeZone" FROM "User" WHERE id = ${userId} FOR NO KEY UPDATE`);
  if (!user) throw new Error(`No user ${userId}`);
  return user.timeZone;
}

/**
 * "This answer counts": records each answer once as a CountedAnswer (a second time fails on
 * its unique responseId) and folds it into the rollups. The caller holds the attempt's row
 * lock: a practice answer is counted when given, an exam's answers when it is submitted.
 */
export async function countAnswers(
  tx: Tx,
  userId: string,
  answers: readonly AnswerToCount[],
  countedAt: Date,
): Promise<void> {
  if (answers.length === 0) return;
  const timeZone = await lockProgress(tx, userId);
  // One statement a chunk: the sequence numbers follow the rows' order, the order folded below.
  const rows = answers.map(
    (a) =>
      Prisma.sql`(${userId}, ${a.id}, ${a.questionId}, ${a.programmeId}, ${a.score},
        ${a.answeredAt}, ${countedAt})`,
  );
  for (const chunk of chunks(rows)) {
    await runner(tx).execute(Prisma.sql`
      INSERT INTO "CountedAnswer"
        ("userId", "responseId", "questionId", "programmeId", score, "answeredAt", "countedAt")
      VALUES ${Prisma.join(chunk)}`);
  }
  await applyProgressEvents(
    tx,
    userId,
    timeZone,
    answers.map((a) => ({ kind: "answer", ...a })),
  );
}

/**
 * Counts a flashcard review on its local day (every grade's cost, in the grade's own
 * transaction): the day's row gets one more review, or starts with one, which is what folding
 * the event into the stored row would write, so nothing is read but the lock.
 */
export async function addReview(tx: Tx, userId: string, at: Date): Promise<void> {
  const timeZone = await lockProgress(tx, userId);
  await runner(tx).execute(Prisma.sql`
    INSERT INTO "DailyActivity" ("userId", day, answers, "scoreSum", reviews)
    VALUES (${userId}, ${localDay(at, timeZone)}, 0, 0, 1)
    ON CONFLICT ("userId", day) DO UPDATE SET reviews = "DailyActivity".reviews + 1`);
}

/** Takes an undone review off its local day, which may empty the day (its row then goes). */
export async function removeReview(tx: Tx, userId: string, at: Date): Promise<void> {
  const timeZone = await lockProgress(tx, userId);
  await applyProgressEvents(tx, userId, timeZone, [{ kind: "review", at, delta: -1 }]);
}

type DailyRow = { day: string; answers: number; scoreSum: number; reviews: number };
type ProgrammeDayRow = { programmeId: string; day: string; answers: number; scoreSum: number };
type QuestionRow = {
  questionId: string;
  programmeId: string;
  answers: number;
  scoreSum: number;
  weighted: number;
  lastAnsweredAt: Date;
};

/** Reads the stored rollup rows `events` touch, folds the events in, writes those rows back. */
async function applyProgressEvents(
  tx: Tx,
  userId: string,
  timeZone: string,
  events: readonly ProgressEvent[],
): Promise<void> {
  const days = new Set<string>();
  const programmeIds = new Set<string>();
  const questionIds = new Set<string>();
  for (const e of events) {
    if (e.kind === "review") {
      days.add(localDay(e.at, timeZone));
    } else {
      days.add(localDay(e.answeredAt, timeZone));
      programmeIds.add(e.programmeId);
      questionIds.add(e.questionId);
    }
  }
  const sql = runner(tx);
  // One after the other: a pg transaction is one connection, which runs one at a time anyway.
  const daily = await sql.query<DailyRow>(Prisma.sql`
    SELECT day, answers, "scoreSum", reviews FROM "DailyActivity"
    WHERE "userId" = ${userId} AND day = ANY(${[...days]})`);
  const programmeDays = programmeIds.size
    ? await sql.query<ProgrammeDayRow>(Prisma.sql`
        SELECT "programmeId", day, answers, "scoreSum" FROM "ProgrammeDailyScore"
        WHERE "userId" = ${userId} AND "programmeId" = ANY(${[...programmeIds]})
          AND day = ANY(${[...days]})`)
    : [];
  const questions = questionIds.size
    ? await sql.query<QuestionRow>(Prisma.sql`
        SELECT "questionId", "programmeId", answers, "scoreSum", weighted, "lastAnsweredAt"
        FROM "QuestionStat" WHERE "userId" = ${userId} AND "questionId" = ANY(${[...questionIds]})`)
    : [];
  const start: Rollups = emptyRollups();
  for (const d of daily) start.daily.set(d.day, d);
  for (const p of programmeDays) {
    const byDay = start.programmeDays.get(p.programmeId) ?? new Map();
    byDay.set(p.day, p);
    start.programmeDays.set(p.programmeId, byDay);
  }
  for (const q of questions) start.questions.set(q.questionId, q);
  // A question with no stat row yet has never been answered by this learner (the rows are the
  // fold of their counted answers, and a counted answer is never taken back, so a row means at
  // least one answer): this event is their first answer to it.
  const answers = events.flatMap((e) => (e.kind === "answer" ? [e] : []));
  await addToFacility(tx, firstAnswers(answers, new Set(questions.map((q) => q.questionId))));
  await writeRollups(tx, userId, foldProgress(start, events, timeZone), {
    days,
    programmeIds,
    questionIds,
  });
}

/**
 * Adds a learner's first answers to the questions' facility counters, atomically (another
 * learner may be counting an answer to the same question at the same time).
 */
async function addToFacility(
  tx: Tx,
  firsts: readonly { questionId: string; score: number }[],
): Promise<void> {
  const rows = [...facilityIncrements(firsts)].map(
    ([questionId, c]) => Prisma.sql`(${questionId}, ${c.learners}, ${c.firstRight}, now())`,
  );
  for (const chunk of chunks(rows)) {
    await runner(tx).execute(Prisma.sql`
      INSERT INTO "QuestionFacility" ("questionId", learners, "firstRight", "updatedAt")
      VALUES ${Prisma.join(chunk)}
      ON CONFLICT ("questionId") DO UPDATE SET
        learners = "QuestionFacility".learners + EXCLUDED.learners,
        "firstRight" = "QuestionFacility"."firstRight" + EXCLUDED."firstRight",
        "updatedAt" = now()`);
  }
}

/**
 * Writes the given rollups' rows (only those whose keys are in `only`, when given): each
 * row's stored values become the fold's, and a day the fold dropped loses its row.
 */
export async function writeRollups(
  tx: Tx,
  userId: string,
  rollups: Rollups,
  only?: { days: Set<string>; programmeIds: Set<string>; questionIds: Set<string> },
): Promise<void> {
  const daily = [...rollups.daily]
    .filter(([day]) => !only || only.days.has(day))
    .map(([day, t]) => Prisma.sql`(${userId}, ${day}, ${t.answers}, ${t.scoreSum}, ${t.reviews})`);
  if (only) {
    const emptied = [...only.days].filter((day) => !rollups.daily.has(day));
    if (emptied.length) {
      await runner(tx).execute(Prisma.sql`
        DELETE FROM "DailyActivity" WHERE "userId" = ${userId} AND day = ANY(${emptied})`);
    }
  }
  for (const rows of chunks(daily)) {
    await runner(tx).execute(Prisma.sql`
      INSERT INTO "DailyActivity" ("userId", day, answers, "scoreSum", reviews)
      VALUES ${Prisma.join(rows)}
      ON CONFLICT ("userId", day) DO UPDATE SET answers = EXCLUDED.answers,
        "scoreSum" = EXCLUDED."scoreSum", reviews = EXCLUDED.reviews`);
  }
  const programmes = [...rollups.programmeDays]
    .filter(([programmeId]) => !only || only.programmeIds.has(programmeId))
    .flatMap(([programmeId, byDay]) =>
      [...byDay]
        .filter(([day]) => !only || only.days.has(day))
        .map(
          ([day, t]) =>
            Prisma.sql`(${userId}, ${programmeId}, ${day}, ${t.answers}, ${t.scoreSum})`,
        ),
    );
  for (const rows of chunks(programmes)) {
    await runner(tx).execute(Prisma.sql`
      INSERT INTO "ProgrammeDailyScore" ("userId", "programmeId", day, answers, "scoreSum")
      VALUES ${Prisma.join(rows)}
      ON CONFLICT ("userId", "programmeId", day) DO UPDATE
      SET answers = EXCLUDED.answers, "scoreSum" = EXCLUDED."scoreSum"`);
  }
  const questions = [...rollups.questions]
    .filter(([questionId]) => !only || only.questionIds.has(questionId))
    .map(
      ([questionId, q]) =>
        Prisma.sql`(${userId}, ${questionId}, ${q.programmeId}, ${q.answers}, ${q.scoreSum},
          ${q.weighted}, ${q.lastAnsweredAt})`,
    );
  for (const rows of chunks(questions)) {
    await runner(tx).execute(Prisma.sql`
      INSERT INTO "QuestionStat"
        ("userId", "questionId", "programmeId", answers, "scoreSum", weighted, "lastAnsweredAt")
      VALUES ${Prisma.join(rows)}
      ON CONFLICT ("userId", "questionId") DO UPDATE SET answers = EXCLUDED.answers,
        "scoreSum" = EXCLUDED."scoreSum", weighted = EXCLUDED.weighted,
        "lastAnsweredAt" = EXCLUDED."lastAnsweredAt"`);
  }
}

/** Keeps each statement well under PostgreSQL's 65,535 bind parameters. */
function chunks<T>(rows: readonly T[], size = 5_000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
