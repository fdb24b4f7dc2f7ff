import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { storedQuizSetSettingsSchema, type QuizSetSettings } from "@/lib/schemas/classes";
import { getContentCatalog, getQuestionBank } from "@/lib/server/content/get-content";
import { countsByParent } from "@/lib/server/count-children";
import { db } from "@/lib/server/db";
import { parseJsonColumn } from "@/lib/server/json-column";

export type SetSummary = {
  id: string;
  name: string;
  kind: "quiz" | "flashcards";
  /**
   * Quiz sets: questions each learner gets; flashcard sets: cards. The instructor's own
   * (written or imported) count too: see countSetItems.
   */
  size: number;
  /** Quiz sets only: each learner gets a draw of their own. */
  drawPerLearner: boolean;
  mode: "practice" | "exam" | null;
  timeLimitMinutes: number | null;
  assignmentCount: number;
  createdAt: Date;
  updatedAt: Date;
};

export const setSummarySelect = {
  id: true,
  name: true,
  kind: true,
  settings: true,
  questionIds: true,
  cardIds: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.StudySetSelect;

type Row = Prisma.StudySetGetPayload<{ select: typeof setSummarySelect }>;

export function quizSettingsOf(set: { id: string; settings: unknown }): QuizSetSettings {
  return parseJsonColumn(storedQuizSetSettingsSchema, set.settings, {
    table: "StudySet",
    rowId: set.id,
    column: "settings",
  });
}

type SetToCount = Pick<Row, "id" | "kind" | "settings" | "questionIds" | "cardIds">;

/** A flashcard set's content cards that are still in the content (a later edit may drop one). */
export function cardsInContent(cardIds: readonly string[]): string[] {
  const { flashcardById } = getContentCatalog();
  return cardIds.filter((id) => flashcardById.has(id));
}

/** The generated part of a set as learners get it (see countSetItems). */
function countGenerated(set: SetToCount): number {
  if (set.kind === "FLASHCARDS") return cardsInContent(set.cardIds).length;
  const settings = quizSettingsOf(set);
  if (settings.drawPerLearner) return settings.count;
  const { questionById } = getQuestionBank(settings.sourceOnly);
  return set.questionIds.filter((id) => questionById.has(id)).length;
}

/**
 * How many questions or cards one learner gets from each set, by set id: the generated ones
 * (a fixed quiz set's questions and a flashcard set's cards that are still in the content, or
 * the count a quiz drawn per learner draws) plus every question or card the instructor wrote
 * or imported into it, which every learner gets after them (startAssignmentAttempt,
 * studyAssignment). The one count the sets page, the assign form and the limits on writing
 * and importing use. Custom rows are counted for these sets only, through their setId index;
 * `client` is a transaction when the count guards a write.
 */
export async function countSetItems(
  sets: readonly SetToCount[],
  client: Prisma.TransactionClient = db,
): Promise<Map<string, number>> {
  const ids = (kind: SetToCount["kind"]) => sets.filter((s) => s.kind === kind).map((s) => s.id);
  const [quizIds, cardSetIds] = [ids("QUIZ"), ids("FLASHCARDS")];
  // One after the other: in a transaction both run on its one connection anyway.
  const questions = quizIds.length
    ? await client.customQuestion.groupBy({
        by: ["setId"],
        where: { setId: { in: quizIds } },
        _count: { _all: true },
      })
    : [];
  const cards = cardSetIds.length
    ? await client.customCard.groupBy({
        by: ["setId"],
        where: { setId: { in: cardSetIds } },
        _count: { _all: true },
      })
    : [];
  const custom = new Map([
    ...countsByParent(questions, "setId"),
    ...countsByParent(cards, "setId"),
  ]);
  return new Map(sets.map((set) => [set.id, countGenerated(set) + (custom.get(set.id) ?? 0)]));
}

/**
 * The sets' summaries. Assignments are counted for these sets only (Assignment's setId
 * index), not with a relation `_count`, which groups the whole table
 * (lib/server/count-children.ts).
 */
export async function summarizeSets(rows: Row[]): Promise<SetSummary[]> {
  if (rows.length === 0) return [];
  const [counts, sizes] = await Promise.all([
    db.assignment
      .groupBy({
        by: ["setId"],
        where: { setId: { in: rows.map((r) => r.id) } },
        _count: { _all: true },
      })
      .then((groups) => countsByParent(groups, "setId")),
    countSetItems(rows),
  ]);
  return rows.map((row) => toSetSummary(row, counts.get(row.id) ?? 0, sizes.get(row.id)!));
}

export async function summarizeSet(row: Row): Promise<SetSummary> {
  const [summary] = await summarizeSets([row]);
  return summary!;
}

function toSetSummary(row: Row, assignmentCount: number, size: number): SetSummary {
  if (row.kind === "FLASHCARDS") {
    return {
      ...base(row, assignmentCount),
      kind: "flashcards",
      size,
      drawPerLearner: false,
      mode: null,
      timeLimitMinutes: null,
    };
  }
  const settings = quizSettingsOf(row);
  return {
    ...base(row, assignmentCount),
    kind: "quiz",
    size,
    drawPerLearner: settings.drawPerLearner,
    mode: settings.mode,
    timeLimitMinutes: settings.timeLimitMinutes,
  };
}

function base(row: Row, assignmentCount: number) {
  return {
    id: row.id,
    name: row.name,
    assignmentCount,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
