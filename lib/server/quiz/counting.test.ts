import { describe, expect, test } from "vitest";
import type { Question } from "@/lib/domain/questions/types";
import { correctResponse, wrongResponse } from "@/lib/domain/quiz/correct-response";
import { db } from "@/lib/server/db";
import { makeUser } from "@/test/make-user";
import { storedRollups } from "@/test/stored-rollups";
import { getProgressDashboard } from "@/lib/server/progress/get-progress-dashboard";
import { listQuizAttempts } from "./list-quiz-attempts";
import { saveQuizResponse } from "./save-quiz-response";
import { startQuiz } from "./start-quiz";
import { storedQuestions } from "./stored-json";
import { submitQuizAttempt } from "./submit-quiz-attempt";

// What counts towards progress, and that it counts once (CountedAnswer, under the attempt
// lock). Each test here was seen failing with its guard removed.

const t0 = new Date("2026-03-10T09:00:00Z");
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

async function start(userId: string, input: Record<string, unknown>) {
  const result = await startQuiz(userId, { count: 5, ...input }, { now: t0 });
  if (!result.ok) throw new Error(result.error);
  const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: result.data.attemptId } });
  return { attemptId: row.id, questions: storedQuestions(row) as Question[] };
}

describe("counting answers", () => {
  test("five identical practice saves at once count one answer (attempt row lock)", async () => {
    const user = await makeUser("practice-race");
    const { attemptId, questions } = await start(user.id, {});
    const response = correctResponse(questions[0]!);
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        saveQuizResponse(user.id, attemptId, { position: 0, response }, later(1)),
      ),
    );
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true, true]);
    expect(await db.countedAnswer.count({ where: { userId: user.id } })).toBe(1);
    const { daily, questions: stats } = await storedRollups(user.id);
    expect(daily.map((d) => d.answers)).toEqual([1]);
    expect(stats.map((q) => q.answers)).toEqual([1]);
  });

  test("a second submit changes and counts nothing", async () => {
    const user = await makeUser("resubmit");
    const { attemptId, questions } = await start(user.id, { mode: "exam" });
    await saveQuizResponse(
      user.id,
      attemptId,
      { position: 0, response: correctResponse(questions[0]!) },
      later(1),
    );
    await saveQuizResponse(
      user.id,
      attemptId,
      { position: 1, response: wrongResponse(questions[1]!) },
      later(2),
    );
    expect(await db.countedAnswer.count({ where: { userId: user.id } })).toBe(0);
    expect(await submitQuizAttempt(user.id, attemptId, later(3))).toMatchObject({ ok: true });
    const attempt = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    const rollups = await storedRollups(user.id);
    expect(rollups.daily.map((d) => d.answers)).toEqual([2]);

    expect(await submitQuizAttempt(user.id, attemptId, later(60))).toEqual({
      ok: true,
      data: { attemptId },
    });
    expect(await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).toEqual(attempt);
    expect(await db.countedAnswer.count({ where: { userId: user.id } })).toBe(2);
    expect(await storedRollups(user.id)).toEqual(rollups);
  });

  test("two submits racing count the exam once", async () => {
    const user = await makeUser("submit-race");
    const { attemptId, questions } = await start(user.id, { mode: "exam" });
    await saveQuizResponse(
      user.id,
      attemptId,
      { position: 0, response: correctResponse(questions[0]!) },
      later(1),
    );
    const results = await Promise.all([
      submitQuizAttempt(user.id, attemptId, later(2)),
      submitQuizAttempt(user.id, attemptId, later(2)),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db.countedAnswer.count({ where: { userId: user.id } })).toBe(1);
    expect((await storedRollups(user.id)).daily.map((d) => d.answers)).toEqual([1]);
  });

  test.each([
    ["the quiz list", (userId: string, now: Date) => listQuizAttempts(userId, 50, now)],
    [
      "the dashboard (home, progress)",
      (userId: string, now: Date) => getProgressDashboard(userId, now),
    ],
  ])("reading %s submits a timed exam whose time ran out unopened", async (_label, read) => {
    const user = await makeUser("expired");
    const { attemptId, questions } = await start(user.id, { mode: "exam", timeLimitMinutes: 1 });
    await saveQuizResponse(
      user.id,
      attemptId,
      { position: 0, response: correctResponse(questions[0]!) },
      new Date(t0.getTime() + 30_000),
    );
    await read(user.id, later(10));
    const attempt = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt).toMatchObject({
      status: "SUBMITTED",
      submittedAt: attempt.deadlineAt,
      score: 1 / questions.length,
      correctCount: 1,
    });
    const [listed] = await listQuizAttempts(user.id, 50, later(10));
    expect(listed).toMatchObject({ status: "submitted", answered: 1, correctCount: 1 });
    expect((await getProgressDashboard(user.id, later(10))).totals.answers).toBe(1);
  });
});
