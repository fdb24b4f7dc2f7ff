import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { gradeFlashcard } from "@/lib/server/flashcards/grade-flashcard";
import { getStudySession } from "@/lib/server/flashcards/get-study-session";
import { exportClassGradebookCsv } from "./export-class-gradebook-csv";
import { getAssignmentResults } from "./get-assignment-results";
import { getClassGradebook } from "./get-class-gradebook";
import {
  AFTER_DUE,
  addMember,
  assign,
  cardIdsOf,
  makeClass,
  makeFlashcardSet,
  makeInstructor,
  makeQuizSet,
  minutesAfter,
  sitAttempt,
  unwrap,
  WHILE_OPEN,
} from "./test-fixtures";

/*
 * Three learners and four assignments, read an hour after AFTER_DUE (past the due date of all
 * but week 2):
 *        week 1, late work     week 1 again, late   3 cards           week 2 (due later)
 *        does not count        work counts
 *   ann  done 60%              late (nothing)       late, 2 reviewed  done 40%, then 20%
 *   ben  done late (no score)  done late, 80%       late, 0 reviewed  to do
 *   eve  late                  late                 late              to do
 */
async function playedClass() {
  const owner = await makeInstructor();
  const cls = await makeClass(owner, "Gradebook class");
  const week1 = await makeQuizSet(owner, { name: "Week 1" });
  const week2 = await makeQuizSet(owner, { name: "Week 2" });
  const cards = await makeFlashcardSet(owner, cardIdsOf("pfp", 3));
  const strict = await assign(owner, cls.id, week1.id, { lateCounts: false });
  const lenient = await assign(owner, cls.id, week1.id, { lateCounts: true });
  const deck = await assign(owner, cls.id, cards.id);
  const later = await assign(owner, cls.id, week2.id, { dueAt: "2026-03-20T17:00" });
  const [ann, ben] = await Promise.all(
    ["ann", "ben", "eve"].map((name) => addMember(cls.joinCode, name)),
  );
  await sitAttempt(ann!, strict.id, [true, true, true, false, false], WHILE_OPEN);
  await sitAttempt(ben!, strict.id, [true, true, true, true, true], AFTER_DUE);
  await sitAttempt(ben!, lenient.id, [true, true, true, true, false], AFTER_DUE);
  await sitAttempt(ann!, later.id, [true, true, false, false, false], WHILE_OPEN);
  // A worse second try: the gradebook keeps the best score, as the results page does.
  await sitAttempt(
    ann!,
    later.id,
    [true, false, false, false, false],
    minutesAfter(WHILE_OPEN, 30),
  );
  for (const at of [WHILE_OPEN, minutesAfter(WHILE_OPEN, 1)]) {
    const session = await getStudySession(ann!.id, { assignment: deck.id }, at);
    unwrap(
      await gradeFlashcard(
        ann!.id,
        {
          cardId: session.card!.cardId,
          rating: 4,
          requestId: randomUUID(),
          expectedVersion: session.card!.version,
          assignment: deck.id,
        },
        at,
      ),
    );
  }
  const now = minutesAfter(AFTER_DUE, 60);
  return { owner, cls, assignments: [strict, lenient, deck, later], ann: ann!, ben: ben!, now };
}

describe("the class gradebook", () => {
  test("each learner on each assignment, with totals per learner and per assignment", async () => {
    const w = await playedClass();
    const book = unwrap(await getClassGradebook(w.owner, w.cls.id, w.now));
    expect(book.class).toEqual({ id: w.cls.id, name: "Gradebook class" });
    expect(book.assignments.map((a) => [a.set.name, a.set.kind, a.meanBestScore])).toEqual([
      ["Week 1", "quiz", 0.6],
      ["Week 1", "quiz", 0.8],
      ["Cards", "flashcards", null],
      ["Week 2", "quiz", 0.4],
    ]);
    expect(
      book.rows.map((r) => [r.name, r.entries.map((e) => [e.status, e.bestScore]), r.totals]),
    ).toEqual([
      [
        "ann",
        [
          ["done", 0.6],
          ["late", null],
          ["late", null],
          ["done", 0.4],
        ],
        { done: 2, opened: 4, meanBestScore: 0.5 },
      ],
      [
        "ben",
        [
          ["done-late", null],
          ["done-late", 0.8],
          ["late", null],
          ["to-do", null],
        ],
        { done: 2, opened: 4, meanBestScore: 0.8 },
      ],
      [
        "eve",
        [
          ["late", null],
          ["late", null],
          ["late", null],
          ["to-do", null],
        ],
        { done: 0, opened: 4, meanBestScore: null },
      ],
    ]);
    expect(book.rows[0]!.entries[2]!.cards).toEqual({ total: 3, reviewed: 2 });
    expect(book.rows[1]!.entries[0]!.attemptsUsed).toBe(1);
    expect(book.rows[0]!.entries[3]!.attemptsUsed).toBe(2);
  });

  test("every cell and mean is the one the assignment's results page shows", async () => {
    const w = await playedClass();
    const book = unwrap(await getClassGradebook(w.owner, w.cls.id, w.now));
    for (const [i, assignment] of book.assignments.entries()) {
      const results = unwrap(await getAssignmentResults(w.owner, assignment.id, w.now));
      expect(assignment.meanBestScore).toBe(results.meanBestScore);
      expect(book.rows.map((r) => ({ userId: r.userId, ...r.entries[i] }))).toEqual(
        results.roster.map((r) => ({
          userId: r.userId,
          status: r.status,
          bestScore: r.bestScore,
          attemptsUsed: r.attemptsUsed,
          cards: r.cards,
        })),
      );
    }
  });

  test("only the class's instructor reads it", async () => {
    const w = await playedClass();
    for (const caller of [w.ann, await makeInstructor("other")]) {
      expect(await getClassGradebook(caller, w.cls.id, w.now)).toMatchObject({
        ok: false,
        code: "not_found",
      });
      expect(await exportClassGradebookCsv(caller, w.cls.id, w.now)).toMatchObject({ ok: false });
    }
  });

  test("the CSV: two columns an assignment, named by set and due date, and totals", async () => {
    const w = await playedClass();
    const file = unwrap(await exportClassGradebookCsv(w.owner, w.cls.id, w.now));
    expect(file.filename).toBe("class-gradebook-gradebook-class-2026-03-10.csv");
    const rows = file.csv
      .slice(1)
      .split("\r\n")
      .filter(Boolean)
      .map((line) => line.split(","));
    expect(rows[0]).toEqual([
      "Name",
      "Email",
      "Week 1 (due 2026-03-09): status",
      "Week 1 (due 2026-03-09): best score (%)",
      "Week 1 (due 2026-03-09): status",
      "Week 1 (due 2026-03-09): best score (%)",
      "Cards (due 2026-03-09): status",
      "Cards (due 2026-03-09): cards reviewed",
      "Week 2 (due 2026-03-20): status",
      "Week 2 (due 2026-03-20): best score (%)",
      "Assignments done",
      "Assignments opened",
      "Mean best quiz score (%)",
    ]);
    expect(rows.slice(1).map((r) => [r[0], ...r.slice(2)])).toEqual([
      ["ann", "done", "60", "late", "", "late", "2", "done", "40", "2", "4", "50"],
      ["ben", "done-late", "", "done-late", "80", "late", "0", "to-do", "", "2", "4", "80"],
      ["eve", "late", "", "late", "", "late", "0", "to-do", "", "0", "4", ""],
    ]);
  });
});
