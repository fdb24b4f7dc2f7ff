import { FSRSBinding, FSRSBindingItem, FSRSBindingReview } from "@open-spaced-repetition/binding";
import { describe, expect, test } from "vitest";
import { createRng } from "@/lib/domain/random";
import { buildFsrsItems, type FsrsItem, type FsrsReview } from "./fsrs-items";
import {
  binOf,
  createPredictor,
  evaluateParameters,
  logLoss,
  predictItems,
  rmseBins,
} from "./fsrs-metrics";
import { DEFAULT_PARAMETERS } from "./fsrs-parameters";
import { simulateReviews } from "./simulate-reviews";

const item = (...reviews: [number, number][]): FsrsItem => ({
  cardId: "c",
  reviews: reviews.map(([rating, deltaT]) => ({ rating, deltaT }) as FsrsReview),
  reviewedAt: new Date("2026-01-01T00:00:00Z"),
});

describe("log loss (hand-computed)", () => {
  test.each([
    // -(ln 0.9 + ln 0.4) / 2 = (0.1053605 + 0.9162907) / 2
    {
      preds: [
        { p: 0.9, y: 1 as const },
        { p: 0.6, y: 0 as const },
      ],
      expected: 0.5108256,
    },
    // -ln 0.5
    { preds: [{ p: 0.5, y: 1 as const }], expected: 0.6931472 },
    // a certain, right prediction costs nothing
    { preds: [{ p: 1, y: 1 as const }], expected: 0 },
  ])("%#", ({ preds, expected }) => {
    expect(logLoss(preds)).toBeCloseTo(expected, 6);
  });

  test("a certain, wrong prediction is large but finite", () => {
    const loss = logLoss([{ p: 1, y: 0 }]);
    expect(Number.isFinite(loss)).toBe(true);
    expect(loss).toBeGreaterThan(30);
  });
});

describe("RMSE (bins) (hand-computed)", () => {
  test("groups average first, then weigh by their size", () => {
    // Bin A: mean p 0.8, recall 0.5 (gap 0.3, 2 items); bin B: p 0.5, recall 1 (gap 0.5, 1 item).
    // sqrt((2 * 0.09 + 1 * 0.25) / 3) = sqrt(0.143333)
    const preds = [
      { p: 0.9, y: 1 as const, bin: "A" },
      { p: 0.7, y: 0 as const, bin: "A" },
      { p: 0.5, y: 1 as const, bin: "B" },
    ];
    expect(rmseBins(preds)).toBeCloseTo(0.3785939, 6);
  });

  test("a calibrated bin scores zero even when single predictions are off", () => {
    const preds = [
      { p: 0.5, y: 1 as const, bin: "A" },
      { p: 0.5, y: 0 as const, bin: "A" },
    ];
    expect(rmseBins(preds)).toBe(0);
  });

  test.each([
    // interval 1 day -> 2.48; 1 long-term review -> length 2 -> 1.99 x 1.89 = 3.76 -> 4
    {
      reviews: [
        [3, 0],
        [3, 1],
      ] as [number, number][],
      bin: "2.48/4/0",
    },
    // interval 3 < 3.62 -> 2.48; interval 4 -> 2.48 x 3.62 = 8.98
    {
      reviews: [
        [3, 0],
        [3, 3],
      ] as [number, number][],
      bin: "2.48/4/0",
    },
    {
      reviews: [
        [3, 0],
        [3, 4],
      ] as [number, number][],
      bin: "8.98/4/0",
    },
    // 3 long-term reviews -> length 4 -> 1.99 x 1.89^2 = 7.11 -> 7; one lapse -> 1.65 -> 2
    {
      reviews: [
        [3, 0],
        [1, 5],
        [3, 0],
        [3, 2],
        [3, 14],
      ] as [number, number][],
      bin: "32.5/7/2",
    },
    // an Again the same day is not a lapse
    {
      reviews: [
        [1, 0],
        [1, 0],
        [3, 2],
      ] as [number, number][],
      bin: "2.48/4/0",
    },
    // the review predicted (the last) is not a lapse of its own history, even when it is Again:
    // interval 5 -> 8.98, length 2 -> 4, no lapse
    {
      reviews: [
        [3, 0],
        [1, 5],
      ] as [number, number][],
      bin: "8.98/4/0",
    },
    // Hard after days is a recall, not a lapse: interval 3 -> 2.48; 2 long-term reviews ->
    // length 3 -> 1.99 x 1.89 = 3.76 -> 4
    {
      reviews: [
        [3, 0],
        [2, 3],
        [3, 3],
      ] as [number, number][],
      bin: "2.48/4/0",
    },
  ])("bin of $reviews is $bin", ({ reviews, bin }) => {
    expect(binOf(item(...reviews))).toBe(bin);
  });

  test("an item with no earlier review cannot be predicted: a RangeError that says so", () => {
    expect(() => createPredictor(DEFAULT_PARAMETERS)(item([3, 0]))).toThrow(
      new RangeError("An FSRS item needs at least one earlier review."),
    );
  });
});

