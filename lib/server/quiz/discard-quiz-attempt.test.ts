// "Discard" an unfinished quiz (walk finding 11): the attempt and its answers go, and progress
// reads exactly what it read before. Practice answers were counted when checked and keep
// counting; an unsubmitted exam's answers never counted. Each test was seen failing with its
// guard removed (the counted answers cascading away with the responses, the ownership,
// status, assignment or deadline check).
import { describe, expect, test } from "vitest";
import type { Question } from "@/lib/domain/questions/types";
import { correctResponse, wrongResponse } from "@/lib/domain/quiz/correct-response";
import { startAssignmentAttempt } from "@/lib/server/classes/start-assignment-attempt";
import {
  WHILE_OPEN,
  addMember,
  assign,
  makeClass,
  makeInstructor,
  makeQuizSet,
  unwrap,
} from "@/lib/server/classes/test-fixtures";
import { db } from "@/lib/server/db";
import { getProgressDashboard } from "@/lib/server/progress/get-progress-dashboard";
import { rebuildProgressRollups } from "@/lib/server/progress/rebuild-progress-rollups";
import { makeUser } from "@/test/make-user";
import { storedRollups } from "@/test/stored-rollups";
import { ASSIGNMENT_WORK_KEPT, discardQuizAttempt } from "./discard-quiz-attempt";
import { listQuizAttempts } from "./list-quiz-attempts";
import { saveQuizResponse } from "./save-quiz-response";
import { startQuiz } from "./start-quiz";
import { storedQuestions } from "./stored-json";
import { submitQuizAttempt } from "./submit-quiz-attempt";

const t0 = new Date("2026-03-10T09:00:00Z");
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

async function start(userId: string, input: Record<string, unknown> = {}) {
  const result = await startQuiz(userId, { count: 5, ...input }, { now: t0 });
  if (!result.ok) throw new Error(result.error);
  const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: result.data.attemptId } });
  return { attemptId: row.id, questions: storedQuestions(row) as Question[] };
}

/** Question 1 right and question 2 wrong, a minute apart. */
async function answerTwo(userId: string, attemptId: string, questions: Question[]) {
  unwrap(
    await saveQuizResponse(
      userId,
      attemptId,
      { position: 0, response: correctResponse(questions[0]!) },
      later(1),
    ),
  );
  unwrap(
    await saveQuizResponse(
      userId,
      attemptId,
      { position: 1, response: wrongResponse(questions[1]!) },
      later(2),
    ),
  );
}

/** Everything progress and mastery are read from, and what the pages show of it. */
async function progressOf(userId: string) {
  const counted = await db.countedAnswer.findMany({
    where: { userId },
    orderBy: { seq: "asc" },
    select: { seq: true, questionId: true, programmeId: true, score: true, answeredAt: true },
  });
  return {
    counted,
    rollups: await storedRollups(userId),
    dashboard: await getProgressDashboard(userId, later(30)),
  };
}

const gone = async (attemptId: string) => ({
  attempt: await db.quizAttempt.count({ where: { id: attemptId } }),
  responses: await db.quizResponse.count({ where: { attemptId } }),
});

