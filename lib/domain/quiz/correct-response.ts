/**
 * The response that a learner who knows the answer would give: built from the answer key.
 * Used to check graders end to end and to drive tests through whole quizzes.
 */
import type { Question, Response } from "@/lib/domain/questions/types";

export function correctResponse(question: Question): Response {
  switch (question.kind) {
    case "single-choice":
      return { kind: "single-choice", optionId: question.answer };
    case "which-programme":
      return { kind: "which-programme", optionId: question.answer };
    case "multiple-select":
      return { kind: "multiple-select", optionIds: [...question.answers] };
    case "true-false":
      return { kind: "true-false", value: question.answer };
    case "cloze":
      return { kind: "cloze", text: question.answers[0]! };
    case "short-answer":
      return { kind: "short-answer", text: question.answer };
    case "matching":
      return { kind: "matching", pairs: question.answer.map((p) => ({ ...p })) };
    case "ordering":
      return { kind: "ordering", itemIds: [...question.answer] };
  }
}

/** A response that is certainly wrong (scores below 1) yet well-formed for the question. */
export function wrongResponse(question: Question): Response {
  switch (question.kind) {
    case "single-choice":
    case "which-programme":
      return {
        kind: question.kind,
        optionId: question.options.find((o) => o.id !== question.answer)!.id,
      };
    case "multiple-select":
      return {
        kind: "multiple-select",
        optionIds: question.options
          .filter((o) => !question.answers.includes(o.id))
          .map((o) => o.id),
      };
    case "true-false":
      return { kind: "true-false", value: !question.answer };
    case "cloze":
      return { kind: "cloze", text: "zzzz qqqq" };
    case "short-answer":
      return { kind: "short-answer", text: "zzzz qqqq" };
    case "matching":
      return { kind: "matching", pairs: [] };
    case "ordering":
      return { kind: "ordering", itemIds: [...question.answer].reverse() };
  }
}
