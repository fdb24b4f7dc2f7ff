import "server-only";
import type {
  DayActivity,
  ProgressDashboard,
  RecentAttempt,
  WeakQuestion,
} from "@/lib/domain/progress/dashboard-view";
import { daysBetween, dueForecast, fillDays } from "@/lib/domain/progress/forecast";
import { MASTERY_EXPLANATION } from "@/lib/domain/progress/mastery";
import { computeStreaks } from "@/lib/domain/progress/streaks";
import { questionSummary } from "@/lib/domain/questions/question-summary";
import { localDay } from "@/lib/domain/time/zoned-time";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import { finalizeExpiredAttempts } from "@/lib/server/quiz/finalize-attempt";
import { buildMasteryRows, readMasteryInputs } from "./mastery-rows";

/**
 * The learner's dashboard from five queries, whatever their history: per-day and per-question
 * rollups (bounded by days and by the content), and studied cards (bounded by the content)
 * with their last grade. Nothing else reads individual answers or reviews. The page passes
 * the signed-in user's time zone, already read with the session; without it, it is read here.
 */
export async function getProgressDashboard(
  userId: string,
  now = new Date(),
  knownTimeZone?: string,
): Promise<ProgressDashboard> {
  // An exam whose time ran out counts (and lists) as submitted before anything is read.
  await finalizeExpiredAttempts(userId, now);
  const timeZone =
    knownTimeZone ??
    (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } }))
      .timeZone;
  const today = localDay(now, timeZone);
  // Hand-written but for the mastery inputs' own statements: Prisma compiled each of these
  // on every render (issue 15).
  const [days, quizRows, cardRows, weakRows, attempts] = await Promise.all([
    db.$queryRaw<{ day: string; answers: number; scoreSum: number; reviews: number }[]>`
      SELECT day, answers, "scoreSum", reviews FROM "DailyActivity" WHERE "userId" = ${userId}`,
    ...readMasteryInputs(userId, today),
    db.$queryRaw<{ questionId: string; programmeId: string; answers: number; weighted: number }[]>`
      SELECT "questionId", "programmeId", answers, weighted FROM "QuestionStat"
      WHERE "userId" = ${userId} AND weighted < 0.999
      ORDER BY weighted, answers DESC, "questionId" LIMIT 5`,
    db.$queryRaw<
      {
        id: string;
        mode: string;
        submittedAt: Date;
        score: number | null;
        correctCount: number | null;
        questionIds: string[];
      }[]
    >`
      SELECT id, mode::text AS mode, "submittedAt", score, "correctCount", "questionIds"
      FROM "QuizAttempt"
      WHERE "userId" = ${userId} AND status = 'SUBMITTED' AND "submittedAt" IS NOT NULL
      ORDER BY "submittedAt" DESC LIMIT 5`,
  ]);

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
  const forecast = dueForecast(
    cardRows.map((r) => r.due),
    now,
    timeZone,
  );

  const weakQuestions: WeakQuestion[] = weakRows.map((row) => {
    const question = questionById.get(row.questionId);
    return {
      questionId: row.questionId,
      prompt: question ? questionSummary(question) : "(a question no longer in the content)",
      programmeName: index.programmeById.get(row.programmeId)?.name ?? row.programmeId,
      answers: row.answers,
      accuracy: row.weighted,
    };
  });
  const recentAttempts: RecentAttempt[] = attempts.map((a) => ({
    id: a.id,
    mode: a.mode === "EXAM" ? "exam" : "practice",
    submittedAt: a.submittedAt.toISOString(),
    score: a.score ?? 0,
    correctCount: a.correctCount ?? 0,
    questions: a.questionIds.length,
  }));

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
