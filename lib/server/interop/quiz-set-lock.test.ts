// One rule for a quiz set that learners have started (set-work.ts): the questions the
// instructor wrote or imported into it can no longer be written, imported, edited or deleted,
// as its builder choices cannot; assigned but untouched, they can. A flashcard set's own cards
// may keep growing. The services against a real PostgreSQL, and the race with a learner
// starting.
import { describe, expect, test } from "vitest";
import { setHasWorkMessage } from "@/lib/server/classes/set-work";
import { startAssignmentAttempt } from "@/lib/server/classes/start-assignment-attempt";
import {
  WHILE_OPEN,
  WRITTEN_QUESTION,
  addMember,
  assign,
  cardIdsOf,
  makeClass,
  makeFlashcardSet,
  quizAssignment,
  reviewCard,
  sitAttempt,
  unwrap,
} from "@/lib/server/classes/test-fixtures";
import { db } from "@/lib/server/db";
import { heldTransaction } from "@/test/held-transaction";
import { lockWaits } from "@/test/lock-waits";
import { createCustomCard } from "./custom-cards";
import {
  createCustomQuestion,
  deleteCustomQuestion,
  updateCustomQuestion,
} from "./custom-questions";
import { importIntoSet } from "./import-into-set";

const GIFT = "Acronym of the Istanbul Cooperation Initiative? {=ICI ~MD ~EAPC}";
const OTHER = { ...WRITTEN_QUESTION, prompt: "Which year did the Mediterranean Dialogue begin?" };
const REWORDED = { ...WRITTEN_QUESTION, prompt: "When did the Partnership for Peace start?" };

/** The set's own questions as stored: what a refused write must leave as it was. */
const ownQuestions = (setId: string) =>
  db.customQuestion.findMany({
    where: { setId },
    orderBy: { position: "asc" },
    select: { id: true, questionId: true, question: true },
  });

describe("a quiz set's own questions", () => {
  test("assigned but not started: written, imported, edited and deleted", async () => {
    const { owner, set } = await quizAssignment();
    const { id } = unwrap(await createCustomQuestion(owner, set.id, WRITTEN_QUESTION));
    expect(unwrap(await importIntoSet(owner, set.id, "gift", GIFT))).toMatchObject({
      imported: 1,
    });
    unwrap(await updateCustomQuestion(owner, set.id, id, REWORDED));
    unwrap(await deleteCustomQuestion(owner, set.id, id));
    expect((await ownQuestions(set.id)).map((q) => q.id)).not.toContain(id);
    expect(await ownQuestions(set.id)).toHaveLength(1);
  });

  test.each([
    ["an attempt under way", false],
    ["a submitted attempt", true],
  ])("with %s: write, import, edit and delete are 409, nothing changed", async (_, submit) => {
    const { owner, learner, set, assignment } = await quizAssignment();
    const { id } = unwrap(await createCustomQuestion(owner, set.id, WRITTEN_QUESTION));
    if (submit) await sitAttempt(learner, assignment.id, [true], WHILE_OPEN);
    else unwrap(await startAssignmentAttempt(learner, assignment.id, { now: WHILE_OPEN }));
    const before = await ownQuestions(set.id);
    const refused = { ok: false, code: "conflict", error: setHasWorkMessage(1) };

    expect(await createCustomQuestion(owner, set.id, OTHER)).toEqual(refused);
    expect(await importIntoSet(owner, set.id, "gift", GIFT)).toEqual(refused);
    expect(await updateCustomQuestion(owner, set.id, id, REWORDED)).toEqual(refused);
    expect(await deleteCustomQuestion(owner, set.id, id)).toEqual(refused);
    expect(await ownQuestions(set.id)).toEqual(before);
  });

  test("work in a second class's assignment is enough, and counted", async () => {
    const { owner, set } = await quizAssignment();
    const second = await makeClass(owner, "Second group");
    const other = await addMember(second.joinCode, "other");
    const { id } = unwrap(await createCustomQuestion(owner, set.id, WRITTEN_QUESTION));
    const secondAssignment = await assign(owner, second.id, set.id);
    await sitAttempt(other, secondAssignment.id, [true], WHILE_OPEN);
    expect(await deleteCustomQuestion(owner, set.id, id)).toMatchObject({
      code: "conflict",
      error: setHasWorkMessage(1),
    });
  });

  test("a learner's start that commits first refuses the write waiting on it", async () => {
    const { owner, learner, set, assignment } = await quizAssignment();
    // The test holds the learner's user row: the start share-locks its assignment, reads the
    // set, then waits to insert its attempt (whose key check needs that row) until let go.
    const holding = heldTransaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${learner.id} FOR UPDATE`;
    });
    await holding.isReady;
    const starting = startAssignmentAttempt(learner, assignment.id, { now: WHILE_OPEN });
    await lockWaits(1);
    const writing = createCustomQuestion(owner, set.id, WRITTEN_QUESTION);
    // The write waits for the start's share lock on the assignment (or, unlocked, commits).
    await Promise.race([writing, lockWaits(2)]);
    holding.commit();
    await holding.done;
    const [started, written] = await Promise.all([starting, writing]);

    expect(started.ok).toBe(true);
    expect(written).toEqual({ ok: false, code: "conflict", error: setHasWorkMessage(1) });
    expect(await ownQuestions(set.id)).toEqual([]);
  });
});

describe("a flashcard set's own cards", () => {
  test("keep growing after a member's review, as an Anki deck does", async () => {
    const { owner } = await quizAssignment();
    const cls = await makeClass(owner, "Cards group");
    const learner = await addMember(cls.joinCode, "reviewer");
    const cards = cardIdsOf("pfp", 1);
    const set = await makeFlashcardSet(owner, cards);
    const assignment = await assign(owner, cls.id, set.id);
    await reviewCard(learner.id, assignment.id, cards[0]!, WHILE_OPEN);

    unwrap(await createCustomCard(owner, set.id, { front: "ICI", back: "Istanbul, 2004" }));
    expect(unwrap(await importIntoSet(owner, set.id, "tsv", "MD\tMediterranean Dialogue"))).toEqual(
      { imported: 1, alreadyInSet: 0, kind: "cards" },
    );
    expect(await db.customCard.count({ where: { setId: set.id } })).toBe(2);
  });
});
