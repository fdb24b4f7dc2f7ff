import "server-only";
import { sqlQuery } from "@/lib/server/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type {
  DayActivity,
  ProgressDashboard,
  RecentAttempt,
  WeakQuestion,
} from "@/lib/domain/progress/dashboard-view";
import { daysBetween, dueForecast, fillDays } from "@/lib/domain/progress/forecast";
import { MASTERY_EXPLANATION } from "@/lib/domain/progress/mastery";
import { computeStreaks } from "@/lib/domain/progress/streaks";
import { CUSTOM_ID_PREFIX } from "@/lib/domain/interop/custom-question";
import { topicLabel } from "@/lib/domain/questions/instructor-question";
import { questionSummary } from "@/lib/domain/questions/question-summary";
import { localDay } from "@/lib/domain/time/zoned-time";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import {
  expiredAttemptsColumn,
  readAfterExpiring,
  type ExpiredAttempt,
} from "@/lib/server/quiz/finalize-attempt";
import { storedQuestion } from "@/lib/server/quiz/stored-json";
import {
  buildMasteryRows,
  masteryInputColumns,
  toMasteryInputs,
  type MasteryColumns,
} from "./mastery-rows";

/** The per-day rows, weak questions and recent attempts, as JSON arrays of columns. */
type DashboardLists = MasteryColumns & {
  expired: ExpiredAttempt[];
  days: [day: string, answers: number, scoreSum: number, reviews: number][];
  weak: [
    questionId: string,
    programmeId: string,
    answers: number,
    weighted: number,
    /** An instructor's question: the learner's latest attempt that asked it, and where. */
    asked: [attemptId: string, position: number, question: unknown] | null,
  ][];
  attempts: [
    id: string,
    mode: string,
    submittedAt: string,
    score: number | null,
    correctCount: number | null,
    questions: number,
  ][];
};

/**
 * The learner's dashboard from one statement, whatever their history: per-day and per-question
 * rollups (bounded by days and by the content), studied cards (bounded by the content) with
 * their last grade, and the exams whose time ran out (submitted first, then read again, so
 * that their answers count). Nothing else reads individual answers or reviews. The page passes
 * the signed-in user's time zone, already read with the session; without it, it is read here.
 */
