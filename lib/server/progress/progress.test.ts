import { randomUUID } from "node:crypto";
import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, test } from "vitest";
import { QUIZ_HALF_LIFE_DAYS } from "@/lib/domain/progress/mastery";
import { correctResponse, wrongResponse } from "@/lib/domain/quiz/correct-response";
import { progressProgrammeOf } from "@/lib/domain/quiz/summarize-attempt";
import { deleteAccount } from "@/lib/server/account/delete-account";
import {
  exportCsvZipStream,
  exportJsonStream,
  type MyData,
} from "@/lib/server/account/export-my-data";
import { db } from "@/lib/server/db";
import { getStudySession } from "@/lib/server/flashcards/get-study-session";
import { gradeFlashcard } from "@/lib/server/flashcards/grade-flashcard";
import { setDeckStudying } from "@/lib/server/flashcards/manage-decks";
import { undoLastGrade } from "@/lib/server/flashcards/undo-last-grade";
import { saveQuizResponse } from "@/lib/server/quiz/save-quiz-response";
import { startQuiz } from "@/lib/server/quiz/start-quiz";
import { submitQuizAttempt } from "@/lib/server/quiz/submit-quiz-attempt";
import { makeUser } from "@/test/make-user";
import { getProgressDashboard } from "./get-progress-dashboard";
import { rebuildProgressRollups } from "./rebuild-progress-rollups";
import { addReview } from "./record-progress";
import { sqlTransaction } from "@/lib/server/sql";
import { storedQuestions } from "@/lib/server/quiz/stored-json";

const day1 = new Date("2026-03-09T10:00:00Z");
const day2 = new Date("2026-03-10T10:00:00Z");

async function quiz(userId: string, input: Record<string, unknown>, now: Date) {
  // A fixed seed: the draw decides which programmes the answers count for.
  const started = await startQuiz(userId, { count: 5, ...input }, { now, seed: "progress" });
  if (!started.ok) throw new Error(started.error);
  const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: started.data.attemptId } });
  return { attemptId: row.id, questions: storedQuestions(row) };
}

async function review(userId: string, rating: 1 | 2 | 3 | 4, now: Date) {
  const session = await getStudySession(userId, undefined, now);
  const result = await gradeFlashcard(
    userId,
    {
      cardId: session.card!.cardId,
      rating,
      requestId: randomUUID(),
      expectedVersion: session.card!.version,
    },
    now,
  );
  if (!result.ok) throw new Error(result.error);
}

async function rollups(userId: string) {
  const [daily, programmes, questions] = await Promise.all([
    db.dailyActivity.findMany({
      where: { userId },
      orderBy: { day: "asc" },
      omit: { userId: true },
    }),
    db.programmeDailyScore.findMany({
      where: { userId },
      orderBy: [{ programmeId: "asc" }, { day: "asc" }],
      omit: { userId: true },
    }),
    db.questionStat.findMany({
      where: { userId },
      orderBy: { questionId: "asc" },
      omit: { userId: true },
    }),
  ]);
  const round = <T extends { scoreSum: number }>(rows: T[]) =>
    rows.map((r) => ({ ...r, scoreSum: Number(r.scoreSum.toFixed(9)) }));
  return {
    daily: round(daily),
    programmes: round(programmes),
    questions: round(questions).map((q) => ({ ...q, weighted: Number(q.weighted.toFixed(9)) })),
  };
}

