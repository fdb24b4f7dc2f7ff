import "server-only";
import type {
  DayActivity,
  MasteryRow,
  ProgressDashboard,
  RecentAttempt,
  WeakQuestion,
} from "@/lib/domain/progress/dashboard-view";
import { daysBetween, dueForecast, fillDays } from "@/lib/domain/progress/forecast";
import {
  MASTERY_EXPLANATION,
  programmeMastery,
  QUIZ_HALF_LIFE_DAYS,
  type StudiedCard,
} from "@/lib/domain/progress/mastery";
import { computeStreaks } from "@/lib/domain/progress/streaks";
import { questionSummary } from "@/lib/domain/questions/question-summary";
import { localDay } from "@/lib/domain/time/zoned-time";
import { retrievability } from "@/lib/domain/srs/schedule";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import { finalizeExpiredAttempts } from "@/lib/server/quiz/finalize-attempt";
import { toMemory } from "@/lib/server/flashcards/card-state-row";

type ProgrammeQuizRow = {
  programmeId: string;
  answers: number;
  weightedScore: number;
  weightedAnswers: number;
};

/**
 * The learner's dashboard from six queries, whatever their history: per-day and per-question
 * rollups (bounded by days and by the content), and card states (bounded by the content).
 * Nothing here reads individual answers or reviews.
 */
export async function getProgressDashboard(
  userId: string,
  now = new Date(),
): Promise<ProgressDashboard> {
  // An exam whose time ran out counts (and lists) as submitted before anything is read.
  await finalizeExpiredAttempts(userId, now);
  const { timeZone } = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { timeZone: true },
  });
  const today = localDay(now, timeZone);
  const [days, programmeRows, cardRows, lastRatings, weakRows, attempts] = await Promise.all([
    db.dailyActivity.findMany({
      where: { userId },
      select: { day: true, answers: true, scoreSum: true, reviews: true },
    }),
    // Recency weights per day (half-life QUIZ_HALF_LIFE_DAYS), summed in the database.
    db.$queryRaw<ProgrammeQuizRow[]>`
      SELECT "programmeId", SUM(answers)::int AS answers,
        SUM("scoreSum" * power(
          0.5, GREATEST(0, ${today}::date - day::date) / ${QUIZ_HALF_LIFE_DAYS}::float
        )) AS "weightedScore",
        SUM(answers * power(
          0.5, GREATEST(0, ${today}::date - day::date) / ${QUIZ_HALF_LIFE_DAYS}::float
        )) AS "weightedAnswers"
      FROM "ProgrammeDailyScore" WHERE "userId" = ${userId} GROUP BY "programmeId"`,
    db.cardState.findMany({ where: { userId } }),
    // Each card's last grade (one row per card: bounded by the content, not the history).
    db.$queryRaw<{ cardId: string; rating: number }[]>`
      SELECT DISTINCT ON ("cardId") "cardId", rating FROM "ReviewLog"
      WHERE "userId" = ${userId} ORDER BY "cardId", review DESC, id DESC`,
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

  const { pack, index, flashcards, questionById } = getContentCatalog();
  const quizBy = new Map(programmeRows.map((r) => [r.programmeId, r]));
  const lastRatingOf = new Map(lastRatings.map((r) => [r.cardId, r.rating]));
  const cardsByDeck = new Map<string, StudiedCard[]>();
  for (const row of cardRows) {
    if (row.state === 0) continue;
    const list = cardsByDeck.get(row.deckId) ?? [];
    list.push({
      // A studied card has a review log; without one (never expected) it is not held back.
      lastRating: lastRatingOf.get(row.cardId) ?? 3,
      retrievability: retrievability(toMemory(row), now),
    });
    cardsByDeck.set(row.deckId, list);
  }
  const cardTotals = new Map<string, number>();
  for (const card of flashcards)
    cardTotals.set(card.deckId, (cardTotals.get(card.deckId) ?? 0) + 1);

  // One mastery per programme (see mastery.ts): its own questions and its own deck.
  const programmes = pack.programmes.map((p): MasteryRow => {
    const quiz = quizBy.get(p.id);
    const studied = cardsByDeck.get(p.id) ?? [];
    return {
      id: p.id,
      name: p.name,
      ...programmeMastery({
        weightedScore: Number(quiz?.weightedScore ?? 0),
        weightedAnswers: Number(quiz?.weightedAnswers ?? 0),
        cards: studied,
      }),
      answers: Number(quiz?.answers ?? 0),
      cardsStudied: studied.length,
      cardsTotal: cardTotals.get(p.id) ?? 0,
    };
  });
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
    cardRows.filter((r) => r.state !== 0).map((r) => r.due),
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
      cardsStudied: cardRows.filter((r) => r.state !== 0).length,
    },
  };
}
