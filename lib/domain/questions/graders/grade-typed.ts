/** Cloze and short answer: tolerant typed matching (see normalize.ts), all or nothing. */
import { matchTypedAnswer } from "../normalize";
import type { GradeResult } from "../types";

export function gradeTyped(
  accepted: readonly string[],
  rejected: readonly string[],
  text: string,
): GradeResult {
  const match = matchTypedAnswer(text, accepted, rejected);
  return {
    score: match.ok ? 1 : 0,
    correct: match.ok,
    detail: {
      kind: "typed",
      expected: accepted[0] ?? "",
      matched: match.matched,
      via: match.via,
      rejectedAs: match.rejectedAs,
    },
  };
}