describe("discarding an unfinished quiz", () => {
  test("practice: the answers already checked keep counting, progress reads the same", async () => {
    const user = await makeUser("discard-practice");
    const { attemptId, questions } = await start(user.id);
    await answerTwo(user.id, attemptId, questions);
    const before = await progressOf(user.id);
    expect(before.counted).toHaveLength(2);
    expect(before.dashboard.totals.answers).toBe(2);
    // The list offers "Discard" for it (not assignment work).
    expect(await listQuizAttempts(user.id, 50, later(3))).toMatchObject([
      { id: attemptId, status: "in-progress", forAssignment: false },
    ]);

    expect(await discardQuizAttempt(user.id, { attemptId }, later(3))).toEqual({
      ok: true,
      data: { attemptId },
    });
    expect(await gone(attemptId)).toEqual({ attempt: 0, responses: 0 });
    expect(await listQuizAttempts(user.id, 50, later(3))).toEqual([]);
    expect(await progressOf(user.id)).toEqual(before);
    // The rollups are still the fold of the counted answers: a rebuild changes nothing.
    await rebuildProgressRollups(user.id);
    expect(await storedRollups(user.id)).toEqual(before.rollups);
  });

  test("exam: its answers never counted and go with it", async () => {
    const user = await makeUser("discard-exam");
    const { attemptId, questions } = await start(user.id, { mode: "exam" });
    await answerTwo(user.id, attemptId, questions);
    const before = await progressOf(user.id);
    expect(before.counted).toEqual([]);

    unwrap(await discardQuizAttempt(user.id, { attemptId }, later(3)));
    expect(await gone(attemptId)).toEqual({ attempt: 0, responses: 0 });
    expect(await progressOf(user.id)).toEqual(before);
  });

  test("another learner's quiz is not found, and stays", async () => {
    const owner = await makeUser("discard-owner");
    const other = await makeUser("discard-other");
    const { attemptId, questions } = await start(owner.id);
    await answerTwo(owner.id, attemptId, questions);
    expect(await discardQuizAttempt(other.id, { attemptId }, later(3))).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await gone(attemptId)).toEqual({ attempt: 1, responses: 2 });
  });

  test("a submitted quiz is a result: refused, unchanged", async () => {
    const user = await makeUser("discard-submitted");
    const { attemptId, questions } = await start(user.id);
    await answerTwo(user.id, attemptId, questions);
    unwrap(await submitQuizAttempt(user.id, attemptId, later(3)));
    const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(await discardQuizAttempt(user.id, { attemptId }, later(4))).toMatchObject({
      ok: false,
      code: "conflict",
    });
    expect(await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).toEqual(row);
  });

  test("assignment work is refused: its instructor follows it", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const set = await makeQuizSet(owner, { mode: "exam" });
    const assignment = await assign(owner, cls.id, set.id);
    const learner = await addMember(cls.joinCode, "discard-assigned");
    const { attemptId } = unwrap(
      await startAssignmentAttempt(learner, assignment.id, { now: WHILE_OPEN }),
    );
    const minuteLater = new Date(WHILE_OPEN.getTime() + 60_000);
    // The list offers no "Discard" for it.
    expect(await listQuizAttempts(learner.id, 50, minuteLater)).toMatchObject([
      { id: attemptId, status: "in-progress", forAssignment: true },
    ]);
    expect(await discardQuizAttempt(learner.id, { attemptId }, minuteLater)).toEqual({
      ok: false,
      code: "forbidden",
      error: ASSIGNMENT_WORK_KEPT,
    });
    expect(await gone(attemptId)).toEqual({ attempt: 1, responses: 0 });
  });

  test("a timed exam whose time ran out is submitted instead, and counts", async () => {
    const user = await makeUser("discard-expired");
    const { attemptId, questions } = await start(user.id, { mode: "exam", timeLimitMinutes: 1 });
    unwrap(
      await saveQuizResponse(
        user.id,
        attemptId,
        { position: 0, response: correctResponse(questions[0]!) },
        new Date(t0.getTime() + 30_000),
      ),
    );
    expect(await discardQuizAttempt(user.id, { attemptId }, later(10))).toMatchObject({
      ok: false,
      code: "conflict",
    });
    const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(row).toMatchObject({ status: "SUBMITTED", submittedAt: row.deadlineAt });
    expect(await db.countedAnswer.count({ where: { userId: user.id } })).toBe(1);
  });

  test.each([["not a quiz id"], [""], [42], [undefined]])(
    "an attempt id %o is refused before any read",
    async (attemptId) => {
      const user = await makeUser("discard-invalid");
      expect(await discardQuizAttempt(user.id, { attemptId })).toMatchObject({
        ok: false,
        code: "invalid",
      });
    },
  );

  test("answers saved while the quiz is discarded land before it or find it gone", async () => {
    const user = await makeUser("discard-race");
    const { attemptId, questions } = await start(user.id);
    const saves = questions.map((question, position) =>
      saveQuizResponse(
        user.id,
        attemptId,
        { position, response: correctResponse(question) },
        later(1),
      ),
    );
    const [discarded, ...saved] = await Promise.all([
      discardQuizAttempt(user.id, { attemptId }, later(1)),
      ...saves,
    ]);
    expect(discarded.ok).toBe(true);
    const landed = saved.filter((r) => r.ok).length;
    expect(saved.filter((r) => !r.ok).map((r) => !r.ok && r.code)).toEqual(
      Array(saved.length - landed).fill("not_found"),
    );
    expect(await gone(attemptId)).toEqual({ attempt: 0, responses: 0 });
    // Every answer that landed was checked and shown: it counts, once.
    expect(await db.countedAnswer.count({ where: { userId: user.id } })).toBe(landed);
    const rollups = await storedRollups(user.id);
    await rebuildProgressRollups(user.id);
    expect(await storedRollups(user.id)).toEqual(rollups);
  });
});
