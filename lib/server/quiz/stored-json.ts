import "server-only";
import { QuestionListSchema, QuestionSchema } from "@/lib/domain/questions/question-schema";
import { ResponseSchema } from "@/lib/domain/questions/response-schema";
import type { Question, Response } from "@/lib/domain/questions/types";
import { startQuizSchema, type QuizSettings } from "@/lib/schemas/quiz";
import { parseJsonColumn } from "@/lib/server/json-column";

// The quiz tables' JSON columns, each read through its schema (see json-column.ts).

export function storedQuestions(attempt: { id: string; questions: unknown }): Question[] {
  return parseJsonColumn(QuestionListSchema, attempt.questions, {
    table: "QuizAttempt",
    rowId: attempt.id,
    column: "questions",
  });
}

/** One question of the attempt, read alone (`questions -> position`) where only it is needed. */
export function storedQuestion(
  attempt: { id: string; question: unknown },
  position: number,
): Question {
  return parseJsonColumn(QuestionSchema, attempt.question, {
    table: "QuizAttempt",
    rowId: attempt.id,
    column: `questions[${position}]`,
  });
}

export function storedSettings(attempt: { id: string; settings: unknown }): QuizSettings {
  return parseJsonColumn(startQuizSchema, attempt.settings, {
    table: "QuizAttempt",
    rowId: attempt.id,
    column: "settings",
  });
}

export function storedAnswer(response: { id: string; answer: unknown }): Response {
  return parseJsonColumn(ResponseSchema, response.answer, {
    table: "QuizResponse",
    rowId: response.id,
    column: "answer",
  });
}
