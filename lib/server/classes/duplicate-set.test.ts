// Duplicating a set (duplicate-set.ts): the copy holds what the set holds, the builder's
// choices and the instructor's own questions or cards, and nothing of its use, so a set locked
// by learners' work can be copied and the copy changed. Then who may copy, the copies' names,
// and a copy made while the set is being edited.
import { describe, expect, test } from "vitest";
import { createCustomCard } from "@/lib/server/interop/custom-cards";
import { createCustomQuestion } from "@/lib/server/interop/custom-questions";
import { importIntoSet } from "@/lib/server/interop/import-into-set";
import { db } from "@/lib/server/db";
import { heldTransaction } from "@/test/held-transaction";
import { lockWaits } from "@/test/lock-waits";
import { duplicateSet } from "./duplicate-set";
import { lockOwnSet } from "./lock-own-set";
import { setHasWorkMessage } from "./set-work";
import {
  WHILE_OPEN,
  WRITTEN_QUESTION,
  cardIdsOf,
  makeFlashcardSet,
  makeInstructor,
  makeLearner,
  makeQuizSet,
  quizAssignment,
  sitAttempt,
  unwrap,
} from "./test-fixtures";

const NOT_FOUND = { ok: false, code: "not_found", error: "Set not found." };
const GIFT = "Acronym of the Istanbul Cooperation Initiative? {=ICI ~MD ~EAPC}";

/** What a set holds, without its id, name and times. */
async function contents(setId: string) {
  const set = await db.studySet.findUniqueOrThrow({
    where: { id: setId },
    select: {
      instructorId: true,
      kind: true,
      settings: true,
      questionIds: true,
      pinnedIds: true,
      excludedIds: true,
      cardIds: true,
      contentVersion: true,
      customQuestions: {
        orderBy: { position: "asc" },
        select: { instructorId: true, position: true, questionId: true, question: true },
      },
      customCards: {
        orderBy: { position: "asc" },
        select: { instructorId: true, position: true, front: true, back: true, source: true },
      },
    },
  });
  return set;
}

describe("duplicating a set", () => {
  test("a quiz set learners have started: the copy holds the same, and can change", async () => {
    const { owner, learner, set, assignment } = await quizAssignment();
    unwrap(await createCustomQuestion(owner, set.id, WRITTEN_QUESTION));
    unwrap(await importIntoSet(owner, set.id, "gift", GIFT));
    await sitAttempt(learner, assignment.id, [true, false], WHILE_OPEN);
    // The original is locked by the learner's attempt.
    const refused = { ok: false, code: "conflict", error: setHasWorkMessage(1) };
    const another = { ...WRITTEN_QUESTION, prompt: "When did the Mediterranean Dialogue begin?" };
    expect(await createCustomQuestion(owner, set.id, another)).toEqual(refused);

    const copy = unwrap(await duplicateSet(owner, set.id));
    expect(copy).toMatchObject({ name: "Week 1 (copy)", kind: "quiz", size: set.size + 2 });
    expect(copy.assignmentCount).toBe(0);
    expect(copy.id).not.toBe(set.id);
    const original = await contents(set.id);
    expect(original.customQuestions).toHaveLength(2);
    expect(await contents(copy.id)).toEqual(original);
    // Nothing of the set's use came along, and the copy takes a new question.
    expect(await db.assignment.count({ where: { setId: copy.id } })).toBe(0);
    unwrap(await createCustomQuestion(owner, copy.id, another));
    expect((await contents(copy.id)).customQuestions).toHaveLength(3);
    expect((await contents(set.id)).customQuestions).toHaveLength(2);
  });

  test("a flashcard set: its cards, and new rows for the cards its instructor wrote", async () => {
    const owner = await makeInstructor();
    const set = await makeFlashcardSet(owner, cardIdsOf("pfp", 3));
    unwrap(await createCustomCard(owner, set.id, { front: "NACC", back: "Council" }));
    unwrap(
      await createCustomCard(owner, set.id, { front: "EAPC", back: "Euro-Atlantic", source: "s" }),
    );
    const copy = unwrap(await duplicateSet(owner, set.id));
    expect(copy).toMatchObject({ name: "Cards (copy)", kind: "flashcards", size: 5 });
    expect(await contents(copy.id)).toEqual(await contents(set.id));
    // Learners study a written card by its row: the copy's are rows of their own.
    const rows = (setId: string) =>
      db.customCard.findMany({ where: { setId }, select: { id: true } });
    const ids = new Set((await rows(set.id)).map((r) => r.id));
    expect((await rows(copy.id)).filter((r) => ids.has(r.id))).toEqual([]);
  });

  test("each copy gets a name not in use", async () => {
    const owner = await makeInstructor();
    const set = await makeQuizSet(owner, { name: "Week 2" });
    const names = [];
    for (let i = 0; i < 3; i += 1) names.push(unwrap(await duplicateSet(owner, set.id)).name);
    expect(names).toEqual(["Week 2 (copy)", "Week 2 (copy 2)", "Week 2 (copy 3)"]);
    // Another instructor's names are theirs: their own copy is "(copy)".
    const other = await makeInstructor("other");
    const theirs = await makeQuizSet(other, { name: "Week 2" });
    expect(unwrap(await duplicateSet(other, theirs.id)).name).toBe("Week 2 (copy)");
  });

  test("others, learners, unknown ids: not found, nothing copied", async () => {
    const owner = await makeInstructor();
    const set = await makeQuizSet(owner);
    const demoted = { ...owner, role: "LEARNER" as const };
    const before = await db.studySet.count();
    for (const who of [await makeInstructor("other"), await makeLearner(), demoted])
      expect(await duplicateSet(who, set.id)).toEqual(NOT_FOUND);
    expect(await duplicateSet(owner, "no-such-set")).toEqual(NOT_FOUND);
    expect(await db.studySet.count()).toBe(before);
  });

  // Without the set's lock the copy read the set while an import was writing into it, and
  // held the set's choices from before the import with only some of its questions (or none).
  test("an import under way: the copy waits for it and holds what it left", async () => {
    const owner = await makeInstructor();
    const set = await makeQuizSet(owner);
    const importing = heldTransaction(async (tx) => {
      await lockOwnSet(tx, owner.id, set.id, "update");
      await tx.customQuestion.create({
        data: {
          instructorId: owner.id,
          setId: set.id,
          position: 0,
          questionId: "custom:held:1",
          question: { held: true },
        },
      });
    });
    await importing.isReady;
    const copying = duplicateSet(owner, set.id);
    await lockWaits(1);
    importing.commit();
    await importing.done;
    const copy = unwrap(await copying);
    expect((await contents(copy.id)).customQuestions.map((q) => q.questionId)).toEqual([
      "custom:held:1",
    ]);
  });
});
