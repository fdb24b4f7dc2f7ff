import "server-only";
import type { Flashcard } from "@/lib/domain/flashcards/types";
import type { Question } from "@/lib/domain/questions/types";
import type { QuizSetSettings } from "@/lib/schemas/classes";
import { getContentCatalog, getQuestionBank } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { SET_NOT_FOUND, isInstructor, type Caller } from "./caller";
import { quizSettingsOf, setSummarySelect, summarizeSet, type SetSummary } from "./set-summary";

export type SetDetail = SetSummary & {
  contentVersion: string;
  /** Quiz sets. */
  settings: QuizSetSettings | null;
  /** Fixed sets: the questions; drawn-per-learner sets: the pinned ones (the rest vary). */
  questions: Question[];
  pinnedIds: string[];
  excludedIds: string[];
  /** Flashcard sets. */
  cards: Flashcard[];
  /** Ids saved in the set that a later content edit removed (they are skipped). */
  missingIds: string[];
};

/** One of the caller's sets with its questions or cards, answer keys included (instructor view). */
export async function getSet(caller: Caller, setId: string): Promise<ServiceResult<SetDetail>> {
  if (!isInstructor(caller)) return fail("not_found", SET_NOT_FOUND);
  const row = await db.studySet.findFirst({
    where: { id: setId, instructorId: caller.id },
    select: { ...setSummarySelect, contentVersion: true, pinnedIds: true, excludedIds: true },
  });
  if (!row) return fail("not_found", SET_NOT_FOUND);
  const summary = await summarizeSet(row);
  const common = {
    ...summary,
    contentVersion: row.contentVersion,
    pinnedIds: row.pinnedIds,
    excludedIds: row.excludedIds,
  };
  if (row.kind === "FLASHCARDS") {
    const { flashcardById } = getContentCatalog();
    const cards = row.cardIds
      .map((id) => flashcardById.get(id))
      .filter((c): c is Flashcard => Boolean(c));
    return ok({
      ...common,
      settings: null,
      questions: [],
      cards,
      missingIds: row.cardIds.filter((id) => !flashcardById.has(id)),
    });
  }
  const settings = quizSettingsOf(row);
  const { questionById } = getQuestionBank(settings.sourceOnly);
  const ids = settings.drawPerLearner ? row.pinnedIds : row.questionIds;
  const questions = ids.map((id) => questionById.get(id)).filter((q): q is Question => Boolean(q));
  return ok({
    ...common,
    settings,
    questions,
    cards: [],
    missingIds: ids.filter((id) => !questionById.has(id)),
  });
}
