/**
 * Bank statistics for content:check: questions per programme (the programme a question is
 * about, tags.programmeIds[0]) and kind, plus flashcards per deck.
 */
import type { Flashcard } from "@/lib/domain/flashcards/types";
import { QUESTION_KINDS, type Question, type QuestionKind } from "./types";

export interface BankRow {
  programmeId: string;
  byKind: Record<QuestionKind, number>;
  questions: number;
  flashcards: number;
}

const emptyKinds = (): Record<QuestionKind, number> =>
  Object.fromEntries(QUESTION_KINDS.map((k) => [k, 0])) as Record<QuestionKind, number>;

export function countBankByProgramme(
  programmeIds: readonly string[],
  questions: readonly Question[],
  flashcards: readonly Flashcard[] = [],
): { rows: BankRow[]; total: BankRow } {
  const rows = new Map<string, BankRow>(
    programmeIds.map((id) => [
      id,
      { programmeId: id, byKind: emptyKinds(), questions: 0, flashcards: 0 },
    ]),
  );
  const total: BankRow = {
    programmeId: "total",
    byKind: emptyKinds(),
    questions: 0,
    flashcards: 0,
  };
  for (const q of questions) {
    const row = rows.get(q.tags.programmeIds[0] ?? "");
    for (const r of row ? [row, total] : [total]) {
      r.byKind[q.kind]++;
      r.questions++;
    }
  }
  for (const card of flashcards) {
    const row = rows.get(card.deckId);
    if (row) row.flashcards++;
    total.flashcards++;
  }
  return { rows: [...rows.values()], total };
}
