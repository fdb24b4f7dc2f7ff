// Survivors of the class service's mutation run in load-assignment-progress.ts,
// list-learner-classes.ts and the summaries (issue 13): each test names the lines it covers.
import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { db } from "@/lib/server/db";
import { gradeFlashcard } from "@/lib/server/flashcards/grade-flashcard";
import { setDeckStudying } from "@/lib/server/flashcards/manage-decks";
import { createCustomCard } from "@/lib/server/interop/custom-cards";
import { summarizeClasses } from "./class-summary";
import { listAssignmentsForLearner } from "./list-assignments-for-learner";
import { listLearnerClasses } from "./list-learner-classes";
import { listSets } from "./list-sets";
import { loadAssignmentProgress, type AssignmentForProgress } from "./load-assignment-progress";
import { summarizeSets } from "./set-summary";
import { rowsRead } from "@/test/rows-read";
import { startAssignmentAttempt } from "./start-assignment-attempt";
import {
  addMember,
  assign,
  BEFORE_OPEN,
  cardIdsOf,
  makeClass,
  makeFlashcardSet,
  makeInstructor,
  makeLearner,
  makeQuizSet,
  minutesAfter,
  unwrap,
  WHILE_OPEN,
} from "./test-fixtures";

/** Others' rows seeded per table, and the most rows of it a read of the subject's may scan. */
const CROWD = 2_000;
const BOUND = 50;

/** Grades a card Good; `version` is its stored state's version (0 when new). */
const grade = async (userId: string, cardId: string, at: Date, assignment?: string, version = 0) =>
  unwrap(
    await gradeFlashcard(
      userId,
      {
        cardId,
        rating: 3,
        requestId: randomUUID(),
        expectedVersion: version,
        durationMs: 2000,
        assignment,
      },
      at,
    ),
  );

describe("flashcard assignment progress", () => {
  // load-assignment-progress.ts lines 128-131 (the reviews' `where` made `{}`, or its userId,
  // cardId or review bound made `{}`), 222 (inProgress: 7 mutants) and 226 (attempts made
  // ["Stryker was here"]).
  test("counts the set's cards reviewed since opening, by the loaded learners", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const cards = cardIdsOf("pfp", 2);
    const outside = cardIdsOf("itpp", 1)[0]!;
    const set = await makeFlashcardSet(owner, cards);
    const a = await assign(owner, cls.id, set.id);
    const learner = await addMember(cls.joinCode, "progress-learner");
    const other = await addMember(cls.joinCode, "progress-other");
    const input: AssignmentForProgress = {
      id: a.id,
      opensAt: a.opensAt,
      dueAt: a.dueAt,
      attemptsAllowed: null,
      lateCounts: false,
      set: { kind: "FLASHCARDS", cardIds: cards },
    };
    const progress = async (at: Date, userId = learner.id) =>
      (await loadAssignmentProgress([input], [learner.id], at))(a.id, userId);

    // In ordinary study: a card of the set before the assignment opened, and a card outside
    // the set after. Another member finishes the set.
    await setDeckStudying(learner.id, "all", { studying: true });
    await grade(learner.id, cards[0]!, BEFORE_OPEN);
    await grade(learner.id, outside, WHILE_OPEN);
    await grade(other.id, cards[0]!, WHILE_OPEN, a.id);
    await grade(other.id, cards[1]!, WHILE_OPEN, a.id);
    const untouched = {
      status: "to-do",
      inProgress: false,
      attempts: [],
      attemptsUsed: 0,
      timeSpentSeconds: 0,
      lastSubmittedAt: null,
      cards: { total: 2, reviewed: 0 },
    };
    expect(await progress(minutesAfter(WHILE_OPEN, 1))).toMatchObject(untouched);
    // Only the loaded learners' reviews are read: the other member was not asked for.
    expect(await progress(minutesAfter(WHILE_OPEN, 1), other.id)).toMatchObject(untouched);

    await grade(learner.id, cards[1]!, minutesAfter(WHILE_OPEN, 2), a.id);
    expect(await progress(minutesAfter(WHILE_OPEN, 3))).toMatchObject({
      status: "to-do",
      inProgress: true,
      attempts: [],
      timeSpentSeconds: 2,
      lastSubmittedAt: null,
      cards: { total: 2, reviewed: 1 },
    });

    // Reviewed before the assignment opened: graded at its stored state's version.
    const { version } = await db.cardState.findUniqueOrThrow({
      where: { userId_cardId: { userId: learner.id, cardId: cards[0]! } },
    });
    await grade(learner.id, cards[0]!, minutesAfter(WHILE_OPEN, 4), a.id, version);
    const done = await progress(minutesAfter(WHILE_OPEN, 5));
    expect(done).toMatchObject({
      status: "done",
      inProgress: false,
      inProgressAttemptId: null,
      timeSpentSeconds: 4,
      lastSubmittedAt: minutesAfter(WHILE_OPEN, 4),
      cards: { total: 2, reviewed: 2 },
    });
    expect(done.attempts).toEqual([]);
  });

  // load-assignment-progress.ts line 207 (`total > 0` made `true` or `total >= 0`).
  test("a set with no cards is never done", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const set = await makeFlashcardSet(owner, cardIdsOf("pfp", 1));
    const a = await assign(owner, cls.id, set.id);
    const learner = await addMember(cls.joinCode, "empty-set");
    const input: AssignmentForProgress = {
      id: a.id,
      opensAt: a.opensAt,
      dueAt: a.dueAt,
      attemptsAllowed: null,
      lateCounts: false,
      set: { kind: "FLASHCARDS", cardIds: [] },
    };
    const progressOf = await loadAssignmentProgress([input], [learner.id], WHILE_OPEN);
    expect(progressOf(a.id, learner.id)).toMatchObject({
      status: "to-do",
      inProgress: false,
      lastSubmittedAt: null,
      cards: { total: 0, reviewed: 0 },
    });
  });
});

