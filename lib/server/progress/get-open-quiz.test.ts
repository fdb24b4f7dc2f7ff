// The home page's "Continue your quiz": the newest attempt still running, never one whose
// time ran out (that one is submitted on the way), with its own answers counted.
import { expect, test } from "vitest";
import { correctResponse } from "@/lib/domain/quiz/correct-response";
import { db } from "@/lib/server/db";
import { saveQuizResponse } from "@/lib/server/quiz/save-quiz-response";
import { startQuiz } from "@/lib/server/quiz/start-quiz";
import { storedQuestions } from "@/lib/server/quiz/stored-json";
import { makeUser } from "@/test/make-user";
import { getOpenQuiz } from "./get-open-quiz";

const at = (minutes: number) => new Date(Date.parse("2026-03-10T10:00:00Z") + minutes * 60_000);

async function start(userId: string, input: object, minutes: number) {
  const started = await startQuiz(userId, input, { now: at(minutes), seed: `open-${minutes}` });
  if (!started.ok) throw new Error(started.error);
  return db.quizAttempt.findUniqueOrThrow({ where: { id: started.data.attemptId } });
}

async function answer(userId: string, attempt: Awaited<ReturnType<typeof start>>, n: number) {
  const questions = storedQuestions(attempt);
  for (let position = 0; position < n; position++) {
    const response = correctResponse(questions[position]!);
    const saved = await saveQuizResponse(userId, attempt.id, { position, response }, at(1));
    expect(saved.ok).toBe(true);
  }
}

test("the newest running quiz, with its answers and coverage; none without one", async () => {
  const { id } = await makeUser("open-quiz");
  expect(await getOpenQuiz(id, at(0))).toBeNull();
  const older = await start(id, { count: 5, programmeIds: ["pfp"] }, 0);
  const newer = await start(id, { count: 10, mode: "exam" }, 1);
  await answer(id, older, 3);
  await answer(id, newer, 2);

  const open = await getOpenQuiz(id, at(2));
  expect(open).toMatchObject({ id: newer.id, mode: "exam", questions: 10, answered: 2 });
  expect(open!.coverage).toMatchObject({ mode: "exam", programmes: [], setName: null });

  // Submitted, the newer one gives way to the older, which covers one programme.
  await db.quizAttempt.update({ where: { id: newer.id }, data: { status: "SUBMITTED" } });
  const next = await getOpenQuiz(id, at(3));
  expect(next).toMatchObject({ id: older.id, mode: "practice", questions: 5, answered: 3 });
  expect(next!.coverage.programmes).toEqual(["Partnership for Peace"]);
});

test("an exam whose time ran out is submitted, not offered", async () => {
  const { id } = await makeUser("open-quiz-expired");
  const exam = await start(id, { count: 5, mode: "exam", timeLimitMinutes: 10 }, 0);
  expect((await getOpenQuiz(id, at(9)))?.id).toBe(exam.id);
  expect(await getOpenQuiz(id, at(11))).toBeNull();
  const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: exam.id } });
  expect(row.status).toBe("SUBMITTED");
});
