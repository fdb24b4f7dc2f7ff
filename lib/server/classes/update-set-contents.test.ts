// Editing a set's contents (update-set-contents.ts) against PostgreSQL: the builder's choices
// replace the saved ones with the checks of creating; refused to anyone but the owner, and
// while learners have work in one of its assignments; and the race with a learner starting.
import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { gradeFlashcard } from "@/lib/server/flashcards/grade-flashcard";
import { db } from "@/lib/server/db";
import { heldTransaction } from "@/test/held-transaction";
import { lockWaits } from "@/test/lock-waits";
import { createCustomQuestion } from "@/lib/server/interop/custom-questions";
import { archiveClass } from "./archive-class";
import { createFlashcardSet } from "./create-flashcard-set";
import { getSetForEditing } from "./get-set-for-editing";
import { previewQuizSet } from "./preview-quiz-set";
import { startAssignmentAttempt } from "./start-assignment-attempt";
import { studyAssignment } from "./study-assignment";
import { setHasWorkMessage } from "./set-work";
import { updateSetContents } from "./update-set-contents";
import {
  WHILE_OPEN,
  addMember,
  assign,
  cardIdsOf,
  makeClass,
  makeFlashcardSet,
  makeInstructor,
  makeLearner,
  makeQuizSet,
  sitAttempt,
  unwrap,
  type TestUser,
  quizAssignment,
  reviewCard,
  WRITTEN_QUESTION,
} from "./test-fixtures";

const EAPC = "euro-atlantic-partnership-council";

/** What the builder saves, as the row holds it. */
const contentsOf = (id: string) =>
  db.studySet.findUniqueOrThrow({
    where: { id },
    select: {
      name: true,
      settings: true,
      questionIds: true,
      pinnedIds: true,
      excludedIds: true,
      cardIds: true,
      contentVersion: true,
    },
  });

/** A flashcard set of two cards assigned to a class of one learner, with nothing reviewed. */
async function flashcardAssignment() {
  const owner = await makeInstructor();
  const cls = await makeClass(owner);
  const learner = await addMember(cls.joinCode);
  const cards = cardIdsOf("pfp", 2);
  const set = await makeFlashcardSet(owner, cards);
  const assignment = await assign(owner, cls.id, set.id);
  return { owner, learner, cards, set, assignment };
}

/** The fixtures' quiz set as the builder sends it (makeQuizSet's options). */
const QUIZ_AS_SAVED = {
  name: "Week 1",
  programmeIds: [] as string[],
  kinds: ["single-choice", "true-false"],
  count: 5,
  seed: "fixed-set",
};

