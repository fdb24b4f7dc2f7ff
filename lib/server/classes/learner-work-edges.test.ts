// Survivors of the mutation run over get-learner-assignment-work.ts (the instructor's view of
// one learner's work): each test names the lines it covers.
import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import { ASSIGNMENT_NOT_FOUND } from "./caller";
import { getLearnerAssignmentWork } from "./get-learner-assignment-work";
import { rowsRead } from "@/test/rows-read";
import {
  AFTER_DUE,
  BEFORE_OPEN,
  WHILE_OPEN,
  addMember,
  assign,
  cardIdsOf,
  makeClass,
  makeFlashcardSet,
  makeInstructor,
  makeQuizSet,
  minutesAfter,
  sitAttempt,
  unwrap,
} from "./test-fixtures";

/** Others' attempts seeded, and the most QuizAttempt rows a read of one learner's may scan. */
const CROWD = 2_000;
const BOUND = 50;

/** A review log row as the flashcard study writes it, at a chosen time and rating. */
async function logReview(userId: string, cardId: string, rating: number, review: Date) {
  await db.reviewLog.create({
    data: {
      userId,
      cardId,
      deckId: "pfp",
      rating,
      state: 0,
      due: review,
      stability: 1,
      difficulty: 5,
      elapsedDays: 0,
      lastElapsedDays: 0,
      scheduledDays: 1,
      learningSteps: 0,
      review,
      durationMs: 1000,
      requestId: randomUUID(),
    },
  });
}

describe("one learner's work on a flashcard assignment", () => {
  // Lines 85-103 (the flashcard branch, not reached before: 24 mutants, and 85:7, 85:31) and
  // line 53 (`cardIds: false`).
  test("each card of the set with this learner's reviews since opening, oldest first", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const [first, second, outside] = cardIdsOf("pfp", 3) as [string, string, string];
    const set = await makeFlashcardSet(owner, [first, second]);
    // A card since removed from the content stays in the set under a placeholder front.
    const gone = "pfp-card-removed-from-content";
    await db.studySet.update({ where: { id: set.id }, data: { cardIds: [first, second, gone] } });
    const a = await assign(owner, cls.id, set.id);
    const ann = await addMember(cls.joinCode, "ann");
    const bob = await addMember(cls.joinCode, "bob");
    const t = (minutes: number) => minutesAfter(WHILE_OPEN, minutes);
    // Written newest first, so only the ordering puts them oldest first.
    await logReview(ann.id, first, 4, t(30));
    await logReview(ann.id, first, 1, t(10));
    await logReview(ann.id, second, 2, t(20));
    await logReview(ann.id, second, 3, BEFORE_OPEN);
    await logReview(ann.id, gone, 3, t(40));
    await logReview(ann.id, outside, 3, t(15));
    await logReview(bob.id, first, 2, t(5));
    await logReview(bob.id, second, 4, t(25));

    const fronts = getContentCatalog().flashcardById;
    const work = unwrap(await getLearnerAssignmentWork(owner, a.id, ann.id, t(60)));
    expect(work).toStrictEqual({
      learner: { userId: ann.id, name: "ann", email: ann.email },
      status: "done",
      bestScore: null,
      lastScore: null,
      attempts: [],
      cards: [
        {
          cardId: first,
          front: fronts.get(first)!.front,
          reviews: [
            { rating: 1, review: t(10) },
            { rating: 4, review: t(30) },
          ],
        },
        {
          cardId: second,
          front: fronts.get(second)!.front,
          reviews: [{ rating: 2, review: t(20) }],
        },
        {
          cardId: gone,
          front: "(a card no longer in the content)",
          reviews: [{ rating: 3, review: t(40) }],
        },
      ],
    });
    expect(fronts.get(first)!.front).not.toBe(fronts.get(second)!.front);
  });

  // Line 90 (the set's cards bound made `{}`): the cards are matched again in memory, so the
  // result is the same; only the rows read show every review since opening was fetched.
  test("reads only the set's cards' reviews", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const [card, outside] = cardIdsOf("pfp", 2) as [string, string];
    const a = await assign(owner, cls.id, (await makeFlashcardSet(owner, [card])).id);
    const ann = await addMember(cls.joinCode, "ann");
    await logReview(ann.id, card, 3, WHILE_OPEN);
    await db.$executeRawUnsafe(
      `INSERT INTO "ReviewLog" (id, "userId", "cardId", "deckId", rating, state, due, stability,
         difficulty, "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", review,
         "requestId")
       SELECT $1 || '-r' || g, $1, $2, 'pfp', 3, 2, $3, 1, 5, 0, 0, 1, 0, $3, $1 || '-q' || g
       FROM generate_series(1, $4::int) g`,
      ann.id,
      outside,
      minutesAfter(WHILE_OPEN, 5),
      CROWD,
    );
    await db.$executeRawUnsafe(`ANALYZE`);

    const { result, rows } = await rowsRead(() =>
      getLearnerAssignmentWork(owner, a.id, ann.id, minutesAfter(WHILE_OPEN, 60)),
    );
    expect(unwrap(result).cards!.map((c) => c.reviews)).toEqual([
      [{ rating: 3, review: WHILE_OPEN }],
    ]);
    expect(rows.get("ReviewLog") ?? 0).toBeLessThan(BOUND);
  });
});

