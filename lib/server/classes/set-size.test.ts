// A set's size (countSetItems) is what each learner gets: the generated questions or cards still
// in the content plus the instructor's own, written in the form or imported from a file. The
// sets page and the class page's assign form show it (listSets), and the write and import limits
// check it; a learner's attempt or study plan gives the same number (QA walk, finding 4: the
// sets page said "6 questions" where learners got 7, "5 cards" for 8).
import { describe, expect, test } from "vitest";
import { QUIZ_MAX_QUESTIONS } from "@/lib/schemas/quiz";
import { db } from "@/lib/server/db";
import { createCustomCard } from "@/lib/server/interop/custom-cards";
import { createCustomQuestion } from "@/lib/server/interop/custom-questions";
import { importIntoSet } from "@/lib/server/interop/import-into-set";
import type { Caller } from "./caller";
import { listAssignmentsForLearner } from "./list-assignments-for-learner";
import { listSets } from "./list-sets";
import { startAssignmentAttempt } from "./start-assignment-attempt";
import { studyAssignment } from "./study-assignment";
import {
  WHILE_OPEN,
  addMember,
  assign,
  cardIdsOf,
  makeClass,
  makeFlashcardSet,
  makeInstructor,
  makeQuizSet,
  unwrap,
  WRITTEN_QUESTION,
} from "./test-fixtures";

const GIFT =
  "::Council:: Which council gathers NATO and its partners? " +
  "{=Euro-Atlantic Partnership Council ~North Atlantic Council ~Military Committee}\n\n" +
  "::Dialogue:: Which dialogue began in 1994? " +
  "{=Mediterranean Dialogue ~Istanbul Cooperation Initiative}\n";

const CSV =
  "front,back\nEAPC,Euro-Atlantic Partnership Council\nICI,Istanbul Cooperation Initiative\n";

async function sizeOf(owner: Caller, setId: string): Promise<number> {
  const set = unwrap(await listSets(owner)).find((s) => s.id === setId);
  if (!set) throw new Error(`set ${setId} not listed`);
  return set.size;
}

/** Writes one question in the form and imports a two-question GIFT file into a quiz set. */
async function addOwnQuestions(owner: Caller, setId: string): Promise<number> {
  unwrap(await createCustomQuestion(owner, setId, WRITTEN_QUESTION));
  expect(unwrap(await importIntoSet(owner, setId, "gift", GIFT)).imported).toBe(2);
  return db.customQuestion.count({ where: { setId } });
}

describe("a quiz set's size counts the instructor's own questions", () => {
  test("a fixed set: generated, written and imported, as many as a learner is asked", async () => {
    const owner = await makeInstructor();
    const set = await makeQuizSet(owner);
    const generated = set.size;
    const own = await addOwnQuestions(owner, set.id);
    expect(own).toBeGreaterThan(0);

    const size = await sizeOf(owner, set.id);
    expect(size).toBe(generated + own);

    const cls = await makeClass(owner);
    const learner = await addMember(cls.joinCode);
    const assignment = await assign(owner, cls.id, set.id);
    const attempt = unwrap(
      await startAssignmentAttempt(learner, assignment.id, { now: WHILE_OPEN }),
    );
    expect(attempt.questions).toBe(size);
  });

  test("a question a later content edit removed counts nowhere, as it is not asked", async () => {
    const owner = await makeInstructor();
    const set = await makeQuizSet(owner);
    await addOwnQuestions(owner, set.id);
    const before = await sizeOf(owner, set.id);
    await db.studySet.update({
      where: { id: set.id },
      data: { questionIds: { push: "single-choice:removed-programme:gone" } },
    });
    expect(await sizeOf(owner, set.id)).toBe(before);

    const cls = await makeClass(owner);
    const learner = await addMember(cls.joinCode);
    const assignment = await assign(owner, cls.id, set.id);
    const attempt = unwrap(
      await startAssignmentAttempt(learner, assignment.id, { now: WHILE_OPEN }),
    );
    expect(attempt.questions).toBe(before);
  });

  test("a set drawn per learner: its count plus the instructor's own", async () => {
    const owner = await makeInstructor();
    const set = await makeQuizSet(owner, { drawPerLearner: true, count: 6 });
    const own = await addOwnQuestions(owner, set.id);
    const size = await sizeOf(owner, set.id);
    expect(size).toBe(set.size + own);

    const cls = await makeClass(owner);
    const learner = await addMember(cls.joinCode);
    const assignment = await assign(owner, cls.id, set.id);
    const attempt = unwrap(
      await startAssignmentAttempt(learner, assignment.id, { now: WHILE_OPEN }),
    );
    expect(attempt.questions).toBe(size);
  });

  test("an import past the limit names the room the size leaves", async () => {
    const owner = await makeInstructor();
    const set = await makeQuizSet(owner, { count: QUIZ_MAX_QUESTIONS - 2 });
    // A removed question leaves a place: the size, not the stored ids, says how many are asked.
    await db.studySet.update({
      where: { id: set.id },
      data: { questionIds: { push: "single-choice:removed-programme:gone" } },
    });
    unwrap(await createCustomQuestion(owner, set.id, WRITTEN_QUESTION));
    const room = QUIZ_MAX_QUESTIONS - (await sizeOf(owner, set.id));
    const refused = await importIntoSet(owner, set.id, "gift", GIFT);
    expect(refused).toMatchObject({ ok: false, code: "invalid" });
    if (refused.ok) return;
    expect(refused.error).toContain(`room for ${room} more`);
  });
});

describe("a flashcard set's size counts the instructor's own cards", () => {
  test("content, written and imported cards: as many as the learner studies", async () => {
    const owner = await makeInstructor();
    const contentCards = cardIdsOf("pfp", 3);
    const set = await makeFlashcardSet(owner, contentCards);
    unwrap(await createCustomCard(owner, set.id, { front: "PfP", back: "Partnership for Peace" }));
    expect(unwrap(await importIntoSet(owner, set.id, "csv", CSV)).imported).toBe(2);
    const own = await db.customCard.count({ where: { setId: set.id } });

    const size = await sizeOf(owner, set.id);
    expect(size).toBe(contentCards.length + own);

    const cls = await makeClass(owner);
    const learner = await addMember(cls.joinCode);
    const assignment = await assign(owner, cls.id, set.id);
    expect(unwrap(await studyAssignment(learner, assignment.id, WHILE_OPEN)).cardIds).toHaveLength(
      size,
    );
    const listed = unwrap(await listAssignmentsForLearner(learner, WHILE_OPEN));
    expect(listed.find((a) => a.id === assignment.id)?.cards?.total).toBe(size);
  });

  test("a card a later content edit removed counts nowhere, as it is not studied", async () => {
    const owner = await makeInstructor();
    const set = await makeFlashcardSet(owner, cardIdsOf("pfp", 3));
    unwrap(await createCustomCard(owner, set.id, { front: "PfP", back: "Partnership for Peace" }));
    const before = await sizeOf(owner, set.id);
    await db.studySet.update({
      where: { id: set.id },
      data: { cardIds: { push: "card:removed-programme:gone" } },
    });
    expect(await sizeOf(owner, set.id)).toBe(before);

    const cls = await makeClass(owner);
    const learner = await addMember(cls.joinCode);
    const assignment = await assign(owner, cls.id, set.id);
    expect(unwrap(await studyAssignment(learner, assignment.id, WHILE_OPEN)).cardIds).toHaveLength(
      before,
    );
    const listed = unwrap(await listAssignmentsForLearner(learner, WHILE_OPEN));
    expect(listed.find((a) => a.id === assignment.id)?.cards?.total).toBe(before);
  });
});
