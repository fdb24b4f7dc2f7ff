// The home page's "Continue your quiz": the newest attempt still running, never one whose
// time ran out (that one is submitted on the way), with its own answers counted.
import { expect, test } from "vitest";
import { correctResponse } from "@/lib/domain/quiz/correct-response";
import { db } from "@/lib/server/db";
import { saveQuizResponse } from "@/lib/server/quiz/save-quiz-response";
import { startQuiz } from "@/lib/server/quiz/start-quiz";
import { storedQuestions } from "@/lib/server/quiz/stored-json";
import { makeUser } from "@/test/make-user";
import { startAssignmentAttempt } from "@/lib/server/classes/start-assignment-attempt";
import {
  addMember,
  assign,
  makeClass,
  makeInstructor,
  makeQuizSet,
  minutesAfter,
  unwrap,
  WHILE_OPEN,
} from "@/lib/server/classes/test-fixtures";
import { rowsRead } from "@/test/rows-read";
import { getLearnerHome } from "./get-learner-home";
import { getProgressDashboard } from "./get-progress-dashboard";

const at = (minutes: number) => new Date(Date.parse("2026-03-10T10:00:00Z") + minutes * 60_000);

/** The quiz home offers to continue (the open quiz is read with home's other tiles). */
async function getOpenQuiz(id: string, now: Date) {
  return (await getLearnerHome({ id, role: "LEARNER", timeZone: "UTC" }, now)).open;
}

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
  expect(open!.startedAt).toEqual(newer.startedAt);
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

// Home and /progress read the expired exams in the same statement as everything else: one that
// lists some submits them and reads again, so their answers count in what the page shows.
test("an exam whose time ran out counts on home and /progress in the same call", async () => {
  const exam = { count: 5, mode: "exam", timeLimitMinutes: 10, programmeIds: ["pfp"] };
  const homeLearner = await makeUser("expired-home");
  await answer(homeLearner.id, await start(homeLearner.id, exam, 0), 3);
  const user = { id: homeLearner.id, role: "LEARNER" as const, timeZone: "UTC" };
  const home = await getLearnerHome(user, at(11));
  expect(home.open).toBeNull();
  // Its answers count (those of questions filed under Partnership for Peace itself), as they
  // do for the dashboard read after it.
  expect(home.topics.find((t) => t.id === "pfp")!.answers).toBeGreaterThan(0);
  expect(home.topics).toEqual((await getProgressDashboard(user.id, at(11), "UTC")).topics);

  const { id } = await makeUser("expired-progress");
  const attempt = await start(id, exam, 0);
  await answer(id, attempt, 3);
  const { result, statements } = await rowsRead(() => getProgressDashboard(id, at(11), "UTC"));
  expect(result.totals.answers).toBe(3);
  expect(result.programmes.find((p) => p.id === "pfp")!.answers).toBeGreaterThan(0);
  expect(result.recentAttempts).toMatchObject([{ id: attempt.id, correctCount: 3 }]);
  // The read, the submission, the read again; the next render reads once.
  expect(statements.filter((s) => s.includes('"masteryQuiz"'))).toHaveLength(2);
  const again = await rowsRead(() => getProgressDashboard(id, at(12), "UTC"));
  expect(again.statements).toHaveLength(1);
});

// get-open-quiz.ts:56 (the set's name passed on only when the attempt is assignment work: the
// condition made true or `!==`, either object made `{}`): no test offered an assignment's
// attempt. Made false, it is equivalent: `{ set: { name: null } }` reads as no set name.
test("an assignment's attempt is offered under its set's name; one's own under none", async () => {
  const owner = await makeInstructor("open-quiz-owner");
  const cls = await makeClass(owner);
  const learner = await addMember(cls.joinCode, "open-quiz-member");
  const set = await makeQuizSet(owner, { name: "Week 3 review" });
  const work = await assign(owner, cls.id, set.id);
  const started = unwrap(await startAssignmentAttempt(learner, work.id, { now: WHILE_OPEN }));
  const offered = await getOpenQuiz(learner.id, minutesAfter(WHILE_OPEN, 1));
  expect(offered?.id).toBe(started.attemptId);
  expect(offered!.coverage.setName).toBe("Week 3 review");

  const own = await startQuiz(learner.id, { count: 5 }, { now: minutesAfter(WHILE_OPEN, 2) });
  if (!own.ok) throw new Error(own.error);
  const next = await getOpenQuiz(learner.id, minutesAfter(WHILE_OPEN, 3));
  expect(next?.id).toBe(own.data.attemptId);
  expect(next!.coverage.setName).toBeNull();
});
