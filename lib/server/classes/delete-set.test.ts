// Deleting a set (delete-set.ts): refused while any class has it assigned, archived classes
// too, so no learner's assignment, attempt or grade goes with it; otherwise the set goes with
// the questions and cards its instructor wrote in it. Then the lock that keeps an assignment
// made at the same moment from slipping in between the check and the delete, and the writes
// into the set that wait for a deletion under way.
import { describe, expect, test } from "vitest";
import { createCustomCard } from "@/lib/server/interop/custom-cards";
import { createCustomQuestion } from "@/lib/server/interop/custom-questions";
import { importIntoSet } from "@/lib/server/interop/import-into-set";
import { db } from "@/lib/server/db";
import { heldTransaction } from "@/test/held-transaction";
import { lockWaits } from "@/test/lock-waits";
import type { ServiceResult } from "@/lib/server/service-result";
import { archiveClass } from "./archive-class";
import { createAssignment } from "./create-assignment";
import { deleteSet, getSetDeleteRefusal } from "./delete-set";
import { lockOwnSet } from "./lock-own-set";
import { removeAssignment } from "./remove-assignment";
import {
  ASSIGNED_AT,
  DUE_AT,
  DUE_LOCAL,
  OPENS_AT,
  OPENS_LOCAL,
  PARIS,
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
  WRITTEN_QUESTION,
} from "./test-fixtures";

const NOT_FOUND = { ok: false, code: "not_found", error: "Set not found." };
const setExists = async (id: string) => (await db.studySet.count({ where: { id } })) === 1;