describe("editing a set with no learner work", () => {
  test("fixed quiz set: every choice replaced; the save holds the previewed ones", async () => {
    const owner = await makeInstructor();
    const set = await makeQuizSet(owner);
    const before = await contentsOf(set.id);
    const dropped = before.questionIds[0]!;
    const options = {
      programmeIds: ["pfp", EAPC],
      kinds: ["single-choice"],
      levels: [],
      count: 6,
      sourceOnly: false,
      mode: "exam",
      timeLimitMinutes: 15,
      excludedIds: [dropped],
      pinnedIds: [],
      drawPerLearner: false,
      seed: "edited",
    };
    const preview = unwrap(await previewQuizSet(owner, options));
    const updated = unwrap(await updateSetContents(owner, set.id, { ...options, name: "Week 2" }));
    expect(updated).toMatchObject({ id: set.id, name: "Week 2", kind: "quiz", size: 6 });
    expect(updated).toMatchObject({ mode: "exam", timeLimitMinutes: 15 });

    const after = await contentsOf(set.id);
    expect(after.questionIds).toEqual(preview.questions.map((q) => q.id));
    expect(after.questionIds).toHaveLength(6);
    expect(after.questionIds).not.toContain(dropped);
    expect(after).toMatchObject({ name: "Week 2", excludedIds: [dropped], pinnedIds: [] });
    expect(after.settings).toEqual({
      programmeIds: ["pfp", EAPC],
      kinds: ["single-choice"],
      levels: [],
      count: 6,
      sourceOnly: false,
      mode: "exam",
      timeLimitMinutes: 15,
      drawPerLearner: false,
      seed: "edited",
    });
    expect(after.questionIds).not.toEqual(before.questionIds);
  });

  test("fixed to drawn per learner: pins kept, none fixed, each learner draws", async () => {
    const { owner, learner, set, assignment } = await quizAssignment();
    const pinned = (await contentsOf(set.id)).questionIds.slice(0, 2);
    const updated = unwrap(
      await updateSetContents(owner, set.id, {
        ...QUIZ_AS_SAVED,
        count: 6,
        pinnedIds: pinned,
        drawPerLearner: true,
      }),
    );
    expect(updated).toMatchObject({ drawPerLearner: true, size: 6 });
    const after = await contentsOf(set.id);
    expect(after).toMatchObject({ questionIds: [], pinnedIds: pinned, excludedIds: [] });
    expect(after.settings).toMatchObject({ drawPerLearner: true, count: 6 });
    const started = unwrap(
      await startAssignmentAttempt(learner, assignment.id, { now: WHILE_OPEN }),
    );
    const drawn = await db.quizAttempt.findUniqueOrThrow({ where: { id: started.attemptId } });
    expect(drawn.questionIds).toHaveLength(6);
    expect(drawn.questionIds).toEqual(expect.arrayContaining(pinned));
    // Gone again, so that the set has no work for the way back.
    await db.quizAttempt.delete({ where: { id: started.attemptId } });

    // And back: fixed again, nothing pinned, as a set made with these choices.
    unwrap(await updateSetContents(owner, set.id, QUIZ_AS_SAVED));
    expect(await contentsOf(set.id)).toEqual(await contentsOf((await makeQuizSet(owner)).id));
  });

  test("flashcard set: programmes and cards replace the saved card list", async () => {
    const owner = await makeInstructor();
    const [a, b, c] = cardIdsOf("pfp", 3);
    const set = await makeFlashcardSet(owner, [a!, b!, c!]);
    const updated = unwrap(
      await updateSetContents(owner, set.id, { name: "Fewer", programmeIds: [], cardIds: [a, c] }),
    );
    expect(updated).toMatchObject({ name: "Fewer", kind: "flashcards", size: 2 });
    expect(await contentsOf(set.id)).toMatchObject({
      cardIds: [a, c],
      settings: { programmeIds: [] },
    });

    const eapc = cardIdsOf(EAPC, 1000);
    unwrap(
      await updateSetContents(owner, set.id, { name: "Deck", programmeIds: [EAPC], cardIds: [b] }),
    );
    expect(await contentsOf(set.id)).toMatchObject({
      cardIds: [...eapc, b],
      settings: { programmeIds: [EAPC] },
    });
  });

  test("assigned, not started: allowed; a learner starting later gets the new ones", async () => {
    const { owner, learner, set, assignment } = await quizAssignment();
    const old = (await contentsOf(set.id)).questionIds;
    unwrap(
      await updateSetContents(owner, set.id, {
        ...QUIZ_AS_SAVED,
        excludedIds: old.slice(0, 2),
        seed: "after-assigning",
      }),
    );
    const edited = (await contentsOf(set.id)).questionIds;
    expect(edited).not.toContain(old[0]);
    const started = unwrap(
      await startAssignmentAttempt(learner, assignment.id, { now: WHILE_OPEN }),
    );
    const attempt = await db.quizAttempt.findUniqueOrThrow({ where: { id: started.attemptId } });
    expect(attempt.questionIds).toEqual(edited);
  });

  test("flashcards assigned, no review since it opened: allowed; new cards studied", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const learner = await addMember(cls.joinCode);
    const [a, b, c] = cardIdsOf("pfp", 3);
    const set = await makeFlashcardSet(owner, [a!, b!]);
    const assignment = await assign(owner, cls.id, set.id, { opensAt: "2026-03-04T08:00" });
    // Reviewed on 3 March, before the assignment opened (4 March): not its work.
    const early = await assign(owner, cls.id, (await makeFlashcardSet(owner, [a!])).id);
    await reviewCard(learner.id, early.id, a!, new Date("2026-03-03T10:00:00Z"));
    unwrap(await updateSetContents(owner, set.id, { name: "Cards", cardIds: [b, c] }));
    const plan = unwrap(await studyAssignment(learner, assignment.id, WHILE_OPEN));
    expect(plan.cardIds).toEqual([b, c]);
  });
});

