import "server-only";
import { sqlExecute } from "@/lib/server/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { formatDateTime } from "@/lib/domain/format/format";
import { buildFsrsItems } from "@/lib/domain/srs/fsrs-items";
import type { FsrsPanelView } from "@/lib/domain/srs/fsrs-panel-view";
import { MIN_ITEMS, notEnoughReviewsMessage } from "@/lib/domain/srs/optimisation-rules";
import { optimiseFsrsSchema } from "@/lib/schemas/fsrs";
import { db } from "@/lib/server/db";
import { fail, ok, rateLimited, type ServiceResult } from "@/lib/server/service-result";
import { fitAndEvaluate } from "./fit-and-evaluate";
import { getFsrsPanel, OPTIMISE_INTERVAL_MS } from "./get-fsrs-panel";
import { listReviewEvents } from "./review-events";

/**
 * "Optimise now": fits personal FSRS parameters to the caller's own review log and keeps them
 * only if they predict better than the defaults. The log is split by time: fsrs-rs fits on the
 * earlier four fifths, and both parameter sets predict the newest fifth, which the fit never
 * saw; the personal parameters are used when their log loss is lower (personalIsBetter), and
 * are then fitted again on every item (fitAndEvaluate).
 * At most one run per learner every OPTIMISE_INTERVAL_MS, claimed atomically, so two clicks or
 * two tabs cannot start two runs.
 */
export async function optimiseFsrs(
  userId: string,
  input: unknown,
  now = new Date(),
): Promise<ServiceResult<FsrsPanelView>> {
  const parsed = optimiseFsrsSchema.safeParse(input);
  if (!parsed.success) return fail("invalid", "Optimisation takes no options.");

  const { timeZone } = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { timeZone: true },
  });
  const events = await listReviewEvents(userId);
  const items = buildFsrsItems(events, timeZone);
  if (items.length < MIN_ITEMS) return fail("invalid", notEnoughReviewsMessage(items.length));

  const cutoff = new Date(now.getTime() - OPTIMISE_INTERVAL_MS);
  const claimed = await sqlExecute(Prisma.sql`
    INSERT INTO "FsrsProfile" ("userId", "lastStartedAt") VALUES (${userId}, ${now})
    ON CONFLICT ("userId") DO UPDATE SET "lastStartedAt" = EXCLUDED."lastStartedAt"
    WHERE "FsrsProfile"."lastStartedAt" <= ${cutoff}`);
  if (claimed === 0) {
    const { lastStartedAt } = await db.fsrsProfile.findUniqueOrThrow({ where: { userId } });
    const next = new Date(lastStartedAt.getTime() + OPTIMISE_INTERVAL_MS);
    return rateLimited(
      `Optimisation ran less than ${OPTIMISE_INTERVAL_MS / 60_000} minutes ago. ` +
        `You can run it again from ${formatDateTime(next, timeZone)}.`,
      Math.max(1, Math.ceil((next.getTime() - now.getTime()) / 1000)),
    );
  }

  const run = await fitAndEvaluate(items);
  await db.fsrsProfile.update({
    where: { userId },
    data: {
      parameters: run.parameters,
      inUse: run.inUse,
      defaultLogLoss: run.defaults.logLoss,
      defaultRmse: run.defaults.rmseBins,
      personalLogLoss: run.personal.logLoss,
      personalRmse: run.personal.rmseBins,
      fitItems: run.fitItems,
      testItems: run.testItems,
      reviewCount: events.length,
      optimisedAt: now,
    },
  });
  return ok(await getFsrsPanel(userId, now));
}
