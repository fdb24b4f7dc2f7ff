/**
 * A learner's answer as one line of text, for the item analysis ("most common wrong answers")
 * and its CSV. Options are shuffled per learner, so anything unordered (the options picked in
 * a multiple-select, the pairs of a matching) is put in a canonical order: the same answer
 * given by two learners reads the same.
 */
import { questionSummary } from "@/lib/domain/questions/question-summary";
import type { Choice, Question, Response } from "@/lib/domain/questions/types";

export const NO_ANSWER = "(no answer)";
const UNKNOWN = "(unknown option)";

function textOf(choices: readonly Choice[], id: string): string {
  return choices.find((c) => c.id === id)?.text ?? UNKNOWN;
}

const byText = (a: string, b: string) => a.localeCompare(b);

export function describeResponseText(question: Question, response: Response | null): string {
  if (!response) return NO_ANSWER;
  if (response.kind !== question.kind) return "(an answer to a different type of question)";
  switch (response.kind) {
    case "single-choice":
    case "which-programme":
      return "options" in question ? textOf(question.options, response.optionId) : UNKNOWN;
    case "multiple-select": {
      if (question.kind !== "multiple-select" || response.optionIds.length === 0) return NO_ANSWER;
      return response.optionIds
        .map((id) => textOf(question.options, id))
        .sort(byText)
        .join("; ");
    }
    case "true-false":
      return response.value ? "True" : "False";
    case "cloze":
    case "short-answer": {
      const text = response.text.trim().replace(/\s+/g, " ");
      return text === "" ? NO_ANSWER : text;
    }
    case "matching": {
      if (question.kind !== "matching" || response.pairs.length === 0) return NO_ANSWER;
      const partner = new Map<string, string>();
      // Only the first pair per left item is graded, so only it is reported.
      for (const pair of response.pairs)
        if (!partner.has(pair.leftId)) partner.set(pair.leftId, pair.rightId);
      return [...partner.entries()]
        .map(
          ([leftId, rightId]) =>
            `${textOf(question.left, leftId)} → ${textOf(question.right, rightId)}`,
        )
        .sort(byText)
        .join("; ");
    }
    case "ordering":
      if (question.kind !== "ordering" || response.itemIds.length === 0) return NO_ANSWER;
      return response.itemIds.map((id) => textOf(question.items, id)).join(" → ");
  }
}

/** The question in one line, for reports: what the learner was actually asked. */
export function describeQuestionText(question: Question): string {
  switch (question.kind) {
    case "true-false":
      return `${question.prompt} ${question.statement}`;
    case "cloze":
      return `${question.prompt} ${question.before}___${question.after}`;
    case "which-programme":
      return `${question.prompt} ${question.description}`;
    case "matching":
    case "ordering":
      return questionSummary(question);
    default:
      return question.prompt;
  }
}