describe("refused", () => {
  test.each([
    ["a count of 0", { ...QUIZ_AS_SAVED, count: 0 }, "count"],
    ["an unknown programme", { ...QUIZ_AS_SAVED, programmeIds: ["atlantis"] }, "programmeIds"],
    ["no name", { ...QUIZ_AS_SAVED, name: " " }, "name"],
    [
      "a pinned question not in the content",
      { ...QUIZ_AS_SAVED, pinnedIds: ["q:nope"] },
      "pinnedIds",
    ],
    // Its unknown keys are refused as a whole, not field by field.
    ["a flashcard set's body", { name: "Cards", cardIds: ["pfp:1"] }, null],
  ])("quiz set, %s: invalid, nothing changed", async (_label, body, field) => {
    const owner = await makeInstructor();
    const set = await makeQuizSet(owner);
    const before = await contentsOf(set.id);
    const result = await updateSetContents(owner, set.id, body);
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    if (!result.ok && field) expect(Object.keys(result.fieldErrors ?? {})).toContain(field);
    expect(await contentsOf(set.id)).toEqual(before);
  });

  test.each([
    ["nothing chosen", { name: "Cards", programmeIds: [], cardIds: [] }, "cardIds"],
    ["an unknown card", { name: "Cards", cardIds: ["pfp:no-such-card"] }, "cardIds"],
    // Its unknown keys are refused as a whole, not field by field.
    ["a quiz set's body", QUIZ_AS_SAVED, null],
  ])("flashcard set, %s: invalid, nothing changed", async (_label, body, field) => {
    const owner = await makeInstructor();
    const set = await makeFlashcardSet(owner, cardIdsOf("pfp", 2));
    const before = await contentsOf(set.id);
    const result = await updateSetContents(owner, set.id, body);
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    if (!result.ok && field) expect(Object.keys(result.fieldErrors ?? {})).toContain(field);
    expect(await contentsOf(set.id)).toEqual(before);
  });

  // An attempt asks the instructor's own questions after the generated ones, and holds at
  // most 50 (a position past 49 cannot be answered): writing and importing keep that limit,
  // and so must a larger count here.
  test.each([false, true])(
    "quiz set with 3 questions of its own, 48 generated (drawn: %s): invalid",
    async (drawPerLearner) => {
      const owner = await makeInstructor();
      const set = await makeQuizSet(owner);
      for (const prompt of ["First?", "Second?", "Third?"])
        unwrap(await createCustomQuestion(owner, set.id, { ...WRITTEN_QUESTION, prompt }));
      const before = await contentsOf(set.id);
      const body = { ...QUIZ_AS_SAVED, count: 48, drawPerLearner };
      const message =
        "A quiz set asks at most 50 questions, and this one has 3 of your own: choose at most " +
        "47 generated ones.";
      expect(await updateSetContents(owner, set.id, body)).toEqual({
        ok: false,
        code: "invalid",
        error: message,
        fieldErrors: { count: [message] },
      });
      expect(await contentsOf(set.id)).toEqual(before);
      unwrap(await updateSetContents(owner, set.id, { ...body, count: 47 }));
    },
  );

  test("another instructor, a learner, a missing set: not found, nothing changed", async () => {
    const owner = await makeInstructor();
    const set = await makeQuizSet(owner);
    const before = await contentsOf(set.id);
    const callers: TestUser[] = [await makeInstructor("other"), await makeLearner()];
    for (const who of callers)
      expect(await updateSetContents(who, set.id, { ...QUIZ_AS_SAVED, count: 6 })).toEqual({
        ok: false,
        code: "not_found",
        error: "Set not found.",
      });
    expect(await updateSetContents(owner, "no-such-set", QUIZ_AS_SAVED)).toMatchObject({
      code: "not_found",
    });
    expect(await contentsOf(set.id)).toEqual(before);
  });

  test.each([
    ["a submitted attempt", true],
    ["an attempt still under way", false],
  ])("quiz set with %s: conflict with the reason, nothing changed", async (_label, submit) => {
    const { owner, learner, set, assignment } = await quizAssignment();
    if (submit) await sitAttempt(learner, assignment.id, [true], WHILE_OPEN);
    else unwrap(await startAssignmentAttempt(learner, assignment.id, { now: WHILE_OPEN }));
    const before = await contentsOf(set.id);
    expect(await updateSetContents(owner, set.id, { ...QUIZ_AS_SAVED, count: 6 })).toEqual({
      ok: false,
      code: "conflict",
      error:
        "Learners have already started an assignment of this set, so its questions and cards " +
        "can no longer change: their work would stop matching it. Duplicate the set, change " +
        "the copy and assign that instead.",
    });
    expect(await contentsOf(set.id)).toEqual(before);
  });

  test("work in one of two classes' assignments is enough; an archived class counts", async () => {
    const { owner, cls, learner, set, assignment } = await quizAssignment();
    const second = await makeClass(owner, "Second group");
    const other = await addMember(second.joinCode, "other");
    const secondAssignment = await assign(owner, second.id, set.id);
    await sitAttempt(learner, assignment.id, [true], WHILE_OPEN);
    await sitAttempt(other, secondAssignment.id, [true], WHILE_OPEN);
    unwrap(await archiveClass(owner, cls.id, { archived: true }));
    expect(await updateSetContents(owner, set.id, QUIZ_AS_SAVED)).toEqual({
      ok: false,
      code: "conflict",
      error: setHasWorkMessage(2),
    });
    expect(setHasWorkMessage(2)).toMatch(/^Learners have already started 2 assignments of/);
  });

  test("flashcard set with a member's review since it opened: conflict", async () => {
    const { owner, learner, cards, set, assignment } = await flashcardAssignment();
    await reviewCard(learner.id, assignment.id, cards[0]!, WHILE_OPEN);
    const before = await contentsOf(set.id);
    expect(
      await updateSetContents(owner, set.id, { name: "Cards", cardIds: [cards[1]] }),
    ).toMatchObject({ ok: false, code: "conflict", error: setHasWorkMessage(1) });
    expect(await contentsOf(set.id)).toEqual(before);
  });
});

