import { describe, expect, test } from "vitest";
import { estimateWorkload, WORKLOAD_RETENTIONS } from "./workload";

const input = {
  parameters: null,
  cardCount: 73,
  newPerDay: 20,
  reviewsPerDay: 200,
  secondsPerReview: 12,
  days: 180,
  runs: 2,
};

describe("estimateWorkload", () => {
  test("one row per retention from 0.70 to 0.97, plus the learner's own, in order", () => {
    const rows = estimateWorkload({ ...input, extraRetentions: [0.88] });
    expect(rows.map((r) => r.retention)).toEqual(
      [...WORKLOAD_RETENTIONS, 0.88].sort((a, b) => a - b),
    );
    expect(rows[0]!.retention).toBe(0.7);
    expect(rows.at(-1)!.retention).toBe(0.97);
  });

  test("deterministic: the same input gives the same table", () => {
    expect(estimateWorkload(input)).toEqual(estimateWorkload(input));
  });

  test("higher retention costs more reviews and keeps more cards; minutes follow reviews", () => {
    const rows = estimateWorkload(input);
    const low = rows[0]!;
    const high = rows.at(-1)!;
    expect(high.reviewsPerDay).toBeGreaterThan(low.reviewsPerDay * 1.5);
    expect(high.remembered).toBeGreaterThan(low.remembered);
    for (const row of rows) {
      expect(row.minutesPerDay).toBeCloseTo((row.reviewsPerDay * 12) / 60, 10);
      expect(row.remembered).toBeGreaterThan(0);
      expect(row.remembered).toBeLessThanOrEqual(1);
    }
  });

  test("no cards, no work", () => {
    const rows = estimateWorkload({ ...input, cardCount: 0 });
    expect(rows.every((r) => r.reviewsPerDay === 0 && r.remembered === 0)).toBe(true);
  });
});
