/** Single choice and "which programme": all or nothing on the one correct option id. */
import type { GradeResult } from "../types";

export function gradeChoice(expected: string, optionId: string): GradeResult {
  const correct = optionId === expected;
  return {
    score: correct ? 1 : 0,
    correct,
    detail: { kind: "choice", expected, received: optionId },
  };
}
