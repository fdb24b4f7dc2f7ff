import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { storedQuizSetSettingsSchema, type QuizSetSettings } from "@/lib/schemas/classes";
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
  _count: { select: { assignments: true } },
} satisfies Prisma.StudySetSelect;

type Row = Prisma.StudySetGetPayload<{ select: typeof setSummarySelect }>;

export function quizSettingsOf(set: { id: string; settings: unknown }): QuizSetSettings {
  return parseJsonColumn(storedQuizSetSettingsSchema, set.settings, {
    table: "StudySet",
    rowId: set.id,
    column: "settings",
  });
}

export function toSetSummary(row: Row): SetSummary {
  if (row.kind === "FLASHCARDS") {
    return {
      ...base(row),
      kind: "flashcards",
      size: row.cardIds.length,
      drawPerLearner: false,
      mode: null,
      timeLimitMinutes: null,
    };
  }
  const settings = quizSettingsOf(row);
  return {
    ...base(row),
    kind: "quiz",
    size: settings.drawPerLearner ? settings.count : row.questionIds.length,
    drawPerLearner: settings.drawPerLearner,
    mode: settings.mode,
    timeLimitMinutes: settings.timeLimitMinutes,
  };
}

function base(row: Row) {
  return {
    id: row.id,
    name: row.name,
    assignmentCount: row._count.assignments,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
