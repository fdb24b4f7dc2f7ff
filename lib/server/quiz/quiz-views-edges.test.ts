// Edges of the player view and the results page found by mutation testing (issue 13): the
// views a learner opens after the time ran out, after submitting, and the fields the pages
// print word for word.
import { describe, expect, test } from "vitest";
import { correctResponse, wrongResponse } from "@/lib/domain/quiz/correct-response";
import { maskResponse } from "@/lib/domain/quiz/attempt-ids";
import {
  WHILE_OPEN,
  addMember,
  assign,
  makeClass,
  makeInstructor,
  makeQuizSet,
  minutesAfter,
  storedQuestions,
  unwrap,
} from "@/lib/server/classes/test-fixtures";
import { startAssignmentAttempt } from "@/lib/server/classes/start-assignment-attempt";
import { db } from "@/lib/server/db";
import { makeUser } from "@/test/make-user";
import { attemptIdMask } from "./attempt-ids";
import { getQuizPlayerView } from "./get-quiz-player-view";
import { getQuizResults } from "./get-quiz-results";
import { saveQuizResponse } from "./save-quiz-response";
import { startQuiz } from "./start-quiz";
import { submitQuizAttempt } from "./submit-quiz-attempt";

async function start(userId: string, input: Record<string, unknown>, now = new Date()) {
  const result = await startQuiz(userId, { count: 5, ...input }, { now });
  if (!result.ok) throw new Error(result.error);
  return result.data.attemptId;
}

async function playing(userId: string, attemptId: string, now?: Date) {
  const result = await getQuizPlayerView(userId, attemptId, now);
  if (result.status !== "playing") throw new Error(`attempt ${attemptId} is ${result.status}`);
  return result.view;
}

describe("results", () => {
  // Kills get-quiz-results.ts 49:9 (`if (true)`: an expired attempt answered "in-progress"),
  // 50:53 and 51:14 (re-read with `{}` or `where: {}`: another learner's attempt), 52:16 and
  // 52:29 (no responses), 52:47, 52:57, 52:74, 52:82 (the set's name not re-read), and 45:45
  // (the same on the first read, once submitted).
  test("an assignment exam whose time ran out opens as its own results, set named", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const set = await makeQuizSet(owner, { mode: "exam", timeLimitMinutes: 10, name: "Week 7" });
    const assignment = await assign(owner, cls.id, set.id);
    // Another member starts first: a read that forgets the learner's id would find this one.
    const other = await addMember(cls.joinCode, "other");
    const learner = await addMember(cls.joinCode, "learner");
    unwrap(await startAssignmentAttempt(other, assignment.id, { now: WHILE_OPEN }));
    const { attemptId } = unwrap(
      await startAssignmentAttempt(learner, assignment.id, { now: WHILE_OPEN }),
    );
    const questions = await storedQuestions(attemptId);
    const answer = correctResponse(questions[1]!);
    unwrap(
      await saveQuizResponse(
        learner.id,
        attemptId,
        { position: 1, response: maskResponse(answer, attemptIdMask(attemptId, 1)) },
        minutesAfter(WHILE_OPEN, 2),
      ),
    );

    // Never opened again until well after the deadline: opening the results submits it.
    const expired = await getQuizResults(learner.id, attemptId, minutesAfter(WHILE_OPEN, 30));
    if (expired.status !== "submitted") throw new Error(`results are ${expired.status}`);
    expect(expired.results).toMatchObject({
      attemptId,
      mode: "exam",
      submittedAt: minutesAfter(WHILE_OPEN, 10),
      timeLimitSeconds: 600,
      coverage: { mode: "exam", setName: "Week 7" },
      summary: { questions: 5, answered: 1, correct: 1 },
    });
    expect(expired.results.items.map((i) => [i.position, i.score, i.correct])).toEqual([
      [0, null, false],
      [1, 1, true],
      [2, null, false],
      [3, null, false],
      [4, null, false],
    ]);
    expect(expired.results.items[1]!.response).toEqual(answer);

    // Opened again, now submitted: the same results, through the first read.
    const again = await getQuizResults(learner.id, attemptId, minutesAfter(WHILE_OPEN, 40));
    if (again.status !== "submitted") throw new Error(`results are ${again.status}`);
    expect(again.results.coverage.setName).toBe("Week 7");
    expect(again.results).toEqual(expired.results);
  });

  // Kills get-quiz-results.ts 76:13 (`true`, `false`, `!==`), 76:30, 76:39 and 76:48 ("").
  test("names the mode, practice or exam, word for word", async () => {
    const user = await makeUser("results-mode");
    for (const [mode, expected] of [
      ["practice", "practice"],
      ["exam", "exam"],
    ] as const) {
      const attemptId = await start(user.id, { mode });
      unwrap(await submitQuizAttempt(user.id, attemptId));
      const result = await getQuizResults(user.id, attemptId);
      if (result.status !== "submitted") throw new Error(`results are ${result.status}`);
      expect(result.results.mode).toBe(expected);
    }
  });
});

