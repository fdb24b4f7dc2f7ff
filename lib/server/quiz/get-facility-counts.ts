import "server-only";
import type { FacilityCount } from "@/lib/domain/quiz/facility";
import { db } from "@/lib/server/db";

/**
 * The facility counters of these questions (lib/domain/quiz/facility.ts): a primary-key read of
 * one small row per question, whatever the number of answers behind it.
 */
export async function getFacilityCounts(
  questionIds: readonly string[],
): Promise<Map<string, FacilityCount>> {
  if (questionIds.length === 0) return new Map();
  const rows = await db.questionFacility.findMany({
    where: { questionId: { in: [...questionIds] } },
    select: { questionId: true, learners: true, firstRight: true },
  });
  return new Map(
    rows.map((r) => [r.questionId, { learners: r.learners, firstRight: r.firstRight }]),
  );
}
