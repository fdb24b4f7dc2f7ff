/**
 * Multiple select with partial credit: hits/answers - wrongPicks/distractors, floored at 0.
 * Ticking everything therefore scores 0, and only the exact set scores 1. Duplicate and
 * unknown ids in the response are ignored.
 */
import type { GradeResult, MultipleSelectQuestion } from "../types";

export function gradeMultipleSelect(
  q: MultipleSelectQuestion,
  optionIds: readonly string[],
): GradeResult {
  const answers = new Set(q.answers);
  const known = new Set(q.options.map((o) => o.id));
  const picked = new Set(optionIds.filter((id) => known.has(id)));
  let hits = 0;
  let wrongPicks = 0;
  for (const id of picked) {
    if (answers.has(id)) hits++;
    else wrongPicks++;
  }
  const distractors = Math.max(1, q.options.length - answers.size);
  const score = Math.max(0, hits / answers.size - wrongPicks / distractors);
  const correct = hits === answers.size && wrongPicks === 0;
  return {
    score: correct ? 1 : Math.min(score, 0.99),
    correct,
    detail: {
      kind: "multiple-select",
      expected: q.answers,
      hits,
      missed: answers.size - hits,
      wrongPicks,
    },
  };
}