describe("player view", () => {
  // Kills get-quiz-player-view.ts 39:7 (`false`) and 39:26 (""): a submitted attempt served
  // as playable, its answers open again in the player.
  test("a submitted attempt is 'submitted', not playable", async () => {
    const user = await makeUser("view-submitted");
    for (const mode of ["exam", "practice"]) {
      const attemptId = await start(user.id, { mode });
      const [question] = await storedQuestions(attemptId);
      const response = maskResponse(wrongResponse(question!), attemptIdMask(attemptId, 0));
      unwrap(await saveQuizResponse(user.id, attemptId, { position: 0, response }));
      unwrap(await submitQuizAttempt(user.id, attemptId));
      expect(await getQuizPlayerView(user.id, attemptId)).toEqual({ status: "submitted" });
    }
  });

  // Kills get-quiz-player-view.ts 33:18 and 33:29 (answers no longer ordered by position; seen
  // only when the planner scans the table rather than the (attemptId, position) unique index),
  // 56:24 and 56:37 ("" for the mode), 72:19 (`&& null`: the deadline lost).
  test("names the mode, lists answers by position and carries the deadline", async () => {
    const user = await makeUser("view-fields");
    const t0 = new Date("2026-11-27T10:00:00Z");
    const practice = await start(user.id, { mode: "practice" }, t0);
    const questions = await storedQuestions(practice);
    // Answered out of order: 3, then 1, then 0.
    for (const position of [3, 1, 0]) {
      const response = correctResponse(questions[position]!);
      unwrap(
        await saveQuizResponse(
          user.id,
          practice,
          { position, response: maskResponse(response, attemptIdMask(practice, position)) },
          minutesAfter(t0, 1),
        ),
      );
    }
    // Statistics as autovacuum keeps them: on a table this small PostgreSQL then reads it whole,
    // in the order written, so only the orderBy puts the answers back in order.
    await db.$executeRaw`ANALYZE "QuizResponse"`;
    const practiceView = await playing(user.id, practice, minutesAfter(t0, 2));
    expect(practiceView.mode).toBe("practice");
    expect(practiceView.responses.map((r) => r.position)).toEqual([0, 1, 3]);
    expect(practiceView.deadlineAt).toBeNull();

    const exam = await start(user.id, { mode: "exam", timeLimitMinutes: 15 }, t0);
    const examView = await playing(user.id, exam, minutesAfter(t0, 2));
    expect(examView.mode).toBe("exam");
    expect(examView.deadlineAt).toBe("2026-11-27T10:15:00.000Z");
  });

  // Kills get-quiz-player-view.ts 69:58 (`questions.length + 1`). The services never store a
  // position past the last question (update-quiz-attempt refuses it), so the row is written
  // here directly: the player must still land on a question that exists.
  test("a stored position past the last question opens on the last one", async () => {
    const user = await makeUser("view-position");
    const attemptId = await start(user.id, { mode: "exam" });
    await db.quizAttempt.update({ where: { id: attemptId }, data: { currentPosition: 5 } });
    const view = await playing(user.id, attemptId);
    expect(view.questions).toHaveLength(5);
    expect(view.currentPosition).toBe(4);
  });
});
