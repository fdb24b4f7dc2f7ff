import "server-only";
import { sqlQuery } from "@/lib/server/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  estimateWorkload,
  type RetentionWorkloadView,
  type WorkloadRow,
} from "@/lib/domain/srs/workload";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { getCardsInScope, getStudySettings } from "@/lib/server/flashcards/get-study-session";

/** Without reviews of their own, a learner is assumed to take this long per card. */
const DEFAULT_SECONDS_PER_REVIEW = 10;

// The simulation takes about a second; the same inputs give the same table, so keep a few.
const cache = new Map<string, WorkloadRow[]>();
const CACHE_SIZE = 64;

/** The learner's median time per review over their latest reviews, in seconds (3-60). */
async function secondsPerReview(userId: string): Promise<number> {
  const [row] = await sqlQuery<{ median: number | null }>(Prisma.sql`
    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY "durationMs")::float AS median
    FROM (SELECT "durationMs" FROM "ReviewLog"
          WHERE "userId" = ${userId} AND "durationMs" IS NOT NULL
          ORDER BY review DESC LIMIT 1000) latest`);
  const median = row?.median;
  if (!median) return DEFAULT_SECONDS_PER_REVIEW;
  return Math.min(60, Math.max(3, Math.round(median / 1000)));
}

/**
 * Expected daily workload at each desired retention from 0.70 to 0.97 (and the learner's own),
 * simulated with the learner's parameters, deck size, new-card and review limits, and pace.
 */
export async function getRetentionWorkload(userId: string): Promise<RetentionWorkloadView> {
  const settings = await getStudySettings(userId);
  const { cards, studying } = await getCardsInScope(userId, undefined);
  const cardCount = studying ? cards.length : getContentCatalog().flashcards.length;
  const seconds = await secondsPerReview(userId);
  const desiredRetention = Math.round(settings.desiredRetention * 100) / 100;
  const input = {
    parameters: settings.fsrsParameters,
    cardCount,
    newPerDay: settings.newCardsPerDay,
    reviewsPerDay: settings.maxReviewsPerDay,
    secondsPerReview: seconds,
    extraRetentions: [desiredRetention],
  };
  const key = JSON.stringify(input);
  let rows = cache.get(key);
  if (!rows) {
    rows = estimateWorkload(input);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, rows);
  }
  return {
    rows,
    desiredRetention,
    personal: settings.fsrsParameters !== null,
    cardCount,
    studying,
    newPerDay: settings.newCardsPerDay,
    secondsPerReview: seconds,
  };
}
