// A stored JSON column that no longer matches its schema is a named server error, never a
// silent wrong answer: the player, the results and the autosave route all refuse to go on.
import { describe, expect, test, vi } from "vitest";
import * as responsesRoute from "@/app/api/quiz-attempts/[id]/responses/route";
import { correctResponse } from "@/lib/domain/quiz/correct-response";
import type { CurrentUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db";
import { CorruptRowError } from "@/lib/server/json-column";
import { logger } from "@/lib/server/log";
import { makeUser } from "@/test/make-user";
import { getQuizPlayerView } from "./get-quiz-player-view";
import { startQuiz } from "./start-quiz";
import { storedQuestions } from "./stored-json";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/server/auth/session", () => ({ getCurrentUser: async () => session.user }));

async function corruptedAttempt() {
  const user = await makeUser("corrupt");
  const started = await startQuiz(user.id, { count: 5 }, { now: new Date() });
  if (!started.ok) throw new Error(started.error);
  const { attemptId } = started.data;
  const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
  const [first] = storedQuestions(row);
  // The first question loses its answer key, as a bad migration or a hand edit might do.
  await db.$executeRaw`
    UPDATE "QuizAttempt" SET questions = questions #- '{0,answer}' #- '{0,answers}'
    WHERE id = ${attemptId}`;
  return { user, attemptId, first: first! };
}

describe("corrupt JSON columns", () => {
  test("reading the attempt throws an error that names the table, row and column", async () => {
    const { user, attemptId } = await corruptedAttempt();
    const error = await getQuizPlayerView(user.id, attemptId).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorruptRowError);
    expect(error).toMatchObject({ table: "QuizAttempt", rowId: attemptId, column: "questions" });
    expect(String((error as Error).message)).toContain(`QuizAttempt ${attemptId}: questions`);
  });

  test("the autosave route answers 500, stores nothing and logs the row", async () => {
    const { user, attemptId, first } = await corruptedAttempt();
    session.user = { id: user.id, email: user.email, name: "x", role: "LEARNER", timeZone: "UTC" };
    const logged = vi.spyOn(logger, "error");
    const response = await responsesRoute.PUT(
      new Request("http://localhost/api", {
        method: "PUT",
        headers: { "Content-Type": "application/json", Origin: "http://localhost" },
        body: JSON.stringify({ position: 0, response: correctResponse(first) }),
      }),
      { params: Promise.resolve({ id: attemptId }) },
    );
    expect(response.status).toBe(500);
    expect(await db.quizResponse.count({ where: { attemptId } })).toBe(0);
    expect(logged).toHaveBeenCalledWith(
      expect.objectContaining({ err: expect.any(CorruptRowError) }),
      "request failed",
    );
    logged.mockRestore();
  });
});
