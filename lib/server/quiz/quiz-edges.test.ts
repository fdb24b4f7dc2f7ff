/**
 * Edges of the quiz write path that Stryker's `--services` run over save-quiz-response,
 * finalize-attempt, submit-quiz-attempt and update-quiz-attempt left alive
 * (docs/mutation-testing.md, "Services scope"). Each test names the lines whose mutants it kills;
 * each was seen failing with its mutant applied by hand. The messages are asserted word for word:
 * they are what the player shows the learner.
 */
import { describe, expect, test } from "vitest";
import { correctResponse } from "@/lib/domain/quiz/correct-response";
import { db } from "@/lib/server/db";
import { makeUser } from "@/test/make-user";
import { rowsRead } from "@/test/rows-read";
import { DEADLINE_GRACE_MS, finalizeAttempt, finalizeIfExpired } from "./finalize-attempt";
import { listQuizAttempts } from "./list-quiz-attempts";
import { saveQuizResponse } from "./save-quiz-response";
import { startQuiz } from "./start-quiz";
import { storedQuestions } from "./stored-json";
import { submitQuizAttempt } from "./submit-quiz-attempt";
import { updateQuizAttempt } from "./update-quiz-attempt";

const T0 = new Date("2026-11-27T10:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const MINUTE = 60_000;

async function start(userId: string, input: Record<string, unknown> = {}, now = T0) {
  const result = await startQuiz(userId, { count: 5, mode: "exam", ...input }, { now });
  if (!result.ok) throw new Error(result.error);
  return result.data.attemptId;
}

async function questionsOf(attemptId: string) {
  return storedQuestions(await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } }));
}

const attemptRow = (id: string) => db.quizAttempt.findUniqueOrThrow({ where: { id } });

describe("updateQuizAttempt refuses what it cannot apply (lines 16-35)", () => {
  test.each([
    ["nothing to update", {}],
    ["a negative position", { currentPosition: -1 }],
    ["a flag without its state", { flag: { position: 0 } }],
    ["an unknown field", { currentPosition: 1, colour: "red" }],
    ["not an object", "next"],
  ])("%s: invalid, with the message, nothing changed", async (_label, body) => {
    const user = await makeUser("update-invalid");
    const attemptId = await start(user.id);
    const before = await attemptRow(attemptId);
    expect(await updateQuizAttempt(user.id, attemptId, body)).toMatchObject({
      ok: false,
      code: "invalid",
      error: "That update is not valid.",
    });
    expect(await attemptRow(attemptId)).toEqual(before);
  });

  test("an unknown attempt: not found; a submitted one: conflict (lines 27, 28)", async () => {
    const user = await makeUser("update-gone");
    expect(await updateQuizAttempt(user.id, "no-such-attempt", { currentPosition: 1 })).toEqual({
      ok: false,
      code: "not_found",
      error: "Quiz not found.",
    });
    const attemptId = await start(user.id);
    await submitQuizAttempt(user.id, attemptId, at(MINUTE));
    expect(await updateQuizAttempt(user.id, attemptId, { currentPosition: 1 })).toEqual({
      ok: false,
      code: "conflict",
      error: "This quiz has been submitted.",
    });
  });

  test.each([
    ["currentPosition one past the last question", { currentPosition: 5 }],
    ["currentPosition far past it", { currentPosition: 40 }],
    ["a flag one past the last question", { flag: { position: 5, flagged: true } }],
    [
      "a flag past it, with a valid position",
      { currentPosition: 1, flag: { position: 9, flagged: true } },
    ],
    [
      "a valid flag, with a position past it",
      { currentPosition: 7, flag: { position: 1, flagged: true } },
    ],
  ])("%s (of 5): invalid, nothing changed (line 31)", async (_label, body) => {
    const user = await makeUser("update-range");
    const attemptId = await start(user.id);
    const before = await attemptRow(attemptId);
    expect(await updateQuizAttempt(user.id, attemptId, body)).toEqual({
      ok: false,
      code: "invalid",
      error: "That question is not part of this quiz.",
    });
    expect(await attemptRow(attemptId)).toEqual(before);
  });

  test("the last question can be shown and flagged; each field alone keeps the other", async () => {
    const user = await makeUser("update-alone");
    const attemptId = await start(user.id);
    const now = at(MINUTE);
    const savedAt = now.toISOString();
    const update = (body: unknown) => updateQuizAttempt(user.id, attemptId, body, now);
    expect(await update({ currentPosition: 4 })).toEqual({
      ok: true,
      data: { currentPosition: 4, flaggedPositions: [], savedAt },
    });
    expect(await update({ flag: { position: 4, flagged: true } })).toEqual({
      ok: true,
      data: { currentPosition: 4, flaggedPositions: [4], savedAt },
    });
    expect(await update({ currentPosition: 2 })).toEqual({
      ok: true,
      data: { currentPosition: 2, flaggedPositions: [4], savedAt },
    });
    expect(await update({ flag: { position: 4, flagged: false } })).toEqual({
      ok: true,
      data: { currentPosition: 2, flaggedPositions: [], savedAt },
    });
  });
});

