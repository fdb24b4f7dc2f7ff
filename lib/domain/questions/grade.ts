/**
 * Grading: a pure function per question kind (graders/), dispatched on the response's kind.
 * A response of another kind than its question scores 0. Partial credit exists for multiple
 * select, matching and ordering; typed answers are matched tolerantly (normalize.ts).
 */
import { gradeChoice } from "./graders/grade-choice";
import { gradeMatching } from "./graders/grade-matching";
import { gradeMultipleSelect } from "./graders/grade-multiple-select";
import { gradeOrdering } from "./graders/grade-ordering";
import { gradeTrueFalse } from "./graders/grade-true-false";
import { gradeCloze, gradeTyped } from "./graders/grade-typed";
import type { GradeResult, Question, Response } from "./types";

function mismatch(q: Question, r: Response): GradeResult {
  return {
    score: 0,
    correct: false,
    detail: { kind: "kind-mismatch", expected: q.kind, received: r.kind },
  };
}

export function gradeResponse(q: Question, r: Response): GradeResult {
  switch (r.kind) {
    case "single-choice":
      return q.kind === "single-choice" ? gradeChoice(q.answer, r.optionId) : mismatch(q, r);
    case "which-programme":
      return q.kind === "which-programme" ? gradeChoice(q.answer, r.optionId) : mismatch(q, r);
    case "multiple-select":
      return q.kind === "multiple-select" ? gradeMultipleSelect(q, r.optionIds) : mismatch(q, r);
    case "true-false":
      return q.kind === "true-false" ? gradeTrueFalse(q, r.value) : mismatch(q, r);
    case "cloze":
      return q.kind === "cloze" ? gradeCloze(q, r.text) : mismatch(q, r);
    case "short-answer":
      return q.kind === "short-answer"
        ? gradeTyped(q.accepted, q.rejected, r.text)
        : mismatch(q, r);
    case "matching":
      return q.kind === "matching" ? gradeMatching(q, r.pairs) : mismatch(q, r);
    case "ordering":
      return q.kind === "ordering" ? gradeOrdering(q, r.itemIds) : mismatch(q, r);
  }
}