describe("FSRS-6 predictions", () => {
  test("after one Good, recall in 3 days follows the power forgetting curve (by hand)", () => {
    const w = DEFAULT_PARAMETERS;
    const s = w[2]!; // initial stability after Good
    const decay = -w[20]!;
    const factor = 0.9 ** (1 / decay) - 1;
    const expected = (1 + (factor * 3) / s) ** decay; // about 0.8809
    expect(createPredictor(w)(item([3, 0], [3, 3]))).toBeCloseTo(expected, 6);
    expect(expected).toBeCloseTo(0.8809, 3);
  });

  test("the outcome is recall: Hard, Good and Easy count as remembered, Again does not", () => {
    const preds = predictItems(DEFAULT_PARAMETERS, [
      item([3, 0], [1, 2]),
      item([3, 0], [2, 2]),
      item([3, 0], [4, 2]),
    ]);
    expect(preds.map((p) => p.y)).toEqual([0, 1, 1]);
  });

  test("equal to fsrs-rs's own model (the optimiser's) item by item", () => {
    const { reviews } = simulateReviews({
      cardIds: Array.from({ length: 40 }, (_, i) => `c${i}`),
      start: new Date("2026-01-05T09:00:00Z"),
      days: 200,
      newPerDay: 5,
      reviewsPerDay: 100,
      desiredRetention: 0.9,
      schedulerParameters: null,
      memoryParameters: DEFAULT_PARAMETERS,
      rng: createRng("cross-check"),
    });
    const items = buildFsrsItems(reviews, "UTC").filter(
      // fsrs-rs's evaluate drops a lone first long-term review as an outlier; others stay.
      (i) => i.reviews.filter((r) => r.deltaT > 0).length >= 2,
    );
    expect(items.length).toBeGreaterThan(100);
    const personal = [...DEFAULT_PARAMETERS];
    personal[2] = 4;
    personal[20] = 0.4;
    for (const w of [DEFAULT_PARAMETERS, personal]) {
      const rust = new FSRSBinding([...w]);
      const predict = createPredictor(w);
      for (const it of items) {
        const binding = new FSRSBindingItem(
          it.reviews.map((r) => new FSRSBindingReview(r.rating, r.deltaT)),
        );
        // The log loss of a single item is -ln p (recalled) or -ln(1 - p) (forgotten).
        const loss = rust.evaluate([binding]).logLoss;
        const recalled = it.reviews.at(-1)!.rating > 1;
        const p = recalled ? Math.exp(-loss) : 1 - Math.exp(-loss);
        expect(predict(it)).toBeCloseTo(p, 5);
      }
    }
  });

  test("on a simulated learner, the true parameters predict better than others", () => {
    const truth = [...DEFAULT_PARAMETERS];
    truth[0] = 1;
    truth[1] = 3;
    truth[2] = 6;
    truth[3] = 20;
    const { reviews } = simulateReviews({
      cardIds: Array.from({ length: 300 }, (_, i) => `c${i}`),
      start: new Date("2026-01-05T09:00:00Z"),
      days: 365,
      newPerDay: 10,
      reviewsPerDay: 500,
      desiredRetention: 0.9,
      schedulerParameters: null,
      memoryParameters: truth,
      rng: createRng("truth-wins"),
    });
    const items = buildFsrsItems(reviews, "UTC");
    const right = evaluateParameters(truth, items);
    const wrong = evaluateParameters(DEFAULT_PARAMETERS, items);
    expect(right.count).toBe(items.length);
    expect(right.logLoss).toBeLessThan(wrong.logLoss);
    expect(right.rmseBins).toBeLessThan(wrong.rmseBins);
  });
});
