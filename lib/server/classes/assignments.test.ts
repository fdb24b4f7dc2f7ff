import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { duePassedMessage } from "@/lib/domain/classes/assignment-dates";
import type { Question } from "@/lib/domain/questions/types";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import { gradeFlashcard } from "@/lib/server/flashcards/grade-flashcard";
import { getQuizResults } from "@/lib/server/quiz/get-quiz-results";
import { submitQuizAttempt } from "@/lib/server/quiz/submit-quiz-attempt";
import { archiveClass } from "./archive-class";
import { createAssignment } from "./create-assignment";
import { createFlashcardSet } from "./create-flashcard-set";
import { createQuizSet } from "./create-quiz-set";
import { getAssignmentResults } from "./get-assignment-results";
import { getSet } from "./get-set";
import { listAssignmentsForInstructor } from "./list-assignments-for-instructor";
import { listAssignmentsForLearner } from "./list-assignments-for-learner";
import { previewQuizSet } from "./preview-quiz-set";
import { startAssignmentAttempt } from "./start-assignment-attempt";
import { studyAssignment } from "./study-assignment";
import {
  AFTER_DUE,
  ASSIGNED_AT,
  BEFORE_OPEN,
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
  minutesAfter,
  reviewCard,
  sitAttempt,
  storedQuestions,
  unwrap,
} from "./test-fixtures";

async function classWithSet(setOptions: Record<string, unknown> = {}) {
  const owner = await makeInstructor();
  const cls = await makeClass(owner);
  const set = await makeQuizSet(owner, setOptions);
  return { owner, cls, set };
}

describe("quiz sets: preview, pin, exclude, save", () => {
  test("saving with the preview's seed, pins and exclusions keeps the previewed set", async () => {
    const owner = await makeInstructor();
    const options = { programmeIds: ["pfp"], count: 8, mode: "exam", timeLimitMinutes: 20 };
    const first = unwrap(await previewQuizSet(owner, options));
    expect(first.questions).toHaveLength(8);
    expect(first.seed).toMatch(/^[A-Za-z0-9_-]{16}$/); // generated when none is given
    // Instructors see the answer keys ("answer" or "answers" depending on the kind).
    expect(first.questions.every((q) => "answer" in q || "answers" in q)).toBe(true);
    const ids = first.questions.map((q) => q.id);
    const edit = { ...options, seed: first.seed, pinnedIds: [ids[5]!], excludedIds: [ids[2]!] };
    const second = unwrap(await previewQuizSet(owner, edit));
    const secondIds = second.questions.map((q) => q.id);
    expect(secondIds[0]).toBe(ids[5]);
    expect(second.questions[0]!.pinned).toBe(true);
    expect(secondIds).not.toContain(ids[2]);
    // The rest of the preview stays put: one replacement at the end.
    expect(secondIds.slice(1, 7)).toEqual(ids.filter((id, i) => i !== 2 && i !== 5));

    const saved = unwrap(await createQuizSet(owner, { ...edit, name: "PfP exam" }));
    expect(saved).toMatchObject({
      kind: "quiz",
      size: 8,
      drawPerLearner: false,
      mode: "exam",
      timeLimitMinutes: 20,
    });
    const detail = unwrap(await getSet(owner, saved.id));
    expect(detail.questions.map((q) => q.id)).toEqual(secondIds);
    expect(detail).toMatchObject({ pinnedIds: [ids[5]], excludedIds: [ids[2]], missingIds: [] });
  });

  test.each([
    [{ programmeIds: ["atlantis"] }, "programmeIds"],
    [{ pinnedIds: ["no-such-question"] }, "pinnedIds"],
    [{ count: 5, pinnedIds: ["a", "b", "c", "d", "e", "f"] }, "pinnedIds"],
    [{ mode: "practice", timeLimitMinutes: 10 }, "timeLimitMinutes"],
  ])("refuses %o on %s with 422, nothing stored", async (input, field) => {
    const owner = await makeInstructor();
    const preview = await previewQuizSet(owner, input);
    const saved = await createQuizSet(owner, { name: "Bad", ...input });
    for (const result of [preview, saved]) {
      expect(result).toMatchObject({ ok: false, code: "invalid" });
      if (!result.ok) expect(result.fieldErrors?.[field]).toBeDefined();
    }
    expect(await db.studySet.count({ where: { instructorId: owner.id } })).toBe(0);
  });

  test("a source-only set draws from the source-only bank", async () => {
    const owner = await makeInstructor();
    const preview = unwrap(await previewQuizSet(owner, { sourceOnly: true, count: 20 }));
    expect(preview.questions.every((q) => !q.beyondSource)).toBe(true);
    const saved = unwrap(
      await createQuizSet(owner, {
        name: "Source",
        sourceOnly: true,
        count: 20,
        seed: preview.seed,
      }),
    );
    expect(unwrap(await getSet(owner, saved.id)).contentVersion).toBe(
      getContentCatalog().sourceOnlyVersion,
    );
  });

  test("a flashcard set holds the programmes' cards, then the chosen ones", async () => {
    const owner = await makeInstructor();
    const { flashcards } = getContentCatalog();
    const extra = flashcards.find((c) => c.deckId !== "pfp")!.id;
    const set = unwrap(
      await createFlashcardSet(owner, {
        name: "PfP cards",
        programmeIds: ["pfp"],
        cardIds: [extra],
      }),
    );
    const pfpCards = flashcards.filter((c) => c.deckId === "pfp").map((c) => c.id);
    expect(set).toMatchObject({ kind: "flashcards", size: pfpCards.length + 1 });
    expect(unwrap(await getSet(owner, set.id)).cards.map((c) => c.id)).toEqual([
      ...pfpCards,
      extra,
    ]);
    expect(await createFlashcardSet(owner, { name: "Bad", cardIds: ["nope"] })).toMatchObject({
      ok: false,
      code: "invalid",
    });
  });
});

