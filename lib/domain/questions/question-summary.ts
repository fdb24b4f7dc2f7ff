/**
 * One line that identifies a question out of context (lists of weak questions, a set's
 * questions, and item analysis for matching and ordering, response-text.ts): the statement or
 * description where the prompt alone is generic. Matching and ordering prompts are shared by
 * several questions ("Put these events in chronological order..."), so their items follow, in
 * alphabetical order: which question it is, never the key.
 */
import type { Choice, Question } from "./types";

export function questionSummary(question: Question): string {
  switch (question.kind) {
    case "true-false":
      return question.statement;
    case "which-programme":
      return `Which programme? ${question.description}`;
    case "cloze":
      return `${question.before}___${question.after}`.trim();
    case "matching":
      return withItems(question.prompt, question.left);
    case "ordering":
      return withItems(question.prompt, question.items);
    default:
      return question.prompt;
  }
}

function withItems(prompt: string, items: readonly Choice[]): string {
  const texts = items.map((i) => i.text).sort((a, b) => a.localeCompare(b, "en"));
  return `${prompt} (${texts.join("; ")})`;
}
