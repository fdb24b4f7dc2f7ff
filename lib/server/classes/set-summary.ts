import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { storedQuizSetSettingsSchema, type QuizSetSettings } from "@/lib/schemas/classes";
import { countsByParent } from "@/lib/server/count-children";
import { db } from "@/lib/server/db";
import { parseJsonColumn } from "@/lib/server/json-column";

export type SetSummary = {
  id: string;
  name: string;
  kind: "quiz" | "flashcards";
  /** Quiz sets: questions each learner gets; flashcard sets: cards. */
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

/**
 * The sets' summaries. Assignments are counted for these sets only (Assignment's setId
 * index), not with a relation `_count`, which groups the whole table
 * (lib/server/count-children.ts).
 */
export async function summarizeSets(rows: Row[]): Promise<SetSummary[]> {
  if (rows.length === 0) return [];
  const counts = countsByParent(
    await db.assignment.groupBy({
      by: ["setId"],
      where: { setId: { in: rows.map((r) => r.id) } },
      _count: { _all: true },
    }),
    "setId",
  );
  return rows.map((row) => toSetSummary(row, counts.get(row.id) ?? 0));
}

export async function summarizeSet(row: Row): Promise<SetSummary> {
  const [summary] = await summarizeSets([row]);
  return summary!;
}

function toSetSummary(row: Row, assignmentCount: number): SetSummary {
  if (row.kind === "FLASHCARDS") {
    return {
      ...base(row, assignmentCount),
      kind: "flashcards",
      size: row.cardIds.length,
      drawPerLearner: false,
      mode: null,
      timeLimitMinutes: null,
    };
  }
  const settings = quizSettingsOf(row);
  return {
    ...base(row, assignmentCount),
    kind: "quiz",
    size: settings.drawPerLearner ? settings.count : row.questionIds.length,
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
