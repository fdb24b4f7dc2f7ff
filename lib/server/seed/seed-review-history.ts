import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import { createRng } from "@/lib/domain/random";
import { STRONG_MEMORY } from "@/lib/domain/srs/simulated-learners";
import { moveSimulation, simulateReviews } from "@/lib/domain/srs/simulate-reviews";
import { ALL_DECKS } from "@/lib/schemas/flashcards";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { db } from "@/lib/server/db";
import { toColumns, toSavedState } from "@/lib/server/flashcards/card-state-row";
import { rebuildProgressRollups } from "@/lib/server/progress/rebuild-progress-rollups";

// The day every seeded history is simulated from, then moved to end yesterday: the scheduler's
// interval fuzz is seeded with the review time, so simulating from the real day would give a
// seed a different history, and the optimiser another verdict, on every day it runs.
const SIMULATED_FROM = Date.UTC(2000, 0, 1);

// A year of reviews is a few thousand rows: more than Prisma's default 5 s on a busy machine.
const SEED_TRANSACTION = { maxWait: 10_000, timeout: 120_000 };

export type SeedReviewHistoryOptions = {
  /** Days of study, ending yesterday (UTC). */
  days?: number;
  maxReviews?: number;
  /** The FSRS-6 weights the simulated learner's memory follows. */
  memory?: readonly number[];
  seed?: string;
  now?: Date;
  /** The hour (UTC) each day's session starts: 9 by default. */
  hourUtc?: number;
};

/**
 * Gives a learner a study history: every card of the content studied with the app's scheduler
 * (default parameters, retention 0.9, 10 new cards a day) by a simulated learner whose memory
 * follows `memory`, written as the app writes it (review logs with their prior states, card
 * states, the "all" deck, progress rollups). For tests, demos and the settings journey; refuses
 * a learner who already has reviews.
 */
export async function seedReviewHistory(userId: string, options: SeedReviewHistoryOptions = {}) {
  const now = options.now ?? new Date();
  const days = options.days ?? 365;
  const { flashcards } = getContentCatalog();
  const deckOf = new Map(flashcards.map((c) => [c.id, c.deckId]));
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - days);
  const timeOfDay = (options.hourUtc ?? 9) * 3_600_000;
  const simulation = simulateReviews({
    cardIds: flashcards.map((c) => c.id),
    start: new Date(SIMULATED_FROM + timeOfDay),
    days,
    newPerDay: 10,
    reviewsPerDay: 200,
    desiredRetention: 0.9,
    schedulerParameters: null,
    memoryParameters: options.memory ?? STRONG_MEMORY,
    maxReviews: options.maxReviews,
    rng: createRng(options.seed ?? userId),
  });
  const { reviews, cards } = moveSimulation(simulation, midnight - SIMULATED_FROM);

  await db.$transaction(async (tx) => {
    if (await tx.reviewLog.findFirst({ where: { userId }, select: { id: true } })) {
      throw new Error("This learner already has reviews: seed a fresh account.");
    }
    await tx.deckSubscription.upsert({
      where: { userId_deckId: { userId, deckId: ALL_DECKS } },
      create: { userId, deckId: ALL_DECKS },
      update: {},
    });
    const versions = new Map<string, number>();
    await tx.reviewLog.createMany({
      data: reviews.map(({ before, cardId, durationMs, ...record }) => {
        const version = versions.get(cardId) ?? 0;
        versions.set(cardId, version + 1);
        return {
          userId,
          cardId,
          deckId: deckOf.get(cardId)!,
          ...record,
          durationMs,
          previousState: before ? toSavedState({ ...toColumns(before), version }) : Prisma.JsonNull,
          requestId: randomUUID(),
        };
      }),
    });
    await tx.cardState.createMany({
      data: cards.map((c) => ({
        userId,
        cardId: c.cardId,
        deckId: deckOf.get(c.cardId)!,
        ...toColumns(c.memory),
        version: c.reviews,
      })),
    });
  }, SEED_TRANSACTION);
  await rebuildProgressRollups(userId);
  return { reviews: reviews.length, cards: cards.length };
}
