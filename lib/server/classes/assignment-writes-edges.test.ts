// Issue 13: edges of creating, starting and studying an assignment that the mutation run over
// create-assignment.ts, start-assignment-attempt.ts and study-assignment.ts left open (run
// "mut-c1", 275 mutants). Each test names the lines and mutants it kills.
import { describe, expect, test } from "vitest";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import { submitQuizAttempt } from "@/lib/server/quiz/submit-quiz-attempt";
import { archiveClass } from "./archive-class";
import { createAssignment } from "./create-assignment";
import { startAssignmentAttempt } from "./start-assignment-attempt";
import { studyAssignment } from "./study-assignment";
import {
  ASSIGNED_AT,
  addMember,
  assign,
  cardIdsOf,
  DUE_LOCAL,
  makeClass,
  makeFlashcardSet,
  makeInstructor,
  makeQuizSet,
  minutesAfter,
  OPENS_AT,
  OPENS_LOCAL,
  PARIS,
  unwrap,
  WHILE_OPEN,
} from "./test-fixtures";

const ARCHIVED = "This class has been archived: its assignments are closed.";
const OPENS_ON = "This assignment opens on 2026-03-02 at 08:00 (Europe/Paris).";

describe("creating an assignment: the refusals' words", () => {
  // create-assignment.ts:32 (the invalid-input message "" mutant); :48 (the archived message
  // "" mutant), :49 (the field errors `{}` and `[]` mutants).
  test("bad input and an archived class are refused with their messages", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const set = await makeQuizSet(owner);
    const input = { classId: cls.id, setId: set.id, opensAt: OPENS_LOCAL, dueAt: DUE_LOCAL };
    expect(await createAssignment(owner, { ...input, timeZone: "Europe/Atlantis" })).toEqual({
      ok: false,
      code: "invalid",
      error: "Please check the assignment.",
      fieldErrors: { timeZone: [expect.any(String)] },
    });
    unwrap(await archiveClass(owner, cls.id, { archived: true }));
    const message = "This class is archived. Restore it before assigning work.";
    expect(
      await createAssignment(owner, { ...input, timeZone: PARIS }, { now: ASSIGNED_AT }),
    ).toEqual({
      ok: false,
      code: "conflict",
      error: message,
      fieldErrors: { classId: [message] },
    });
  });
});

describe("starting a quiz assignment: edges", () => {
  // start-assignment-attempt.ts:69 (archived message "" mutant) and :82 (flashcard-set message
  // "" mutant).
  test("an archived class and a flashcard set are refused with their messages", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const learner = await addMember(cls.joinCode);
    const cards = await makeFlashcardSet(owner, cardIdsOf("pfp", 2));
    const flashcards = await assign(owner, cls.id, cards.id);
    expect(await startAssignmentAttempt(learner, flashcards.id, { now: WHILE_OPEN })).toEqual({
      ok: false,
      code: "conflict",
      error: "This assignment is a flashcard set: study its cards instead.",
    });
    const quiz = await assign(owner, cls.id, (await makeQuizSet(owner)).id);
    unwrap(await archiveClass(owner, cls.id, { archived: true }));
    expect(await startAssignmentAttempt(learner, quiz.id, { now: WHILE_OPEN })).toEqual({
      ok: false,
      code: "conflict",
      error: ARCHIVED,
    });
  });

  // start-assignment-attempt.ts:129 (`n === 1` -> false, and the singular "" -> "Stryker was
  // here!", not covered before): one attempt allowed reads "1 attempt", not "1 attempts".
  // :135 (`attempts.length + 1` -> `- 1`): attempt n is presented with the seed
  // `assignment:<assignment>:<learner>:n`, n counting from 1.
  test("one attempt allowed: its number in the seed, then 'the 1 attempt allowed'", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const learner = await addMember(cls.joinCode);
    const set = await makeQuizSet(owner);
    const twice = await assign(owner, cls.id, set.id, { attemptsAllowed: 2 });
    const once = await assign(owner, cls.id, set.id, { attemptsAllowed: 1 });
    const seedOf = async (id: string) =>
      (await db.quizAttempt.findUniqueOrThrow({ where: { id }, select: { seed: true } })).seed;

    for (const n of [1, 2]) {
      const at = minutesAfter(WHILE_OPEN, 10 * n);
      const started = unwrap(await startAssignmentAttempt(learner, twice.id, { now: at }));
      expect(await seedOf(started.attemptId)).toBe(`assignment:${twice.id}:${learner.id}:${n}`);
      unwrap(await submitQuizAttempt(learner.id, started.attemptId, minutesAfter(at, 5)));
    }

    const only = unwrap(await startAssignmentAttempt(learner, once.id, { now: WHILE_OPEN }));
    unwrap(await submitQuizAttempt(learner.id, only.attemptId, minutesAfter(WHILE_OPEN, 5)));
    expect(
      await startAssignmentAttempt(learner, once.id, { now: minutesAfter(WHILE_OPEN, 6) }),
    ).toEqual({
      ok: false,
      code: "conflict",
      error: "You have used the 1 attempt allowed for this assignment.",
    });
  });

  // start-assignment-attempt.ts:152-153 (the code "conflict" and its message, "" mutants; not
  // covered before): a set whose every question has left the content starts nothing.
  test("a set whose questions all left the content starts no attempt", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const learner = await addMember(cls.joinCode);
    const set = await makeQuizSet(owner);
    const a = await assign(owner, cls.id, set.id);
    // A content update removed the questions the set was saved with.
    await db.studySet.update({
      where: { id: set.id },
      data: { questionIds: ["gone-question-1", "gone-question-2"] },
    });
    expect(await startAssignmentAttempt(learner, a.id, { now: WHILE_OPEN })).toEqual({
      ok: false,
      code: "conflict",
      error: "The questions of this assignment are no longer in the content. Tell your instructor.",
    });
    expect(await db.quizAttempt.count({ where: { userId: learner.id } })).toBe(0);
  });
});

