// Edges of the quiz reads that the mutation run of issue 13 found untested: the attempt list's
// mapped fields, the facility counts' filter, the names in the corrupt-JSON errors, and the home
// flashcard tile's due count. Rows are written here with chosen values; the database is real.
import { createHmac, hkdfSync, randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import { getHomeFlashcards } from "@/lib/server/flashcards/get-home-flashcards";
import { getStudySession } from "@/lib/server/flashcards/get-study-session";
import { gradeFlashcard } from "@/lib/server/flashcards/grade-flashcard";
import { setDeckStudying } from "@/lib/server/flashcards/manage-decks";
import { CorruptRowError } from "@/lib/server/json-column";
import { makeUser } from "@/test/make-user";
import { rowsRead } from "@/test/rows-read";
import { attemptCoverage } from "./attempt-coverage";
import { attemptIdMask } from "./attempt-ids";
import { getFacilityCounts } from "./get-facility-counts";
import { listQuizAttempts } from "./list-quiz-attempts";
import { storedAnswer, storedSettings } from "./stored-json";

const DAY = 24 * 60 * 60 * 1000;

/** An attempt row with chosen columns (no questions: the list reads only their ids). */
function attemptRow(userId: string, data: Record<string, unknown>) {
  return db.quizAttempt.create({
    data: {
      userId,
      mode: "PRACTICE",
      seed: "edge",
      contentVersion: "edge",
      settings: {},
      questionIds: ["q-a", "q-b"],
      questions: [],
      ...data,
    },
  });
}

describe("the attempt list maps each column", () => {
  // Kills list-quiz-attempts.ts lines 44-46 (submittedAt, deadlineAt, score not selected), line 62
  // (mode: condition made true/false, `!==`, "EXAM"/"exam"/"practice" emptied), line 63 (status:
  // condition made true, "in-progress" emptied) and line 71 (isRetry: made true/false, `===`).
  test("a submitted timed exam and an in-progress practice retry of it", async () => {
    const user = await makeUser("list-edges");
    const t0 = new Date(Date.now() - 2 * DAY);
    const exam = await attemptRow(user.id, {
      mode: "EXAM",
      status: "SUBMITTED",
      startedAt: t0,
      timeLimitSeconds: 600,
      deadlineAt: new Date(t0.getTime() + 600_000),
      submittedAt: new Date(t0.getTime() + 300_000),
      score: 0.5,
      correctCount: 1,
    });
    const retry = await attemptRow(user.id, {
      startedAt: new Date(t0.getTime() + DAY),
      questionIds: ["q-b"],
      retryOfId: exam.id,
    });
    const { result: list, statements } = await rowsRead(() => listQuizAttempts(user.id));
    expect(list.map((a) => a.id)).toEqual([retry.id, exam.id]);
    // One hand-written statement with the expired-exam check (issue 15: three through Prisma).
    expect(statements).toHaveLength(1);
    expect(statements.filter((s) => s.includes('"public".'))).toEqual([]);
    expect(list.map((a) => a.startedAt)).toEqual([retry.startedAt, exam.startedAt]);
    expect(list[0]).toMatchObject({
      mode: "practice",
      status: "in-progress",
      submittedAt: null,
      deadlineAt: null,
      score: null,
      isRetry: true,
    });
    expect(list[1]).toMatchObject({
      mode: "exam",
      status: "submitted",
      submittedAt: exam.submittedAt,
      deadlineAt: exam.deadlineAt,
      score: 0.5,
      correctCount: 1,
      isRetry: false,
    });
  });

  // The list reads the expired exams in its own statement: one that lists some submits them and
  // reads again, so the call that submits an exam already lists it with its score.
  test("an exam whose time ran out lists as submitted in the call that submits it", async () => {
    const user = await makeUser("list-expired");
    const t0 = new Date(Date.now() - DAY);
    const exam = await attemptRow(user.id, {
      mode: "EXAM",
      startedAt: t0,
      timeLimitSeconds: 60,
      deadlineAt: new Date(t0.getTime() + 60_000),
    });
    const { result, statements } = await rowsRead(() => listQuizAttempts(user.id));
    expect(result).toMatchObject([
      { id: exam.id, status: "submitted", submittedAt: exam.deadlineAt, score: 0 },
    ]);
    expect(statements.filter((s) => s.includes("AS attempts"))).toHaveLength(2);
  });
});

describe("facility counts", () => {
  // Kills get-facility-counts.ts line 13 (the query's argument made `{}`) and line 14 (`where`
  // or its `questionId` filter made `{}`): each gave the counters of every question. The rows'
  // ids are this test's own (the table is shared by all users and tests).
  test("are read for the questions asked about only", async () => {
    const asked = `edge-asked-${randomUUID()}`;
    const other = `edge-other-${randomUUID()}`;
    await db.questionFacility.createMany({
      data: [
        { questionId: asked, learners: 3, firstRight: 2 },
        { questionId: other, learners: 7, firstRight: 1 },
      ],
    });
    const counts = await getFacilityCounts([asked]);
    expect([...counts]).toEqual([[asked, { learners: 3, firstRight: 2 }]]);
    await db.questionFacility.deleteMany({ where: { questionId: { in: [asked, other] } } });
  });
});

describe("corrupt JSON columns are named by table, row and column", () => {
  const named = (read: () => unknown, table: string, rowId: string, column: string) => {
    let error: unknown;
    try {
      read();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CorruptRowError);
    expect(error).toMatchObject({ table, rowId, column });
    expect((error as Error).message).toMatch(`${table} ${rowId}: ${column} does not match`);
  };

  // Kills stored-json.ts lines 31-34 (the location made `{}`, "QuizAttempt" and "settings"
  // emptied) and lines 39-42 (the same for "QuizResponse" and "answer").
  test("an attempt's settings and a response's answer", () => {
    named(
      () => storedSettings({ id: "a-1", settings: { count: "ten" } }),
      "QuizAttempt",
      "a-1",
      "settings",
    );
    named(
      () => storedAnswer({ id: "r-1", answer: { kind: "no-such-kind" } }),
      "QuizResponse",
      "r-1",
      "answer",
    );
  });

  // Kills attempt-coverage.ts lines 41-44 (the location made `{}`, "QuizAttempt" and "settings"
  // emptied).
  test("an attempt's covered settings, read for its name", () => {
    const row = {
      id: "a-2",
      mode: "PRACTICE",
      settings: { programmeIds: "pfp" },
      questionIds: [],
      retryOfId: null,
      assignment: null,
    };
    named(() => attemptCoverage(row), "QuizAttempt", "a-2", "settings");
  });
});

describe("the home flashcard tile", () => {
  // Kills get-home-flashcards.ts line 20 (`learning - review`): the existing tests have no card
  // in review. One card rated Easy is in review and due weeks later; one rated Again is learning.
  test("counts cards due for review with those still being learnt", async () => {
    const user = await makeUser("home-due");
    const deck = getContentCatalog().pack.programmes[0]!.id;
    expect((await setDeckStudying(user.id, deck, { studying: true })).ok).toBe(true);
    const t0 = new Date();
    for (const rating of [4, 1]) {
      const card = (await getStudySession(user.id, undefined, t0)).card!;
      const graded = await gradeFlashcard(
        user.id,
        { cardId: card.cardId, rating, requestId: randomUUID(), expectedVersion: 0 },
        t0,
      );
      expect(graded.ok).toBe(true);
    }
    const later = new Date(t0.getTime() + 300 * DAY);
    const session = await getStudySession(user.id, undefined, later);
    expect(session.counts).toMatchObject({ learning: 1, review: 1 });
    expect((await getHomeFlashcards(user.id, later)).due).toBe(2);
  });
});

describe("the ids the browser sees", () => {
  // Kills attempt-ids.ts line 15 (the HKDF salt "" made "Stryker was here!"). Within one process
  // any key gives consistent ids; what this pins is that, given NEXTAUTH_SECRET (set for these
  // tests), the key is HKDF-SHA256(secret, no salt, "quiz attempt ids"), so the ids a browser
  // holds stay valid across a restart or a new version of the server.
  test("are HMAC-SHA256 under the key derived from NEXTAUTH_SECRET without salt", () => {
    const secret = process.env.NEXTAUTH_SECRET;
    expect(secret).toBeTruthy();
    const key = Buffer.from(hkdfSync("sha256", secret!, "", "quiz attempt ids", 32));
    const expected = createHmac("sha256", key)
      .update("attempt-1\u00003\u0000q-a")
      .digest("hex")
      .slice(0, 20);
    expect(attemptIdMask("attempt-1", 3)("q-a")).toBe(expected);
  });
});
