/** True/false: all or nothing. */
import type { GradeResult, TrueFalseQuestion } from "../types";

export function gradeTrueFalse(q: TrueFalseQuestion, value: boolean): GradeResult {
  const correct = value === q.answer;
  return { score: correct ? 1 : 0, correct, detail: { kind: "true-false", expected: q.answer } };
}
