// A learner's next quiz asks what they have not answered yet first (draw-quiz.ts, `seen`):
// startQuiz reads when the learner, and only the learner, last answered each question.
import { expect, test } from "vitest";
import type { Question } from "@/lib/domain/questions/types";
import { correctResponse } from "@/lib/domain/quiz/correct-response";
import { DEFAULT_MAX_RECALL_SHARE, drawQuiz } from "@/lib/domain/quiz/draw-quiz";
import { getQuestionBank } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import { makeUser } from "@/test/make-user";
import { saveQuizResponse } from "./save-quiz-response";
import { startQuiz } from "./start-quiz";
import { storedQuestions } from "./stored-json";

const t0 = new Date("2026-12-03T09:00:00Z");
const PRACTICE = { count: 10, mode: "practice", sourceOnly: true };

async function start(userId: string, seed: string) {
  const result = await startQuiz(userId, PRACTICE, { now: t0, seed });
  if (!result.ok) throw new Error(result.error);
  const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: result.data.attemptId } });
  return { attemptId: row.id, questions: storedQuestions(row) as Question[] };
}

/** Answers a practice attempt's every question, right, a minute apart. */
async function answerAll(userId: string, seed: string) {
  const { attemptId, questions } = await start(userId, seed);
  for (const [position, question] of questions.entries()) {
    const at = new Date(t0.getTime() + (position + 1) * 60_000);
    const saved = await saveQuizResponse(
      userId,
      attemptId,
      { position, response: correctResponse(question) },
      at,
    );
    expect(saved.ok).toBe(true);
  }
  return questions.map((q) => q.id);
}

test("the next quiz draws fresh questions first, from the learner's own answers", async () => {
  const learner = await makeUser("fresh-learner");
  const stranger = await makeUser("fresh-stranger");
  const answered = await answerAll(learner.id, "first");
  // Someone else's answers must not count as the learner's.
  await answerAll(stranger.id, "stranger");

  const next = await start(learner.id, "next");
  const { bank } = getQuestionBank(true);
  const filter = {
    programmeIds: [],
    kinds: [],
    sourceOnly: true,
    maxRecallShare: DEFAULT_MAX_RECALL_SHARE,
  };
  const seen = new Map(
    (await db.questionStat.findMany({ where: { userId: learner.id } })).map((s) => [
      s.questionId,
      s.lastAnsweredAt.getTime(),
    ]),
  );
  expect([...seen.keys()].toSorted()).toEqual(answered.toSorted());
  const expected = drawQuiz(bank, filter, 10, "next", { seen });
  expect(next.questions.map((q) => q.id)).toEqual(expected);
  // The draw without the learner's history repeats some of the first quiz: the seed shows it.
  const blind = drawQuiz(bank, filter, 10, "next");
  expect(blind.filter((id) => answered.includes(id)).length).toBeGreaterThan(0);
  expect(expected.filter((id) => answered.includes(id))).toEqual([]);
});
