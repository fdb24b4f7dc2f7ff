/**
 * Edges of start-quiz.ts that Stryker's `--services` run left alive (docs/mutation-testing.md,
 * "Services scope"): "practise these" (weak questions), the refusals word for word, the recall
 * cap's condition and the retry's settings. Each test names the lines whose mutants it kills;
 * each was seen failing with its mutant applied by hand.
 */
import { describe, expect, test } from "vitest";
import { correctResponse } from "@/lib/domain/quiz/correct-response";
import { LEVELS, QUESTION_KINDS } from "@/lib/domain/questions/types";
import type { QuestionKind, QuestionLevel } from "@/lib/domain/questions/types";
import { filterQuestions } from "@/lib/domain/quiz/draw-quiz";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import { makeUser } from "@/test/make-user";
import { startQuiz, startRetryOfMissed } from "./start-quiz";
import { storedQuestions, storedSettings } from "./stored-json";
import { saveQuizResponse } from "./save-quiz-response";
import { submitQuizAttempt } from "./submit-quiz-attempt";

const T0 = new Date("2026-11-27T10:00:00Z");

async function start(userId: string, input: Record<string, unknown>, seed = "edges") {
  const result = await startQuiz(userId, input, { now: T0, seed });
  if (!result.ok) throw new Error(result.error);
  return result.data.attemptId;
}

const attemptRow = (id: string) => db.quizAttempt.findUniqueOrThrow({ where: { id } });

/** A question of the whole bank that the source-only bank does not have (NATO background). */
function backgroundQuestionId() {
  const { questionById, sourceOnlyQuestionById } = getContentCatalog();
  const id = [...questionById.keys()].find((id) => !sourceOnlyQuestionById.has(id));
  if (!id) throw new Error("no background question in the content");
  return id;
}

