// Quiz set-up choices (issue 11): scope (source by default, NATO background on request),
// levels of thinking, and the default practice quiz's cap on recall.
import { describe, expect, test } from "vitest";
import type { Question } from "@/lib/domain/questions/types";
import { DEFAULT_MAX_RECALL_SHARE } from "@/lib/domain/quiz/draw-quiz";
import { previewQuizSet } from "@/lib/server/classes/preview-quiz-set";
import { makeInstructor, unwrap } from "@/lib/server/classes/test-fixtures";
import { db } from "@/lib/server/db";
import { makeUser } from "@/test/make-user";
import { startQuiz } from "./start-quiz";
import { storedQuestions } from "./stored-json";

async function quizQuestions(userId: string, input: Record<string, unknown>, seed: string) {
  const result = await startQuiz(userId, input, { seed });
  if (!result.ok) throw new Error(result.error);
  const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: result.data.attemptId } });
  return storedQuestions(row);
}

const SEEDS = ["a", "b", "c", "d"];

describe("scope", () => {
  test("a quiz keeps to the source document unless NATO background is asked for", async () => {
    const user = await makeUser("scope");
    const byDefault: Question[] = [];
    const withBackground: Question[] = [];
    for (const seed of SEEDS) {
      byDefault.push(...(await quizQuestions(user.id, { count: 50 }, seed)));
      withBackground.push(
        ...(await quizQuestions(user.id, { count: 50, sourceOnly: false }, seed)),
      );
    }
    expect(byDefault.filter((q) => q.scope !== "source")).toEqual([]);
    expect(withBackground.filter((q) => q.scope === "background").length).toBeGreaterThan(10);
  });

  test("a quiz set keeps to the source document unless NATO background is asked for", async () => {
    const instructor = await makeInstructor("scope-set");
    const preview = async (input: Record<string, unknown>) =>
      unwrap(await previewQuizSet(instructor, { count: 50, ...input })).questions;
    expect((await preview({})).filter((q) => q.scope !== "source")).toEqual([]);
    const background = await preview({ sourceOnly: false });
    expect(background.some((q) => q.scope === "background")).toBe(true);
  });
});

describe("levels of thinking", () => {
  test.each([["compare"], ["apply"], ["misconception"], ["understand"], ["recall"]] as const)(
    "a quiz at %s asks only that level",
    async (level) => {
      const user = await makeUser(`level-${level}`);
      const questions = await quizQuestions(user.id, { levels: [level], count: 20 }, "lv");
      expect(questions.length).toBeGreaterThanOrEqual(5);
      expect(questions.filter((q) => q.level !== level)).toEqual([]);
    },
  );

  test("a quiz set at one level holds only that level", async () => {
    const instructor = await makeInstructor("level-set");
    const { questions } = unwrap(
      await previewQuizSet(instructor, { levels: ["apply", "compare"], count: 20 }),
    );
    expect(questions.length).toBe(20);
    expect(questions.filter((q) => q.level !== "apply" && q.level !== "compare")).toEqual([]);
  });

  test("the default practice quiz asks at most half at recall; an exam is not capped", async () => {
    const user = await makeUser("recall-cap");
    for (const seed of SEEDS) {
      for (const count of [10, 25, 50]) {
        // With NATO background the bank is mostly recall, so the cap has work to do.
        const practice = await quizQuestions(user.id, { count, sourceOnly: false }, seed);
        const recall = practice.filter((q) => q.level === "recall").length;
        expect(practice).toHaveLength(count);
        expect(recall).toBeLessThanOrEqual(Math.floor(count * DEFAULT_MAX_RECALL_SHARE));
      }
    }
    // True/false and fill-in-the-blank questions are mostly recall (62 of 87): an uncapped draw
    // of 50 of them asks more than half at recall, the same draw in practice mode half at most.
    const kinds = ["true-false", "cloze"];
    const input = { count: 50, sourceOnly: false, kinds };
    const exam = await quizQuestions(user.id, { ...input, mode: "exam" }, "exam");
    expect(exam.filter((q) => q.level === "recall").length).toBeGreaterThan(25);
    const capped = await quizQuestions(user.id, input, "exam");
    expect(capped.filter((q) => q.level === "recall").length).toBeLessThanOrEqual(25);
  });
});