describe("creating an assignment", () => {
  test("dates are entered in the instructor's zone and stored as instants", async () => {
    const { owner, cls, set } = await classWithSet();
    const created = await assign(owner, cls.id, set.id);
    expect(created).toMatchObject({
      opensAt: OPENS_AT,
      dueAt: DUE_AT,
      timeZone: PARIS,
      opensAtLocal: OPENS_LOCAL,
      dueAtLocal: DUE_LOCAL,
      attemptsAllowed: 3,
    });
    const list = unwrap(await listAssignmentsForInstructor(owner, cls.id));
    expect(list).toEqual([expect.objectContaining({ id: created.id, members: 0, submitted: 0 })]);
  });

  test.each([
    [
      "due before open",
      { dueAt: "2026-03-01T08:00" },
      "invalid",
      "dueAt",
      "The due date must be after the opening date.",
    ],
    [
      "due equal to open",
      { dueAt: OPENS_LOCAL },
      "invalid",
      "dueAt",
      "The due date must be after the opening date.",
    ],
    [
      "a due date already past when assigning (the walk's typo)",
      { opensAt: "2026-02-16T08:00", dueAt: "2026-02-20T17:00" },
      "invalid",
      "dueAt",
      duePassedMessage(ASSIGNED_AT, PARIS),
    ],
    [
      "a due date that is the very minute of assigning",
      { opensAt: "2026-02-16T08:00", dueAt: "2026-02-23T10:00" },
      "invalid",
      "dueAt",
      duePassedMessage(ASSIGNED_AT, PARIS),
    ],
    [
      "an impossible date",
      { opensAt: "2026-02-30T08:00" },
      "invalid",
      "opensAt",
      "Enter a real opening date and time (YYYY-MM-DDTHH:mm).",
    ],
    [
      "an unknown time zone",
      { timeZone: "Europe/Atlantis" },
      "invalid",
      "timeZone",
      "Unknown time zone.",
    ],
    [
      "21 attempts",
      { attemptsAllowed: 21 },
      "invalid",
      "attemptsAllowed",
      "Allow at most 20 attempts, or leave it empty for unlimited.",
    ],
    ["an unknown class", { classId: "no-such-class" }, "not_found", "classId", "Class not found."],
    ["an unknown set", { setId: "no-such-set" }, "not_found", "setId", "Set not found."],
  ])(
    "%s -> %s with a message on the field, nothing written",
    async (_label, change, code, field, message) => {
      const { owner, cls, set } = await classWithSet();
      const result = await createAssignment(
        owner,
        {
          classId: cls.id,
          setId: set.id,
          opensAt: OPENS_LOCAL,
          dueAt: DUE_LOCAL,
          timeZone: PARIS,
          ...change,
        },
        { now: ASSIGNED_AT },
      );
      expect(result).toMatchObject({ ok: false, code });
      if (!result.ok) expect(result.fieldErrors?.[field]).toEqual([message]);
      expect(await db.assignment.count({ where: { classId: cls.id } })).toBe(0);
    },
  );

  test("instants are checked: 02:30 to 03:15 on a spring-forward night is refused", async () => {
    // In Paris on 29 March 2026, 02:30 does not exist and becomes 03:30, after 03:15.
    const { owner, cls, set } = await classWithSet();
    const result = await createAssignment(
      owner,
      {
        classId: cls.id,
        setId: set.id,
        opensAt: "2026-03-29T02:30",
        dueAt: "2026-03-29T03:15",
        timeZone: PARIS,
      },
      { now: ASSIGNED_AT },
    );
    expect(result).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { dueAt: ["The due date must be after the opening date."] },
    });
  });

  test("an archived class takes no new assignment (409), and nothing is written", async () => {
    const { owner, cls, set } = await classWithSet();
    unwrap(await archiveClass(owner, cls.id, { archived: true }));
    const result = await createAssignment(
      owner,
      {
        classId: cls.id,
        setId: set.id,
        opensAt: OPENS_LOCAL,
        dueAt: DUE_LOCAL,
        timeZone: PARIS,
      },
      { now: ASSIGNED_AT },
    );
    expect(result).toMatchObject({ ok: false, code: "conflict" });
    expect(await db.assignment.count({ where: { classId: cls.id } })).toBe(0);
  });

  test("one transaction: an assignment racing an archive is written first or refused", async () => {
    const { owner, cls, set } = await classWithSet();
    const input = {
      classId: cls.id,
      setId: set.id,
      opensAt: OPENS_LOCAL,
      dueAt: DUE_LOCAL,
      timeZone: PARIS,
    };
    const [created, archived] = await Promise.all([
      createAssignment(owner, input, { now: ASSIGNED_AT }),
      archiveClass(owner, cls.id, { archived: true }),
    ]);
    expect(archived.ok).toBe(true);
    const rows = await db.assignment.count({ where: { classId: cls.id } });
    expect(rows).toBe(created.ok ? 1 : 0);
    if (!created.ok) expect(created.code).toBe("conflict");
  });
});

