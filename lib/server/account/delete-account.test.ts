import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { db } from "@/lib/server/db";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { exportGradebookCsv } from "@/lib/server/classes/export-gradebook-csv";
import { exportItemAnalysisCsv } from "@/lib/server/classes/export-item-analysis-csv";
import { getAssignmentResults } from "@/lib/server/classes/get-assignment-results";
import { getClassForInstructor } from "@/lib/server/classes/get-class-for-instructor";
import { getInstructorHome } from "@/lib/server/classes/get-instructor-home";
import { getItemAnalysis } from "@/lib/server/classes/get-item-analysis";
import { getLearnerAssignmentWork } from "@/lib/server/classes/get-learner-assignment-work";
import {
  addMember,
  AFTER_DUE,
  assign,
  cardIdsOf,
  makeClass,
  makeFlashcardSet,
  makeInstructor,
  makeLearner,
  makeQuizSet,
  minutesAfter,
  sitAttempt,
  unwrap,
  WHILE_OPEN,
} from "@/lib/server/classes/test-fixtures";
import { gradeFlashcard } from "@/lib/server/flashcards/grade-flashcard";
import { setDeckStudying } from "@/lib/server/flashcards/manage-decks";
import { hashPassword } from "@/lib/server/password";
import { saveQuizResponse } from "@/lib/server/quiz/save-quiz-response";
import { startQuiz } from "@/lib/server/quiz/start-quiz";
import { correctResponse } from "@/lib/domain/quiz/correct-response";
import { storedQuestions } from "@/lib/server/quiz/stored-json";
import { deleteAccount } from "./delete-account";

// Issue 13, point 10: a learner in a class who deletes the account leaves the class's results
// in place, anonymised as "Deleted learner N", and the instructor is told; their name, email
// and everything not graded in a class are erased.

async function classWithWork() {
  const owner = await makeInstructor();
  const cls = await makeClass(owner);
  const quiz = await assign(owner, cls.id, (await makeQuizSet(owner)).id);
  const setCards = cardIdsOf("pfp", 2);
  const cards = await assign(owner, cls.id, (await makeFlashcardSet(owner, setCards)).id);
  const leaving = await addMember(cls.joinCode, "leaving");
  const staying = await addMember(cls.joinCode, "staying");
  await db.user.update({
    where: { id: leaving.id },
    data: { name: "Ada Leaving", passwordHash: await hashPassword("leaving-password") },
  });
  await sitAttempt(leaving, quiz.id, [true, true, true, false, false], WHILE_OPEN);
  await sitAttempt(staying, quiz.id, [true, false, false, false, false], WHILE_OPEN);
  for (const [i, cardId] of setCards.entries())
    unwrap(
      await gradeFlashcard(
        leaving.id,
        { cardId, rating: 3, requestId: randomUUID(), expectedVersion: 0, assignment: cards.id },
        minutesAfter(WHILE_OPEN, 20 + i),
      ),
    );
  // Private study, graded by nobody: a practice quiz and a card outside the class's sets.
  const practice = await startQuiz(leaving.id, { count: 5 }, { now: WHILE_OPEN, seed: "own" });
  if (!practice.ok) throw new Error(practice.error);
  const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: practice.data.attemptId } });
  unwrap(
    await saveQuizResponse(
      leaving.id,
      row.id,
      { position: 0, response: correctResponse(storedQuestions(row)[0]!) },
      WHILE_OPEN,
    ),
  );
  await setDeckStudying(leaving.id, "itpp", { studying: true });
  const own = cardIdsOf("itpp", 1)[0]!;
  unwrap(
    await gradeFlashcard(
      leaving.id,
      { cardId: own, rating: 3, requestId: randomUUID(), expectedVersion: 0 },
      minutesAfter(WHILE_OPEN, 30),
    ),
  );
  return { owner, cls, quiz, cards, leaving, staying, setCards };
}

