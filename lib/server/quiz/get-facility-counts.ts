import "server-only";
import type { FacilityCount } from "@/lib/domain/quiz/facility";
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlQuery } from "@/lib/server/sql";

/**
 * The facility counters of these questions (lib/domain/quiz/facility.ts): a primary-key read of
 * one small row per question, whatever the number of answers behind it. Sent with pg, the ids
 * as one array: the quiz setup page reads every question's (lib/server/sql.ts).
 */
export async function getFacilityCounts(
  questionIds: readonly string[],
): Promise<Map<string, FacilityCount>> {
  if (questionIds.length === 0) return new Map();
  const rows = await sqlQuery<{ questionId: string; learners: number; firstRight: number }>(
    Prisma.sql`SELECT "questionId", learners, "firstRight" FROM "QuestionFacility"
      WHERE "questionId" = ANY(${[...questionIds]})`,
  );
  return new Map(
    rows.map((r) => [r.questionId, { learners: r.learners, firstRight: r.firstRight }]),
  );
}