describe("attempts at a quiz assignment", () => {
  test("nothing starts before opening; the opening time is in the instructor's zone", async () => {
    const { owner, cls, set } = await classWithSet();
    const learner = await addMember(cls.joinCode);
    const a = await assign(owner, cls.id, set.id);
    expect(await startAssignmentAttempt(learner, a.id, { now: BEFORE_OPEN })).toEqual({
      ok: false,
      code: "conflict",
      error: "This assignment opens on 2026-03-02 at 08:00 (Europe/Paris).",
    });
    expect(await db.quizAttempt.count({ where: { userId: learner.id } })).toBe(0);
  });

  test("attempts allowed: one under way is resumed, not doubled; the limit holds", async () => {
    const { owner, cls, set } = await classWithSet();
    const learner = await addMember(cls.joinCode);
    const a = await assign(owner, cls.id, set.id, { attemptsAllowed: 2 });
    const first = unwrap(await startAssignmentAttempt(learner, a.id, { now: WHILE_OPEN }));
    expect(first).toMatchObject({ resumed: false, questions: 5, late: false, attemptsLeft: 1 });
    expect(unwrap(await startAssignmentAttempt(learner, a.id, { now: WHILE_OPEN }))).toMatchObject({
      attemptId: first.attemptId,
      resumed: true,
    });
    unwrap(await submitQuizAttempt(learner.id, first.attemptId, minutesAfter(WHILE_OPEN, 5)));
    // Several starts at once (double click, two tabs): one new attempt.
    const racing = await Promise.all(
      Array.from({ length: 3 }, () =>
        startAssignmentAttempt(learner, a.id, { now: minutesAfter(WHILE_OPEN, 10) }),
      ),
    );
    const ids = new Set(racing.map((r) => unwrap(r).attemptId));
    expect(ids.size).toBe(1);
    unwrap(await submitQuizAttempt(learner.id, [...ids][0]!, minutesAfter(WHILE_OPEN, 15)));
    expect(
      await startAssignmentAttempt(learner, a.id, { now: minutesAfter(WHILE_OPEN, 20) }),
    ).toEqual({
      ok: false,
      code: "conflict",
      error: "You have used the 2 attempts allowed for this assignment.",
    });
    expect(await db.quizAttempt.count({ where: { userId: learner.id, assignmentId: a.id } })).toBe(
      2,
    );
    const [mine] = unwrap(await listAssignmentsForLearner(learner, minutesAfter(WHILE_OPEN, 20)));
    expect(mine).toMatchObject({
      attemptsUsed: 2,
      attemptsLeft: 0,
      canStart: false,
      blockedReason: "no-attempts-left",
      status: "done",
    });
  });

  test("a timed attempt left to expire is submitted at its deadline and uses it up", async () => {
    const { owner, cls, set } = await classWithSet({ mode: "exam", timeLimitMinutes: 10 });
    const learner = await addMember(cls.joinCode);
    const a = await assign(owner, cls.id, set.id, { attemptsAllowed: 2 });
    const first = unwrap(await startAssignmentAttempt(learner, a.id, { now: WHILE_OPEN }));
    const second = unwrap(
      await startAssignmentAttempt(learner, a.id, { now: minutesAfter(WHILE_OPEN, 60) }),
    );
    expect(second).toMatchObject({ resumed: false, attemptsLeft: 0 });
    expect(second.attemptId).not.toBe(first.attemptId);
    const expired = await db.quizAttempt.findUniqueOrThrow({ where: { id: first.attemptId } });
    expect(expired).toMatchObject({
      status: "SUBMITTED",
      submittedAt: minutesAfter(WHILE_OPEN, 10),
      score: 0,
    });
  });

  test("late: allowed and flagged; counted only when late work counts", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const set = await makeQuizSet(owner);
    const learner = await addMember(cls.joinCode);
    const strict = await assign(owner, cls.id, set.id, { lateCounts: false });
    const lenient = await assign(owner, cls.id, set.id, { lateCounts: true });

    const before = unwrap(await listAssignmentsForLearner(learner, AFTER_DUE));
    expect(before.map((x) => x.status)).toEqual(["late", "late"]);
    expect(before[0]).toMatchObject({ canStart: true, startWouldBeLate: true });

    for (const a of [strict, lenient]) {
      const started = unwrap(await startAssignmentAttempt(learner, a.id, { now: AFTER_DUE }));
      expect(started.late).toBe(true);
      await sitAttempt(learner, a.id, [true, true, true, true, true], AFTER_DUE);
    }
    const results = await Promise.all(
      [strict, lenient].map(
        async (a) => unwrap(await getAssignmentResults(owner, a.id, AFTER_DUE)).roster[0]!,
      ),
    );
    expect(results[0]).toMatchObject({
      status: "done-late",
      bestScore: null,
      lastScore: null,
      uncountedLateAttempts: 1,
    });
    expect(results[1]).toMatchObject({
      status: "done-late",
      bestScore: 1,
      lastScore: 1,
      uncountedLateAttempts: 0,
    });
    expect(results[0]!.attempts[0]).toMatchObject({ late: true, counted: false });
    expect(results[1]!.attempts[0]).toMatchObject({ late: true, counted: true });
  });

  test("fixed questions: same for all, options shuffled per learner; plays as usual", async () => {
    const { owner, cls, set } = await classWithSet({
      kinds: ["single-choice", "multiple-select", "which-programme"],
      count: 12,
    });
    const a = await assign(owner, cls.id, set.id);
    const ann = await addMember(cls.joinCode, "ann");
    const ben = await addMember(cls.joinCode, "ben");
    const setIds = unwrap(await getSet(owner, set.id)).questions.map((q) => q.id);
    const [annQs, benQs] = await Promise.all(
      [ann, ben].map(async (l) =>
        storedQuestions(
          unwrap(await startAssignmentAttempt(l, a.id, { now: WHILE_OPEN })).attemptId,
        ),
      ),
    );
    expect(annQs!.map((q) => q.id)).toEqual(setIds);
    expect(benQs!.map((q) => q.id)).toEqual(setIds);
    const order = (qs: Question[]) =>
      qs.map((q) => ("options" in q ? q.options.map((o) => o.id).join(",") : ""));
    expect(order(annQs!)).not.toEqual(order(benQs!));
    // Same options, only their order differs.
    const sorted = (qs: Question[]) =>
      qs.map((q) =>
        "options" in q
          ? q.options
              .map((o) => o.id)
              .sort()
              .join(",")
          : "",
      );
    expect(sorted(annQs!)).toEqual(sorted(benQs!));
    // The attempt is an ordinary quiz attempt of the learner, linked to the assignment.
    const row = await db.quizAttempt.findFirstOrThrow({ where: { userId: ann.id } });
    expect(row).toMatchObject({ assignmentId: a.id, status: "IN_PROGRESS", mode: "PRACTICE" });
    expect((await getQuizResults(ann.id, row.id)).status).toBe("in-progress");
  });

  test("draw per learner: pinned questions for all, the rest drawn for each learner", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const preview = unwrap(await previewQuizSet(owner, { count: 10 }));
    const pinned = preview.questions[4]!.id;
    const excluded = preview.questions.slice(0, 4).map((q) => q.id);
    const set = unwrap(
      await createQuizSet(owner, {
        name: "Drawn",
        count: 10,
        drawPerLearner: true,
        pinnedIds: [pinned],
        excludedIds: excluded,
      }),
    );
    expect(set).toMatchObject({ drawPerLearner: true, size: 10 });
    const a = await assign(owner, cls.id, set.id);
    const learners = await Promise.all(
      ["ann", "ben", "cat"].map((l) => addMember(cls.joinCode, l)),
    );
    const drawn = await Promise.all(
      learners.map(async (l) =>
        (
          await storedQuestions(
            unwrap(await startAssignmentAttempt(l, a.id, { now: WHILE_OPEN })).attemptId,
          )
        ).map((q) => q.id),
      ),
    );
    for (const ids of drawn) {
      expect(ids[0]).toBe(pinned);
      expect(ids).toHaveLength(10);
      expect(ids.some((id) => excluded.includes(id))).toBe(false);
    }
    expect(new Set(drawn.map((ids) => ids.join())).size).toBe(3);
  });

  test("an archived class's assignments can't be started; they are listed apart", async () => {
    const { owner, cls, set } = await classWithSet();
    const learner = await addMember(cls.joinCode);
    const a = await assign(owner, cls.id, set.id);
    const done = await assign(owner, cls.id, set.id);
    await sitAttempt(learner, done.id, [true, true, false, true, true], WHILE_OPEN);
    // Another member of another archived class: not this learner's record.
    const other = await classWithSet();
    const stranger = await addMember(other.cls.joinCode, "stranger");
    await assign(other.owner, other.cls.id, other.set.id);
    unwrap(await archiveClass(other.owner, other.cls.id, { archived: true }));
    unwrap(await archiveClass(owner, cls.id, { archived: true }));
    expect(await startAssignmentAttempt(learner, a.id, { now: WHILE_OPEN })).toMatchObject({
      ok: false,
      code: "conflict",
    });
    const later = minutesAfter(WHILE_OPEN, 10);
    expect(unwrap(await listAssignmentsForLearner(learner, later))).toEqual([]);
    // The learner's record of the archived class: its work, with the score kept.
    const record = unwrap(await listAssignmentsForLearner(learner, later, undefined, "archived"));
    expect(record.map((r) => [r.id, r.status, r.attemptsUsed])).toEqual([
      [a.id, "to-do", 0],
      [done.id, "done", 1],
    ]);
    expect(record[1]!.bestScore).not.toBeNull();
    expect(
      unwrap(await listAssignmentsForLearner(stranger, later, undefined, "archived")),
    ).toHaveLength(1);
  });
});