describe("opening a set in its builder", () => {
  test("quiz set: its saved choices and its preview, the questions it holds", async () => {
    const { owner, learner, set, assignment } = await quizAssignment();
    const saved = await contentsOf(set.id);
    const excluded = saved.questionIds[4]!;
    const pinned = saved.questionIds[0]!;
    const body = { ...QUIZ_AS_SAVED, pinnedIds: [pinned], excludedIds: [excluded], seed: "s2" };
    unwrap(await updateSetContents(owner, set.id, body));
    const opened = unwrap(await getSetForEditing(owner, set.id));
    const after = await contentsOf(set.id);
    expect(opened).toMatchObject({
      id: set.id,
      name: "Week 1",
      kind: "quiz",
      locked: null,
      settings: after.settings,
      pinnedIds: [pinned],
      excludedIds: [excluded],
      excludedQuestions: [expect.objectContaining({ id: excluded })],
    });
    if (opened.kind !== "quiz") throw new Error("a quiz set");
    expect(opened.preview?.questions.map((q) => q.id)).toEqual(after.questionIds);

    await sitAttempt(learner, assignment.id, [true], WHILE_OPEN);
    expect(unwrap(await getSetForEditing(owner, set.id)).locked).toBe(setHasWorkMessage(1));
    const other = await makeInstructor("other");
    expect(await getSetForEditing(other, set.id)).toMatchObject({ code: "not_found" });
    expect(await getSetForEditing(learner, set.id)).toMatchObject({ code: "not_found" });
  });

  test("flashcard set: its programmes and every card it holds", async () => {
    const owner = await makeInstructor();
    const [a] = cardIdsOf("pfp", 1);
    const set = unwrap(
      await createFlashcardSet(owner, { name: "Two", programmeIds: [EAPC], cardIds: [a] }),
    );
    expect(unwrap(await getSetForEditing(owner, set.id))).toEqual({
      id: set.id,
      name: "Two",
      kind: "flashcards",
      locked: null,
      programmeIds: [EAPC],
      cardIds: [...cardIdsOf(EAPC, 1000), a],
    });
  });
});

