import "server-only";
import { drawQuizSet } from "@/lib/domain/classes/draw-quiz-set";
import type { Question, QuestionKind, QuestionLevel } from "@/lib/domain/questions/types";
import { getContentCatalog, getQuestionBank } from "@/lib/server/content/get-content";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";

export type QuizSetOptions = {
  programmeIds: string[];
  kinds: QuestionKind[];
  count: number;
  sourceOnly: boolean;
  /** Levels of thinking; empty means every level. */
  levels: QuestionLevel[];
  pinnedIds: string[];
  excludedIds: string[];
};

export type ResolvedQuizSet = { questions: Question[]; available: number; contentVersion: string };

/**
 * Checks a quiz set's options against the content (programmes and pinned questions must
 * exist in the bank the set draws from) and draws its questions with `seed`.
 */
export function resolveQuizSet(
  options: QuizSetOptions,
  seed: string,
): ServiceResult<ResolvedQuizSet> {
  const { index, pack, sourceOnlyVersion } = getContentCatalog();
  const { bank, questionById } = getQuestionBank(options.sourceOnly);
  const unknownProgrammes = options.programmeIds.filter((id) => !index.programmeById.has(id));
  if (unknownProgrammes.length) {
    return fail("invalid", "Please check the set options.", {
      programmeIds: [`Unknown programme: ${unknownProgrammes.join(", ")}`],
    });
  }
  const unknownPins = options.pinnedIds.filter((id) => !questionById.has(id));
  if (unknownPins.length) {
    const where = options.sourceOnly ? " among the source-only questions" : "";
    return fail("invalid", "Some pinned questions are not in the content.", {
      pinnedIds: [`Not found${where}: ${unknownPins.join(", ")}`],
    });
  }
  const drawn = drawQuizSet(bank, options, seed);
  if (drawn.ids.length === 0)
    return fail(
      "invalid",
      "No questions match these choices. Pick more programmes or question types.",
    );
  return ok({
    questions: drawn.ids.map((id) => questionById.get(id)!),
    available: drawn.available,
    contentVersion: options.sourceOnly ? sourceOnlyVersion : pack.version,
  });
}
