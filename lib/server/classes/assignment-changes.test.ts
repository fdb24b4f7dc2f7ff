// Changing and removing an assignment (instructor walk, findings 2 and 3): the rules of
// update-assignment.ts and remove-assignment.ts against PostgreSQL, ownership included, and
// the races with a learner starting an attempt.
import { describe, expect, test } from "vitest";
import { duePassedMessage } from "@/lib/domain/classes/assignment-dates";
import { db } from "@/lib/server/db";
import { archiveClass } from "./archive-class";
import { closeAssignmentNow, NOT_OPEN_TO_CLOSE } from "./close-assignment";
import { getAssignmentResults } from "./get-assignment-results";
import { getInstructorHome } from "./get-instructor-home";
import { leaveClass } from "./leave-class";
import { listAssignmentsForLearner } from "./list-assignments-for-learner";
import { removeAssignment } from "./remove-assignment";
import { startAssignmentAttempt } from "./start-assignment-attempt";
import { updateAssignment } from "./update-assignment";
import { submitQuizAttempt } from "@/lib/server/quiz/submit-quiz-attempt";
import {
  AFTER_DUE,
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
  minutesAfter,
  sitAttempt,
  unwrap,
  quizAssignment,
  reviewCard,
} from "./test-fixtures";

/** The edit form's body for the fixtures' assignment, as saved (3 attempts, late not counted). */
const AS_SAVED = {
  opensAt: OPENS_LOCAL,
  dueAt: DUE_LOCAL,
  timeZone: PARIS,
  attemptsAllowed: 3,
  lateCounts: false,
};

const row = (id: string) => db.assignment.findUnique({ where: { id } });

