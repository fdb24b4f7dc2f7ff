import { describe, expect, test } from "vitest";
import type { Question } from "@/lib/domain/questions/types";
import { correctResponse, wrongResponse } from "@/lib/domain/quiz/correct-response";
import { db } from "@/lib/server/db";
import { makeUser } from "@/test/make-user";
import { maskQuestion } from "@/lib/domain/quiz/attempt-ids";
import { nameAttempt } from "@/lib/domain/quiz/name-attempt";
import { attemptIdMask } from "./attempt-ids";
import { DEADLINE_GRACE_MS } from "./finalize-attempt";
import { getQuizPlayerView } from "./get-quiz-player-view";
import { getQuizResults } from "./get-quiz-results";
import { listQuizAttempts } from "./list-quiz-attempts";
import { saveQuizResponse } from "./save-quiz-response";
import { startQuiz, startRetryOfMissed } from "./start-quiz";
import { submitQuizAttempt } from "./submit-quiz-attempt";
import { updateQuizAttempt } from "./update-quiz-attempt";
import { HTTP_STATUS } from "@/lib/server/http/status";
import { storedQuestions as parseQuestions } from "@/lib/server/quiz/stored-json";

async function start(userId: string, input: Record<string, unknown> = {}, now = new Date()) {
  const result = await startQuiz(userId, { count: 10, ...input }, { now });
  if (!result.ok) throw new Error(result.error);
  return result.data.attemptId;
}

async function storedQuestions(attemptId: string): Promise<Question[]> {
  const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
  return parseQuestions(row);
}

/** The questions with keys, in the ids the browser sees for this attempt. */
async function shownQuestions(attemptId: string): Promise<Question[]> {
  const questions = await storedQuestions(attemptId);
  return questions.map((q, position) => maskQuestion(q, attemptIdMask(attemptId, position)));
}

describe("starting a quiz", () => {
  test("fixes the questions at start: stores ids, content version and presentation", async () => {
    const user = await makeUser("start");
    const attemptId = await start(user.id, { programmeIds: ["pfp"], count: 7 });
    const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(row.questionIds).toHaveLength(7);
    expect(row.contentVersion).toMatch(/\w{6,}/);
    expect(parseQuestions(row).map((q) => q.id)).toEqual(row.questionIds);
    const first = await getQuizPlayerView(user.id, attemptId);
    const second = await getQuizPlayerView(user.id, attemptId);
    expect(first.status).toBe("playing");
    if (first.status === "playing" && second.status === "playing")
      expect(second.view.questions).toEqual(first.view.questions);
  });

  test("the same recorded seed draws the same quiz", async () => {
    const user = await makeUser("seed");
    const a = await startQuiz(user.id, { count: 12 }, { seed: "fixed-seed" });
    const b = await startQuiz(user.id, { count: 12 }, { seed: "fixed-seed" });
    if (!a.ok || !b.ok) throw new Error("start failed");
    const [qa, qb] = await Promise.all([
      storedQuestions(a.data.attemptId),
      storedQuestions(b.data.attemptId),
    ]);
    expect(qb).toEqual(qa);
  });

  test.each([
    [{ count: 3 }, "count"],
    [{ count: 51 }, "count"],
    [{ mode: "quiz" }, "mode"],
    [{ kinds: ["essay"] }, "kinds"],
    [{ programmeIds: ["no-such-programme"] }, "programmeIds"],
    [{ mode: "practice", timeLimitMinutes: 5 }, "timeLimitMinutes"],
  ])("refuses %o on its field with 422 and stores nothing", async (input, field) => {
    const user = await makeUser("bad-start");
    const result = await startQuiz(user.id, input);
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    if (!result.ok) expect(Object.keys(result.fieldErrors ?? {})).toContain(field);
    expect(await db.quizAttempt.count({ where: { userId: user.id } })).toBe(0);
  });

  test("answer keys are not in what the player receives", async () => {
    const user = await makeUser("keys");
    const attemptId = await start(user.id, { count: 20 });
    const view = await getQuizPlayerView(user.id, attemptId);
    if (view.status !== "playing") throw new Error("not playing");
    const json = JSON.stringify(view.view.questions);
    for (const word of [
      '"answer"',
      '"answers"',
      '"explanation"',
      '"sources"',
      '"accepted"',
      '"factIds"',
      '"id":"single-choice',
    ]) {
      expect(json).not.toContain(word);
    }
  });
});