describe("deleting a set", () => {
  test("an unassigned quiz set goes, with the questions its instructor wrote", async () => {
    const owner = await makeInstructor();
    const set = await makeQuizSet(owner, { name: "Old quiz" });
    const kept = await makeQuizSet(owner, { name: "Kept" });
    unwrap(await createCustomQuestion(owner, set.id, WRITTEN_QUESTION));
    unwrap(await createCustomQuestion(owner, set.id, { ...WRITTEN_QUESTION, prompt: "Second?" }));
    unwrap(await createCustomQuestion(owner, kept.id, WRITTEN_QUESTION));
    expect(await deleteSet(owner, set.id)).toEqual({
      ok: true,
      data: { id: set.id, name: "Old quiz" },
    });
    expect(await setExists(set.id)).toBe(false);
    expect(await db.customQuestion.count({ where: { setId: set.id } })).toBe(0);
    // The instructor's other set and its question are untouched.
    expect(await setExists(kept.id)).toBe(true);
    expect(await db.customQuestion.count({ where: { setId: kept.id } })).toBe(1);
    expect(await deleteSet(owner, set.id)).toEqual(NOT_FOUND);
  });

  test("an unassigned flashcard set goes, with the cards its instructor wrote", async () => {
    const owner = await makeInstructor();
    const set = await makeFlashcardSet(owner, cardIdsOf("pfp", 2));
    unwrap(await createCustomCard(owner, set.id, { front: "NACC", back: "Council" }));
    expect(await deleteSet(owner, set.id)).toMatchObject({ ok: true });
    expect(await setExists(set.id)).toBe(false);
    expect(await db.customCard.count({ where: { setId: set.id } })).toBe(0);
  });

  test("others, learners, unknown ids: not found, nothing deleted", async () => {
    const owner = await makeInstructor();
    const set = await makeQuizSet(owner);
    unwrap(await createCustomQuestion(owner, set.id, WRITTEN_QUESTION));
    // The owner whose account became a learner's too: sets are an instructor's tools.
    const demoted = { ...owner, role: "LEARNER" as const };
    for (const who of [await makeInstructor("other"), await makeLearner(), demoted])
      expect(await deleteSet(who, set.id)).toEqual(NOT_FOUND);
    expect(await deleteSet(owner, "no-such-set")).toEqual(NOT_FOUND);
    expect(await setExists(set.id)).toBe(true);
    expect(await db.customQuestion.count({ where: { setId: set.id } })).toBe(1);
  });

  test("assigned to one class: refused, naming it; allowed once it is removed", async () => {
    const owner = await makeInstructor();
    const set = await makeQuizSet(owner);
    const cls = await makeClass(owner, "Tuesday group");
    const assignment = await assign(owner, cls.id, set.id);
    expect(await deleteSet(owner, set.id)).toEqual({
      ok: false,
      code: "conflict",
      error:
        "“Week 1” is assigned to Tuesday group. Remove it from that class first, then delete it.",
    });
    expect(await db.assignment.count({ where: { id: assignment.id } })).toBe(1);
    // The set's page says the same beside where the button would be, to its owner only.
    expect(await getSetDeleteRefusal(owner, set.id)).toBe(
      "“Week 1” is assigned to Tuesday group. Remove it from that class first, then delete it.",
    );
    expect(await getSetDeleteRefusal(await makeInstructor("other"), set.id)).toBeNull();
    unwrap(await removeAssignment(owner, assignment.id));
    expect(await getSetDeleteRefusal(owner, set.id)).toBeNull();
    expect(await deleteSet(owner, set.id)).toMatchObject({ ok: true });
    expect(await setExists(set.id)).toBe(false);
  });

  test("assigned in several classes, one archived: refused, naming each once", async () => {
    const owner = await makeInstructor();
    const set = await makeFlashcardSet(owner, cardIdsOf("pfp", 2));
    const b = await makeClass(owner, "B group");
    const a = await makeClass(owner, "A group");
    const old = await makeClass(owner, "2025 group");
    await assign(owner, b.id, set.id);
    await assign(owner, b.id, set.id);
    await assign(owner, a.id, set.id);
    await assign(owner, old.id, set.id);
    unwrap(await archiveClass(owner, old.id, { archived: true }));
    const refusal =
      "“Cards” is assigned to 2025 group (archived), A group and B group. Remove it from " +
      "those classes first, then delete it. Restore an archived class to change its " +
      "assignments.";
    expect(await deleteSet(owner, set.id)).toEqual({
      ok: false,
      code: "conflict",
      error: refusal,
    });
    expect(await getSetDeleteRefusal(owner, set.id)).toBe(refusal);
    expect(await db.assignment.count({ where: { setId: set.id } })).toBe(4);
  });

  test("assigned only in an archived class: still refused", async () => {
    const owner = await makeInstructor();
    const set = await makeQuizSet(owner);
    const cls = await makeClass(owner, "Last year");
    await assign(owner, cls.id, set.id);
    unwrap(await archiveClass(owner, cls.id, { archived: true }));
    expect(await deleteSet(owner, set.id)).toMatchObject({
      code: "conflict",
      error: expect.stringMatching(/^“Week 1” is assigned to Last year \(archived\)\. /),
    });
    expect(await setExists(set.id)).toBe(true);
  });

  test("learners' work keeps the set: its assignment cannot go, so nor can it", async () => {
    const owner = await makeInstructor();
    const set = await makeQuizSet(owner);
    const cls = await makeClass(owner);
    const assignment = await assign(owner, cls.id, set.id);
    const learner = await addMember(cls.joinCode);
    await sitAttempt(learner, assignment.id, [true, false], WHILE_OPEN);
    expect(await removeAssignment(owner, assignment.id)).toMatchObject({ code: "conflict" });
    expect(await deleteSet(owner, set.id)).toMatchObject({ code: "conflict" });
    expect(await db.quizAttempt.count({ where: { assignmentId: assignment.id } })).toBe(1);
  });
});

const assignInput = (classId: string, setId: string) => ({
  classId,
  setId,
  opensAt: OPENS_LOCAL,
  dueAt: DUE_LOCAL,
  timeZone: PARIS,
});

async function setAndClasses(owner: TestUser) {
  const set = await makeQuizSet(owner);
  return { set, cls: await makeClass(owner, "Monday group"), other: await makeClass(owner) };
}

