/**
 * Ordering with partial credit: the share of item pairs placed in the right relative order
 * (Kendall-tau style). The exact order scores 1 and the reversed order 0. A response that is
 * not a permutation of the items scores 0.
 */
import type { GradeResult, OrderingQuestion } from "../types";

export function gradeOrdering(q: OrderingQuestion, itemIds: readonly string[]): GradeResult {
  const n = q.answer.length;
  const totalPairs = (n * (n - 1)) / 2;
  const detail = { kind: "ordering" as const, expected: q.answer, totalPairs };
  const rank = new Map(q.answer.map((id, i) => [id, i]));
  const isPermutation =
    itemIds.length === n && new Set(itemIds).size === n && itemIds.every((id) => rank.has(id));
  if (!isPermutation || totalPairs === 0)
    return { score: 0, correct: false, detail: { ...detail, concordantPairs: 0 } };
  let concordantPairs = 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++)
      if ((rank.get(itemIds[i] as string) ?? 0) < (rank.get(itemIds[j] as string) ?? 0))
        concordantPairs++;
  const correct = concordantPairs === totalPairs;
  return { score: concordantPairs / totalPairs, correct, detail: { ...detail, concordantPairs } };
}
