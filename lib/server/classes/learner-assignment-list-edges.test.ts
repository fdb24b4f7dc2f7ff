// Survivors of the class service's mutation run in list-assignments-for-learner.ts: the sort
// (lines 115-120), the set's kind, mode and time limit (84-93), the columns read (73-75) and
// the zone's fallback (80).
import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { db } from "@/lib/server/db";
import { listAssignmentsForLearner } from "./list-assignments-for-learner";
import {
  addMember,
  assign,
  cardIdsOf,
  makeClass,
  makeFlashcardSet,
  makeInstructor,
  makeQuizSet,
  PARIS,
  sitAttempt,
  unwrap,
  WHILE_OPEN,
} from "./test-fixtures";

const at = (iso: string) => new Date(`${iso}:00Z`);
const NOW = at("2026-03-05T10:00");

describe("the learner's list of assignments", () => {
  test("late, to-do, upcoming, done-late, done; done newest due first; ties by id", async () => {
    const owner = await makeInstructor("list-owner");
    const cls = await makeClass(owner, "Ordering class");
    const learner = await addMember(cls.joinCode, "list-learner");
    await db.user.update({ where: { id: learner.id }, data: { timeZone: "Asia/Tokyo" } });
    const practice = await makeQuizSet(owner, { name: "Practice set" });
    const exam = await makeQuizSet(owner, { name: "Exam set", mode: "exam", timeLimitMinutes: 20 });
    const cards = await makeFlashcardSet(owner, cardIdsOf("pfp", 2));

    // Rows are made in an order that is neither the expected order nor the ids' order; the ids
    // are chosen so that no pair with different due dates is in id order.
    const run = randomUUID().slice(0, 8);
    const make = (key: string, setId: string, opensAt: string, dueAt: string, lateCounts = false) =>
      db.assignment.create({
        data: {
          id: `${run}-${key}`,
          classId: cls.id,
          setId,
          opensAt: at(opensAt),
          dueAt: at(dueAt),
          timeZone: PARIS,
          // As createAssignment stores them: flashcard assignments have no attempts.
          attemptsAllowed: setId === cards.id ? null : 2,
          lateCounts,
        },
      });
    const open = "2026-03-02T07:00";
    const doneOld = await make("g", practice.id, open, "2026-03-06T12:00");
    const doneNew = await make("h", practice.id, open, "2026-03-09T16:00");
    const doneLateOld = await make("e", practice.id, open, "2026-03-03T12:00", true);
    const doneLateNew = await make("f", practice.id, open, "2026-03-04T12:00");
    const tieHigh = await make("c2", practice.id, open, "2026-03-09T16:00");
    const tieLow = await make("c1", practice.id, open, "2026-03-09T16:00");
    const soon = await make("d", exam.id, open, "2026-03-07T16:00");
    const upcoming = await make("a", cards.id, "2026-03-06T07:00", "2026-03-12T16:00");
    const late = await make("b", practice.id, open, "2026-03-04T16:00");

    for (const done of [doneOld, doneNew])
      await sitAttempt(learner, done.id, [true], at("2026-03-04T09:00"));
    for (const doneLate of [doneLateOld, doneLateNew])
      await sitAttempt(learner, doneLate.id, [true], at("2026-03-04T13:00"));

    const list = unwrap(await listAssignmentsForLearner(learner, NOW));
    expect(list.map((a) => a.id)).toEqual(
      [late, soon, tieLow, tieHigh, upcoming, doneLateNew, doneLateOld, doneNew, doneOld].map(
        (a) => a.id,
      ),
    );

    const practiceSet = { name: "Practice set", kind: "quiz", mode: "practice" };
    const base = {
      classId: cls.id,
      className: "Ordering class",
      set: { ...practiceSet, timeLimitMinutes: null },
      timeZone: PARIS,
      learnerTimeZone: "Asia/Tokyo",
      attemptsAllowed: 2,
      lateCounts: false,
      opensAt: at(open),
      opensAtLocal: "2026-03-02T16:00",
      attemptsUsed: 0,
      attemptsLeft: 2,
      bestScore: null,
      lastScore: null,
      inProgressAttemptId: null,
      canStart: true,
      blockedReason: null,
      startWouldBeLate: false,
      cards: null,
    };
    const submitted = { attemptsUsed: 1, attemptsLeft: 1 };
    expect(list).toEqual([
      {
        ...base,
        id: late.id,
        dueAt: at("2026-03-04T16:00"),
        dueAtLocal: "2026-03-05T01:00",
        status: "late",
        startWouldBeLate: true,
      },
      {
        ...base,
        id: soon.id,
        set: { name: "Exam set", kind: "quiz", mode: "exam", timeLimitMinutes: 20 },
        dueAt: at("2026-03-07T16:00"),
        dueAtLocal: "2026-03-08T01:00",
        status: "to-do",
      },
      ...[tieLow, tieHigh].map((tie) => ({
        ...base,
        id: tie.id,
        dueAt: at("2026-03-09T16:00"),
        dueAtLocal: "2026-03-10T01:00",
        status: "to-do",
      })),
      {
        ...base,
        id: upcoming.id,
        set: { name: "Cards", kind: "flashcards", mode: null, timeLimitMinutes: null },
        opensAt: at("2026-03-06T07:00"),
        opensAtLocal: "2026-03-06T16:00",
        dueAt: at("2026-03-12T16:00"),
        dueAtLocal: "2026-03-13T01:00",
        status: "upcoming",
        attemptsAllowed: null,
        attemptsLeft: null,
        canStart: false,
        blockedReason: "not-open",
        cards: { total: 2, reviewed: 0 },
      },
      // Late work counts on the older one only: its score (1 of 5 right) is kept.
      {
        ...base,
        ...submitted,
        id: doneLateNew.id,
        dueAt: at("2026-03-04T12:00"),
        dueAtLocal: "2026-03-04T21:00",
        status: "done-late",
        startWouldBeLate: true,
      },
      {
        ...base,
        ...submitted,
        id: doneLateOld.id,
        lateCounts: true,
        dueAt: at("2026-03-03T12:00"),
        dueAtLocal: "2026-03-03T21:00",
        status: "done-late",
        bestScore: 0.2,
        lastScore: 0.2,
        startWouldBeLate: true,
      },
      {
        ...base,
        ...submitted,
        id: doneNew.id,
        dueAt: at("2026-03-09T16:00"),
        dueAtLocal: "2026-03-10T01:00",
        status: "done",
        bestScore: 0.2,
        lastScore: 0.2,
      },
      {
        ...base,
        ...submitted,
        id: doneOld.id,
        dueAt: at("2026-03-06T12:00"),
        dueAtLocal: "2026-03-06T21:00",
        status: "done",
        bestScore: 0.2,
        lastScore: 0.2,
      },
    ]);
  });

  // Line 80: the fallback zone emptied.
  test("a zone the runtime does not know shows the dates in UTC", async () => {
    const owner = await makeInstructor("zone-owner");
    const cls = await makeClass(owner);
    const learner = await addMember(cls.joinCode, "zone-learner");
    await db.user.update({ where: { id: learner.id }, data: { timeZone: "Mars/Olympus_Mons" } });
    await assign(owner, cls.id, (await makeQuizSet(owner)).id);
    const [mine] = unwrap(await listAssignmentsForLearner(learner, WHILE_OPEN));
    expect(mine).toMatchObject({
      learnerTimeZone: "UTC",
      opensAtLocal: "2026-03-02T07:00",
      dueAtLocal: "2026-03-09T16:00",
    });
  });

  // Line 75: the set's id not read (it names the set whose settings are corrupt).
  test("a quiz set with corrupt settings is named in the error", async () => {
    const owner = await makeInstructor("corrupt-owner");
    const cls = await makeClass(owner);
    const learner = await addMember(cls.joinCode, "corrupt-learner");
    const set = await makeQuizSet(owner);
    await assign(owner, cls.id, set.id);
    await db.studySet.update({ where: { id: set.id }, data: { settings: { mode: "oral" } } });
    await expect(listAssignmentsForLearner(learner, WHILE_OPEN)).rejects.toThrow(
      `StudySet ${set.id}: settings does not match its schema`,
    );
  });
});
