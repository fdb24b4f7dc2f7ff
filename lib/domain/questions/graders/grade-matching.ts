/**
 * Matching with partial credit: the share of left items paired with their right item. Only
 * the first pair given for a left item counts, and a right item used twice can be right at
 * most once, so submitting every combination earns nothing extra.
 */
import type { GradeResult, MatchingQuestion, Pair } from "../types";

export function gradeMatching(q: MatchingQuestion, pairs: readonly Pair[]): GradeResult {
  const expected = new Map(q.answer.map((p) => [p.leftId, p.rightId]));
  const seenLeft = new Set<string>();
  const usedRight = new Set<string>();
  let correctPairs = 0;
  for (const pair of pairs) {
    if (seenLeft.has(pair.leftId) || !expected.has(pair.leftId)) continue;
    seenLeft.add(pair.leftId);
    if (usedRight.has(pair.rightId)) continue;
    usedRight.add(pair.rightId);
    if (expected.get(pair.leftId) === pair.rightId) correctPairs++;
  }
  const total = q.answer.length;
  const correct = correctPairs === total;
  return {
    score: total ? correctPairs / total : 0,
    correct,
    detail: { kind: "matching", expected: q.answer, correctPairs, total },
  };
}
