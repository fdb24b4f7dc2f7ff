import "server-only";
import { getAssignmentStatus } from "@/lib/domain/classes/assignment-status";
import { drawQuizSet } from "@/lib/domain/classes/draw-quiz-set";
import { toLocalDateTime } from "@/lib/domain/time/zoned-time";
import type { Question } from "@/lib/domain/questions/types";
import type { QuizSettings } from "@/lib/schemas/quiz";
import { getQuestionBank } from "@/lib/server/content/get-content";
import { listCustomQuestions } from "@/lib/server/interop/import-into-set";
import { db } from "@/lib/server/db";
import { finalizeAttempt, isPastDeadline } from "@/lib/server/quiz/finalize-attempt";
import { createAttempt, present } from "@/lib/server/quiz/start-quiz";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { ASSIGNMENT_NOT_FOUND, type Caller } from "./caller";
import { quizSettingsOf } from "./set-summary";

export type StartedAssignmentAttempt = {
  attemptId: string;
  /** True when an attempt already under way was returned instead of a new one. */
  resumed: boolean;
  questions: number;
  /** Started after the due date: shown late, and counted only if late work counts. */
  late: boolean;
  attemptsLeft: number | null;
};

type LockedAssignment = {
  id: string;
  opensAt: Date;
  dueAt: Date;
  timeZone: string;
  attemptsAllowed: number | null;
  lateCounts: boolean;
  setId: string;
  archivedAt: Date | null;
};

/**
 * A learner starts (or resumes) their attempt at a quiz assignment; it is then played, saved
 * and submitted through the normal quiz flow (it is an ordinary QuizAttempt with assignmentId).
 *
 * - Only members of the assignment's class, only once it has opened, never beyond the
 *   attempts allowed (an attempt counts as used when it starts). After the due date attempts
 *   are still allowed, flagged late (see lib/domain/classes/assignment-status.ts).
 * - An attempt already under way is returned rather than a second one started, so a double
 *   click or a second tab never burns an attempt.
 * - The learner's membership row is locked for the transaction: two starts at once are
 *   serialised, and the second resumes the first's attempt.
 * - The assignment's row is share-locked too: an instructor's edit or removal
 *   (own-assignment.ts) waits for the start, or the start waits for it and then reads the new
 *   rules (or finds no assignment), so a lowered limit or a removal never misses an attempt.
 * - Fixed sets: the set's questions for everyone, presented with a seed per learner and
 *   attempt (`assignment:learner:n`), so each learner sees the options in an order of their
 *   own. drawPerLearner sets: the pinned questions plus a draw of the learner's own.
 */
export async function startAssignmentAttempt(
  caller: Caller,
  assignmentId: string,
  options: { now?: Date; seed?: string } = {},
): Promise<ServiceResult<StartedAssignmentAttempt>> {
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const [assignment] = await tx.$queryRaw<LockedAssignment[]>`
      SELECT a.id, a."opensAt", a."dueAt", a."timeZone", a."attemptsAllowed", a."lateCounts",
        a."setId", c."archivedAt"
      FROM "Assignment" a
      JOIN "Class" c ON c.id = a."classId"
      JOIN "ClassMember" m ON m."classId" = a."classId" AND m."userId" = ${caller.id}
      WHERE a.id = ${assignmentId}
      FOR UPDATE OF m FOR SHARE OF a`;
    if (!assignment) return fail("not_found", ASSIGNMENT_NOT_FOUND);
    if (assignment.archivedAt)
      return fail("conflict", "This class has been archived: its assignments are closed.");
    const set = await tx.studySet.findUniqueOrThrow({
      where: { id: assignment.setId },
      select: {
        id: true,
        kind: true,
        settings: true,
        questionIds: true,
        pinnedIds: true,
        excludedIds: true,
      },
    });
    if (set.kind !== "QUIZ")
      return fail("conflict", "This assignment is a flashcard set: study its cards instead.");

    const attempts = await tx.quizAttempt.findMany({
      where: { assignmentId, userId: caller.id },
      select: {
        id: true,
        status: true,
        startedAt: true,
        submittedAt: true,
        deadlineAt: true,
        score: true,
        questionIds: true,
      },
      orderBy: { startedAt: "asc" },
    });
    const underWay = attempts.find((a) => a.status === "IN_PROGRESS");
    const records = attempts.map((a) => ({
      startedAt: a.startedAt,
      submittedAt: a.submittedAt,
      score: a.score,
    }));
    if (underWay && !isPastDeadline(underWay.deadlineAt, now)) {
      const state = getAssignmentStatus(assignment, records, now);
      return ok({
        attemptId: underWay.id,
        resumed: true,
        questions: underWay.questionIds.length,
        late: state.startWouldBeLate,
        attemptsLeft: state.attemptsLeft,
      });
    }
    if (underWay) {
      // Its time ran out while the learner was away: it is submitted as of its deadline.
      await finalizeAttempt(tx, underWay.id, underWay.deadlineAt!);
      const record = records[attempts.indexOf(underWay)]!;
      record.submittedAt = underWay.deadlineAt;
    }

    const state = getAssignmentStatus(assignment, records, now);
    if (state.blockedReason === "not-open") {
      const opensAt = toLocalDateTime(assignment.opensAt, assignment.timeZone).replace("T", " at ");
      return fail("conflict", `This assignment opens on ${opensAt} (${assignment.timeZone}).`);
    }
    if (state.blockedReason === "no-attempts-left") {
      const n = assignment.attemptsAllowed!;
      return fail(
        "conflict",
        `You have used the ${n} attempt${n === 1 ? "" : "s"} allowed for this assignment.`,
      );
    }

    const settings = quizSettingsOf(set);
    const { bank, questionById } = getQuestionBank(settings.sourceOnly);
    const number = attempts.length + 1;
    const seed = options.seed ?? `assignment:${assignmentId}:${caller.id}:${number}`;
    const ids = settings.drawPerLearner
      ? drawQuizSet(
          bank,
          { ...settings, pinnedIds: set.pinnedIds, excludedIds: set.excludedIds },
          seed,
        ).ids
      : set.questionIds;
    // A question removed from the content since the set was saved cannot be asked.
    const questions = ids
      .map((id) => questionById.get(id))
      .filter((q): q is Question => Boolean(q))
      // The instructor's own questions are asked to everyone, after the generated ones.
      .concat(await listCustomQuestions(set.id, tx));
    if (questions.length === 0)
      return fail(
        "conflict",
        "The questions of this assignment are no longer in the content. Tell your instructor.",
      );

    const quizSettings: QuizSettings = {
      programmeIds: settings.programmeIds,
      kinds: settings.kinds,
      count: questions.length,
      sourceOnly: settings.sourceOnly,
      levels: settings.levels,
      harder: false,
      mode: settings.mode,
      timeLimitMinutes: settings.timeLimitMinutes,
      weakQuestions: false,
    };
    const created = await createAttempt(
      caller.id,
      quizSettings,
      present(questions, seed),
      { seed, now, assignmentId },
      tx,
    );
    return ok({
      attemptId: created.id,
      resumed: false,
      questions: questions.length,
      late: state.startWouldBeLate,
      attemptsLeft: state.attemptsLeft === null ? null : state.attemptsLeft - 1,
    });
  });
}
