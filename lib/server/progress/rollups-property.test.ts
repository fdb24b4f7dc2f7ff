import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { Question } from "@/lib/domain/questions/types";
import { correctResponse, wrongResponse } from "@/lib/domain/quiz/correct-response";
import { db } from "@/lib/server/db";
import { getStudySession } from "@/lib/server/flashcards/get-study-session";
import { gradeFlashcard } from "@/lib/server/flashcards/grade-flashcard";
import { setDeckStudying } from "@/lib/server/flashcards/manage-decks";
import { undoLastGrade } from "@/lib/server/flashcards/undo-last-grade";
import { updateStudySettings } from "@/lib/server/flashcards/update-study-settings";
import { saveQuizResponse } from "@/lib/server/quiz/save-quiz-response";
import { startQuizSchema } from "@/lib/schemas/quiz";
import { getQuestionBank } from "@/lib/server/content/get-content";
import { createAttempt, present, startQuiz } from "@/lib/server/quiz/start-quiz";
import { storedQuestions } from "@/lib/server/quiz/stored-json";
import { submitQuizAttempt } from "@/lib/server/quiz/submit-quiz-attempt";
import { makeUser } from "@/test/make-user";
import { storedRollups } from "@/test/stored-rollups";
import { rebuildProgressRollups } from "./rebuild-progress-rollups";

// The rollups the dashboard reads must equal a rebuild from the raw rows, whatever the
// learner did in whatever order: practice and exam answers to the same questions, submits
// and resubmits, concurrent identical saves, flashcard grades and undos, time-zone changes.

const START = new Date("2026-03-09T20:00:00Z").getTime();
const ZONES = ["UTC", "Asia/Tokyo", "America/Los_Angeles", "Pacific/Kiritimati"];

type Step =
  | { kind: "practice"; question: number; right: boolean; copies: number }
  | { kind: "exam-start" }
  | { kind: "exam-answer"; exam: number; position: number; right: boolean; copies: number }
  | { kind: "submit"; exam: number }
  | { kind: "grade"; rating: 1 | 2 | 3 | 4 }
  | { kind: "undo" }
  | { kind: "time-zone"; zone: string };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant("practice" as const),
    question: fc.nat(2),
    right: fc.boolean(),
    copies: fc.integer({ min: 1, max: 3 }),
  }),
  fc.constant({ kind: "exam-start" as const }),
  fc.record({
    kind: fc.constant("exam-answer" as const),
    exam: fc.nat(3),
    position: fc.nat(2),
    right: fc.boolean(),
    copies: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({ kind: fc.constant("submit" as const), exam: fc.nat(3) }),
  fc.record({
    kind: fc.constant("grade" as const),
    rating: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
  }),
  fc.constant({ kind: "undo" as const }),
  fc.record({ kind: fc.constant("time-zone" as const), zone: fc.constantFrom(...ZONES) }),
);

async function attemptQuestions(attemptId: string): Promise<Question[]> {
  return storedQuestions(await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } }));
}

async function started(userId: string, input: Record<string, unknown>, now: Date) {
  const result = await startQuiz(userId, input, { now });
  if (!result.ok) throw new Error(result.error);
  return result.data.attemptId;
}

/**
 * An attempt on chosen questions. Learners cannot choose (the server draws, and "practise
 * these" picks weak questions itself); the test needs the same questions in practice and
 * exams on purpose, so it stores the attempt as the server's draw would.
 */
async function startedWith(userId: string, mode: "practice" | "exam", ids: string[], now: Date) {
  const settings = startQuizSchema.parse({ mode });
  const { questionById } = getQuestionBank(settings.sourceOnly);
  const questions = ids.map((id) => questionById.get(id)!);
  const seed = randomUUID();
  const { id } = await createAttempt(userId, settings, present(questions, seed), { seed, now });
  return id;
}

