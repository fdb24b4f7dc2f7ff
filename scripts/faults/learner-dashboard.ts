// Used by `npm run test:faults` (backup and restore): `prepare` gives a learner some history
// (a submitted exam, flashcard grades), then prints as `print` does; `print` writes that
// learner's progress dashboard as JSON, as the /progress page reads it, at a fixed moment so
// two databases can be compared.
// Run with tsx --conditions=react-server and DATABASE_URL set.
import { randomUUID } from "node:crypto";
import { correctResponse } from "@/lib/domain/quiz/correct-response";
import { db, disconnectDatabase } from "@/lib/server/db";
import { getStudySession } from "@/lib/server/flashcards/get-study-session";
import { gradeFlashcard } from "@/lib/server/flashcards/grade-flashcard";
import { setDeckStudying } from "@/lib/server/flashcards/manage-decks";
import { getProgressDashboard } from "@/lib/server/progress/get-progress-dashboard";
import { saveQuizResponse } from "@/lib/server/quiz/save-quiz-response";
import { startQuiz } from "@/lib/server/quiz/start-quiz";
import { storedQuestions } from "@/lib/server/quiz/stored-json";
import { submitQuizAttempt } from "@/lib/server/quiz/submit-quiz-attempt";

const EMAIL = "faults-learner@example.com";
const AT = new Date("2026-03-20T12:00:00Z");

async function prepare() {
  const user = await db.user.create({ data: { email: EMAIL, name: "Faults Learner" } });
  const started = await startQuiz(user.id, { count: 10, mode: "exam" }, { seed: "faults" });
  if (!started.ok) throw new Error(started.error);
  const attempt = await db.quizAttempt.findUniqueOrThrow({
    where: { id: started.data.attemptId },
  });
  const questions = storedQuestions(attempt);
  for (const [position, question] of questions.entries()) {
    if (position % 3 === 2) continue; // some unanswered
    await saveQuizResponse(user.id, attempt.id, { position, response: correctResponse(question) });
  }
  await submitQuizAttempt(user.id, attempt.id);
  await setDeckStudying(user.id, "pfp", { studying: true });
  for (let i = 0; i < 6; i++) {
    const now = new Date(AT.getTime() - (6 - i) * 3_600_000);
    const session = await getStudySession(user.id, undefined, now);
    if (!session.card) break;
    await gradeFlashcard(
      user.id,
      {
        cardId: session.card.cardId,
        rating: 1 + (i % 4),
        requestId: randomUUID(),
        expectedVersion: session.card.version,
      },
      now,
    );
  }
}

async function print() {
  const user = await db.user.findUniqueOrThrow({ where: { email: EMAIL } });
  process.stdout.write(JSON.stringify(await getProgressDashboard(user.id, AT)));
}

const mode = process.argv[2];
(mode === "prepare" ? prepare().then(print) : print()).then(disconnectDatabase).catch((error) => {
  console.error(error);
  process.exit(1);
});