describe("quiz assignment progress", () => {
  // load-assignment-progress.ts lines 104-111 (the re-read after submitting expired attempts:
  // the block emptied, not reached before).
  test("a timed attempt left open past its limit counts as submitted", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const set = await makeQuizSet(owner, { mode: "exam", timeLimitMinutes: 10 });
    const a = await assign(owner, cls.id, set.id);
    const learner = await addMember(cls.joinCode, "timed-out");
    const started = unwrap(await startAssignmentAttempt(learner, a.id, { now: WHILE_OPEN }));
    const [mine] = unwrap(await listAssignmentsForLearner(learner, minutesAfter(WHILE_OPEN, 30)));
    expect(mine).toMatchObject({ inProgressAttemptId: null, attemptsUsed: 1, status: "done" });
    const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: started.attemptId } });
    expect(row.status).toBe("SUBMITTED");
  });

  // load-assignment-progress.ts line 148 (the message emptied, not reached before).
  test("asking for an assignment that was not loaded names it", async () => {
    const progressOf = await loadAssignmentProgress([], [], WHILE_OPEN);
    expect(() => progressOf("nowhere", "someone")).toThrow(
      new Error("Assignment nowhere was not loaded"),
    );
  });
});

describe("learner classes and summaries", () => {
  // list-learner-classes.ts line 22 (the order, its keys made `{}`), line 24 (joinedAt) and
  // line 29 (description) not read.
  test("the caller's classes, latest joined first, ties in id order, in full", async () => {
    const owner = await makeInstructor("class-owner");
    const learner = await makeLearner("joiner");
    const made = [];
    for (const name of ["First", "Second", "Third"]) made.push(await makeClass(owner, name));
    const [low, mid, high] = made.sort((x, y) => (x.id < y.id ? -1 : 1));
    // Joined: the highest id last; the other two at the same earlier instant, the higher id
    // first (so its row comes first in the table).
    const join = (cls: { id: string }, joinedAt: Date) =>
      db.classMember.create({ data: { classId: cls.id, userId: learner.id, joinedAt } });
    const tie = new Date("2026-02-01T10:00:00Z");
    const latest = new Date("2026-02-03T10:00:00Z");
    await join(mid!, tie);
    await join(low!, tie);
    await join(high!, latest);
    const mine = unwrap(await listLearnerClasses(learner));
    expect(mine.map((c) => c.id)).toEqual([high!.id, low!.id, mid!.id]);
    expect(mine[0]).toStrictEqual({
      id: high!.id,
      name: high!.name,
      description: "Tuesday group",
      instructorName: "class-owner",
      joinedAt: latest,
      archivedAt: null,
      assignmentCount: 0,
    });
  });

  // set-summary.ts line 50 and class-summary.ts line 40 (no rows: [] made
  // ["Stryker was here"], not reached), set-summary.ts line 73 (a flashcard set's
  // drawPerLearner made true), assignment-summary.ts line 43 ("flashcards" emptied).
  test("flashcard sets are never drawn per learner; no rows, no summaries", async () => {
    const owner = await makeInstructor("summaries");
    const set = await makeFlashcardSet(owner, cardIdsOf("pfp", 2));
    const [listed] = unwrap(await listSets(owner));
    expect(listed).toMatchObject({ id: set.id, kind: "flashcards", drawPerLearner: false });
    const cls = await makeClass(owner);
    const a = await assign(owner, cls.id, set.id);
    expect(a.set).toEqual({ id: set.id, name: set.name, kind: "flashcards" });
    expect(await summarizeSets([])).toEqual([]);
    expect(await summarizeClasses([])).toEqual([]);
  });
});

