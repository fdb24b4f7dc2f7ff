// The dashboard's short lists (weakest programmes, weak questions, recent attempts) and its
// totals, read from rollup and attempt rows written here directly: the writers have their own
// tests (progress.test.ts). Written for the mutants of get-progress-dashboard.ts that
// `npm run test:mutation -- --services` left alive (README, "Mutation testing").
import { expect, test } from "vitest";
import { isCustomQuestionId } from "@/lib/domain/interop";
import { INSTRUCTOR_QUESTIONS_LABEL } from "@/lib/domain/questions/instructor-question";
import { questionSummary } from "@/lib/domain/questions/question-summary";
import {
  WHILE_OPEN,
  addMember,
  assign,
  makeClass,
  makeInstructor,
  makeQuizSet,
  minutesAfter,
  sitAttempt,
  storedQuestions,
  unwrap,
  WRITTEN_QUESTION,
} from "@/lib/server/classes/test-fixtures";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import {
  createCustomQuestion,
  deleteCustomQuestion,
  updateCustomQuestion,
} from "@/lib/server/interop/custom-questions";
import { makeUser } from "@/test/make-user";
import { rowsRead } from "@/test/rows-read";
import { getProgressDashboard } from "./get-progress-dashboard";

const now = new Date("2026-03-10T10:00:00Z");
const today = "2026-03-10";

test("weak questions: under 0.999, weakest first, more answers first on a tie, five", async () => {
  const user = await makeUser("weak-questions");
  const { pack, questionById, index } = getContentCatalog();
  const [a, b, c, d, e, f] = [...questionById.values()];
  const stat = (questionId: string, programmeId: string, weighted: number, answers: number) => ({
    userId: user.id,
    questionId,
    programmeId,
    answers,
    scoreSum: weighted * answers,
    weighted,
    lastAnsweredAt: now,
  });
  const programme = pack.programmes[0]!;
  await db.questionStat.createMany({
    data: [
      stat(a!.id, programme.id, 0.5, 2),
      stat(b!.id, programme.id, 0.5, 5),
      stat(c!.id, programme.id, 0.2, 1),
      stat(d!.id, programme.id, 0.999, 3),
      // A question and a programme since removed from the content keep their row.
      stat("gone-question", "gone-programme", 0.1, 1),
    ],
  });
  let weak = (await getProgressDashboard(user.id, now)).weakQuestions;
  expect(weak.map((q) => q.questionId)).toEqual(["gone-question", c!.id, b!.id, a!.id]);
  expect(weak[0]).toEqual({
    questionId: "gone-question",
    prompt: "(a question no longer in the content)",
    programmeName: "gone-programme",
    answers: 1,
    accuracy: 0.1,
  });
  expect(weak[1]).toEqual({
    questionId: c!.id,
    prompt: questionSummary(c!),
    programmeName: index.programmeById.get(programme.id)!.name,
    answers: 1,
    accuracy: 0.2,
  });

  await db.questionStat.createMany({
    data: [stat(e!.id, programme.id, 0.9, 1), stat(f!.id, programme.id, 0.95, 1)],
  });
  weak = (await getProgressDashboard(user.id, now)).weakQuestions;
  expect(weak.map((q) => q.questionId)).toEqual(["gone-question", c!.id, b!.id, a!.id, e!.id]);
});

// QA walk, finding 6: an instructor's question was listed as "(a question no longer in the
// content)" under a programme named "custom". It is in no bank: the learner's attempt holds it.
test("weak questions: an instructor's question shows its text, under the instructor", async () => {
  const owner = await makeInstructor();
  const set = await makeQuizSet(owner);
  const { id: rowId } = unwrap(await createCustomQuestion(owner, set.id, WRITTEN_QUESTION));
  const cls = await makeClass(owner);
  const learner = await addMember(cls.joinCode);
  const assignment = await assign(owner, cls.id, set.id);
  // Every generated question right, the instructor's (asked last) wrong.
  const attemptId = await sitAttempt(
    learner,
    assignment.id,
    [...Array(set.size).fill(true), false],
    WHILE_OPEN,
  );
  const asked = (await storedQuestions(attemptId)).at(-1)!;
  expect(isCustomQuestionId(asked.id)).toBe(true);

  const later = minutesAfter(WHILE_OPEN, 60);
  const expected = {
    questionId: asked.id,
    prompt: questionSummary(asked),
    programmeName: INSTRUCTOR_QUESTIONS_LABEL,
    answers: 1,
    accuracy: 0,
  };
  expect((await getProgressDashboard(learner.id, later)).weakQuestions).toEqual([expected]);
  expect(expected.prompt).toContain(WRITTEN_QUESTION.prompt);

  // The set's questions no longer change once learners have started (set-work.ts)...
  expect(
    await updateCustomQuestion(owner, set.id, rowId, { ...WRITTEN_QUESTION, prompt: "Reworded?" }),
  ).toMatchObject({ ok: false, code: "conflict" });
  expect(await deleteCustomQuestion(owner, set.id, rowId)).toMatchObject({ code: "conflict" });
  // ...and the dashboard reads the attempt's copy, not the row: changed or gone, it keeps its text.
  await db.customQuestion.update({
    where: { id: rowId },
    data: { question: { ...asked, prompt: "Reworded?" } as object },
  });
  expect((await getProgressDashboard(learner.id, later)).weakQuestions).toEqual([expected]);
  await db.customQuestion.delete({ where: { id: rowId } });
  expect((await getProgressDashboard(learner.id, later)).weakQuestions).toEqual([expected]);
});