describe("autosave and resume", () => {
  test("the same answer sent twice is recorded once; practice answers can't change", async () => {
    const user = await makeUser("autosave");
    const attemptId = await start(user.id);
    const [question] = await storedQuestions(attemptId);
    const response = correctResponse(question!);
    const now = new Date();
    const first = await saveQuizResponse(user.id, attemptId, { position: 0, response }, now);
    const again = await saveQuizResponse(user.id, attemptId, { position: 0, response }, now);
    expect(first).toMatchObject({
      ok: true,
      data: { position: 0, savedAt: now.toISOString(), feedback: { correct: true, score: 1 } },
    });
    expect(again).toEqual(first);
    expect(await db.quizResponse.count({ where: { attemptId } })).toBe(1);
    const changed = await saveQuizResponse(user.id, attemptId, {
      position: 0,
      response: wrongResponse(question!),
    });
    // Not saved: the reply says another tab answered first, with the stored answer's verdict.
    expect(changed).toMatchObject({
      ok: true,
      data: { position: 0, feedback: { correct: true, score: 1 } },
    });
    if (!changed.ok) throw new Error("unreachable");
    // The stored answer, as the player shows it on a reload.
    const view = await getQuizPlayerView(user.id, attemptId);
    if (view.status !== "playing") throw new Error("unreachable");
    expect(changed.data.answeredElsewhere).toEqual({ response: view.view.responses[0]!.response });
    expect(first.ok && first.data.answeredElsewhere).toBeFalsy();
    expect(await db.quizResponse.findFirstOrThrow({ where: { attemptId } })).toMatchObject({
      correct: true,
    });
    expect(await db.countedAnswer.count({ where: { userId: user.id } })).toBe(1);
  });

  test("concurrent saves of one answer leave one row", async () => {
    const user = await makeUser("race");
    const attemptId = await start(user.id, { mode: "exam" });
    const [question] = await storedQuestions(attemptId);
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        saveQuizResponse(user.id, attemptId, { position: 0, response: correctResponse(question!) }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db.quizResponse.count({ where: { attemptId } })).toBe(1);
  });

  test("exam answers can change until submission, and give no feedback", async () => {
    const user = await makeUser("exam");
    const attemptId = await start(user.id, { mode: "exam" });
    const [question] = await storedQuestions(attemptId);
    const now = new Date();
    const wrong = await saveQuizResponse(
      user.id,
      attemptId,
      { position: 0, response: wrongResponse(question!) },
      now,
    );
    expect(wrong).toEqual({
      ok: true,
      data: { position: 0, savedAt: now.toISOString(), feedback: undefined },
    });
    await saveQuizResponse(user.id, attemptId, {
      position: 0,
      response: correctResponse(question!),
    });
    const rows = await db.quizResponse.findMany({ where: { attemptId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ correct: true, score: 1 });
  });

  test("a reload resumes at the same place with the same answers and flags", async () => {
    const user = await makeUser("resume");
    const attemptId = await start(user.id, { mode: "exam" });
    const questions = await shownQuestions(attemptId);
    await saveQuizResponse(user.id, attemptId, {
      position: 1,
      response: correctResponse(questions[1]!),
    });
    await saveQuizResponse(user.id, attemptId, {
      position: 3,
      response: wrongResponse(questions[3]!),
    });
    expect(
      await updateQuizAttempt(user.id, attemptId, {
        currentPosition: 4,
        flag: { position: 3, flagged: true },
      }),
    ).toMatchObject({
      ok: true,
      data: { currentPosition: 4, flaggedPositions: [3] },
    });
    const view = await getQuizPlayerView(user.id, attemptId);
    if (view.status !== "playing") throw new Error("not playing");
    expect(view.view.currentPosition).toBe(4);
    expect(view.view.flaggedPositions).toEqual([3]);
    expect(view.view.responses.map((r) => [r.position, r.response])).toEqual([
      [1, correctResponse(questions[1]!)],
      [3, wrongResponse(questions[3]!)],
    ]);
    expect(view.view.responses.every((r) => r.feedback === undefined)).toBe(true);
  });
});

describe("bad input leaves the attempt unchanged", () => {
  test.each([
    [
      "a position outside the quiz",
      (q: Question[]) => ({ position: 49, response: correctResponse(q[0]!) }),
      422,
    ],
    [
      "a negative position",
      (q: Question[]) => ({ position: -1, response: correctResponse(q[0]!) }),
      422,
    ],
    [
      "a response of another kind",
      (q: Question[]) => ({
        position: 0,
        response:
          q[0]!.kind === "true-false"
            ? { kind: "cloze", text: "x" }
            : { kind: "true-false", value: true },
      }),
      422,
    ],
    [
      "an unknown response kind",
      () => ({ position: 0, response: { kind: "essay", text: "x" } }),
      422,
    ],
    [
      "an over-long typed answer",
      () => ({ position: 0, response: { kind: "cloze", text: "x".repeat(5000) } }),
      422,
    ],
    ["no body fields", () => ({}), 422],
  ])("%s -> %i", async (_label, body, status) => {
    const user = await makeUser("bad-answer");
    const attemptId = await start(user.id, { count: 5 });
    const before = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    const result = await saveQuizResponse(
      user.id,
      attemptId,
      body(await storedQuestions(attemptId)),
    );
    // The status the route edge answers with for this failure.
    expect(result.ok ? 200 : HTTP_STATUS[result.code]).toBe(status);
    expect(await db.quizResponse.count({ where: { attemptId } })).toBe(0);
    expect(await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).toEqual(before);
  });

  test("another user's attempt is unreachable (404 everywhere)", async () => {
    const owner = await makeUser("owner");
    const intruder = await makeUser("intruder");
    const attemptId = await start(owner.id);
    const [question] = await storedQuestions(attemptId);
    expect(await getQuizPlayerView(intruder.id, attemptId)).toEqual({ status: "not-found" });
    expect(await getQuizResults(intruder.id, attemptId)).toEqual({ status: "not-found" });
    expect(
      await saveQuizResponse(intruder.id, attemptId, {
        position: 0,
        response: correctResponse(question!),
      }),
    ).toMatchObject({ code: "not_found" });
    expect(await updateQuizAttempt(intruder.id, attemptId, { currentPosition: 1 })).toMatchObject({
      code: "not_found",
    });
    expect(await submitQuizAttempt(intruder.id, attemptId)).toMatchObject({ code: "not_found" });
    expect(await startRetryOfMissed(intruder.id, attemptId)).toMatchObject({ code: "not_found" });
    expect(await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({
      status: "IN_PROGRESS",
      currentPosition: 0,
    });
    expect(await getQuizPlayerView(owner.id, "no-such-attempt")).toEqual({ status: "not-found" });
  });

  test("answers after submission are refused and change nothing", async () => {
    const user = await makeUser("after-submit");
    const attemptId = await start(user.id, { mode: "exam" });
    const [question] = await storedQuestions(attemptId);
    await saveQuizResponse(user.id, attemptId, { position: 0, response: wrongResponse(question!) });
    expect(await submitQuizAttempt(user.id, attemptId)).toMatchObject({ ok: true });
    const late = await saveQuizResponse(user.id, attemptId, {
      position: 0,
      response: correctResponse(question!),
    });
    expect(late).toMatchObject({ ok: false, code: "conflict" });
    expect(await db.quizResponse.findFirstOrThrow({ where: { attemptId } })).toMatchObject({
      correct: false,
    });
    expect(await updateQuizAttempt(user.id, attemptId, { currentPosition: 2 })).toMatchObject({
      code: "conflict",
    });
  });
});

describe("time limit", () => {
  test("is server-enforced: late answers refused, attempt submitted at its deadline", async () => {
    const user = await makeUser("timed");
    const t0 = new Date("2026-11-27T10:00:00Z");
    const attemptId = await start(user.id, { mode: "exam", timeLimitMinutes: 1, count: 5 }, t0);
    const questions = await storedQuestions(attemptId);
    const at = (ms: number) => new Date(t0.getTime() + ms);

    expect(
      await saveQuizResponse(
        user.id,
        attemptId,
        { position: 0, response: correctResponse(questions[0]!) },
        at(30_000),
      ),
    ).toMatchObject({ ok: true });
    // Within the grace period after the deadline an answer still counts.
    expect(
      await saveQuizResponse(
        user.id,
        attemptId,
        { position: 1, response: correctResponse(questions[1]!) },
        at(60_000 + DEADLINE_GRACE_MS - 1),
      ),
    ).toMatchObject({ ok: true });
    const late = await saveQuizResponse(
      user.id,
      attemptId,
      { position: 2, response: correctResponse(questions[2]!) },
      at(60_000 + DEADLINE_GRACE_MS + 1),
    );
    expect(late).toMatchObject({ ok: false, code: "conflict" });

    const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(row).toMatchObject({ status: "SUBMITTED", correctCount: 2, submittedAt: at(60_000) });
    expect(row.score).toBeCloseTo(2 / 5);
    expect(await db.quizResponse.count({ where: { attemptId } })).toBe(2);
  });

  test("opening an expired attempt submits it", async () => {
    const user = await makeUser("expired");
    const t0 = new Date("2026-11-27T10:00:00Z");
    const attemptId = await start(user.id, { mode: "exam", timeLimitMinutes: 2, count: 5 }, t0);
    expect(
      await getQuizPlayerView(user.id, attemptId, new Date(t0.getTime() + 119_000)),
    ).toMatchObject({ status: "playing" });
    expect(await getQuizPlayerView(user.id, attemptId, new Date(t0.getTime() + 200_000))).toEqual({
      status: "submitted",
    });
    expect(await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({
      status: "SUBMITTED",
      score: 0,
    });
  });
});

describe("results and retry", () => {
  test("submission scores partial credit, is idempotent; retry asks only the missed", async () => {
    const user = await makeUser("results");
    const attemptId = await start(user.id, { mode: "exam", count: 6 });
    const questions = await storedQuestions(attemptId);
    await saveQuizResponse(user.id, attemptId, {
      position: 0,
      response: correctResponse(questions[0]!),
    });
    await saveQuizResponse(user.id, attemptId, {
      position: 1,
      response: correctResponse(questions[1]!),
    });
    await saveQuizResponse(user.id, attemptId, {
      position: 2,
      response: wrongResponse(questions[2]!),
    });
    expect(await getQuizResults(user.id, attemptId)).toEqual({ status: "in-progress" });

    await submitQuizAttempt(user.id, attemptId);
    const firstScore = (await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).score;
    await submitQuizAttempt(user.id, attemptId);
    expect((await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).score).toBe(
      firstScore,
    );

    const results = await getQuizResults(user.id, attemptId);
    if (results.status !== "submitted") throw new Error("not submitted");
    const { summary, items } = results.results;
    expect(summary).toMatchObject({ questions: 6, answered: 3, correct: 2 });
    const stored = await db.quizResponse.aggregate({ where: { attemptId }, _sum: { score: true } });
    expect(summary.score).toBeCloseTo((stored._sum.score ?? 0) / 6);
    expect(firstScore).toBeCloseTo(summary.score);
    expect(items[0]).toMatchObject({ correct: true, score: 1 });
    expect(items[5]).toMatchObject({ response: null, score: null, correct: false });
    expect(summary.byKind.reduce((n, b) => n + b.questions, 0)).toBe(6);

    const retry = await startRetryOfMissed(user.id, attemptId);
    if (!retry.ok) throw new Error(retry.error);
    const retried = await db.quizAttempt.findUniqueOrThrow({ where: { id: retry.data.attemptId } });
    expect(retried.retryOfId).toBe(attemptId);
    expect(retried.mode).toBe("PRACTICE");
    expect([...retried.questionIds].sort()).toEqual(
      questions
        .slice(2)
        .map((q) => q.id)
        .sort(),
    );

    const list = await listQuizAttempts(user.id);
    expect(list.map((a) => a.id)).toEqual([retry.data.attemptId, attemptId]);
    expect(list[1]).toMatchObject({
      status: "submitted",
      questions: 6,
      answered: 3,
      correctCount: 2,
    });
    // What each covered, for its name: the retry says how many it retries.
    expect(list.map((a) => a.coverage)).toMatchObject([
      { mode: "practice", programmes: [], retryOf: 4 },
      { mode: "exam", programmes: [], retryOf: null },
    ]);
    expect(results.results.coverage).toMatchObject({ mode: "exam", retryOf: null });
  });

  test("an attempt's coverage names its programmes and options", async () => {
    const user = await makeUser("coverage");
    const one = await start(user.id, { programmeIds: ["pfp"], harder: true });
    const two = await start(user.id, {
      programmeIds: ["pfp", "euro-atlantic-partnership-council"],
    });
    const byId = new Map((await listQuizAttempts(user.id)).map((a) => [a.id, a.coverage]));
    expect(byId.get(one)).toMatchObject({
      mode: "practice",
      programmes: ["Partnership for Peace"],
      harder: true,
      setName: null,
    });
    expect(byId.get(two)).toMatchObject({ programmes: ["PfP", "EAPC"], harder: false });
  });

  test("the player's title is the attempt's name, as /quizzes gives it", async () => {
    const user = await makeUser("player-title");
    // UTC+14: the local day is already the next one, as the name must say.
    await db.user.update({ where: { id: user.id }, data: { timeZone: "Pacific/Kiritimati" } });
    const startedAt = new Date("2026-11-30T10:05:00Z");
    const practice = await start(user.id, { programmeIds: ["pfp"], harder: true }, startedAt);
    const exam = await start(
      user.id,
      { mode: "exam", programmeIds: ["pfp", "euro-atlantic-partnership-council"] },
      startedAt,
    );
    const later = new Date("2026-11-30T10:20:00Z");
    const titleOf = async (attemptId: string) => {
      const played = await getQuizPlayerView(user.id, attemptId, later);
      if (played.status !== "playing") throw new Error(`not playing: ${played.status}`);
      return played.view.title;
    };
    expect(await titleOf(practice)).toBe("Practice (harder) · Partnership for Peace · 1 Dec 00:05");
    expect(await titleOf(exam)).toBe("Exam · PfP, EAPC · 1 Dec 00:05");
    for (const a of await listQuizAttempts(user.id))
      expect(await titleOf(a.id)).toBe(
        nameAttempt(a.coverage, a.startedAt, "Pacific/Kiritimati", later),
      );
  });

  test("retrying a perfect attempt, or an unfinished one, is refused", async () => {
    const user = await makeUser("perfect");
    const attemptId = await start(user.id, { count: 5 });
    expect(await startRetryOfMissed(user.id, attemptId)).toMatchObject({
      ok: false,
      code: "conflict",
    });
    const questions = await storedQuestions(attemptId);
    for (const [position, q] of questions.entries())
      await saveQuizResponse(user.id, attemptId, { position, response: correctResponse(q) });
    await submitQuizAttempt(user.id, attemptId);
    expect(await startRetryOfMissed(user.id, attemptId)).toMatchObject({
      ok: false,
      code: "invalid",
    });
  });
});
