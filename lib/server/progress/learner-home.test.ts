// The learner's home reads only what it shows (issue 15: it ran the whole progress dashboard,
// 26 statements a render, for its mastery tile), and its topics are the dashboard's topics.
import { randomUUID } from "node:crypto";
import { expect, test } from "vitest";
import { correctResponse } from "@/lib/domain/quiz/correct-response";
import { db } from "@/lib/server/db";
import { getStudySession } from "@/lib/server/flashcards/get-study-session";
import { gradeFlashcard } from "@/lib/server/flashcards/grade-flashcard";
import { setDeckStudying } from "@/lib/server/flashcards/manage-decks";
import { saveQuizResponse } from "@/lib/server/quiz/save-quiz-response";
import { startQuiz } from "@/lib/server/quiz/start-quiz";
import { storedQuestions } from "@/lib/server/quiz/stored-json";
import { makeUser } from "@/test/make-user";
import { rowsRead } from "@/test/rows-read";
import { getLearnerHome } from "./get-learner-home";
import { getProgressDashboard } from "./get-progress-dashboard";

const count = (statements: string[], pattern: RegExp) =>
  statements.filter((s) => pattern.test(s)).length;

test("home reads its tiles without the dashboard's history, with the same topics", async () => {
  const now = new Date("2026-03-10T10:00:00Z");
  const made = await makeUser("home-statements");
  const user = { id: made.id, role: "LEARNER" as const, timeZone: "Europe/Brussels" };
  await db.user.update({ where: { id: user.id }, data: { timeZone: user.timeZone } });
  // Some history: a practice answer (counted when given) and a graded card.
  const started = await startQuiz(user.id, { count: 5 }, { now, seed: "home" });
  if (!started.ok) throw new Error(started.error);
  const row = await db.quizAttempt.findUniqueOrThrow({ where: { id: started.data.attemptId } });
  const question = storedQuestions(row)[0]!;
  const saved = await saveQuizResponse(
    user.id,
    row.id,
    { position: 0, response: correctResponse(question) },
    now,
  );
  expect(saved.ok).toBe(true);
  await setDeckStudying(user.id, "pfp", { studying: true });
  const card = (await getStudySession(user.id, undefined, now)).card!;
  const graded = await gradeFlashcard(
    user.id,
    { cardId: card.cardId, rating: 3, requestId: randomUUID(), expectedVersion: card.version },
    now,
  );
  expect(graded.ok).toBe(true);

  const { result, statements } = await rowsRead(() => getLearnerHome(user, now));
  // The per-day activity, weak questions and recent submitted attempts are the dashboard's.
  expect(count(statements, /FROM "(public"\.")?DailyActivity"/)).toBe(0);
  expect(count(statements, /FROM "(public"\.")?QuestionStat"/)).toBe(0);
  // 3 statements a render: the flashcard tile; the quiz to continue with the topics' mastery
  // and the expired-exam check; the assignments (6 before those two tiles and the check shared
  // one statement; 9 before the flashcard tile read the learner's study state in one; 16 before
  // it stopped building a card and looking for a grade to undo, the decks were read with the
  // settings, and the assignment list and written cards were hand-written), none of them built
  // by Prisma's query compiler, which cost more CPU than the statements.
  expect(statements.length).toBe(3);
  expect(statements.filter((s) => s.includes('"public".'))).toEqual([]);

  const dashboard = await getProgressDashboard(user.id, now);
  expect(result.topics).toEqual(dashboard.topics);
  expect(result.topics.some((t) => t.answers > 0 || t.cardsStudied > 0)).toBe(true);
  expect(result.open).toMatchObject({ id: row.id, answered: 1, questions: 5, mode: "practice" });
});