test("weakest programmes: the three lowest masteries under 1, lowest first", async () => {
  const user = await makeUser("weak-programmes");
  const { pack, flashcards } = getContentCatalog();
  const ids = pack.programmes.map((p) => p.id);
  // One day's answers each, today: the quiz part (and the mastery) is scoreSum / answers.
  const accuracy = [0.8, 0.2, 1, 0.5, 0.3];
  await db.programmeDailyScore.createMany({
    data: accuracy.map((acc, i) => ({
      userId: user.id,
      programmeId: ids[i]!,
      day: today,
      answers: 10,
      scoreSum: acc * 10,
    })),
  });
  const dashboard = await getProgressDashboard(user.id, now);
  expect(dashboard.weakProgrammes.map((p) => p.id)).toEqual([ids[1], ids[4], ids[3]]);
  const masteries = dashboard.weakProgrammes.map((p) => p.mastery!);
  [0.2, 0.3, 0.5].forEach((m, i) => expect(masteries[i]).toBeCloseTo(m, 9));
  // Each row names its programme, counts its answers and its deck's cards in the content.
  for (const row of dashboard.programmes) {
    const stored = accuracy[ids.indexOf(row.id)];
    expect(row).toMatchObject({
      name: pack.programmes.find((p) => p.id === row.id)!.name,
      answers: stored === undefined ? 0 : 10,
      cardsStudied: 0,
      cardsTotal: flashcards.filter((c) => c.deckId === row.id).length,
    });
  }
  expect(dashboard.programmes.some((row) => row.cardsTotal > 1)).toBe(true);

  // Without the three weakest, one programme is under 1: a mastery of 1 is not weak.
  await db.programmeDailyScore.deleteMany({
    where: { userId: user.id, programmeId: { in: [ids[1]!, ids[3]!, ids[4]!] } },
  });
  const left = (await getProgressDashboard(user.id, now)).weakProgrammes;
  expect(left.map((p) => p.id)).toEqual([ids[0]]);
});

test("recent attempts: the five last submitted, newest first, as stored", async () => {
  const user = await makeUser("recent-attempts");
  const attempt = (i: number, data: Record<string, unknown>) =>
    db.quizAttempt.create({
      data: {
        userId: user.id,
        mode: "PRACTICE",
        status: "SUBMITTED",
        seed: `recent-${i}`,
        contentVersion: "test",
        settings: {},
        questionIds: Array.from({ length: i + 1 }, (_, k) => `q${k}`),
        questions: [],
        submittedAt: new Date(now.getTime() - (10 - i) * 60_000),
        score: 0.5,
        correctCount: 1,
        ...data,
      },
      select: { id: true },
    });
  const made = [];
  for (let i = 0; i < 6; i++) made.push(await attempt(i, {}));
  const exam = await attempt(6, { mode: "EXAM", score: 0.75, correctCount: 6 });
  // A practice attempt left without a score (never expected of a submitted one) shows 0.
  const unscored = await attempt(7, { score: null, correctCount: null });
  await attempt(8, { status: "IN_PROGRESS", submittedAt: null });

  const recent = (await getProgressDashboard(user.id, now)).recentAttempts;
  expect(recent.map((r) => r.id)).toEqual(
    [unscored, exam, made[5], made[4], made[3]].map((r) => r!.id),
  );
  expect(recent[0]).toEqual({
    id: unscored.id,
    mode: "practice",
    submittedAt: new Date(now.getTime() - 3 * 60_000).toISOString(),
    score: 0,
    correctCount: 0,
    questions: 8,
  });
  expect(recent[1]).toMatchObject({ mode: "exam", score: 0.75, correctCount: 6, questions: 7 });
});

test("totals: every stored day counts; a day studied is one with answers or reviews", async () => {
  const user = await makeUser("dashboard-totals");
  const day = (d: string, answers: number, reviews: number) => ({
    userId: user.id,
    day: d,
    answers,
    scoreSum: answers / 2,
    reviews,
  });
  await db.dailyActivity.createMany({
    data: [
      day(today, 1, 0),
      day("2026-03-09", 0, 2), // reviews only
      day("2026-03-08", 0, 0), // an empty row studies nothing
      day("2025-03-10", 4, 0), // a year ago: out of the activity chart, still in the totals
    ],
  });
  const dashboard = await getProgressDashboard(user.id, now);
  expect(dashboard.totals).toMatchObject({ answers: 5, reviews: 2, daysStudied: 3 });
  expect(dashboard.streak).toEqual({ current: 2, longest: 2, studiedToday: true });
  expect(dashboard.activity[0]).toMatchObject({ day: "2025-03-11", answers: 0 });
  expect(dashboard.activity.at(-1)).toEqual({ day: today, answers: 1, scoreSum: 0.5, reviews: 0 });
});

// Issue 15: the dashboard is read on every /progress render. With the time zone known (the
// page passes the session's), it sends one statement: the expired-exam check, the per-day rows,
// the weak questions, recent attempts and the mastery inputs (four statements before). None is
// built by Prisma's query compiler, which cost more CPU than the statements themselves.
test("the dashboard sends one hand-written statement", async () => {
  const user = await makeUser("dashboard-statements");
  const { statements } = await rowsRead(() => getProgressDashboard(user.id, now, "UTC"));
  expect(statements).toHaveLength(1);
  expect(statements.filter((s) => s.includes('"public".'))).toEqual([]);
});