describe("progress", () => {
  test("practice answers count when given, exam on submit, reviews on grade or undo", async () => {
    const user = await makeUser("progress");
    await setDeckStudying(user.id, "pfp", { studying: true });

    // Day 1: a practice quiz on PfP, two right and one wrong; two card reviews, one undone.
    const practice = await quiz(
      user.id,
      { programmeIds: ["pfp"], kinds: ["true-false", "single-choice", "cloze"] },
      day1,
    );
    // The wrong one counts for PfP, whatever else the draw asks.
    const wrongAt = practice.questions.findIndex((q) => progressProgrammeOf(q) === "pfp");
    expect(wrongAt).toBeGreaterThanOrEqual(0);
    const rightAt = [0, 1, 2, 3, 4].filter((i) => i !== wrongAt).slice(0, 2);
    for (const position of rightAt)
      await saveQuizResponse(
        user.id,
        practice.attemptId,
        { position, response: correctResponse(practice.questions[position]!) },
        day1,
      );
    await saveQuizResponse(
      user.id,
      practice.attemptId,
      { position: wrongAt, response: wrongResponse(practice.questions[wrongAt]!) },
      day1,
    );
    await review(user.id, 3, day1);
    await review(user.id, 3, day1);
    await undoLastGrade(user.id, {}, day1);

    // Day 2: an exam, two answers; nothing counts until it is submitted.
    const exam = await quiz(user.id, { mode: "exam", programmeIds: ["itpp"] }, day2);
    await saveQuizResponse(
      user.id,
      exam.attemptId,
      { position: 0, response: correctResponse(exam.questions[0]!) },
      day2,
    );
    await saveQuizResponse(
      user.id,
      exam.attemptId,
      { position: 1, response: wrongResponse(exam.questions[1]!) },
      day2,
    );
    let dashboard = await getProgressDashboard(user.id, day2);
    expect(dashboard.totals).toMatchObject({ answers: 3, reviews: 1, daysStudied: 1 });
    await submitQuizAttempt(user.id, exam.attemptId, day2);

    dashboard = await getProgressDashboard(user.id, day2);
    expect(dashboard.totals).toMatchObject({
      answers: 5,
      reviews: 1,
      daysStudied: 2,
      cardsStudied: 1,
    });
    expect(dashboard.activity).toHaveLength(365);
    expect(dashboard.activity.at(-1)).toMatchObject({ day: "2026-03-10", answers: 2, reviews: 0 });
    expect(dashboard.activity.at(-2)).toMatchObject({ day: "2026-03-09", answers: 3, reviews: 1 });
    expect(dashboard.streak).toEqual({ current: 2, longest: 2, studiedToday: true });

    const pfp = dashboard.programmes.find((p) => p.id === "pfp")!;
    expect(pfp.answers).toBe(
      await db.quizResponse.count({ where: { userId: user.id, programmeId: "pfp" } }),
    );
    // The practice quiz's answers to questions whose first programme is PfP (a quiz on PfP also
    // asks comparisons that other programmes' files hold), and any such exam question.
    expect(pfp.answers).toBeGreaterThan(0);
    // The recency-weighted mean of every answer counted for PfP (the practice quiz's three,
    // and any exam question whose first programme is PfP), worked out from the raw rows.
    const pfpRows = await db.quizResponse.findMany({
      where: { userId: user.id, programmeId: "pfp" },
      select: { score: true, answeredAt: true },
    });
    const weightOf = (at: Date) =>
      0.5 ** (Math.round((day2.getTime() - at.getTime()) / 86_400_000) / QUIZ_HALF_LIFE_DAYS);
    const weighted = pfpRows.reduce((sum, r) => sum + r.score * weightOf(r.answeredAt), 0);
    const weights = pfpRows.reduce((sum, r) => sum + weightOf(r.answeredAt), 0);
    expect(pfp.quiz).toBeCloseTo(weighted / weights, 9);
    expect(pfp.quiz).toBeLessThan(1);
    expect(pfp.cardsStudied).toBe(1);
    expect(pfp.cards).toBeGreaterThan(0.5);
    expect(pfp.mastery).toBeCloseTo((pfp.quiz! + pfp.cards!) / 2);
    expect(dashboard.programmes.find((p) => p.id === "flexibility")).toMatchObject({
      mastery: null,
      answers: 0,
    });
    expect(dashboard.weakQuestions.map((q) => q.accuracy).every((a) => a < 1)).toBe(true);
    expect(dashboard.weakQuestions.length).toBeGreaterThanOrEqual(2);
    expect(dashboard.recentAttempts.map((a) => a.id)).toEqual([exam.attemptId]);
    expect(dashboard.forecast).toHaveLength(30);
    expect(dashboard.forecast.reduce((n, d) => n + d.due, 0)).toBe(1);

    // The incremental rollups agree with a rebuild from the raw rows (this learner's only:
    // other tests' learners share the database), which first throws the stored ones away.
    const incremental = await rollups(user.id);
    // Another learner's rollups, which the rebuild must leave alone.
    const other = await makeUser("progress-bystander");
    const theirs = await quiz(other.id, {}, day1);
    const answer = { position: 0, response: correctResponse(theirs.questions[0]!) };
    await saveQuizResponse(other.id, theirs.attemptId, answer, day1);
    const otherRollups = await rollups(other.id);
    expect(otherRollups.questions).toHaveLength(1);
    await db.dailyActivity.deleteMany({ where: { userId: user.id } });
    await db.questionStat.updateMany({ where: { userId: user.id }, data: { answers: 99 } });
    await rebuildProgressRollups(user.id);
    expect(await rollups(user.id)).toEqual(incremental);
    expect(await rollups(other.id)).toEqual(otherRollups);
  });

  test("mastery counts a card's last grade, not an earlier one", async () => {
    const user = await makeUser("mastery-last-grade");
    await setDeckStudying(user.id, "pfp", { studying: true });
    await review(user.id, 1, day1);
    // The same card again ten minutes later, now Good: its Again no longer holds it at 0.
    const card = await db.cardState.findFirstOrThrow({ where: { userId: user.id } });
    const at = new Date(day1.getTime() + 600_000);
    const graded = await gradeFlashcard(
      user.id,
      { cardId: card.cardId, rating: 3, requestId: randomUUID(), expectedVersion: card.version },
      at,
    );
    if (!graded.ok) throw new Error(graded.error);
    const dashboard = await getProgressDashboard(user.id, new Date(at.getTime() + 60_000));
    const pfp = dashboard.programmes.find((p) => p.id === "pfp")!;
    expect(pfp.cardsStudied).toBe(1);
    expect(pfp.cards).toBeGreaterThan(0.9);
  });

  test("mastery: a card last graded Again is not mastered; one figure per programme", async () => {
    const user = await makeUser("mastery-again");
    await setDeckStudying(user.id, "pfp", { studying: true });
    // One card graded Good, one Again, a minute apart: FSRS rates both near-certain now.
    await review(user.id, 3, day1);
    await review(user.id, 1, new Date(day1.getTime() + 60_000));
    const later = new Date(day1.getTime() + 120_000);
    let pfp = (await getProgressDashboard(user.id, later)).programmes.find((p) => p.id === "pfp")!;
    expect(pfp.cardsStudied).toBe(2);
    // The Good card counts its retrievability (about 1), the Again card 0.
    expect(pfp.cards).toBeGreaterThan(0.45);
    expect(pfp.cards).toBeLessThan(0.55);
    expect(pfp.mastery).toBe(pfp.cards);

    // Undoing the Again grade takes its evidence away with it.
    await undoLastGrade(user.id, {}, later);
    const dashboard = await getProgressDashboard(user.id, later);
    pfp = dashboard.programmes.find((p) => p.id === "pfp")!;
    expect(pfp.cardsStudied).toBe(1);
    expect(pfp.cards).toBeGreaterThan(0.9);

    // A topic is a programme: the home page's topic rows are the same rows, same figures.
    for (const topic of dashboard.topics)
      expect(dashboard.programmes.find((p) => p.id === topic.id)).toEqual(topic);
    expect(dashboard.topics.map((t) => t.id)).toContain("operational-partnerships");
  });

  test("an undone review on a day with nothing else takes that day's row away", async () => {
    const user = await makeUser("undo-empties");
    const other = await makeUser("undo-empties-other");
    for (const u of [user, other]) await setDeckStudying(u.id, "pfp", { studying: true });
    const day0 = new Date("2026-03-08T10:00:00Z");
    await review(user.id, 3, day0);
    await review(other.id, 3, day1);
    await review(user.id, 3, day1);
    await undoLastGrade(user.id, {}, day1);
    // The fold drops a day with no answers and no reviews; the writer deletes that row only:
    // the learner's other day and another learner's same day keep theirs.
    const days = (userId: string) =>
      db.dailyActivity.findMany({ where: { userId }, select: { day: true, reviews: true } });
    expect(await days(user.id)).toEqual([{ day: "2026-03-08", reviews: 1 }]);
    expect(await days(other.id)).toEqual([{ day: "2026-03-09", reviews: 1 }]);
    const dashboard = await getProgressDashboard(user.id, day1);
    expect(dashboard.totals).toMatchObject({ reviews: 1, daysStudied: 1 });
  });

  test("counting for an account that does not exist fails instead of writing", async () => {
    const missing = randomUUID();
    await expect(sqlTransaction((tx) => addReview(tx, missing, day1))).rejects.toThrow(
      `No user ${missing}`,
    );
    expect(await db.dailyActivity.count({ where: { userId: missing } })).toBe(0);
  });

  test("days are the learner's local days", async () => {
    const user = await makeUser("tokyo");
    await db.user.update({ where: { id: user.id }, data: { timeZone: "Asia/Tokyo" } });
    const lateUtc = new Date("2026-03-10T16:00:00Z"); // 01:00 on 11 March in Tokyo
    const { attemptId, questions } = await quiz(user.id, {}, lateUtc);
    await saveQuizResponse(
      user.id,
      attemptId,
      { position: 0, response: correctResponse(questions[0]!) },
      lateUtc,
    );
    const dashboard = await getProgressDashboard(user.id, lateUtc);
    expect(dashboard.today).toBe("2026-03-11");
    expect(dashboard.activity.at(-1)).toMatchObject({ day: "2026-03-11", answers: 1 });
  });

  test("a new learner gets an empty dashboard", async () => {
    const user = await makeUser("fresh");
    const dashboard = await getProgressDashboard(user.id, day2);
    expect(dashboard.totals).toEqual({
      answers: 0,
      reviews: 0,
      daysStudied: 0,
      cardsDueToday: 0,
      cardsStudied: 0,
    });
    expect(dashboard.streak).toEqual({ current: 0, longest: 0, studiedToday: false });
    expect(dashboard.topics.every((t) => t.mastery === null)).toBe(true);
    expect(dashboard.weakQuestions).toEqual([]);
  });

  test("'practise these' starts a quiz from the weakest answered questions only", async () => {
    const user = await makeUser("practise");
    const { attemptId, questions } = await quiz(user.id, { count: 6 }, day1);
    for (const [position, q] of questions.slice(0, 3).entries())
      await saveQuizResponse(user.id, attemptId, { position, response: wrongResponse(q) }, day1);
    const started = await startQuiz(user.id, { weakQuestions: true });
    if (!started.ok) throw new Error(started.error);
    const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: started.data.attemptId } });
    const missed = questions.slice(0, 3).map((q) => q.id);
    expect([...row.questionIds].sort()).toEqual([...missed].sort());
    // Question ids from the browser are not taken: the quiz is drawn as usual instead.
    const unanswered = questions.slice(3).map((q) => q.id);
    const sent = await startQuiz(user.id, { questionIds: unanswered, count: 5 });
    if (!sent.ok) throw new Error(sent.error);
    const drawn = await db.quizAttempt.findUniqueOrThrow({ where: { id: sent.data.attemptId } });
    expect(drawn.questionIds).toHaveLength(5);
    const fresh = await makeUser("practise-fresh");
    expect(await startQuiz(fresh.id, { weakQuestions: true })).toMatchObject({
      ok: false,
      code: "invalid",
    });
  });
});

