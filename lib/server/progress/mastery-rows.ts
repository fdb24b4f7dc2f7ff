import "server-only";
import type { MasteryRow } from "@/lib/domain/progress/dashboard-view";
import {
  programmeMastery,
  QUIZ_HALF_LIFE_DAYS,
  type StudiedCard,
} from "@/lib/domain/progress/mastery";
import { retrievability } from "@/lib/domain/srs/schedule";
import { getContentCatalog } from "@/lib/server/content/get-content";
import {
  fromMemoryTuple,
  memoryJson,
  toMemory,
  type MemoryColumns,
  type MemoryTuple,
} from "@/lib/server/flashcards/card-state-row";
import { Prisma } from "@/lib/generated/prisma/client";

type ProgrammeQuizRow = {
  programmeId: string;
  answers: number;
  weightedScore: number;
  weightedAnswers: number;
};

/** A studied card's memory, with its last grade (null if it has no review log). */
export type StudiedCardRow = MemoryColumns & {
  cardId: string;
  deckId: string;
  lastRating: number | null;
  /** Suspended by the learner: it counts for mastery, not among the cards coming due. */
  suspended: boolean;
};

export type MasteryInputs = { quizRows: ProgrammeQuizRow[]; cardRows: StudiedCardRow[] };

/** A programme's quiz rollup as masteryInputColumns' JSON carries it. */
type QuizTuple = [
  programmeId: string,
  answers: number,
  weightedScore: number,
  weightedAnswers: number,
];

/** A studied card as masteryInputColumns' JSON carries it: its memory as memoryJson builds it. */
type StudiedTuple = [
  cardId: string,
  deckId: string,
  memory: MemoryTuple,
  lastRating: number | null,
  suspended: boolean,
];

/** The two JSON columns of masteryInputColumns, as a read returns them. */
export type MasteryColumns = { masteryQuiz: QuizTuple[]; masteryCards: StudiedTuple[] };

/**
 * The rollups mastery is computed from, for the given programmes (decks share their
 * programme's id), or for all of them, as two JSON columns ("masteryQuiz", "masteryCards")
 * that a page's read carries beside its own (issue 15: they were two statements of their
 * own). Bounded by the content and by days, not by the history: a card's last grade is one
 * probe of the ReviewLog index on (userId, cardId, review DESC, id DESC), whose first row per
 * card is that grade. Only studied cards (state other than New) are read: nothing counts the
 * others.
 */
export function masteryInputColumns(userId: string, today: string, programmeIds?: string[]) {
  const only = (column: string) =>
    programmeIds
      ? Prisma.sql`AND ${Prisma.raw(column)} IN (${Prisma.join(programmeIds)})`
      : Prisma.empty;
  // Recency weights per day (half-life QUIZ_HALF_LIFE_DAYS), summed in the database.
  const weight = Prisma.sql`power(
    0.5, GREATEST(0, ${today}::date - day::date) / ${QUIZ_HALF_LIFE_DAYS}::float)`;
  // Each row's weight is computed once (OFFSET 0 keeps the subquery from being merged into the
  // sums, which would compute it twice): power() is most of this column's cost, 1.0 ms instead
  // of 1.35 ms for a year of history.
  return Prisma.sql`
    (SELECT COALESCE(json_agg(json_build_array(
        "programmeId", answers, "weightedScore", "weightedAnswers")), '[]')
      FROM (SELECT "programmeId", SUM(answers)::int AS answers,
          SUM("scoreSum" * w)::float8 AS "weightedScore",
          SUM(answers * w)::float8 AS "weightedAnswers"
        FROM (SELECT "programmeId", answers, "scoreSum", ${weight} AS w
          FROM "ProgrammeDailyScore" WHERE "userId" = ${userId} ${only('"programmeId"')}
          OFFSET 0) r
        GROUP BY "programmeId") q) AS "masteryQuiz",
    (SELECT COALESCE(json_agg(json_build_array(
        c."cardId", c."deckId", ${memoryJson("c.")}, last.rating,
        EXISTS (SELECT 1 FROM "CardSuspension" s
          WHERE s."userId" = c."userId" AND s."cardId" = c."cardId"))), '[]')
      FROM "CardState" c
      LEFT JOIN LATERAL (
        SELECT rating FROM "ReviewLog" r
        WHERE r."userId" = c."userId" AND r."cardId" = c."cardId"
        ORDER BY r.review DESC, r.id DESC LIMIT 1
      ) last ON true
      WHERE c."userId" = ${userId} AND c.state <> 0 ${only('c."deckId"')}) AS "masteryCards"`;
}

/** The mastery inputs from the columns of masteryInputColumns. */
export function toMasteryInputs({ masteryQuiz, masteryCards }: MasteryColumns): MasteryInputs {
  return {
    quizRows: masteryQuiz.map(([programmeId, answers, weightedScore, weightedAnswers]) => ({
      programmeId,
      answers,
      weightedScore,
      weightedAnswers,
    })),
    cardRows: masteryCards.map(([cardId, deckId, memory, lastRating, suspended]) => ({
      cardId,
      deckId,
      ...fromMemoryTuple(memory),
      lastRating,
      suspended,
    })),
  };
}

/** One mastery row per programme (see mastery.ts): its own questions and its own deck. */
export function buildMasteryRows(
  programmeIds: string[] | undefined,
  { quizRows, cardRows }: MasteryInputs,
  now: Date,
): MasteryRow[] {
  const { pack, flashcards } = getContentCatalog();
  const wanted = programmeIds ? new Set(programmeIds) : null;
  const quizBy = new Map(quizRows.map((r) => [r.programmeId, r]));
  const cardsByDeck = new Map<string, StudiedCard[]>();
  for (const row of cardRows) {
    const list = cardsByDeck.get(row.deckId) ?? [];
    list.push({
      // A studied card has a review log; without one (never expected) it is not held back.
      lastRating: row.lastRating ?? 3,
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
