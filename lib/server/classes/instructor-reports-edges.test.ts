// Edge cases of the instructor's report services that the mutation run (issue 13) found
// untested: role checks and messages word for word, who is counted (current members only,
// submitted attempts only, expired timed attempts), which attempt is a learner's first, and
// the order of rows. Line numbers in the headers are those of the run's sources.
import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { correctResponse } from "@/lib/domain/quiz/correct-response";
import { db } from "@/lib/server/db";
import { getStudySession } from "@/lib/server/flashcards/get-study-session";
import { gradeFlashcard } from "@/lib/server/flashcards/grade-flashcard";
import { saveQuizResponse } from "@/lib/server/quiz/save-quiz-response";
import { ASSIGNMENT_NOT_FOUND, CLASS_NOT_FOUND, INSTRUCTORS_ONLY } from "./caller";
import { exportGradebookCsv } from "./export-gradebook-csv";
import { getAssignmentResults } from "./get-assignment-results";
import { getInstructorHome } from "./get-instructor-home";
import { getItemAnalysis } from "./get-item-analysis";
import { leaveClass } from "./leave-class";
import { listAssignmentsForInstructor } from "./list-assignments-for-instructor";
import { startAssignmentAttempt } from "./start-assignment-attempt";
import {
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
  sitAttempt,
  storedQuestions,
  unwrap,
} from "./test-fixtures";
import { joinClass } from "./join-class";

/** A learner of `classId` who submitted `pattern`, then left for another instructor's class. */
async function formerMember(joinCode: string, classId: string, assignmentId: string) {
  const learner = await addMember(joinCode, "former");
  await sitAttempt(learner, assignmentId, [true, true, true, true, true], WHILE_OPEN);
  const elsewhere = await makeClass(await makeInstructor("other"), "Elsewhere");
  unwrap(await joinClass(learner, { code: elsewhere.joinCode }));
  unwrap(await leaveClass(learner, classId));
  return learner;
}

describe("role checks and messages", () => {
  // Kills get-item-analysis.ts line 52 and list-assignments-for-instructor.ts line 22 (the
  // role check made false): an instructor demoted to learner keeps the class row, not access.
  test("a demoted instructor no longer sees their class's reports", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const a = await assign(owner, cls.id, (await makeQuizSet(owner)).id);
    const demoted = { id: owner.id, role: "LEARNER" as const };
    expect(await getItemAnalysis(demoted, a.id)).toEqual({
      ok: false,
      code: "not_found",
      error: ASSIGNMENT_NOT_FOUND,
    });
    expect(await listAssignmentsForInstructor(demoted, cls.id)).toEqual({
      ok: false,
      code: "not_found",
      error: CLASS_NOT_FOUND,
    });
  });

  // Kills get-instructor-home.ts line 26 (message "") and get-item-analysis.ts line 63
  // (message "").
  test("the refusals say why, word for word", async () => {
    const learner = await makeLearner();
    expect(await getInstructorHome(learner)).toMatchObject({
      ok: false,
      code: "forbidden",
      error: INSTRUCTORS_ONLY,
    });
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const a = await assign(owner, cls.id, (await makeFlashcardSet(owner, cardIdsOf("pfp", 2))).id);
    expect(await getItemAnalysis(owner, a.id)).toMatchObject({
      ok: false,
      code: "conflict",
      error: "Item analysis is for quiz assignments; this one is a flashcard set.",
    });
  });
});

