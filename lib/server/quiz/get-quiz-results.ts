import "server-only";
import { gradeResponse } from "@/lib/domain/questions/grade";
import type { GradeResult, Question, Response } from "@/lib/domain/questions/types";
import { summarizeAttempt, type AttemptSummary } from "@/lib/domain/quiz/summarize-attempt";
import type { AttemptCoverage } from "@/lib/domain/quiz/name-attempt";
import { db } from "@/lib/server/db";
import { attemptCoverage } from "./attempt-coverage";
import { finalizeIfExpired } from "./finalize-attempt";
import { storedAnswer, storedQuestions } from "./stored-json";

export type ReviewItem = {
  position: number;
  question: Question;
  response: Response | null;
  score: number | null;
  correct: boolean;
  detail: GradeResult["detail"] | null;
};

export type QuizResults = {
  attemptId: string;
  mode: "practice" | "exam";
  startedAt: Date;
  submittedAt: Date;
  timeLimitSeconds: number | null;
  retryOfId: string | null;
  coverage: AttemptCoverage;
  summary: AttemptSummary;
  items: ReviewItem[];
};

export type QuizResultsResult =
  | { status: "not-found" }
  | { status: "in-progress" }
  | { status: "submitted"; results: QuizResults };

/** A submitted attempt with every question, the learner's answer, the key and the grade. */
export async function getQuizResults(
  userId: string,
  attemptId: string,
  now = new Date(),
): Promise<QuizResultsResult> {
  let attempt = await db.quizAttempt.findFirst({
    where: { id: attemptId, userId },
    include: { responses: true, assignment: { select: { set: { select: { name: true } } } } },
  });
  if (!attempt) return { status: "not-found" };
  if (attempt.status !== "SUBMITTED") {
    if (!(await finalizeIfExpired(attempt, now))) return { status: "in-progress" };
    attempt = await db.quizAttempt.findFirstOrThrow({
      where: { id: attemptId, userId },
      include: { responses: true, assignment: { select: { set: { select: { name: true } } } } },
    });
  }
  const byPosition = new Map(attempt.responses.map((r) => [r.position, r]));
  const questions = storedQuestions(attempt);
  const items: ReviewItem[] = questions.map((question, position) => {
    const row = byPosition.get(position);
    if (!row)
      return { position, question, response: null, score: null, correct: false, detail: null };
    const response = storedAnswer(row);
    // The stored score is the one that counted; the detail is re-derived for display.
    return {
      position,
      question,
      response,
      score: row.score,
      correct: row.correct,
      detail: gradeResponse(question, response).detail,
    };
  });
  return {
    status: "submitted",
    results: {
      attemptId: attempt.id,
      mode: attempt.mode === "EXAM" ? "exam" : "practice",
      startedAt: attempt.startedAt,
      submittedAt: attempt.submittedAt!,
      timeLimitSeconds: attempt.timeLimitSeconds,
      retryOfId: attempt.retryOfId,
      coverage: attemptCoverage(attempt),
      summary: summarizeAttempt(items),
      items,
    },
  };
}
