// What an answer save sends to PostgreSQL (issue 15: the save is the hottest write). Under the
// attempt's row lock it reads the answer saved so far and writes the new one, nothing else, and
// every statement is hand-written and sent with pg (lib/server/sql.ts), a first answer's INSERT
// included (its id made as Prisma makes cuid ids): Prisma's client cost more CPU than
// PostgreSQL spent on the save. Prisma's SQL names the schema ("public"."QuizResponse"); the
// hand-written statements do not.
import { expect, test } from "vitest";
import { maskQuestion } from "@/lib/domain/quiz/attempt-ids";
import { correctResponse, wrongResponse } from "@/lib/domain/quiz/correct-response";
import { db } from "@/lib/server/db";
import { makeUser } from "@/test/make-user";
import { rowsRead } from "@/test/rows-read";
import { attemptIdMask } from "./attempt-ids";
import { saveQuizResponse } from "./save-quiz-response";
import { startQuiz } from "./start-quiz";
import { storedQuestions } from "./stored-json";

test("an exam answer is saved, changed and re-sent in 4 statements or fewer each", async () => {
  const user = await makeUser("save-statements");
  const started = await startQuiz(user.id, { mode: "exam", count: 5 });
  if (!started.ok) throw new Error(started.error);
  const { attemptId } = started.data;
  const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
  const shown = maskQuestion(storedQuestions(row)[2]!, attemptIdMask(attemptId, 2));
  const save = (response: unknown) =>
    rowsRead(() => saveQuizResponse(user.id, attemptId, { position: 2, response }));

  const first = await save(correctResponse(shown));
  const changed = await save(wrongResponse(shown));
  const again = await save(wrongResponse(shown));
  const built = (statements: string[]) => statements.filter((s) => s.includes('"public".'));
  expect(first.statements.length).toBeLessThanOrEqual(4);
  expect(first.statements.filter((s) => /^\s*INSERT INTO "QuizResponse"/.test(s))).toHaveLength(1);
  for (const { statements } of [first, changed, again]) {
    expect(statements.length).toBeLessThanOrEqual(4);
    expect(built(statements)).toEqual([]);
  }
  for (const { result } of [first, changed, again]) expect(result.ok).toBe(true);
  const stored = await db.quizResponse.findMany({ where: { attemptId } });
  expect(stored).toHaveLength(1);
  expect(stored[0]!.correct).toBe(false);
});
