import "server-only";
import { QUIZ_MAX_QUESTIONS } from "@/lib/schemas/quiz";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { SET_NOT_FOUND, isInstructor, type Caller } from "./caller";
import { lockOwnSet } from "./lock-own-set";
import { resolveFlashcardSetContents, resolveQuizSetContents } from "./set-contents";
import { quizSettingsOf, setSummarySelect, summarizeSet, type SetSummary } from "./set-summary";
import { lockSetWork } from "./set-work";

/**
 * The instructor changes what one of their sets holds: the builder's choices again (name,
 * programmes, kinds, count, mode, pins and exclusions; a flashcard set's cards), checked as
 * when the set was created (set-contents.ts), replacing the saved ones. The questions and cards
 * the instructor wrote into the set are not touched.
 *
 * As Moodle does once a quiz has been attempted, this is refused while any assignment of the
 * set has learner work (set-work.ts, the rule that writing a quiz set's own questions keeps
 * too): a learner's attempt or reviews would no longer match the set that the results
 * describe. Assigned but untouched, it is allowed: learners who start afterwards get the new
 * contents.
 *
 * The set row is locked, then every assignment row of it, before the work is counted
 * (lockSetWork): a learner starting either commits first and is counted (refused), or waits
 * for this write and then reads the new contents. A new assignment of the set, whose insert
 * must key-share-lock the set row, waits for this write too.
 */
export async function updateSetContents(
  caller: Caller,
  setId: string,
  input: unknown,
): Promise<ServiceResult<SetSummary>> {
  if (!isInstructor(caller)) return fail("not_found", SET_NOT_FOUND);
  const saved = await db.$transaction(async (tx) => {
    const set = await lockOwnSet(tx, caller.id, setId, "update");
    if (!set) return fail("not_found", SET_NOT_FOUND);
    const contents =
      set.kind === "QUIZ" ? resolveQuizSetContents(input) : resolveFlashcardSetContents(input);
    if (!contents.ok) return contents;
    if (set.kind === "QUIZ") {
      // The questions the instructor wrote are asked after the generated ones, and an attempt
      // holds at most QUIZ_MAX_QUESTIONS (answers past it could not be saved): the limit that
      // writing and importing questions keep, and that a larger draw would break.
      const settings = quizSettingsOf({ id: setId, settings: contents.data.settings });
      const generated = settings.drawPerLearner ? settings.count : contents.data.questionIds.length;
      const own = await tx.customQuestion.count({ where: { setId } });
      if (generated + own > QUIZ_MAX_QUESTIONS) {
        const message =
          `A quiz set asks at most ${QUIZ_MAX_QUESTIONS} questions, and this one has ${own} ` +
          `of your own: choose at most ${Math.max(QUIZ_MAX_QUESTIONS - own, 0)} generated ones.`;
        return fail("invalid", message, { count: [message] });
      }
    }

    const locked = await lockSetWork(tx, setId, set.kind);
    if (locked) return fail("conflict", locked);

    const row = await tx.studySet.update({
      where: { id: setId },
      data: contents.data,
      select: setSummarySelect,
    });
    return ok(row);
  });
  return saved.ok ? ok(await summarizeSet(saved.data)) : saved;
}
