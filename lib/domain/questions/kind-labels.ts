/** Human names of the question kinds, for forms, tables and tags. */
import type { QuestionKind } from "./types";

export const KIND_LABELS: Record<QuestionKind, string> = {
  "single-choice": "Single choice",
  "multiple-select": "Multiple select",
  "true-false": "True or false",
  cloze: "Fill in the blank",
  matching: "Matching",
  ordering: "Ordering",
  "short-answer": "Short answer",
  "which-programme": "Which programme?",
};