describe("rows read", () => {
  // load-assignment-progress.ts line 70 (the written cards' `where` made `{}` at any of its 5
  // levels: every written card of every set was read) and line 106 (the re-read after an
  // expired attempt made `findMany({})`: every attempt of every learner was read). The answers
  // were the same; only the rows read tell them apart, as in count-children.test.ts. Line 74
  // (the set's assignments' `where` made `{}`) is not checked here: in the full suite's filled
  // database the planner scanned the small Assignment table whole (243 rows) without it too.
  test("progress reads the loaded assignments' attempts and written cards only", async () => {
    const owner = await makeInstructor("rows-owner");
    const cls = await makeClass(owner);
    const learner = await addMember(cls.joinCode, "rows-learner");
    const quiz = await makeQuizSet(owner, { mode: "exam", timeLimitMinutes: 10 });
    const timed = await assign(owner, cls.id, quiz.id);
    const ids = cardIdsOf("pfp", 1);
    const cards = await makeFlashcardSet(owner, ids);
    const given = await assign(owner, cls.id, cards.id);
    unwrap(await createCustomCard(owner, cards.id, { front: "Written", back: "Card" }));
    unwrap(await startAssignmentAttempt(learner, timed.id, { now: WHILE_OPEN }));

    // Others' rows: another learner's attempts and another set's written cards.
    const crowd = await makeLearner("rows-crowd");
    await db.$executeRawUnsafe(
      `INSERT INTO "QuizAttempt" (id, "userId", mode, status, seed, "contentVersion", settings,
         "questionIds", questions)
       SELECT $1 || '-a' || g, $1, 'PRACTICE', 'IN_PROGRESS', 's', 'v', '{}', '{}', '[]'
       FROM generate_series(1, $2::int) g`,
      crowd.id,
      CROWD,
    );
    const otherSet = await makeFlashcardSet(owner, cardIdsOf("pfp", 1));
    await db.$executeRawUnsafe(
      `INSERT INTO "CustomCard" (id, "instructorId", "setId", position, front, back)
       SELECT $1 || '-c' || g, $2, $1, g, 'f' || g, 'b'
       FROM generate_series(1, $3::int) g`,
      otherSet.id,
      owner.id,
      CROWD,
    );
    await db.$executeRawUnsafe(`ANALYZE`);

    const at = { opensAt: timed.opensAt, dueAt: timed.dueAt, lateCounts: false };
    const inputs: AssignmentForProgress[] = [
      { ...at, id: timed.id, attemptsAllowed: 3, set: { kind: "QUIZ", cardIds: [] } },
      { ...at, id: given.id, attemptsAllowed: null, set: { kind: "FLASHCARDS", cardIds: ids } },
    ];
    const { result: progressOf, rows } = await rowsRead(() =>
      loadAssignmentProgress(inputs, [learner.id], minutesAfter(WHILE_OPEN, 30)),
    );
    expect(progressOf(timed.id, learner.id)).toMatchObject({
      attemptsUsed: 1,
      inProgressAttemptId: null,
      attempts: [{ status: "SUBMITTED" }],
    });
    expect(progressOf(given.id, learner.id).cards).toEqual({ total: 2, reviewed: 0 });
    expect(await db.quizAttempt.count()).toBeGreaterThan(CROWD);
    expect(await db.customCard.count()).toBeGreaterThan(CROWD);
    for (const table of ["QuizAttempt", "CustomCard"])
      expect(rows.get(table) ?? 0, table).toBeLessThan(BOUND);
  });
});