describe("changing an assignment", () => {
  test("a due date that had passed, moved forward: learners and the home follow", async () => {
    const { owner, learner, assignment } = await quizAssignment();
    const [before] = unwrap(await listAssignmentsForLearner(learner, AFTER_DUE));
    expect(before).toMatchObject({ id: assignment.id, status: "late" });
    const home = unwrap(await getInstructorHome(owner, AFTER_DUE));
    expect(home.attention).toEqual([
      expect.objectContaining({ assignmentId: assignment.id, reason: "late" }),
    ]);

    const changed = unwrap(
      await updateAssignment(
        owner,
        assignment.id,
        { ...AS_SAVED, dueAt: "2026-03-16T17:00", attemptsAllowed: 1, lateCounts: true },
        { now: AFTER_DUE },
      ),
    );
    expect(changed).toMatchObject({
      id: assignment.id,
      opensAt: OPENS_AT,
      dueAt: new Date("2026-03-16T16:00:00Z"),
      dueAtLocal: "2026-03-16T17:00",
      attemptsAllowed: 1,
      lateCounts: true,
    });
    const [after] = unwrap(await listAssignmentsForLearner(learner, AFTER_DUE));
    expect(after).toMatchObject({
      id: assignment.id,
      status: "to-do",
      dueAt: new Date("2026-03-16T16:00:00Z"),
      attemptsLeft: 1,
    });
    expect(unwrap(await getInstructorHome(owner, AFTER_DUE)).attention).toEqual([]);
    const results = unwrap(await getAssignmentResults(owner, assignment.id, AFTER_DUE));
    expect(results.counts).toMatchObject({ late: 0, "to-do": 1 });
  });

  test("a past due date left as it was: the other rules change all the same", async () => {
    const { owner, assignment } = await quizAssignment();
    const changed = unwrap(
      await updateAssignment(
        owner,
        assignment.id,
        { ...AS_SAVED, attemptsAllowed: null, lateCounts: true },
        { now: AFTER_DUE },
      ),
    );
    expect(changed).toMatchObject({ dueAt: DUE_AT, attemptsAllowed: null, lateCounts: true });
  });

  test.each([
    ["to another date already past", { dueAt: "2026-03-09T18:00" }, AFTER_DUE],
    ["to the very minute of the edit", { dueAt: "2026-03-05T11:00" }, WHILE_OPEN],
  ])("the due date moved %s: refused on the field, nothing changed", async (_l, change, now) => {
    const { owner, assignment } = await quizAssignment();
    const saved = await row(assignment.id);
    const message = duePassedMessage(now, PARIS);
    expect(
      await updateAssignment(owner, assignment.id, { ...AS_SAVED, ...change }, { now }),
    ).toEqual({ ok: false, code: "invalid", error: message, fieldErrors: { dueAt: [message] } });
    expect(await row(assignment.id)).toEqual(saved);
  });

  test.each([
    [
      "due before it opens",
      { dueAt: "2026-03-01T08:00" },
      "dueAt",
      "The due date must be after the opening date.",
    ],
    [
      "an opening moved past the due date",
      { opensAt: "2026-03-10T08:00" },
      "dueAt",
      "The due date must be after the opening date.",
    ],
    ["no late rule", { lateCounts: undefined }, "lateCounts", "Say whether late work counts."],
    [
      "21 attempts",
      { attemptsAllowed: 21 },
      "attemptsAllowed",
      "Allow at most 20 attempts, or leave it empty for unlimited.",
    ],
    ["an unknown time zone", { timeZone: "Mars/Olympus" }, "timeZone", "Unknown time zone."],
  ])("%s: refused on the field, nothing changed", async (_label, change, field, message) => {
    const { owner, assignment } = await quizAssignment();
    const saved = await row(assignment.id);
    const result = await updateAssignment(
      owner,
      assignment.id,
      { ...AS_SAVED, ...change },
      { now: BEFORE_OPEN },
    );
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    if (!result.ok) expect(result.fieldErrors?.[field]).toEqual([message]);
    expect(await row(assignment.id)).toEqual(saved);
  });

  test("fields it does not know are refused (the class or set cannot be swapped)", async () => {
    const { owner, assignment } = await quizAssignment();
    const other = await makeClass(owner, "Other");
    const result = await updateAssignment(
      owner,
      assignment.id,
      { ...AS_SAVED, classId: other.id },
      { now: BEFORE_OPEN },
    );
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    expect((await row(assignment.id))?.classId).toBe(assignment.classId);
  });

  test("once learners have started, it may open earlier but not later", async () => {
    const { owner, learner, assignment } = await quizAssignment();
    await sitAttempt(learner, assignment.id, [true, true], WHILE_OPEN);
    const later = await updateAssignment(
      owner,
      assignment.id,
      { ...AS_SAVED, opensAt: "2026-03-06T08:00" },
      { now: WHILE_OPEN },
    );
    const message =
      "1 learner has already started this assignment, so it cannot open later than it did " +
      "(2 Mar 2026, 08:00). Keep that date or choose an earlier one.";
    expect(later).toEqual({
      ok: false,
      code: "invalid",
      error: message,
      fieldErrors: { opensAt: [message] },
    });
    const earlier = unwrap(
      await updateAssignment(
        owner,
        assignment.id,
        { ...AS_SAVED, opensAt: "2026-02-28T08:00" },
        { now: WHILE_OPEN },
      ),
    );
    expect(earlier.opensAt).toEqual(new Date("2026-02-28T07:00:00Z"));
  });

  test("before anyone has started, it may open later", async () => {
    const { owner, assignment } = await quizAssignment();
    const changed = unwrap(
      await updateAssignment(
        owner,
        assignment.id,
        { ...AS_SAVED, opensAt: "2026-03-06T08:00" },
        { now: WHILE_OPEN },
      ),
    );
    expect(changed.opensAt).toEqual(new Date("2026-03-06T07:00:00Z"));
  });

  test("attempts: not fewer than a learner started; as many, or unlimited, is fine", async () => {
    const { owner, learner, assignment } = await quizAssignment();
    await sitAttempt(learner, assignment.id, [true], WHILE_OPEN);
    await sitAttempt(learner, assignment.id, [false], minutesAfter(WHILE_OPEN, 30));
    const message =
      "A learner has already started 2 attempts: allow at least 2, " +
      "or leave it empty for unlimited.";
    const now = { now: minutesAfter(WHILE_OPEN, 60) };
    expect(
      await updateAssignment(owner, assignment.id, { ...AS_SAVED, attemptsAllowed: 1 }, now),
    ).toEqual({
      ok: false,
      code: "invalid",
      error: message,
      fieldErrors: { attemptsAllowed: [message] },
    });
    expect(
      unwrap(
        await updateAssignment(owner, assignment.id, { ...AS_SAVED, attemptsAllowed: 2 }, now),
      ),
    ).toMatchObject({ attemptsAllowed: 2 });
    expect(await startAssignmentAttempt(learner, assignment.id, now)).toMatchObject({
      ok: false,
      error: "You have used the 2 attempts allowed for this assignment.",
    });
    expect(
      unwrap(
        await updateAssignment(owner, assignment.id, { ...AS_SAVED, attemptsAllowed: null }, now),
      ),
    ).toMatchObject({ attemptsAllowed: null });
  });

  test("a flashcard assignment keeps no attempt limit, whatever is sent", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const set = await makeFlashcardSet(owner, cardIdsOf("pfp", 2));
    const a = await assign(owner, cls.id, set.id);
    const changed = unwrap(
      await updateAssignment(owner, a.id, { ...AS_SAVED, attemptsAllowed: 4 }, { now: WHILE_OPEN }),
    );
    expect(changed.attemptsAllowed).toBeNull();
  });

  test("the dates are stored in the zone they were typed in, instants as typed", async () => {
    const { owner, assignment } = await quizAssignment();
    const changed = unwrap(
      await updateAssignment(
        owner,
        assignment.id,
        // The saved dates, as an instructor now in UTC sees them, and a new due date.
        { ...AS_SAVED, timeZone: "UTC", opensAt: "2026-03-02T07:00", dueAt: "2026-03-12T09:00" },
        { now: WHILE_OPEN },
      ),
    );
    expect(changed).toMatchObject({
      timeZone: "UTC",
      opensAt: OPENS_AT,
      dueAt: new Date("2026-03-12T09:00:00Z"),
      opensAtLocal: "2026-03-02T07:00",
    });
  });

  test("an archived class's assignments are not changed", async () => {
    const { owner, cls, assignment } = await quizAssignment();
    const results = async () => unwrap(await getAssignmentResults(owner, assignment.id));
    // The results page offers the edit only while the class is current.
    expect((await results()).assignment.classArchived).toBe(false);
    unwrap(await archiveClass(owner, cls.id, { archived: true }));
    expect((await results()).assignment.classArchived).toBe(true);
    const saved = await row(assignment.id);
    expect(
      await updateAssignment(
        owner,
        assignment.id,
        { ...AS_SAVED, lateCounts: true },
        { now: WHILE_OPEN },
      ),
    ).toEqual({
      ok: false,
      code: "conflict",
      error: "This class is archived. Restore it before changing its assignments.",
    });
    expect(await row(assignment.id)).toEqual(saved);
  });

  test("race: lowering the limit while a learner starts never lets them past it", async () => {
    for (let round = 0; round < 8; round++) {
      const { owner, learner, assignment } = await quizAssignment();
      await sitAttempt(learner, assignment.id, [true], WHILE_OPEN);
      const now = minutesAfter(WHILE_OPEN, 30);
      const [started, lowered] = await Promise.all([
        startAssignmentAttempt(learner, assignment.id, { now }),
        updateAssignment(owner, assignment.id, { ...AS_SAVED, attemptsAllowed: 1 }, { now }),
      ]);
      const attempts = await db.quizAttempt.count({ where: { assignmentId: assignment.id } });
      const limit = (await row(assignment.id))!.attemptsAllowed;
      // One of the two wins; never both.
      expect(started.ok !== lowered.ok, `round ${round}`).toBe(true);
      expect(attempts).toBeLessThanOrEqual(limit!);
    }
  });
});

