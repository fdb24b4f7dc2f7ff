import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { QUIZ_MAX_QUESTIONS } from "@/lib/schemas/quiz";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { SET_NOT_FOUND, isInstructor, type Caller } from "./caller";
import { lockOwnSet } from "./lock-own-set";
import { loadAssignmentWork, type OwnAssignment } from "./own-assignment";
import { resolveFlashcardSetContents, resolveQuizSetContents } from "./set-contents";
import { quizSettingsOf, setSummarySelect, summarizeSet, type SetSummary } from "./set-summary";

/** The refusal once learners have work in `assignments` of the set's assignments. */
export function setHasWorkMessage(assignments: number): string {
  const which = assignments === 1 ? "an assignment" : `${assignments} assignments`;
  return (
    `Learners have already started ${which} of this set, so its questions and cards can no ` +
    "longer change: their work would stop matching it. Build a new set with the changes " +
    "instead, and assign that."
  );
}

/** How many of these assignments hold learner work (own-assignment.ts says what counts). */
export async function countAssignmentsWithWork(
  tx: Prisma.TransactionClient,
  assignments: readonly OwnAssignment[],
): Promise<number> {
  let withWork = 0;
  for (const assignment of assignments)
    if ((await loadAssignmentWork(tx, assignment)).learners > 0) withWork += 1;
  return withWork;
}

/**
 * The instructor changes what one of their sets holds: the builder's choices again (name,
 * programmes, kinds, count, mode, pins and exclusions; a flashcard set's cards), checked as
 * when the set was created (set-contents.ts), replacing the saved ones. The questions and cards
 * the instructor wrote into the set are not touched.
 *
 * As Moodle does once a quiz has been attempted, this is refused while any assignment of the
 * set has learner work (own-assignment.ts says what counts): a learner's attempt or reviews
 * would no longer match the set that the results describe. Assigned but untouched, it is
 * allowed: learners who start afterwards get the new contents.
 *
 * The set row is locked, then every assignment row of it, before the work is counted: a learner
 * starting an attempt share-locks their assignment's row (start-assignment-attempt.ts), so
 * either the start commits first and is counted here (refused), or it waits for this write and
 * then reads the new contents. A new assignment of the set, whose insert must key-share-lock
 * the set row, waits for this write too.
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

    const assignments = await tx.$queryRaw<OwnAssignment[]>`
      SELECT a.id, a."classId", a."setId", ${set.kind} AS kind, a."opensAt", a."dueAt",
        a."timeZone", a."attemptsAllowed", c."archivedAt"
      FROM "Assignment" a
      JOIN "Class" c ON c.id = a."classId"
      WHERE a."setId" = ${setId}
      ORDER BY a.id
      FOR UPDATE OF a`;
    const withWork = await countAssignmentsWithWork(tx, assignments);
    if (withWork > 0) return fail("conflict", setHasWorkMessage(withWork));

    const row = await tx.studySet.update({
      where: { id: setId },
      data: contents.data,
      select: setSummarySelect,
    });
    return ok(row);
  });
  return saved.ok ? ok(await summarizeSet(saved.data)) : saved;
}
