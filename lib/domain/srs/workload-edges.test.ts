// Workload table edges (surviving mutants, README "Mutation testing"): retentions outside the
// allowed range are dropped, and leaving out days, runs or seed means 365, 3 and "workload".
import { expect, test } from "vitest";
import { MAX_RETENTION, MIN_RETENTION } from "./schedule";
import { estimateWorkload, WORKLOAD_RETENTIONS } from "./workload";

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
