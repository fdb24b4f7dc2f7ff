import "server-only";
import type { Question } from "@/lib/domain/questions/types";
import { storedFlashcardSetSettingsSchema, type QuizSetSettings } from "@/lib/schemas/classes";
import { getQuestionBank } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import { parseJsonColumn } from "@/lib/server/json-column";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { SET_NOT_FOUND, isInstructor, type Caller } from "./caller";
import { previewQuizSet, type QuizSetPreview } from "./preview-quiz-set";
import { quizSettingsOf } from "./set-summary";
import { assignmentsForWork, setWorkMessage } from "./set-work";

type Common = {
  id: string;
  name: string;
  /** Set when learners have work in one of its assignments: saving would be refused. */
  locked: string | null;
};

export type SetForEditing =
  | (Common & {
      kind: "quiz";
      settings: QuizSetSettings;
      pinnedIds: string[];
      excludedIds: string[];
      excludedQuestions: Question[];
      /** The saved choices drawn again with their seed; none if the content no longer allows. */
      preview: QuizSetPreview | undefined;
    })
  | (Common & { kind: "flashcards"; programmeIds: string[]; cardIds: string[] });

/** One of the caller's sets with its saved choices, for the builder to open it with. */
export async function getSetForEditing(
  caller: Caller,
  setId: string,
): Promise<ServiceResult<SetForEditing>> {
  if (!isInstructor(caller)) return fail("not_found", SET_NOT_FOUND);
  const row = await db.studySet.findFirst({
    where: { id: setId, instructorId: caller.id },
    select: {
      id: true,
      name: true,
      kind: true,
      settings: true,
      pinnedIds: true,
      excludedIds: true,
      cardIds: true,
      assignments: assignmentsForWork,
    },
  });
  if (!row) return fail("not_found", SET_NOT_FOUND);
  const common = {
    id: row.id,
    name: row.name,
    locked: await setWorkMessage(row.kind, row.assignments),
  };
  if (row.kind === "FLASHCARDS") {
    const { programmeIds } = parseJsonColumn(storedFlashcardSetSettingsSchema, row.settings, {
      table: "StudySet",
      rowId: row.id,
      column: "settings",
    });
    return ok({ ...common, kind: "flashcards", programmeIds, cardIds: row.cardIds });
  }
  const settings = quizSettingsOf(row);
  const { questionById } = getQuestionBank(settings.sourceOnly);
  const { seed, drawPerLearner, ...options } = settings;
  const preview = await previewQuizSet(caller, {
    ...options,
    drawPerLearner,
    pinnedIds: row.pinnedIds,
    excludedIds: row.excludedIds,
    seed,
  });
  return ok({
    ...common,
    kind: "quiz",
    settings,
    pinnedIds: row.pinnedIds,
    excludedIds: row.excludedIds,
    excludedQuestions: row.excludedIds
      .map((id) => questionById.get(id))
      .filter((q): q is Question => Boolean(q)),
    preview: preview.ok ? preview.data : undefined,
  });
}
