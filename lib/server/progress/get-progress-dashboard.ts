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
  const [days, quizRows, cardRows, weakRows, attempts] = await Promise.all([
    db.dailyActivity.findMany({
      where: { userId },
      select: { day: true, answers: true, scoreSum: true, reviews: true },
    }),
    ...readMasteryInputs(userId, today),
    db.questionStat.findMany({
      where: { userId, weighted: { lt: 0.999 } },
      orderBy: [{ weighted: "asc" }, { answers: "desc" }],
      take: 5,
    }),
    db.quizAttempt.findMany({
      where: { userId, status: "SUBMITTED" },
      orderBy: { submittedAt: "desc" },
      take: 5,
      select: {
        id: true,
        mode: true,
        submittedAt: true,
        score: true,
        correctCount: true,
        questionIds: true,
      },
    }),
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
    submittedAt: a.submittedAt!.toISOString(),
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