export async function getProgressDashboard(
  userId: string,
  now = new Date(),
  knownTimeZone?: string,
): Promise<ProgressDashboard> {
  const timeZone =
    knownTimeZone ??
    (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } }))
      .timeZone;
  const today = localDay(now, timeZone);
  // Hand-written (Prisma compiled each read on every render), and the per-day rows, weak
  // questions, recent attempts and mastery inputs in one statement (issue 15: it was four).
  const read = () =>
    sqlQuery<DashboardLists>(Prisma.sql`
      SELECT ${expiredAttemptsColumn(userId, now)} AS expired,
        ${masteryInputColumns(userId, today)},
        (SELECT COALESCE(json_agg(json_build_array(day, answers, "scoreSum", reviews)), '[]')
          FROM "DailyActivity" WHERE "userId" = ${userId}) AS days,
        (SELECT COALESCE(json_agg(
            json_build_array(q."questionId", q."programmeId", q.answers, q.weighted, asked.question)
            ORDER BY q.weighted, q.answers DESC, q."questionId"), '[]')
          FROM (SELECT "questionId", "programmeId", answers, weighted FROM "QuestionStat"
            WHERE "userId" = ${userId} AND weighted < 0.999
            ORDER BY weighted, answers DESC, "questionId" LIMIT 5) q
          -- An instructor's question is in no bank: the learner's latest attempt that asked it
          -- holds it as asked (at most five probes of the learner's attempts, none for others).
          LEFT JOIN LATERAL (
            SELECT json_build_array(a.id, p.position, a.questions -> p.position) AS question
            FROM "QuizAttempt" a
            CROSS JOIN LATERAL (
              SELECT array_position(a."questionIds", q."questionId") - 1 AS position) p
            WHERE q."questionId" LIKE ${`${CUSTOM_ID_PREFIX}%`} AND a."userId" = ${userId}
              AND q."questionId" = ANY(a."questionIds")
            ORDER BY a."startedAt" DESC LIMIT 1) asked ON true) AS weak,
        (SELECT COALESCE(json_agg(
            json_build_array(a.id, a.mode, a."submittedAt", a.score, a."correctCount", a.questions)
            ORDER BY a."submittedAt" DESC, a.id DESC), '[]')
          FROM (SELECT id, mode::text AS mode, "submittedAt", score, "correctCount",
              cardinality("questionIds") AS questions
            FROM "QuizAttempt"
            WHERE "userId" = ${userId} AND status = 'SUBMITTED' AND "submittedAt" IS NOT NULL
            ORDER BY "submittedAt" DESC, id DESC LIMIT 5) a) AS attempts`).then(([row]) => row!);
  // An exam whose time ran out counts (and lists) as submitted: read again after submitting it.
  const lists = await readAfterExpiring(read, now);
  const { quizRows, cardRows } = toMasteryInputs(lists);
  const days = lists.days.map(([day, answers, scoreSum, reviews]) => ({
    day,
    answers,
    scoreSum,
    reviews,
  }));

  const { pack, index, questionById } = getContentCatalog();
  const programmes = buildMasteryRows(undefined, { quizRows, cardRows }, now);
  // The topics are the top-level programmes, with the same rows (the home page lists them).
  const topicIds = new Set(pack.programmes.filter((p) => !p.parent).map((p) => p.id));
  const topics = programmes.filter((p) => topicIds.has(p.id));

  const activity: DayActivity[] = fillDays(
    days.filter((d) => daysBetween(d.day, today) < 365 && d.day <= today),
    today,
    365,
    (day) => ({ day, answers: 0, scoreSum: 0, reviews: 0 }),
  );
  const activeDays = days.filter((d) => d.answers > 0 || d.reviews > 0).map((d) => d.day);
  // A suspended card comes due nowhere until it is unsuspended.
  const forecast = dueForecast(
    cardRows.filter((r) => !r.suspended).map((r) => r.due),
    now,
    timeZone,
  );

  const weakQuestions: WeakQuestion[] = lists.weak.map(
    ([questionId, programmeId, answers, weighted, asked]) => {
      const question =
        questionById.get(questionId) ??
        (asked ? storedQuestion({ id: asked[0], question: asked[2] }, asked[1]) : undefined);
      return {
        questionId,
        prompt: question ? questionSummary(question) : "(a question no longer in the content)",
        programmeName: topicLabel(programmeId, index.programmeById),
        answers,
        accuracy: weighted,
      };
    },
  );
  const recentAttempts: RecentAttempt[] = lists.attempts.map(
    ([id, mode, submittedAt, score, correctCount, questions]) => ({
      id,
      mode: mode === "EXAM" ? "exam" : "practice",
      // json_build_array writes the UTC timestamp without its zone.
      submittedAt: new Date(`${submittedAt}Z`).toISOString(),
      score: score ?? 0,
      correctCount: correctCount ?? 0,
      questions,
    }),
  );

  return {
    timeZone,
    today,
    masteryExplanation: MASTERY_EXPLANATION,
    programmes,
    topics,
    activity,
    streak: computeStreaks(activeDays, today),
    forecast,
    weakProgrammes: programmes
      .filter((p) => p.mastery !== null && p.mastery < 1)
      .sort((a, b) => a.mastery! - b.mastery!)
      .slice(0, 3),
    weakQuestions,
    recentAttempts,
    totals: {
      answers: days.reduce((n, d) => n + d.answers, 0),
      reviews: days.reduce((n, d) => n + d.reviews, 0),
      daysStudied: activeDays.length,
      cardsDueToday: forecast[0]?.due ?? 0,
      cardsStudied: cardRows.length,
    },
  };
}
