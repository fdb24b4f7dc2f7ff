import "server-only";
import type { MasteryRow } from "@/lib/domain/progress/dashboard-view";
import {
  programmeMastery,
  QUIZ_HALF_LIFE_DAYS,
  type StudiedCard,
} from "@/lib/domain/progress/mastery";
import { retrievability } from "@/lib/domain/srs/schedule";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import { toMemory, type MemoryColumns } from "@/lib/server/flashcards/card-state-row";
import { Prisma } from "@/lib/generated/prisma/client";

type ProgrammeQuizRow = {
  programmeId: string;
  answers: number;
  weightedScore: number;
  weightedAnswers: number;
};

export type MasteryInputs = {
  quizRows: ProgrammeQuizRow[];
  cardRows: (MemoryColumns & { cardId: string; deckId: string })[];
  lastRatings: { cardId: string; rating: number }[];
};

/**
 * The rollups mastery is computed from, for the given programmes (decks share their
 * programme's id), or for all of them. Bounded by the content and by days, not by the history,
 * except the last grade per card, which reads the learner's reviews of these decks.
 */
export function readMasteryInputs(userId: string, today: string, programmeIds?: string[]) {
  const only = (column: string) =>
    programmeIds
      ? Prisma.sql`AND ${Prisma.raw(`"${column}"`)} IN (${Prisma.join(programmeIds)})`
      : Prisma.empty;
  return [
    // Recency weights per day (half-life QUIZ_HALF_LIFE_DAYS), summed in the database.
    db.$queryRaw<ProgrammeQuizRow[]>`
      SELECT "programmeId", SUM(answers)::int AS answers,
        SUM("scoreSum" * power(
          0.5, GREATEST(0, ${today}::date - day::date) / ${QUIZ_HALF_LIFE_DAYS}::float
        )) AS "weightedScore",
        SUM(answers * power(
          0.5, GREATEST(0, ${today}::date - day::date) / ${QUIZ_HALF_LIFE_DAYS}::float
        )) AS "weightedAnswers"
      FROM "ProgrammeDailyScore" WHERE "userId" = ${userId} ${only("programmeId")}
      GROUP BY "programmeId"`,
    db.cardState.findMany({
      where: { userId, ...(programmeIds ? { deckId: { in: programmeIds } } : {}) },
    }),
    // Each card's last grade (one row per card: bounded by the content, not the history).
    db.$queryRaw<{ cardId: string; rating: number }[]>`
      SELECT DISTINCT ON ("cardId") "cardId", rating FROM "ReviewLog"
      WHERE "userId" = ${userId} ${only("deckId")} ORDER BY "cardId", review DESC, id DESC`,
  ] as const;
}

/** One mastery row per programme (see mastery.ts): its own questions and its own deck. */
export function buildMasteryRows(
  programmeIds: string[] | undefined,
  { quizRows, cardRows, lastRatings }: MasteryInputs,
  now: Date,
): MasteryRow[] {
  const { pack, flashcards } = getContentCatalog();
  const wanted = programmeIds ? new Set(programmeIds) : null;
  const quizBy = new Map(quizRows.map((r) => [r.programmeId, r]));
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

  return pack.programmes
    .filter((p) => !wanted || wanted.has(p.id))
    .map((p): MasteryRow => {
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
}
