/**
 * Filtering a bank by levels of thinking (recall, understand, compare, apply, misconception):
 * no levels means every level.
 */
import type { QuestionLevel } from "./types";

export function filterByLevel<T extends { level?: QuestionLevel }>(
  bank: readonly T[],
  levels: readonly QuestionLevel[],
): T[] {
  if (levels.length === 0) return bank.slice();
  const wanted = new Set(levels);
  return bank.filter((q) => q.level !== undefined && wanted.has(q.level));
}
