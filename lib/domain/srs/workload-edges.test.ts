// Workload table edges (surviving mutants, README "Mutation testing"): retentions outside the
// allowed range are dropped, leaving out days, runs or seed means 365, 3 and "workload", and
// the figures are the runs' totals divided by runs × days (reviews) or runs × cards (recalled).
import { expect, test } from "vitest";
import { createRng } from "@/lib/domain/random";
import { DEFAULT_PARAMETERS } from "./fsrs-parameters";
import { MAX_RETENTION, MIN_RETENTION } from "./schedule";
import { simulateReviews } from "./simulate-reviews";
import { estimateWorkload, WORKLOAD_RETENTIONS, WORKLOAD_START } from "./workload";

const input = {
  parameters: null,
  cardCount: 4,
  newPerDay: 2,
  reviewsPerDay: 50,
  secondsPerReview: 10,
};

test("an extra retention outside the allowed range makes no row", () => {
  const rows = estimateWorkload({
    ...input,
    days: 5,
    runs: 1,
    extraRetentions: [MIN_RETENTION - 0.01, MAX_RETENTION + 0.01],
  });
  expect(rows.map((r) => r.retention)).toEqual([...WORKLOAD_RETENTIONS].sort((a, b) => a - b));
});

test('the defaults are 365 days, 3 runs and the seed "workload"', () => {
  const implicit = estimateWorkload(input);
  expect(implicit).toEqual(estimateWorkload({ ...input, days: 365, runs: 3, seed: "workload" }));
  expect(implicit).not.toEqual(estimateWorkload({ ...input, days: 365, runs: 3, seed: "other" }));
});

test("reviews a day: reviews over runs × days; remembered: recalled over runs × cards", () => {
  const days = 6;
  const runs = 3;
  const seed = "edges";
  const cardIds = Array.from({ length: input.cardCount }, (_, i) => `c${i}`);
  const rows = estimateWorkload({ ...input, days, runs, seed });
  for (const row of rows) {
    const simulated = Array.from({ length: runs }, (_, run) =>
      simulateReviews({
        cardIds,
        start: WORKLOAD_START,
        days,
        newPerDay: input.newPerDay,
        reviewsPerDay: input.reviewsPerDay,
        desiredRetention: row.retention,
        schedulerParameters: null,
        memoryParameters: DEFAULT_PARAMETERS,
        secondsPerReview: input.secondsPerReview,
        rng: createRng(`${seed}:${run}`),
      }),
    );
    const reviews = simulated.reduce((sum, s) => sum + s.reviews.length, 0);
    const recalled = simulated.reduce((sum, s) => sum + s.expectedRecalled, 0);
    expect(reviews).toBeGreaterThan(days);
    expect(row.reviewsPerDay).toBeCloseTo(reviews / (runs * days), 10);
    expect(row.remembered).toBeCloseTo(recalled / (runs * input.cardCount), 10);
  }
});