describe("making an assignment due now", () => {
  test("work before stays on time; from then on it is late and (as set) uncounted", async () => {
    const { owner, cls, learner, assignment } = await quizAssignment();
    const slow = await addMember(cls.joinCode, "slow");
    const absent = await addMember(cls.joinCode, "absent");
    await sitAttempt(learner, assignment.id, [true, true], WHILE_OPEN);
    // Under way when the instructor closes it, submitted after.
    const underWay = unwrap(
      await startAssignmentAttempt(slow, assignment.id, { now: minutesAfter(WHILE_OPEN, 20) }),
    );
    const closeAt = minutesAfter(WHILE_OPEN, 30);
    const closed = unwrap(
      await closeAssignmentNow(owner, assignment.id, { now: closeAt, timeZone: PARIS }),
    );
    expect(closed).toMatchObject({ id: assignment.id, opensAt: OPENS_AT, dueAt: closeAt });
    expect(await row(assignment.id)).toMatchObject({ dueAt: closeAt, lateCounts: false });
    unwrap(await submitQuizAttempt(slow.id, underWay.attemptId, minutesAfter(WHILE_OPEN, 40)));

    const later = minutesAfter(WHILE_OPEN, 45);
    const statusOf = async (who: typeof learner) =>
      unwrap(await listAssignmentsForLearner(who, later)).find((a) => a.id === assignment.id);
    expect(await statusOf(learner)).toMatchObject({ status: "done", dueAt: closeAt });
    expect(await statusOf(slow)).toMatchObject({ status: "done-late" });
    expect(await statusOf(absent)).toMatchObject({ status: "late" });
    const results = unwrap(await getAssignmentResults(owner, assignment.id, later));
    expect(results.counts).toMatchObject({ done: 1, "done-late": 1, late: 1, "to-do": 0 });
    // A later due date can be set again with the edit form: the slow learner's work is on time.
    unwrap(await updateAssignment(owner, assignment.id, AS_SAVED, { now: later }));
    expect(await statusOf(slow)).toMatchObject({ status: "done" });
  });

  test("refused before it opens, once past due, and in an archived class", async () => {
    const { owner, cls, assignment } = await quizAssignment();
    const saved = await row(assignment.id);
    expect(await closeAssignmentNow(owner, assignment.id, { now: BEFORE_OPEN })).toEqual({
      ok: false,
      code: "conflict",
      error: NOT_OPEN_TO_CLOSE,
    });
    expect(
      await closeAssignmentNow(owner, assignment.id, { now: AFTER_DUE, timeZone: PARIS }),
    ).toEqual({
      ok: false,
      code: "conflict",
      error: "This assignment is already past due: it was due 9 Mar 2026, 17:00 (Europe/Paris).",
    });
    unwrap(await archiveClass(owner, cls.id, { archived: true }));
    expect(await closeAssignmentNow(owner, assignment.id, { now: WHILE_OPEN })).toEqual({
      ok: false,
      code: "conflict",
      error: "This class is archived. Restore it before changing its assignments.",
    });
    expect(await row(assignment.id)).toEqual(saved);
  });

  test("another instructor, a member or an outsider: not found, nothing changed", async () => {
    const { owner, cls, learner, assignment } = await quizAssignment();
    const other = await makeInstructor("other-instructor");
    const outsider = await addMember((await makeClass(other)).joinCode, "outsider");
    for (const who of [other, learner, outsider]) {
      expect(await closeAssignmentNow(who, assignment.id, { now: WHILE_OPEN })).toEqual({
        ok: false,
        code: "not_found",
        error: "Assignment not found.",
      });
    }
    expect(await row(assignment.id)).toMatchObject({ classId: cls.id, dueAt: DUE_AT });
    expect(await closeAssignmentNow(owner, assignment.id, { now: WHILE_OPEN })).toMatchObject({
      ok: true,
    });
  });
});

