import "server-only";
import { sqlQuery } from "@/lib/server/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FsrsPanelView, FsrsRunView } from "@/lib/domain/srs/fsrs-panel-view";
import { isSchedulerParameters } from "@/lib/domain/srs/fsrs-parameters";
import { MIN_ITEMS } from "@/lib/domain/srs/optimisation-rules";
import { db } from "@/lib/server/db";

/** How often a learner may start an optimisation. */
export const OPTIMISE_INTERVAL_MS = 10 * 60_000;

/**
 * How many of the learner's reviews are FSRS items, counted in the database the way
 * buildFsrsItems counts them (lib/domain/srs/fsrs-items.ts): per card, from its last review
 * while new, the reviews on a later local day than the card's previous review. Cheap on a long
 * history, so the settings page can show it on every visit.
 */
export async function countFsrsItems(userId: string, timeZone: string): Promise<number> {
  const [row] = await sqlQuery<{ items: number }>(Prisma.sql`
    WITH r AS (
      SELECT "cardId", review, state,
        ((review AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone})::date AS day
      FROM "ReviewLog" WHERE "userId" = ${userId}
    ), starts AS (
      SELECT "cardId", max(review) AS start FROM r WHERE state = 0 GROUP BY "cardId"
    ), h AS (
      SELECT r.day, lag(r.day) OVER (PARTITION BY r."cardId" ORDER BY r.review) AS prev
      FROM r JOIN starts s ON s."cardId" = r."cardId" AND r.review >= s.start
    )
    SELECT count(*)::int AS items FROM h WHERE prev IS NOT NULL AND day > prev`);
  return row?.items ?? 0;
}

/** The personal FSRS weights the scheduler should use for this learner, or null for defaults. */
export function parametersInUse(
  profile: { inUse: boolean; parameters: number[] } | null,
): number[] | null {
  if (!profile?.inUse) return null;
  // Weights ts-fsrs would clamp (say, after an upgrade narrowed a range) fall back to defaults.
  return isSchedulerParameters(profile.parameters) ? profile.parameters : null;
}

type Profile = NonNullable<Awaited<ReturnType<typeof readProfile>>>;

function readProfile(userId: string) {
  return db.fsrsProfile.findUnique({ where: { userId } });
}

function toRunView(profile: Profile): FsrsRunView | null {
  const { optimisedAt, defaultLogLoss, defaultRmse, personalLogLoss, personalRmse } = profile;
  if (!optimisedAt || defaultLogLoss === null || defaultRmse === null) return null;
  if (personalLogLoss === null || personalRmse === null) return null;
  return {
    optimisedAt: optimisedAt.toISOString(),
    inUse: parametersInUse(profile) !== null,
    defaults: { logLoss: defaultLogLoss, rmseBins: defaultRmse },
    personal: { logLoss: personalLogLoss, rmseBins: personalRmse },
    fitItems: profile.fitItems,
    testItems: profile.testItems,
    reviewCount: profile.reviewCount,
  };
}

export async function getFsrsPanel(userId: string, now = new Date()): Promise<FsrsPanelView> {
  const { timeZone } = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { timeZone: true },
  });
  const [profile, items] = await Promise.all([
    readProfile(userId),
    countFsrsItems(userId, timeZone),
  ]);
  const nextAllowed = profile ? profile.lastStartedAt.getTime() + OPTIMISE_INTERVAL_MS : 0;
  return {
    items,
    itemsNeeded: MIN_ITEMS,
    lastRun: profile ? toRunView(profile) : null,
    nextAllowedAt: nextAllowed > now.getTime() ? new Date(nextAllowed).toISOString() : null,
  };
}
