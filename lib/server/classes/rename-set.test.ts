// Renaming a set (rename-set.ts): the name rules of saving a set, the caller's own sets only,
// and the new name wherever an assignment of the set shows it.
import { describe, expect, test } from "vitest";
import { db } from "@/lib/server/db";
import { getClassGradebook } from "./get-class-gradebook";
import { listAssignmentsForInstructor } from "./list-assignments-for-instructor";
import { listAssignmentsForLearner } from "./list-assignments-for-learner";
import { renameSet } from "./rename-set";
import {
  addMember,
  assign,
  cardIdsOf,
  makeClass,
  makeFlashcardSet,
  makeInstructor,
  makeLearner,
  makeQuizSet,
  unwrap,
} from "./test-fixtures";

const NOT_FOUND = { ok: false, code: "not_found", error: "Set not found." };
const nameOf = async (id: string) =>
  (await db.studySet.findUniqueOrThrow({ where: { id }, select: { name: true } })).name;

describe("renaming a set", () => {
  test("the owner renames a quiz or flashcard set; the name is trimmed", async () => {
    const owner = await makeInstructor();
    const quiz = await makeQuizSet(owner);
    const cards = await makeFlashcardSet(owner, cardIdsOf("pfp", 3));
    const renamed = unwrap(await renameSet(owner, quiz.id, { name: "  Week 1: revision  " }));
    expect(renamed).toMatchObject({ id: quiz.id, name: "Week 1: revision", kind: "quiz" });
    expect(renamed.size).toBe(quiz.size);
    expect(await nameOf(quiz.id)).toBe("Week 1: revision");
    expect(unwrap(await renameSet(owner, cards.id, { name: "Acronyms" }))).toMatchObject({
      id: cards.id,
      name: "Acronyms",
      kind: "flashcards",
      size: 3,
    });
  });

  test.each([
    [{ name: "" }, { name: ["Enter a name for the set."] }],
    [{ name: "   " }, { name: ["Enter a name for the set."] }],
    [{ name: "x".repeat(101) }, { name: ["A set name has at most 100 characters."] }],
    [{ name: 7 }, { name: ["Enter a name for the set."] }],
    [{}, { name: ["Enter a name for the set."] }],
  ])("%j is refused with the form's message, the name left as it was", async (input, errors) => {
    const owner = await makeInstructor();
    const set = await makeQuizSet(owner);
    expect(await renameSet(owner, set.id, input)).toEqual({
      ok: false,
      code: "invalid",
      error: "Please check the set's name.",
      fieldErrors: errors,
    });
    expect(await nameOf(set.id)).toBe("Week 1");
  });

  test("100 characters are allowed; a field the form does not have is refused", async () => {
    const owner = await makeInstructor();
    const set = await makeQuizSet(owner);
    expect(unwrap(await renameSet(owner, set.id, { name: "y".repeat(100) })).name).toHaveLength(
      100,
    );
    expect(await renameSet(owner, set.id, { name: "Other", instructorId: "x" })).toMatchObject({
      ok: false,
      code: "invalid",
    });
    expect(await nameOf(set.id)).toBe("y".repeat(100));
  });

  test("others, learners, unknown ids: not found, nothing renamed", async () => {
    const owner = await makeInstructor();
    const set = await makeQuizSet(owner);
    // The owner whose account became a learner's too: sets are an instructor's tools.
    const demoted = { ...owner, role: "LEARNER" as const };
    for (const who of [await makeInstructor("other"), await makeLearner(), demoted])
      expect(await renameSet(who, set.id, { name: "Taken over" })).toEqual(NOT_FOUND);
    expect(await renameSet(owner, "no-such-set", { name: "Nothing" })).toEqual(NOT_FOUND);
    expect(await nameOf(set.id)).toBe("Week 1");
  });

  test("assignments, the gradebook and learners' lists show the new name", async () => {
    const owner = await makeInstructor();
    const set = await makeQuizSet(owner);
    const cls = await makeClass(owner);
    await assign(owner, cls.id, set.id);
    const learner = await addMember(cls.joinCode);
    unwrap(await renameSet(owner, set.id, { name: "Week 1 (revised)" }));
    const name = { name: "Week 1 (revised)" };
    expect(unwrap(await listAssignmentsForInstructor(owner, cls.id))).toMatchObject([
      { set: name },
    ]);
    expect(unwrap(await getClassGradebook(owner, cls.id)).assignments).toMatchObject([
      { set: name },
    ]);
    expect(unwrap(await listAssignmentsForLearner(learner))).toMatchObject([{ set: name }]);
  });
});