describe("removing an assignment", () => {
  test("nobody has started it: it is gone for everyone, the set stays", async () => {
    const { owner, cls, learner, set, assignment } = await quizAssignment();
    expect(await removeAssignment(owner, assignment.id)).toEqual({
      ok: true,
      data: { id: assignment.id, classId: cls.id },
    });
    expect(await row(assignment.id)).toBeNull();
    expect(unwrap(await listAssignmentsForLearner(learner, WHILE_OPEN))).toEqual([]);
    expect(await getAssignmentResults(owner, assignment.id)).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await db.studySet.count({ where: { id: set.id } })).toBe(1);
    expect(await removeAssignment(owner, assignment.id)).toMatchObject({ code: "not_found" });
  });

  test.each([
    ["a submitted attempt", true],
    ["an attempt still under way", false],
  ])("%s: refused with the reason, nothing removed", async (_label, submit) => {
    const { owner, learner, assignment } = await quizAssignment();
    if (submit) await sitAttempt(learner, assignment.id, [true], WHILE_OPEN);
    else unwrap(await startAssignmentAttempt(learner, assignment.id, { now: WHILE_OPEN }));
    expect(await removeAssignment(owner, assignment.id)).toEqual({
      ok: false,
      code: "conflict",
      error:
        "1 learner has already started this assignment, so it cannot be removed: their work " +
        "would drop out of the class's results. You can still change its dates, attempts and " +
        "late rule.",
    });
    expect(await row(assignment.id)).not.toBeNull();
    expect(await db.quizAttempt.count({ where: { assignmentId: assignment.id } })).toBe(1);
  });

  test("work by a learner who has since left the class still holds it", async () => {
    const { owner, cls, learner, assignment } = await quizAssignment();
    const second = await addMember(cls.joinCode, "second");
    await sitAttempt(learner, assignment.id, [true], WHILE_OPEN);
    await sitAttempt(second, assignment.id, [true], WHILE_OPEN);
    unwrap(await leaveClass(learner, cls.id));
    expect(await removeAssignment(owner, assignment.id)).toMatchObject({
      ok: false,
      code: "conflict",
      error: expect.stringMatching(/^2 learners have already started/),
    });
  });

  test("flashcards: a member's review since it opened holds it; one before does not", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const learner = await addMember(cls.joinCode);
    const cards = cardIdsOf("pfp", 2);
    const set = await makeFlashcardSet(owner, cards);
    const before = await assign(owner, cls.id, set.id);
    const since = await assign(owner, cls.id, set.id, { opensAt: "2026-03-04T08:00" });
    // Reviewed on 3 March: after `before` opened (2 March), before `since` did (4 March).
    await reviewCard(learner.id, before.id, cards[0]!, new Date("2026-03-03T10:00:00Z"));
    expect(await removeAssignment(owner, before.id)).toMatchObject({
      ok: false,
      code: "conflict",
      error: expect.stringMatching(/^1 learner has already started/),
    });
    expect(await removeAssignment(owner, since.id)).toMatchObject({ ok: true });
  });

  test("an archived class's assignments are not removed", async () => {
    const { owner, cls, assignment } = await quizAssignment();
    unwrap(await archiveClass(owner, cls.id, { archived: true }));
    expect(await removeAssignment(owner, assignment.id)).toEqual({
      ok: false,
      code: "conflict",
      error: "This class is archived. Restore it before changing its assignments.",
    });
    expect(await row(assignment.id)).not.toBeNull();
  });

  test("another instructor, a member or an outsider: not found, nothing removed", async () => {
    const { owner, cls, learner, assignment } = await quizAssignment();
    const other = await makeInstructor("other-instructor");
    const outsider = await addMember((await makeClass(other)).joinCode, "outsider");
    for (const who of [other, learner, outsider]) {
      expect(await removeAssignment(who, assignment.id)).toEqual({
        ok: false,
        code: "not_found",
        error: "Assignment not found.",
      });
      expect(await updateAssignment(who, assignment.id, { ...AS_SAVED, lateCounts: true })).toEqual(
        { ok: false, code: "not_found", error: "Assignment not found." },
      );
    }
    expect(await row(assignment.id)).toMatchObject({ classId: cls.id, lateCounts: false });
    expect(await removeAssignment(owner, assignment.id)).toMatchObject({ ok: true });
  });

  test("race: removal during a start keeps both, or removes an untouched one", async () => {
    for (let round = 0; round < 8; round++) {
      const { owner, learner, assignment } = await quizAssignment();
      const [started, removed] = await Promise.all([
        startAssignmentAttempt(learner, assignment.id, { now: WHILE_OPEN }),
        removeAssignment(owner, assignment.id),
      ]);
      const attempts = await db.quizAttempt.count({ where: { userId: learner.id } });
      if (removed.ok) {
        expect(started, `round ${round}`).toMatchObject({ ok: false, code: "not_found" });
        expect(attempts).toBe(0);
      } else {
        expect(removed.code).toBe("conflict");
        expect(started.ok).toBe(true);
        expect(await db.quizAttempt.count({ where: { assignmentId: assignment.id } })).toBe(1);
      }
    }
  });
});