describe("deleting a set while it is being assigned", () => {
  // The order that lost work without the lock: an assignment WRITTEN_QUESTION but not yet committed
  // when the deletion looks for assignments. Unlocked, the deletion saw none, waited on the
  // new row's reference to the set, and then deleted the set and, by cascade, the assignment
  // that had just been committed: both succeeded. Locked, the deletion waits before looking.
  test("an assignment not yet committed: the deletion waits, sees it, refuses", async () => {
    const owner = await makeInstructor();
    const { set, cls } = await setAndClasses(owner);
    // What createAssignment does between writing the assignment and committing.
    const assigning = heldTransaction(async (tx) => {
      await tx.assignment.create({
        data: { classId: cls.id, setId: set.id, opensAt: OPENS_AT, dueAt: DUE_AT, timeZone: PARIS },
      });
    });
    await assigning.isReady;
    const deletion = deleteSet(owner, set.id);
    await lockWaits(1);
    assigning.commit();
    await assigning.done;
    expect(await deletion).toMatchObject({
      ok: false,
      code: "conflict",
      error: expect.stringMatching(/^“Week 1” is assigned to Monday group\. /),
    });
    expect(await db.assignment.count({ where: { setId: set.id } })).toBe(1);
    expect(await setExists(set.id)).toBe(true);
  });

  // The other order: the deletion holds the set when the assignment is made. Without the set
  // locked, createAssignment read the set as still there and its insert then failed on the
  // foreign key (an error, a 500); locked, it waits and finds no set: "Set not found".
  test("a deletion under way: the assignment waits, then finds no set", async () => {
    const owner = await makeInstructor();
    const { set, cls } = await setAndClasses(owner);
    // What deleteSet does between locking the set and committing.
    const deleting = heldTransaction(async (tx) => {
      expect(await lockOwnSet(tx, owner.id, set.id, "update")).toEqual({
        name: "Week 1",
        kind: "QUIZ",
      });
      await tx.studySet.delete({ where: { id: set.id } });
    });
    await deleting.isReady;
    const assigning = createAssignment(owner, assignInput(cls.id, set.id), { now: ASSIGNED_AT });
    await lockWaits(1);
    deleting.commit();
    await deleting.done;
    expect(await assigning).toEqual({
      ok: false,
      code: "not_found",
      error: "Set not found.",
      fieldErrors: { setId: ["Set not found."] },
    });
    expect(await db.assignment.count({ where: { classId: cls.id } })).toBe(0);
  });

  // Both services raced as they are, many times: never both done, never an error, and what
  // is left agrees with what each was told.
  test("raced as they run: never both succeed, and nothing is left half done", async () => {
    const owner = await makeInstructor();
    for (let round = 0; round < 12; round++) {
      const { set, cls, other } = await setAndClasses(owner);
      const results: ServiceResult<unknown>[] = await Promise.all([
        createAssignment(owner, assignInput(cls.id, set.id), { now: ASSIGNED_AT }),
        deleteSet(owner, set.id),
        createAssignment(owner, assignInput(other.id, set.id), { now: ASSIGNED_AT }),
      ]);
      const [first, deleted, second] = results.map((r) => r.ok);
      if (deleted) {
        expect([first, second]).toEqual([false, false]);
        expect(await setExists(set.id)).toBe(false);
      } else {
        expect(results[1]).toMatchObject({ code: "conflict" });
        expect(first || second).toBe(true);
      }
      const assignments = await db.assignment.count({ where: { setId: set.id } });
      expect(assignments).toBe(Number(first) + Number(second));
    }
  });
});

describe("writing into a set while it is being deleted", () => {
  // A form's or an import's write locks the set after checking it is the caller's. Before it
  // looked again under the lock, a set deleted in between made its insert fail on the foreign
  // key (an error, a 500); now it waits for the deletion and answers "Set not found".
  test("a question, a card and an import wait, then find no set", async () => {
    const owner = await makeInstructor();
    const quiz = await makeQuizSet(owner);
    const cards = await makeFlashcardSet(owner, cardIdsOf("pfp", 2));
    const deleting = heldTransaction(async (tx) => {
      for (const set of [quiz, cards]) {
        expect(await lockOwnSet(tx, owner.id, set.id, "update")).not.toBeNull();
        await tx.studySet.delete({ where: { id: set.id } });
      }
    });
    await deleting.isReady;
    const writes = [
      createCustomQuestion(owner, quiz.id, WRITTEN_QUESTION),
      createCustomCard(owner, cards.id, { front: "NACC", back: "Council" }),
      importIntoSet(owner, cards.id, "csv", "front,back\nEAPC,Euro-Atlantic Council"),
    ];
    await lockWaits(3);
    deleting.commit();
    await deleting.done;
    for (const result of await Promise.all(writes)) expect(result).toEqual(NOT_FOUND);
    expect(await db.customQuestion.count({ where: { setId: quiz.id } })).toBe(0);
    expect(await db.customCard.count({ where: { setId: cards.id } })).toBe(0);
  });
});