describe("the learner's assignments", () => {
  test("to do, upcoming and done, with dates in the learner's own zone", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const set = await makeQuizSet(owner);
    const learner = await addMember(cls.joinCode);
    await db.user.update({ where: { id: learner.id }, data: { timeZone: "America/New_York" } });
    const now = WHILE_OPEN;
    const open = await assign(owner, cls.id, set.id);
    const later = await assign(owner, cls.id, set.id, {
      opensAt: "2026-04-01T08:00",
      dueAt: "2026-04-08T17:00",
    });
    const finished = await assign(owner, cls.id, set.id, { dueAt: "2026-03-20T17:00" });
    await sitAttempt(learner, finished.id, [true, true, false, null, null], now);
    const list = unwrap(await listAssignmentsForLearner(learner, now));
    expect(list.map((x) => [x.id, x.status])).toEqual([
      [open.id, "to-do"],
      [later.id, "upcoming"],
      [finished.id, "done"],
    ]);
    // 08:00 in Paris (CET) is 02:00 in New York (EST) on 2 March.
    expect(list[0]).toMatchObject({
      opensAtLocal: "2026-03-02T02:00",
      timeZone: PARIS,
      learnerTimeZone: "America/New_York",
      canStart: true,
    });
    expect(list[1]).toMatchObject({ canStart: false, blockedReason: "not-open" });
    expect(list[2]).toMatchObject({ bestScore: 0.4, lastScore: 0.4, attemptsUsed: 1 });
  });
});