describe("item analysis: who and which attempt", () => {
  // Kills get-item-analysis.ts line 57 (`classId: false`: a former member who is in another
  // class counted), lines 68 and 71 (`id`/`status`/`deadlineAt` not selected, the expiry check
  // made false: a timed attempt whose time ran out is left out) and line 123 (a question no
  // one got wrong shows "Stryker was here" instead of no wrong answers).
  test("current members only; a timed attempt whose time ran out counts", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const set = await makeQuizSet(owner, { mode: "exam", timeLimitMinutes: 10 });
    const a = await assign(owner, cls.id, set.id);
    const ann = await addMember(cls.joinCode, "ann");
    await sitAttempt(ann, a.id, [true, true, true, false, false], WHILE_OPEN, 5);
    await formerMember(cls.joinCode, cls.id, a.id);
    // cat answers the first question right and never submits; her 10 minutes run out.
    const cat = await addMember(cls.joinCode, "cat");
    const started = unwrap(await startAssignmentAttempt(cat, a.id, { now: WHILE_OPEN }));
    const q0 = (await storedQuestions(started.attemptId))[0]!;
    unwrap(
      await saveQuizResponse(
        cat.id,
        started.attemptId,
        { position: 0, response: correctResponse(q0) },
        minutesAfter(WHILE_OPEN, 1),
      ),
    );
    const analysis = unwrap(await getItemAnalysis(owner, a.id, minutesAfter(WHILE_OPEN, 60)));
    expect(analysis.learners).toBe(2);
    expect(analysis.items[0]).toMatchObject({ count: 2, correctCount: 2, wrongAnswers: [] });
    expect(analysis.items[1]).toMatchObject({ count: 2, correctCount: 1 });
    const status = await db.quizAttempt.findUniqueOrThrow({
      where: { id: started.attemptId },
      select: { status: true },
    });
    expect(status.status).toBe("SUBMITTED");
  });

  // Kills get-item-analysis.ts line 75 (`orderBy: []`, `{ startedAt: "asc" }` made `{}`): the
  // first attempt is the earliest started, not the first created nor the smallest id.
  test("a learner's first attempt is the one started first", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const a = await assign(owner, cls.id, (await makeQuizSet(owner)).id);
    const ann = await addMember(cls.joinCode, "ann");
    const right = await sitAttempt(ann, a.id, [true, true, true, true, true], WHILE_OPEN);
    const wrong = await sitAttempt(
      ann,
      a.id,
      [false, false, false, false, false],
      minutesAfter(WHILE_OPEN, 30),
    );
    // The all-wrong attempt, created second (larger id), is moved to an earlier start.
    expect(wrong > right).toBe(true);
    await db.quizAttempt.update({
      where: { id: wrong },
      data: { startedAt: minutesAfter(WHILE_OPEN, -30) },
    });
    const analysis = unwrap(await getItemAnalysis(owner, a.id, minutesAfter(WHILE_OPEN, 60)));
    expect(analysis.items.map((i) => i.correctCount)).toEqual([0, 0, 0, 0, 0]);
  });

  // Kills get-item-analysis.ts line 75 (`{ id: "asc" }` made `{}`): three attempts moved to
  // the same start time; the smallest id is the first. The rows are rewritten middle, smallest,
  // largest (a new start time each time, so no in-place update), so the smallest id is neither
  // first nor last in the table or in the start-time index: a tie left to the scan order picks
  // another attempt, whichever way the table or the index is read.
  test("attempts started at the same instant: the smallest id is the first", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const a = await assign(owner, cls.id, (await makeQuizSet(owner)).id);
    const ann = await addMember(cls.joinCode, "ann");
    const allWrong = [false, false, false, false, false];
    const right = await sitAttempt(ann, a.id, [true, true, true, true, true], WHILE_OPEN);
    const middle = await sitAttempt(ann, a.id, allWrong, minutesAfter(WHILE_OPEN, 20));
    const last = await sitAttempt(ann, a.id, allWrong, minutesAfter(WHILE_OPEN, 40));
    expect(right < middle && middle < last).toBe(true);
    const tie = minutesAfter(WHILE_OPEN, -30);
    for (const id of [middle, right, last])
      await db.quizAttempt.update({ where: { id }, data: { startedAt: tie } });
    const analysis = unwrap(await getItemAnalysis(owner, a.id, minutesAfter(WHILE_OPEN, 90)));
    expect(analysis.items.map((i) => i.correctCount)).toEqual([1, 1, 1, 1, 1]);
  });
});