describe("practise these: the learner's weakest questions (lines 69, 79-85, 132-139)", () => {
  /**
   * Lines 134 (where {}), 135 (orderBy [], {weighted} or {answers} dropped), 80 (the filter
   * of ids no longer in the content dropped) and 69 (sourceOnly: true for weak questions): the
   * quiz holds exactly the five weakest of this learner's rows under 0.999 that are still in
   * the whole bank, a NATO background question among them, ties broken by more answers.
   */
  test("the five weakest, still in the content, of this learner only", async () => {
    const user = await makeUser("weak-pick");
    const other = await makeUser("weak-other");
    const { questionById, pack } = getContentCatalog();
    const background = backgroundQuestionId();
    const ids = [...questionById.keys()].filter((id) => id !== background).slice(0, 8);
    const programmeId = pack.programmes[0]!.id;
    const stat = (userId: string, questionId: string, weighted: number, answers: number) => ({
      userId,
      questionId,
      programmeId,
      answers,
      scoreSum: weighted * answers,
      weighted,
      lastAnsweredAt: T0,
    });
    await db.questionStat.createMany({
      data: [
        // Fewer answers first in insertion order: only `answers desc` puts ids[1] ahead.
        stat(user.id, ids[0]!, 0.6, 1),
        stat(user.id, ids[1]!, 0.6, 4),
        stat(user.id, background, 0.1, 1),
        stat(user.id, ids[2]!, 0.2, 9),
        stat(user.id, ids[3]!, 0.3, 1),
        stat(user.id, ids[4]!, 0.999, 9), // not weak
        stat(user.id, ids[5]!, 0.9, 9), // the sixth weakest
        stat(user.id, "gone-question", 0.4, 1), // no longer in the content
        stat(other.id, ids[6]!, 0.0, 9), // another learner's
      ],
    });
    const attemptId = await start(user.id, { weakQuestions: true });
    const row = await attemptRow(attemptId);
    expect([...row.questionIds].sort()).toEqual([background, ids[2]!, ids[3]!, ids[1]!].sort());
    expect(row.contentVersion).toBe(pack.version);
    expect(storedSettings(row).sourceOnly).toBe(false);
  });

  /**
   * Line 134 (`weighted: { lt: 0.999 }` -> `{}`): with fewer than five weak rows, a row at
   * 0.999 or 1 (answered right) would fill the quiz; it stays out.
   */
  test("a question answered right is not weak", async () => {
    const user = await makeUser("weak-bound");
    const { questionById, pack } = getContentCatalog();
    const [weak, almost, right] = [...questionById.keys()];
    const stat = (questionId: string, weighted: number) => ({
      userId: user.id,
      questionId,
      programmeId: pack.programmes[0]!.id,
      answers: 3,
      scoreSum: weighted * 3,
      weighted,
      lastAnsweredAt: T0,
    });
    await db.questionStat.createMany({
      data: [stat(weak!, 0.5), stat(almost!, 0.999), stat(right!, 1)],
    });
    const row = await attemptRow(await start(user.id, { weakQuestions: true }));
    expect(row.questionIds).toEqual([weak]);
  });

  /** Line 85 (`draw:${seed}` -> ""): the order of the weak questions follows the seed. */
  test("their order follows the seed", async () => {
    const user = await makeUser("weak-order");
    const { questionById, pack } = getContentCatalog();
    const ids = [...questionById.keys()].slice(0, 5);
    await db.questionStat.createMany({
      data: ids.map((questionId, i) => ({
        userId: user.id,
        questionId,
        programmeId: pack.programmes[0]!.id,
        answers: 1,
        scoreSum: 0.1 * i,
        weighted: 0.1 * i,
        lastAnsweredAt: T0,
      })),
    });
    const orders = new Set<string>();
    for (const seed of ["a", "b", "c", "d", "e", "f"]) {
      const row = await attemptRow(await start(user.id, { weakQuestions: true }, seed));
      expect([...row.questionIds].sort()).toEqual([...ids].sort());
      orders.add(row.questionIds.join(","));
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  /** Lines 82 (condition false) and 83 (message ""): no weak question, the refusal itself. */
  test("none yet: refused with the message, no attempt", async () => {
    const user = await makeUser("weak-none");
    await db.questionStat.create({
      data: {
        userId: user.id,
        questionId: "gone-question",
        programmeId: "gone-programme",
        answers: 1,
        scoreSum: 0,
        weighted: 0,
        lastAnsweredAt: T0,
      },
    });
    expect(await startQuiz(user.id, { weakQuestions: true })).toEqual({
      ok: false,
      code: "invalid",
      error: "Answer some questions first: there are no weak ones to practise.",
    });
    expect(await db.quizAttempt.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("startQuiz's refusals, word for word (lines 67, 74-75, 87-91)", () => {
  /** Line 67 (message ""). */
  test("options the schema refuses", async () => {
    const user = await makeUser("start-invalid");
    expect(await startQuiz(user.id, { count: 2 })).toEqual({
      ok: false,
      code: "invalid",
      error: "Please check the quiz options.",
      fieldErrors: { count: ["A quiz has at least 5 questions."] },
    });
  });

  /** Lines 74 (message ""), 75 (the array [], the template ``, the separator ""). */
  test("unknown programmes are named, each of them", async () => {
    const user = await makeUser("start-unknown");
    expect(await startQuiz(user.id, { programmeIds: ["pfp", "no-such", "nor-this"] })).toEqual({
      ok: false,
      code: "invalid",
      error: "Please check the quiz options.",
      fieldErrors: { programmeIds: ["Unknown programme: no-such, nor-this"] },
    });
  });
  /**
   * Lines 87 (condition false, block {}) and 89-90 (code and message ""): a programme, type
   * and level that no question has together, found in the bank, draw nothing.
   */
  test("a choice no question matches", async () => {
    const user = await makeUser("start-empty");
    const { sourceOnlyBank, pack } = getContentCatalog();
    const empty = pack.programmes
      .flatMap((p) => QUESTION_KINDS.flatMap((kind) => LEVELS.map((level) => [p.id, kind, level])))
      .find(([programmeId, kind, level]) => {
        const filter = { programmeIds: [programmeId!], kinds: [kind as QuestionKind] };
        const levels = [level as QuestionLevel];
        return (
          filterQuestions(sourceOnlyBank, { ...filter, levels, sourceOnly: true }).length === 0
        );
      });
    if (!empty) throw new Error("every choice matches some question");
    const [programmeId, kind, level] = empty;
    const input = { programmeIds: [programmeId], kinds: [kind], levels: [level] };
    expect(await startQuiz(user.id, input)).toEqual({
      ok: false,
      code: "invalid",
      error: "No questions match these choices. Pick more programmes or question types.",
    });
    expect(await db.quizAttempt.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("the recall cap is for practice quizzes with no level chosen (line 109)", () => {
  /**
   * Line 109 (`levels.length === 0` -> true): with levels chosen, the practice draw is not
   * capped at half recall, so over a few seeds some quiz has more than half at recall.
   */
  test("levels chosen: no cap", async () => {
    const user = await makeUser("cap-levels");
    const { questionById } = getContentCatalog();
    const recallShares: number[] = [];
    for (const seed of ["s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8"]) {
      const row = await attemptRow(
        await start(user.id, { count: 10, levels: ["recall", "understand"] }, seed),
      );
      const levels = row.questionIds.map((id) => questionById.get(id)!.level);
      recallShares.push(levels.filter((l) => l === "recall").length);
    }
    expect(Math.max(...recallShares)).toBeGreaterThan(5);
  });
});

describe("retrying the questions missed (lines 151-189)", () => {
  async function submittedExam(userId: string, input: Record<string, unknown> = {}) {
    const attemptId = await start(userId, { mode: "exam", count: 5, ...input });
    await submitQuizAttempt(userId, attemptId, new Date(T0.getTime() + 60_000));
    return attemptId;
  }

  /** Lines 161 (message ""), 163 (message "") and 167 (message ""). */
  test("refusals: not found, not finished, nothing missed", async () => {
    const user = await makeUser("retry-refusals");
    expect(await startRetryOfMissed(user.id, "no-such-attempt")).toEqual({
      ok: false,
      code: "not_found",
      error: "Quiz not found.",
    });
    const open = await start(user.id, { mode: "exam", count: 5 });
    expect(await startRetryOfMissed(user.id, open)).toEqual({
      ok: false,
      code: "conflict",
      error: "Finish this quiz before retrying the questions you missed.",
    });
    const done = await start(user.id, { mode: "exam", count: 5 });
    for (const [position, q] of storedQuestions(await attemptRow(done)).entries())
      await saveQuizResponse(user.id, done, { position, response: correctResponse(q) });
    await submitQuizAttempt(user.id, done, new Date(T0.getTime() + 60_000));
    expect(await startRetryOfMissed(user.id, done)).toEqual({
      ok: false,
      code: "invalid",
      error: "You answered every question correctly: there is nothing to retry.",
    });
  });

  /**
   * Lines 172 (the filter of removed questions dropped), 175 (condition false) and 176 (code
   * and message ""): a missed question since removed is left out; all removed, refused.
   */
  test("questions removed from the content since", async () => {
    const user = await makeUser("retry-removed");
    const some = await submittedExam(user.id);
    const kept = (await attemptRow(some)).questionIds.slice(1);
    await db.quizAttempt.update({
      where: { id: some },
      data: { questionIds: ["gone-question", ...kept] },
    });
    const retry = await startRetryOfMissed(user.id, some, { now: T0, seed: "r" });
    if (!retry.ok) throw new Error(retry.error);
    expect(retry.data).toMatchObject({ questions: 4, requested: 5 });
    expect([...(await attemptRow(retry.data.attemptId)).questionIds].sort()).toEqual(
      [...kept].sort(),
    );

    const all = await submittedExam(user.id);
    await db.quizAttempt.update({
      where: { id: all },
      data: { questionIds: ["gone-1", "gone-2", "gone-3", "gone-4", "gone-5"] },
    });
    expect(await startRetryOfMissed(user.id, all)).toEqual({
      ok: false,
      code: "conflict",
      error: "The questions you missed are no longer in the content.",
    });
  });

  /**
   * Lines 178 (settings {}), 180 (mode "") and 186 (`options.now && new Date()`): a timed
   * exam's retry is an untimed practice quiz with the exam's other settings, started at `now`.
   */
  test("the retry's settings and start", async () => {
    const user = await makeUser("retry-settings");
    const examId = await submittedExam(user.id, {
      timeLimitMinutes: 20,
      programmeIds: ["pfp"],
      sourceOnly: false,
    });
    const exam = await attemptRow(examId);
    const later = new Date(T0.getTime() + 3_600_000);
    const retry = await startRetryOfMissed(user.id, examId, { now: later, seed: "r" });
    if (!retry.ok) throw new Error(retry.error);
    const row = await attemptRow(retry.data.attemptId);
    expect(storedSettings(row)).toEqual({
      ...storedSettings(exam),
      mode: "practice",
      timeLimitMinutes: null,
      count: 5,
    });
    expect(row).toMatchObject({
      mode: "PRACTICE",
      contentVersion: exam.contentVersion,
      timeLimitSeconds: null,
      deadlineAt: null,
      startedAt: later,
      retryOfId: examId,
    });
    expect(storedQuestions(row)).toHaveLength(5);
  });
});