describe("saveQuizResponse tells the learner why an answer was refused (lines 47-71)", () => {
  test("each refusal's code and message", async () => {
    const user = await makeUser("save-messages");
    const attemptId = await start(user.id);
    const [first] = await questionsOf(attemptId);
    const answer = { position: 0, response: correctResponse(first!) };

    expect(await saveQuizResponse(user.id, attemptId, { position: 0 })).toMatchObject({
      ok: false,
      code: "invalid",
      error: "That answer is not in a form this quiz understands.",
    });
    expect(await saveQuizResponse(user.id, "no-such-attempt", answer)).toEqual({
      ok: false,
      code: "not_found",
      error: "Quiz not found.",
    });
    expect(await saveQuizResponse(user.id, attemptId, { ...answer, position: 5 })).toEqual({
      ok: false,
      code: "invalid",
      error: "That question is not part of this quiz.",
    });
    await submitQuizAttempt(user.id, attemptId);
    expect(await saveQuizResponse(user.id, attemptId, answer)).toEqual({
      ok: false,
      code: "conflict",
      error: "This quiz has been submitted: its answers can no longer change.",
    });
  });

  test("time is up: the message, and the attempt submitted at its deadline", async () => {
    const user = await makeUser("save-late");
    const attemptId = await start(user.id, { timeLimitMinutes: 1 });
    const [first] = await questionsOf(attemptId);
    const late = at(MINUTE + DEADLINE_GRACE_MS + 1);
    expect(
      await saveQuizResponse(
        user.id,
        attemptId,
        { position: 0, response: correctResponse(first!) },
        late,
      ),
    ).toEqual({
      ok: false,
      code: "conflict",
      error: "Time is up: the quiz was submitted with the answers saved before the limit.",
    });
    expect(await attemptRow(attemptId)).toMatchObject({
      status: "SUBMITTED",
      submittedAt: at(MINUTE),
    });
  });

  test("an answer at the very end of the grace period counts (finalize line 12)", async () => {
    const user = await makeUser("save-edge");
    const attemptId = await start(user.id, { timeLimitMinutes: 1 });
    const [first] = await questionsOf(attemptId);
    const edge = at(MINUTE + DEADLINE_GRACE_MS);
    expect(
      await saveQuizResponse(
        user.id,
        attemptId,
        { position: 0, response: correctResponse(first!) },
        edge,
      ),
    ).toEqual({
      ok: true,
      data: { position: 0, savedAt: edge.toISOString(), feedback: undefined },
    });
    expect(await attemptRow(attemptId)).toMatchObject({ status: "IN_PROGRESS" });
  });
});

describe("submitQuizAttempt records the time it was submitted (lines 19, 20)", () => {
  test("an unknown attempt: not found, with the message", async () => {
    const user = await makeUser("submit-gone");
    expect(await submitQuizAttempt(user.id, "no-such-attempt")).toEqual({
      ok: false,
      code: "not_found",
      error: "Quiz not found.",
    });
  });

  test.each([
    ["before the deadline: when it was sent", 30_000, 30_000],
    ["after it, within the grace period: at the deadline", MINUTE + 2_000, MINUTE],
    ["long after it: at the deadline", 10 * MINUTE, MINUTE],
  ])("a timed exam submitted %s", async (_label, sentAt, recordedAt) => {
    const user = await makeUser("submit-time");
    const attemptId = await start(user.id, { timeLimitMinutes: 1 });
    expect(await submitQuizAttempt(user.id, attemptId, at(sentAt))).toEqual({
      ok: true,
      data: { attemptId },
    });
    expect(await attemptRow(attemptId)).toMatchObject({
      status: "SUBMITTED",
      submittedAt: at(recordedAt),
    });
  });
});

describe("finalising (finalize-attempt.ts)", () => {
  test("finalizeAttempt: a second call returns false, changes nothing (line 31)", async () => {
    const user = await makeUser("finalize-twice");
    const attemptId = await start(user.id);
    expect(await db.$transaction((tx) => finalizeAttempt(tx, attemptId, at(MINUTE)))).toBe(true);
    const once = await attemptRow(attemptId);
    expect(await db.$transaction((tx) => finalizeAttempt(tx, attemptId, at(2 * MINUTE)))).toBe(
      false,
    );
    expect(await db.$transaction((tx) => finalizeAttempt(tx, "no-such-attempt", T0))).toBe(false);
    expect(await attemptRow(attemptId)).toEqual(once);
  });

  test("finalizeIfExpired leaves an attempt read as submitted alone (line 64)", async () => {
    const user = await makeUser("finalize-submitted");
    const attemptId = await start(user.id, { timeLimitMinutes: 1 });
    await submitQuizAttempt(user.id, attemptId, at(30_000));
    const row = await attemptRow(attemptId);
    expect(await finalizeIfExpired(row, at(10 * MINUTE))).toBe(false);
    expect(await attemptRow(attemptId)).toEqual(row);
  });

  // Pages read the expired attempts in their own statement (expiredAttemptsColumn) and submit
  // them through readAfterExpiring; the quiz list is one of them.
  test("a read submits this learner's expired attempts only", async () => {
    const user = await makeUser("sweep");
    const other = await makeUser("sweep-other");
    const now = at(10 * MINUTE);
    const expiredA = await start(user.id, { timeLimitMinutes: 1 });
    const expiredB = await start(user.id, { timeLimitMinutes: 2 }, at(MINUTE));
    const running = await start(user.id, { timeLimitMinutes: 15 });
    const untimed = await start(user.id);
    const othersExpired = await start(other.id, { timeLimitMinutes: 1 });

    const first = await rowsRead(() => listQuizAttempts(user.id, 50, now));
    // The read, two submissions, the read again.
    expect(first.statements.filter((s) => s.includes("AS expired"))).toHaveLength(2);
    expect(await attemptRow(expiredA)).toMatchObject({
      status: "SUBMITTED",
      submittedAt: at(MINUTE),
    });
    expect(await attemptRow(expiredB)).toMatchObject({
      status: "SUBMITTED",
      submittedAt: at(3 * MINUTE),
    });
    for (const id of [running, untimed, othersExpired])
      expect(await attemptRow(id)).toMatchObject({ status: "IN_PROGRESS", submittedAt: null });
    const second = await rowsRead(() => listQuizAttempts(user.id, 50, now));
    expect(second.statements).toHaveLength(1);
  });
});