describe("studying a flashcard assignment: edges", () => {
  // study-assignment.ts:45 (`if (archivedAt)` -> false), :46 (code and message "" mutants,
  // not covered before): an archived class's flashcard assignment is closed.
  test("an archived class's flashcard assignment is closed, with its message", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const learner = await addMember(cls.joinCode);
    const a = await assign(owner, cls.id, (await makeFlashcardSet(owner, cardIdsOf("pfp", 2))).id);
    unwrap(await archiveClass(owner, cls.id, { archived: true }));
    expect(await studyAssignment(learner, a.id, WHILE_OPEN)).toEqual({
      ok: false,
      code: "conflict",
      error: ARCHIVED,
    });
  });

  // study-assignment.ts:47 (`kind !== "FLASHCARDS"` -> false), :48 (code and message ""
  // mutants, not covered before): a quiz assignment has no cards to study.
  test("a quiz assignment is not studied as cards", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const learner = await addMember(cls.joinCode);
    const a = await assign(owner, cls.id, (await makeQuizSet(owner)).id);
    expect(await studyAssignment(learner, a.id, WHILE_OPEN)).toEqual({
      ok: false,
      code: "conflict",
      error: "This assignment is a quiz: start an attempt instead.",
    });
  });

  // study-assignment.ts:49 (`now < opensAt` -> `<=`): it opens at opensAt itself, not after.
  // :39 (`timeZone: true` -> false), :50 (`.replace("T", " at ")` -> "" either side), :51 (the
  // message -> ``): a millisecond earlier, the message gives the date, time and zone.
  test("it opens at exactly its opening instant; before, the message says when", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const learner = await addMember(cls.joinCode);
    const cards = cardIdsOf("pfp", 2);
    const a = await assign(owner, cls.id, (await makeFlashcardSet(owner, cards)).id);
    expect(await studyAssignment(learner, a.id, new Date(OPENS_AT.getTime() - 1))).toEqual({
      ok: false,
      code: "conflict",
      error: OPENS_ON,
    });
    expect(unwrap(await studyAssignment(learner, a.id, OPENS_AT))).toMatchObject({
      assignmentId: a.id,
      cardIds: cards,
    });
  });

  // study-assignment.ts:54 (`cardIds.filter(in the content)` -> `cardIds`): a card removed
  // from the content since the set was saved is not studied, and not counted in its total.
  test("a card no longer in the content is left out of the plan", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const learner = await addMember(cls.joinCode);
    const cards = cardIdsOf("pfp", 3);
    const set = await makeFlashcardSet(owner, cards);
    const a = await assign(owner, cls.id, set.id);
    const gone = "pfp-card-removed-by-a-content-update";
    expect(getContentCatalog().flashcardById.has(gone)).toBe(false);
    await db.studySet.update({
      where: { id: set.id },
      data: { cardIds: [cards[0]!, gone, cards[1]!, cards[2]!] },
    });
    expect(unwrap(await studyAssignment(learner, a.id, WHILE_OPEN))).toMatchObject({
      cardIds: cards,
      reviewedCardIds: [],
    });
  });
});