describe("race with a learner starting", () => {
  test("a start that read the old questions commits first: the edit is refused", async () => {
    const { owner, learner, set, assignment } = await quizAssignment();
    const old = (await contentsOf(set.id)).questionIds;
    // The test holds the learner's user row: the start locks its assignment, reads the set, and
    // then waits to insert its attempt (whose key check needs that row) until it is let go.
    const holding = heldTransaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${learner.id} FOR UPDATE`;
    });
    await holding.isReady;
    const starting = startAssignmentAttempt(learner, assignment.id, { now: WHILE_OPEN });
    await lockWaits(1);
    const editing = updateSetContents(owner, set.id, { ...QUIZ_AS_SAVED, seed: "raced" });
    // The edit waits for the start's share lock on the assignment (or, unlocked, just commits).
    await Promise.race([editing, lockWaits(2)]);
    holding.commit();
    await holding.done;
    const [started, edited] = await Promise.all([starting, editing]);

    const attempt = await db.quizAttempt.findUniqueOrThrow({
      where: { id: unwrap(started).attemptId },
    });
    expect(attempt.questionIds).toEqual(old);
    expect(edited).toEqual({ ok: false, code: "conflict", error: setHasWorkMessage(1) });
    expect((await contentsOf(set.id)).questionIds).toEqual(old);
  });

  test("start and edit at once: the start reads the contents the set ends with", async () => {
    for (let round = 0; round < 8; round++) {
      const { owner, learner, set, assignment } = await quizAssignment();
      const old = (await contentsOf(set.id)).questionIds;
      const [started, edited] = await Promise.all([
        startAssignmentAttempt(learner, assignment.id, { now: WHILE_OPEN }),
        updateSetContents(owner, set.id, { ...QUIZ_AS_SAVED, excludedIds: [old[0]] }),
      ]);
      const attempt = await db.quizAttempt.findUniqueOrThrow({
        where: { id: unwrap(started).attemptId },
      });
      const final = (await contentsOf(set.id)).questionIds;
      expect(attempt.questionIds, `round ${round}`).toEqual(final);
      if (edited.ok) expect(final).not.toContain(old[0]);
      else {
        expect(edited.code).toBe("conflict");
        expect(final).toEqual(old);
      }
    }
  });
});

describe("race with a learner's first review", () => {
  const grade = (userId: string, assignment: string, cardId: string) =>
    gradeFlashcard(
      userId,
      { cardId, rating: 3, requestId: randomUUID(), expectedVersion: 0, assignment },
      WHILE_OPEN,
    );

  test("a review that checked the old set commits first: the edit waits, is refused", async () => {
    const { owner, learner, cards, set, assignment } = await flashcardAssignment();
    const before = await contentsOf(set.id);
    // The test holds the learner's user row: the review checks the set and then waits to
    // insert the card's state (whose key check needs that row) until it is let go.
    const holding = heldTransaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${learner.id} FOR UPDATE`;
    });
    await holding.isReady;
    const reviewing = grade(learner.id, assignment.id, cards[0]!);
    await lockWaits(1);
    const editing = updateSetContents(owner, set.id, { name: "Cards", cardIds: [cards[1]] });
    // The edit waits for the review's share lock on the assignment (or, unlocked, commits).
    await Promise.race([editing, lockWaits(2)]);
    holding.commit();
    await holding.done;
    const [reviewed, edited] = await Promise.all([reviewing, editing]);

    expect(reviewed.ok).toBe(true);
    expect(edited).toEqual({ ok: false, code: "conflict", error: setHasWorkMessage(1) });
    expect(await contentsOf(set.id)).toEqual(before);
  });

  test("an edit that commits first: a review of the card it took out is refused", async () => {
    const { learner, cards, set, assignment } = await flashcardAssignment();
    // Held as an edit holds it (the assignment row locked, the card taken out), the review
    // has checked the set as it was and waits for the lock; then the edit commits.
    const holding = heldTransaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Assignment" WHERE id = ${assignment.id} FOR UPDATE`;
      await tx.studySet.update({ where: { id: set.id }, data: { cardIds: [cards[1]!] } });
    });
    await holding.isReady;
    const reviewing = grade(learner.id, assignment.id, cards[0]!);
    await Promise.race([reviewing, lockWaits(1)]);
    holding.commit();
    await holding.done;

    expect(await reviewing).toEqual({
      ok: false,
      code: "not_found",
      error: "That card is not in the decks you study.",
    });
    expect(await db.reviewLog.count({ where: { userId: learner.id } })).toBe(0);
  });
});