describe("flashcard assignments", () => {
  test("studying adds no deck; each card reviewed since opening marks it done", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const cards = [...cardIdsOf("pfp", 2), ...cardIdsOf("itpp", 1)];
    const set = await makeFlashcardSet(owner, cards);
    const learner = await addMember(cls.joinCode);
    const a = await assign(owner, cls.id, set.id, { attemptsAllowed: 5 });
    expect(a.attemptsAllowed).toBeNull(); // meaningless for flashcards
    expect(await studyAssignment(learner, a.id, BEFORE_OPEN)).toMatchObject({
      ok: false,
      code: "conflict",
    });
    expect(await startAssignmentAttempt(learner, a.id, { now: WHILE_OPEN })).toMatchObject({
      ok: false,
      code: "conflict",
    });

    const plan = unwrap(await studyAssignment(learner, a.id, WHILE_OPEN));
    expect(plan).toMatchObject({
      assignmentId: a.id,
      cardIds: cards,
      reviewedCardIds: [],
      writtenCards: 0,
    });
    expect(await db.deckSubscription.count({ where: { userId: learner.id } })).toBe(0);

    const grade = (cardId: string, at: Date) =>
      gradeFlashcard(
        learner.id,
        {
          cardId,
          rating: 3,
          requestId: randomUUID(),
          expectedVersion: 0,
          durationMs: 4000,
          assignment: a.id,
        },
        at,
      );
    unwrap(await grade(cards[0]!, WHILE_OPEN));
    unwrap(await grade(cards[1]!, minutesAfter(WHILE_OPEN, 1)));
    let [mine] = unwrap(await listAssignmentsForLearner(learner, minutesAfter(WHILE_OPEN, 2)));
    expect(mine).toMatchObject({
      status: "to-do",
      cards: { total: 3, reviewed: 2 },
      bestScore: null,
    });
    unwrap(await grade(cards[2]!, minutesAfter(WHILE_OPEN, 2)));
    [mine] = unwrap(await listAssignmentsForLearner(learner, minutesAfter(WHILE_OPEN, 3)));
    expect(mine).toMatchObject({ status: "done", cards: { total: 3, reviewed: 3 } });
    const roster = unwrap(
      await getAssignmentResults(owner, a.id, minutesAfter(WHILE_OPEN, 3)),
    ).roster;
    expect(roster[0]).toMatchObject({
      status: "done",
      timeSpentSeconds: 12,
      lastSubmittedAt: minutesAfter(WHILE_OPEN, 2),
      cards: { total: 3, reviewed: 3 },
    });
  });

  // The class page's "Done" column read "–" for a flashcard assignment (instructor walk,
  // 2026-12-03), while its results knew who had reviewed every card.
  test("the class's list counts the members who reviewed every card, and only them", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const cards = cardIdsOf("pfp", 2);
    const set = await makeFlashcardSet(owner, cards);
    const a = await assign(owner, cls.id, set.id);
    const all = await addMember(cls.joinCode, "all-cards");
    const half = await addMember(cls.joinCode, "half");
    await addMember(cls.joinCode, "none");
    const outsider = await makeLearner("outsider");
    await reviewCard(all.id, a.id, cards[0]!, WHILE_OPEN);
    await reviewCard(all.id, a.id, cards[1]!, minutesAfter(WHILE_OPEN, 1));
    await reviewCard(half.id, a.id, cards[0]!, WHILE_OPEN);
    // Not a member: studying the cards on their own does not count for the class.
    await gradeFlashcard(
      outsider.id,
      { cardId: cards[0]!, rating: 3, requestId: randomUUID(), expectedVersion: 0, durationMs: 1 },
      WHILE_OPEN,
    );
    const list = unwrap(await listAssignmentsForInstructor(owner, cls.id, AFTER_DUE));
    expect(list).toEqual([
      expect.objectContaining({ id: a.id, members: 3, submitted: null, reviewedAll: 1 }),
    ]);
    // Late but complete counts as done too, as the results page counts it.
    await reviewCard(half.id, a.id, cards[1]!, AFTER_DUE);
    const later = unwrap(
      await listAssignmentsForInstructor(owner, cls.id, minutesAfter(AFTER_DUE, 1)),
    );
    expect(later[0]).toMatchObject({ reviewedAll: 2 });
  });
});
