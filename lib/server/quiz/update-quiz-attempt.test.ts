import { describe, expect, test } from "vitest";
import { db } from "@/lib/server/db";
import { makeUser } from "@/test/make-user";
import { startQuiz } from "./start-quiz";
import { updateQuizAttempt } from "./update-quiz-attempt";

describe("flags for review under concurrency", () => {
  test("ten flag changes at once on one attempt all land (the attempt row is locked)", async () => {
    const user = await makeUser("flags");
    const started = await startQuiz(user.id, { count: 10, mode: "exam" });
    if (!started.ok) throw new Error(started.error);
    const { attemptId } = started.data;
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, position) =>
        updateQuizAttempt(user.id, attemptId, { flag: { position, flagged: true } }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(row.flaggedPositions).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);

    // And unflagging at once, too.
    await Promise.all(
      [1, 3, 5, 7, 9].map((position) =>
        updateQuizAttempt(user.id, attemptId, { flag: { position, flagged: false } }),
      ),
    );
    const after = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(after.flaggedPositions).toEqual([0, 2, 4, 6, 8]);
  });
});