async function play(steps: readonly Step[]) {
  const user = await makeUser("fold");
  await setDeckStudying(user.id, "pfp", { studying: true });
  // Three questions that practice and exams share.
  const pool = (await attemptQuestions(await started(user.id, { count: 5 }, new Date(START))))
    .slice(0, 3)
    .map((q) => q.id);
  const exams: string[] = [];
  let zone = "UTC";
  let clock = START;

  for (const s of steps) {
    clock += 97 * 60_000; // about an hour and a half: answers fall on several local days
    const now = new Date(clock);
    if (s.kind === "practice") {
      const attemptId = await startedWith(user.id, "practice", [pool[s.question]!], now);
      const [question] = await attemptQuestions(attemptId);
      const response = s.right ? correctResponse(question!) : wrongResponse(question!);
      await Promise.all(
        Array.from({ length: s.copies }, () =>
          saveQuizResponse(user.id, attemptId, { position: 0, response }, now),
        ),
      );
    } else if (s.kind === "exam-start") {
      exams.push(await startedWith(user.id, "exam", pool, now));
    } else if (s.kind === "exam-answer" && exams.length) {
      const attemptId = exams[s.exam % exams.length]!;
      const question = (await attemptQuestions(attemptId))[s.position]!;
      const response = s.right ? correctResponse(question) : wrongResponse(question);
      await Promise.all(
        Array.from({ length: s.copies }, () =>
          saveQuizResponse(user.id, attemptId, { position: s.position, response }, now),
        ),
      );
    } else if (s.kind === "submit" && exams.length) {
      await submitQuizAttempt(user.id, exams[s.exam % exams.length]!, now);
    } else if (s.kind === "grade") {
      const card = (await getStudySession(user.id, undefined, now)).card;
      if (card) {
        const input = {
          cardId: card.cardId,
          rating: s.rating,
          requestId: randomUUID(),
          expectedVersion: card.version,
        };
        // The same grade sent twice at once (a double click): recorded once.
        await Promise.all([
          gradeFlashcard(user.id, input, now),
          gradeFlashcard(user.id, input, now),
        ]);
      }
    } else if (s.kind === "undo") {
      await undoLastGrade(user.id, {}, now);
    } else if (s.kind === "time-zone") {
      zone = s.zone;
      const result = await updateStudySettings(user.id, {
        newCardsPerDay: 20,
        maxReviewsPerDay: 200,
        desiredRetention: 0.9,
        timeZone: zone,
      });
      expect(result.ok).toBe(true);
    }
  }
  return user.id;
}

describe("progress rollups", () => {
  test("an exam answer, a practice answer to it, then the submit: the rebuild agrees", async () => {
    const user = await makeUser("overlap");
    const at = (minutes: number) => new Date(START + minutes * 60_000);
    const exam = await started(user.id, { mode: "exam", count: 5 }, at(0));
    const [asked] = await attemptQuestions(exam);
    await saveQuizResponse(user.id, exam, { position: 0, response: wrongResponse(asked!) }, at(1));
    const practice = await startedWith(user.id, "practice", [asked!.id], at(2));
    await saveQuizResponse(
      user.id,
      practice,
      { position: 0, response: correctResponse(asked!) },
      at(3),
    );
    await submitQuizAttempt(user.id, exam, at(4));
    const incremental = await storedRollups(user.id);
    // Counted in this order: the practice answer (1), then the exam's (0) at the submit.
    expect(incremental.questions.find((q) => q.questionId === asked!.id)?.weighted).toBeCloseTo(
      0.6,
    );
    await rebuildProgressRollups(user.id);
    expect(await storedRollups(user.id)).toEqual(incremental);
  });

  test("any mix of answers, submits, grades, undos and zone changes = a rebuild", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 14 }), async (steps) => {
        const userId = await play(steps);
        const incremental = await storedRollups(userId);
        // Each answer counts once: practice answers and answers of submitted exams.
        const counted = await db.quizResponse.count({
          where: {
            userId,
            OR: [{ attempt: { mode: "PRACTICE" } }, { attempt: { status: "SUBMITTED" } }],
          },
        });
        expect(await db.countedAnswer.count({ where: { userId } })).toBe(counted);
        expect(incremental.questions.reduce((n, q) => n + q.answers, 0)).toBe(counted);
        await rebuildProgressRollups(userId);
        expect(await storedRollups(userId)).toEqual(incremental);
      }),
      { numRuns: Number(process.env.PROGRESS_PROPERTY_RUNS ?? 25) },
    );
  }, 240_000);
});