describe("deleting the account of a learner in a class", () => {
  test("gradebook, item analysis and exports keep the results as Deleted learner 1", async () => {
    const { owner, cls, quiz, cards, leaving, staying } = await classWithWork();
    const at = minutesAfter(WHILE_OPEN, 60);
    const before = unwrap(await getAssignmentResults(owner, quiz.id, at));
    const itemsBefore = unwrap(await getItemAnalysis(owner, quiz.id, at));
    const cardsBefore = unwrap(await getAssignmentResults(owner, cards.id, at));

    expect(await deleteAccount(leaving.id, { confirmEmail: "not-mine@example.com" })).toMatchObject(
      { ok: false, code: "invalid" },
    );
    const deletedAt = minutesAfter(WHILE_OPEN, 45);
    expect(await deleteAccount(leaving.id, { confirmEmail: leaving.email }, deletedAt)).toEqual({
      ok: true,
      data: { deleted: true },
    });

    const after = unwrap(await getAssignmentResults(owner, quiz.id, at));
    const row = (r: typeof after.roster) => r.find((x) => x.userId === leaving.id)!;
    expect(after.roster).toHaveLength(2);
    expect(row(after.roster)).toMatchObject({
      name: "Deleted learner 1",
      email: null,
      deleted: true,
    });
    expect(row(after.roster).bestScore).toBe(row(before.roster).bestScore);
    expect(row(after.roster).bestScore).toBeCloseTo(0.6);
    expect(after.meanBestScore).toBe(before.meanBestScore);
    expect(after.roster.find((x) => x.userId === staying.id)).toMatchObject({ deleted: false });
    expect(unwrap(await getItemAnalysis(owner, quiz.id, at))).toEqual(itemsBefore);
    const cardsAfter = unwrap(await getAssignmentResults(owner, cards.id, at));
    expect(row(cardsAfter.roster).cards).toEqual({ total: 2, reviewed: 2 });
    expect(row(cardsAfter.roster).status).toBe(row(cardsBefore.roster).status);
    const work = unwrap(await getLearnerAssignmentWork(owner, quiz.id, leaving.id, at));
    expect(work.learner).toEqual({ userId: leaving.id, name: "Deleted learner 1", email: null });

    // The exports: the row is there under the new name, and nothing names the learner.
    const gradebook = unwrap(await exportGradebookCsv(owner, quiz.id, at)).csv;
    expect(gradebook).toMatch(/^Deleted learner 1,,done,1,60,60,/m);
    const items = unwrap(await exportItemAnalysisCsv(owner, quiz.id, at)).csv;
    for (const text of [gradebook, items]) {
      expect(text).not.toContain(leaving.email);
      expect(text).not.toContain("Ada Leaving");
    }

    // The instructor is told, on the class page.
    const detail = unwrap(await getClassForInstructor(owner, cls.id));
    expect(detail.deletedLearners).toEqual([{ name: "Deleted learner 1", deletedAt }]);
    expect(detail.roster.find((m) => m.userId === leaving.id)).toMatchObject({
      name: "Deleted learner 1",
      email: null,
    });
  });

  test("personal data is erased: no name, email, password, sign-in or private study", async () => {
    const { leaving, setCards } = await classWithWork();
    const user = await db.user.findUniqueOrThrow({ where: { id: leaving.id } });
    unwrap(await deleteAccount(leaving.id, { confirmEmail: leaving.email.toUpperCase() }));

    const tombstone = await db.user.findUniqueOrThrow({ where: { id: leaving.id } });
    expect(tombstone).toMatchObject({
      name: "Deleted learner",
      email: `deleted-${leaving.id}@deleted.invalid`,
      passwordHash: null,
      sessionVersion: user.sessionVersion + 1,
    });
    expect(tombstone.deletedAt).not.toBeNull();
    expect(JSON.stringify(tombstone)).not.toContain("Ada Leaving");
    expect(JSON.stringify(tombstone)).not.toContain(leaving.email);
    expect(
      await verifyCredentials({ email: leaving.email, password: "leaving-password" }),
    ).toBeNull();
    expect(await deleteAccount(leaving.id, { confirmEmail: leaving.email })).toMatchObject({
      ok: false,
    });

    const where = { userId: leaving.id };
    const attempts = await db.quizAttempt.findMany({ where, select: { assignmentId: true } });
    expect(attempts.map((a) => a.assignmentId === null)).toEqual([false]);
    const logs = await db.reviewLog.findMany({ where, select: { cardId: true } });
    expect(logs.map((l) => l.cardId).sort()).toEqual([...setCards].sort());
    const left = await Promise.all([
      db.cardState.count({ where }),
      db.deckSubscription.count({ where }),
      db.countedAnswer.count({ where }),
      db.dailyActivity.count({ where }),
      db.programmeDailyScore.count({ where }),
      db.questionStat.count({ where }),
      db.oAuthAccount.count({ where }),
    ]);
    expect(left).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  test("a learner in no class is deleted entirely; numbers follow deletion order", async () => {
    const loner = await makeLearner("loner");
    unwrap(await deleteAccount(loner.id, { confirmEmail: loner.email }));
    expect(await db.user.findUnique({ where: { id: loner.id } })).toBeNull();

    const owner = await makeInstructor();
    const cls = await makeClass(owner);
    await assign(owner, cls.id, (await makeQuizSet(owner)).id);
    const first = await addMember(cls.joinCode, "first");
    const second = await addMember(cls.joinCode, "second");
    const third = await addMember(cls.joinCode, "third");
    unwrap(await deleteAccount(second.id, { confirmEmail: second.email }, WHILE_OPEN));
    unwrap(
      await deleteAccount(first.id, { confirmEmail: first.email }, minutesAfter(WHILE_OPEN, 5)),
    );
    const detail = unwrap(await getClassForInstructor(owner, cls.id));
    expect(detail.deletedLearners.map((d) => d.name)).toEqual([
      "Deleted learner 1",
      "Deleted learner 2",
    ]);
    const names = new Map(detail.roster.map((m) => [m.userId, m.name]));
    expect(names.get(second.id)).toBe("Deleted learner 1");
    expect(names.get(first.id)).toBe("Deleted learner 2");
    expect(detail.roster).toHaveLength(3);
    // Past due, all three are late; only the one who can still act needs the instructor.
    const home = unwrap(await getInstructorHome(owner, AFTER_DUE));
    expect(home.attention.map((a) => [a.learnerId, a.reason])).toEqual([[third.id, "late"]]);
  });
});