describe("export and deletion", () => {
  test("the export holds exactly what was done, as JSON and as one CSV per table", async () => {
    const user = await makeUser("export");
    await setDeckStudying(user.id, "all", { studying: true });
    const { attemptId, questions } = await quiz(user.id, {}, day1);
    await saveQuizResponse(
      user.id,
      attemptId,
      { position: 0, response: correctResponse(questions[0]!) },
      day1,
    );
    await saveQuizResponse(
      user.id,
      attemptId,
      { position: 1, response: wrongResponse(questions[1]!) },
      day1,
    );
    await review(user.id, 3, day1);

    const data = JSON.parse(await new Response(exportJsonStream(user.id)).text()) as MyData;
    expect(data.profile).toMatchObject({ email: user.email });
    expect(JSON.stringify(data)).not.toContain("passwordHash");
    expect(data.quizAttempts).toHaveLength(1);
    expect(data.quizResponses.map((r) => [r.position, r.correct])).toEqual([
      [0, true],
      [1, false],
    ]);
    expect(data.cardStates).toHaveLength(1);
    expect(data.reviewLogs).toMatchObject([{ rating: 3, state: 0 }]);

    const zip = await new Response(exportCsvZipStream(user.id)).arrayBuffer();
    const files = unzipSync(new Uint8Array(zip));
    expect(Object.keys(files).sort()).toEqual([
      "card-states.csv",
      "profile.csv",
      "quiz-attempts.csv",
      "quiz-responses.csv",
      "review-logs.csv",
      "suspended-cards.csv",
    ]);
    const lines = (name: string) => strFromU8(files[name]!).trim().split("\n");
    expect(lines("quiz-responses.csv")).toHaveLength(3);
    expect(lines("quiz-responses.csv")[0]).toContain("questionId");
    expect(lines("review-logs.csv")).toHaveLength(2);
    expect(lines("profile.csv")[1]).toContain(user.email);
  });

  test("deleting needs the account's email and removes every row", async () => {
    const user = await makeUser("delete");
    const { attemptId, questions } = await quiz(user.id, {}, day1);
    await saveQuizResponse(
      user.id,
      attemptId,
      { position: 0, response: correctResponse(questions[0]!) },
      day1,
    );
    expect(await deleteAccount(user.id, { confirmEmail: "someone@else.example" })).toMatchObject({
      ok: false,
      code: "invalid",
    });
    expect(await deleteAccount(user.id, {})).toMatchObject({ ok: false, code: "invalid" });
    expect(await deleteAccount(user.id, { confirmEmail: user.email.toUpperCase() })).toEqual({
      ok: true,
      data: { deleted: true },
    });
    expect(await db.user.count({ where: { id: user.id } })).toBe(0);
    expect(await db.quizResponse.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.dailyActivity.count({ where: { userId: user.id } })).toBe(0);
  });
});