describe("item analysis: order and text of the items", () => {
  // Kills get-item-analysis.ts lines 108-110 (the set's order map emptied, `rank` returning
  // undefined or using `&&`, the sort removed or its comparator `+` or undefined): the items
  // follow the set's order, even where it differs from the order the attempts show them in
  // (here the stored set order is reversed by hand). Kills line 94 (`true`: the last learner's
  // copy of a question replaces the first's): the text shown is the first learner's snapshot.
  test("items follow the set's order; the text is the first attempt's", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const set = await makeQuizSet(owner);
    const a = await assign(owner, cls.id, set.id);
    const ann = await addMember(cls.joinCode, "ann");
    const ben = await addMember(cls.joinCode, "ben");
    const annAttempt = await sitAttempt(ann, a.id, [true, false, true, false, true], WHILE_OPEN);
    const benAttempt = await sitAttempt(
      ben,
      a.id,
      [true, true, false, false, true],
      minutesAfter(WHILE_OPEN, 30),
    );
    const ids = (await storedQuestions(annAttempt)).map((q) => q.id);
    await db.studySet.update({ where: { id: set.id }, data: { questionIds: [...ids].reverse() } });
    // ben's copy of the first question reads differently (as after a content update).
    const row = await db.quizAttempt.findUniqueOrThrow({
      where: { id: benAttempt },
      select: { questions: true },
    });
    const questions = row.questions as { prompt: string }[];
    questions[0]!.prompt = "Edited after ann's attempt:";
    await db.quizAttempt.update({ where: { id: benAttempt }, data: { questions } });

    const analysis = unwrap(await getItemAnalysis(owner, a.id, minutesAfter(WHILE_OPEN, 60)));
    expect(analysis.items.map((i) => i.questionId)).toEqual([...ids].reverse());
    expect(analysis.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5]);
    expect(analysis.items.map((i) => i.correctCount)).toEqual([2, 0, 1, 1, 2]);
    const first = analysis.items.find((i) => i.questionId === ids[0])!;
    expect(first.text).not.toContain("Edited");
  });
});

describe("the assignments of a class, for its instructor", () => {
  // Kills list-assignments-for-instructor.ts line 26 (`orderBy: []`, `{ dueAt }` made `{}`,
  // `{ id }` made `{}`): by due date, then id, whatever the creation or storage order.
  test("by due date, ties by id", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const later = await assign(owner, cls.id, (await makeQuizSet(owner, { name: "X" })).id, {
      dueAt: "2026-03-20T17:00",
    });
    const ySet = await makeQuizSet(owner, { name: "Y" });
    const y = await assign(owner, cls.id, ySet.id);
    const z = await assign(owner, cls.id, (await makeQuizSet(owner, { name: "Z" })).id);
    // y is moved to another set and back (an indexed column, so not an in-place update): its
    // row version now comes after z's in the table and in the class index.
    const other = await makeQuizSet(owner, { name: "Other" });
    await db.assignment.update({ where: { id: y.id }, data: { setId: other.id } });
    await db.assignment.update({ where: { id: y.id }, data: { setId: ySet.id } });
    expect(y.id < z.id).toBe(true);
    const rows = unwrap(await listAssignmentsForInstructor(owner, cls.id));
    expect(rows.map((r) => r.id)).toEqual([y.id, z.id, later.id]);
  });

  // Kills list-assignments-for-instructor.ts lines 36-39 (the filter emptied, `user`,
  // `memberships` or `some` made `{}`: an attempt in progress or a former member's counted),
  // line 45 (`- 1`, `&&`: the count is not a count) and line 50 (`true`: a flashcard
  // assignment shows 0 submitted instead of none).
  test("submitted counts current members with a submitted attempt, quiz sets only", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const quiz = await assign(owner, cls.id, (await makeQuizSet(owner)).id);
    const cards = await assign(
      owner,
      cls.id,
      (await makeFlashcardSet(owner, cardIdsOf("pfp", 2))).id,
      { dueAt: "2026-03-20T17:00" },
    );
    const ann = await addMember(cls.joinCode, "ann");
    const ben = await addMember(cls.joinCode, "ben");
    const cat = await addMember(cls.joinCode, "cat");
    await sitAttempt(ann, quiz.id, [true, null, null, null, null], WHILE_OPEN);
    await sitAttempt(ann, quiz.id, [true, true, null, null, null], minutesAfter(WHILE_OPEN, 20));
    await sitAttempt(ben, quiz.id, [false, null, null, null, null], WHILE_OPEN);
    unwrap(await startAssignmentAttempt(cat, quiz.id, { now: WHILE_OPEN }));
    await formerMember(cls.joinCode, cls.id, quiz.id);
    const rows = unwrap(await listAssignmentsForInstructor(owner, cls.id));
    expect(rows.map((r) => [r.id, r.members, r.submitted])).toEqual([
      [quiz.id, 3, 2],
      [cards.id, 3, null],
    ]);
  });
});

