/**
 * One line that identifies a question out of context (lists of weak questions, item
 * analysis): the statement or description where the prompt alone is generic.
 */
import type { Question } from "./types";

export function questionSummary(question: Question): string {
  switch (question.kind) {
    case "true-false":
      return question.statement;
    case "which-programme":
      return `Which programme? ${question.description}`;
    case "cloze":
      return `${question.before}___${question.after}`.trim();
    default:
      return question.prompt;
  }
}