describe("one learner's work on a quiz assignment", () => {
  // Line 107 (the attempts' `where` made `{}`): the answers are looked up by attempt id, so the
  // result is the same; only the rows read show every learner's attempts were fetched.
  test("reads only this learner's attempts on this assignment", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const quiz = await makeQuizSet(owner);
    const a = await assign(owner, cls.id, quiz.id);
    const other = await assign(owner, cls.id, quiz.id);
    const ann = await addMember(cls.joinCode, "ann");
    const bob = await addMember(cls.joinCode, "bob");
    const mine = await sitAttempt(ann, a.id, [true, true, false, null, true], WHILE_OPEN);
    await sitAttempt(ann, other.id, [true, true, true, true, true], minutesAfter(WHILE_OPEN, 20));
    await sitAttempt(bob, a.id, [false, true, true, true, true], minutesAfter(WHILE_OPEN, 40));
    const crowd = await addMember(cls.joinCode, "crowd");
    await db.$executeRawUnsafe(
      `INSERT INTO "QuizAttempt" (id, "userId", mode, status, seed, "contentVersion", settings,
         "questionIds", questions)
       SELECT $1 || '-a' || g, $1, 'PRACTICE', 'IN_PROGRESS', 's', 'v', '{}', '{}', '[]'
       FROM generate_series(1, $2::int) g`,
      crowd.id,
      CROWD,
    );
    await db.$executeRawUnsafe(`ANALYZE`);

    const { result, rows } = await rowsRead(() =>
      getLearnerAssignmentWork(owner, a.id, ann.id, minutesAfter(WHILE_OPEN, 60)),
    );
    const work = unwrap(result);
    expect(work.attempts.map((x) => [x.id, x.items.map((i) => i.correct)])).toEqual([
      [mine, [true, true, false, false, true]],
    ]);
    expect(work.bestScore).toBe(0.6);
    expect(await db.quizAttempt.count()).toBeGreaterThan(CROWD);
    expect(rows.get("QuizAttempt") ?? 0).toBeLessThan(BOUND);
  });
  // Line 52 (`lateCounts: false`): without the flag read, a late attempt on an assignment whose
  // late work counts is left out of the best score. Line 51 (`attemptsAllowed: false`) is
  // equivalent here: of what this view returns, nothing depends on the attempts left.
  test("a late attempt counts when the assignment's late work counts", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const quiz = await makeQuizSet(owner);
    const counts = await assign(owner, cls.id, quiz.id, { lateCounts: true });
    const ignored = await assign(owner, cls.id, quiz.id, { lateCounts: false });
    const ann = await addMember(cls.joinCode, "ann");
    const late = await sitAttempt(ann, counts.id, [true, true, true, false, false], AFTER_DUE);
    await sitAttempt(ann, ignored.id, [true, true, true, false, false], AFTER_DUE);

    const later = minutesAfter(AFTER_DUE, 60);
    const work = unwrap(await getLearnerAssignmentWork(owner, counts.id, ann.id, later));
    expect(work.attempts.map((x) => [x.id, x.late, x.counted])).toEqual([[late, true, true]]);
    expect([work.bestScore, work.lastScore]).toEqual([0.6, 0.6]);
    const control = unwrap(await getLearnerAssignmentWork(owner, ignored.id, ann.id, later));
    expect(control.attempts.map((x) => [x.late, x.counted])).toEqual([[true, false]]);
    expect([control.bestScore, control.lastScore]).toEqual([null, null]);
  });
});

describe("who may read a learner's work", () => {
  // Line 44 (`!isInstructor(caller)` made false): the class's owner, since made a learner.
  test("an owner whose role became learner gets not found", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const a = await assign(owner, cls.id, (await makeQuizSet(owner)).id);
    const ann = await addMember(cls.joinCode, "ann");
    await db.user.update({ where: { id: owner.id }, data: { role: "LEARNER" } });
    const demoted = { id: owner.id, role: "LEARNER" as const };
    expect(await getLearnerAssignmentWork(demoted, a.id, ann.id, WHILE_OPEN)).toStrictEqual({
      ok: false,
      code: "not_found",
      error: ASSIGNMENT_NOT_FOUND,
    });
    expect(ASSIGNMENT_NOT_FOUND).toBe("Assignment not found.");
  });
});