describe("results and gradebook", () => {
  // Kills get-assignment-results.ts line 63 (`{ user: { name } }`, `user` made `{}`): the
  // roster is by name, not by user id (zed was created first).
  test("the roster is by name", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const a = await assign(owner, cls.id, (await makeQuizSet(owner)).id);
    const zed = await addMember(cls.joinCode, "zed");
    const amy = await addMember(cls.joinCode, "amy");
    expect(zed.id < amy.id).toBe(true);
    const results = unwrap(await getAssignmentResults(owner, a.id, WHILE_OPEN));
    expect(results.roster.map((r) => r.name)).toEqual(["amy", "zed"]);
  });

  // Kills get-assignment-results.ts line 63 (`{ userId: "asc" }` made `{}`): namesakes are
  // listed by user id, not in the order they joined.
  test("namesakes are listed by user id", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const a = await assign(owner, cls.id, (await makeQuizSet(owner)).id);
    const first = await makeLearner("sam");
    const second = await makeLearner("sam");
    unwrap(await joinClass(second, { code: cls.joinCode }));
    unwrap(await joinClass(first, { code: cls.joinCode }));
    const results = unwrap(await getAssignmentResults(owner, a.id, WHILE_OPEN));
    expect(results.roster.map((r) => r.userId)).toEqual([first.id, second.id]);
  });

  // Kills export-gradebook-csv.ts lines 43-44 (`&&` for `??`: the card figures emptied).
  test("the gradebook of a flashcard assignment shows cards reviewed and cards", async () => {
    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    const a = await assign(owner, cls.id, (await makeFlashcardSet(owner, cardIdsOf("pfp", 2))).id);
    const ann = await addMember(cls.joinCode, "ann");
    const session = await getStudySession(ann.id, { assignment: a.id }, WHILE_OPEN);
    unwrap(
      await gradeFlashcard(
        ann.id,
        {
          cardId: session.card!.cardId,
          rating: 4,
          requestId: randomUUID(),
          expectedVersion: session.card!.version,
          assignment: a.id,
        },
        WHILE_OPEN,
      ),
    );
    const file = unwrap(await exportGradebookCsv(owner, a.id, minutesAfter(WHILE_OPEN, 5)));
    const rows = file.csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(rows).toHaveLength(2);
    expect(rows[1]!.split(",").slice(-2)).toEqual(["1", "2"]);
  });
});

describe("the instructor's home", () => {
  // Kills get-instructor-home.ts line 70 (`"flashcards"` made "") and line 91 (the sort's
  // comparator `+`): the newer class comes first, but its assignment is due later.
  test("open assignments by due date across classes, with their kind", async () => {
    const owner = await makeInstructor();
    const older = await makeClass(owner, "Older");
    const soon = await assign(
      owner,
      older.id,
      (await makeFlashcardSet(owner, cardIdsOf("pfp", 2))).id,
    );
    const newer = await makeClass(owner, "Newer");
    const late = await assign(owner, newer.id, (await makeQuizSet(owner)).id, {
      dueAt: "2026-03-20T17:00",
    });
    const home = unwrap(await getInstructorHome(owner, WHILE_OPEN));
    expect(home.classes.map((c) => c.id)).toEqual([newer.id, older.id]);
    expect(home.openAssignments.map((o) => [o.id, o.kind])).toEqual([
      [soon.id, "flashcards"],
      [late.id, "quiz"],
    ]);
  });
});
