import { describe, expect, test } from "vitest";
import { createRng } from "@/lib/domain/random";
import { buildFsrsItems } from "./fsrs-items";
import { predictItems } from "./fsrs-metrics";
import { DEFAULT_PARAMETERS } from "./fsrs-parameters";
import { STRONG_MEMORY } from "./simulated-learners";
import { moveSimulation, simulateReviews, uniform, type SimulationInput } from "./simulate-reviews";

const STRONG = STRONG_MEMORY;

const base = (seed: string, over: Partial<SimulationInput> = {}): SimulationInput => ({
  cardIds: Array.from({ length: 60 }, (_, i) => `card-${i}`),
  start: new Date("2026-01-05T09:00:00Z"),
  days: 120,
  newPerDay: 8,
  reviewsPerDay: 30,
  desiredRetention: 0.9,
  schedulerParameters: null,
  memoryParameters: STRONG,
  rng: createRng(seed),
  ...over,
});

const dayOf = (d: Date) => d.toISOString().slice(0, 10);

describe("simulateReviews", () => {
  test("the same seed gives the same reviews; another seed, others", () => {
    const a = simulateReviews(base("seed-1"));
    const b = simulateReviews(base("seed-1"));
    const c = simulateReviews(base("seed-2"));
    expect(a.reviews.length).toBeGreaterThan(200);
    expect(b).toEqual(a);
    expect(c.reviews.map((r) => r.rating)).not.toEqual(a.reviews.map((r) => r.rating));
  });

  test("a start on another day is another history: the interval fuzz is seeded by time", () => {
    const a = simulateReviews(base("seed-1"));
    const later = simulateReviews(base("seed-1", { start: new Date("2026-03-02T09:00:00Z") }));
    expect(later.reviews.map((r) => r.scheduledDays)).not.toEqual(
      a.reviews.map((r) => r.scheduledDays),
    );
  });

  test("moved by whole days, a history keeps its ratings and intervals; every date moves", () => {
    const a = simulateReviews(base("seed-1"));
    const byMs = 56 * 86_400_000;
    const moved = moveSimulation(a, byMs);
    expect(moved.reviews.map((r) => [r.cardId, r.rating, r.scheduledDays])).toEqual(
      a.reviews.map((r) => [r.cardId, r.rating, r.scheduledDays]),
    );
    const dates = (result: typeof a) => [
      ...result.reviews.flatMap((r) => [r.review, r.due, r.before?.due, r.before?.lastReview]),
      ...result.cards.flatMap((c) => [c.memory.due, c.memory.lastReview]),
    ];
    const before = dates(a);
    const after = dates(moved);
    expect(after).toHaveLength(before.length);
    after.forEach((date, i) => {
      const old = before[i];
      if (!old) expect(date).toBe(old);
      else expect(date!.getTime() - old.getTime()).toBe(byMs);
    });
    // The original is left as it was.
    expect(a).toEqual(simulateReviews(base("seed-1")));
  });

  test("uniform numbers are in [0, 1) and spread out", () => {
    const rng = createRng("u");
    const xs = Array.from({ length: 5000 }, () => uniform(rng));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(xs.reduce((a, b) => a + b, 0) / xs.length).toBeCloseTo(0.5, 1);
  });

  test("reviews are in time order and respect the daily limits, as the study screen does", () => {
    const { reviews, reviewsByDay, cards } = simulateReviews(base("limits", { reviewsPerDay: 5 }));
    for (let i = 1; i < reviews.length; i++) {
      expect(reviews[i]!.review > reviews[i - 1]!.review).toBe(true);
    }
    const perDay = new Map<string, { fresh: number; review: number }>();
    for (const r of reviews) {
      const day = perDay.get(dayOf(r.review)) ?? { fresh: 0, review: 0 };
      if (r.state === 0) day.fresh++;
      if (r.state === 2) day.review++;
      perDay.set(dayOf(r.review), day);
    }
    for (const { fresh, review } of perDay.values()) {
      expect(fresh).toBeLessThanOrEqual(8);
      expect(review).toBeLessThanOrEqual(5);
    }
    // The limits bind: some days hit them.
    expect([...perDay.values()].some((d) => d.fresh === 8)).toBe(true);
    expect([...perDay.values()].some((d) => d.review === 5)).toBe(true);
    expect(reviewsByDay.reduce((a, b) => a + b, 0)).toBe(reviews.length);
    expect(new Set(reviews.filter((r) => r.state === 0).map((r) => r.cardId)).size).toBe(60);
    expect(cards.reduce((n, c) => n + c.reviews, 0)).toBe(reviews.length);
    // Each review starts from the state the card's previous review left.
    const last = new Map<string, (typeof reviews)[number]>();
    for (const r of reviews) {
      const previous = last.get(r.cardId);
      expect(r.before === null).toBe(previous === undefined);
      if (r.before) expect(r.before.lastReview).toEqual(previous!.review);
      last.set(r.cardId, r);
    }
  });

  test("stops at maxReviews", () => {
    expect(simulateReviews(base("max", { maxReviews: 123 })).reviews).toHaveLength(123);
  });

  test("the learner's recall matches the true parameters' predictions (calibration)", () => {
    const { reviews } = simulateReviews(
      base("calibration", { cardIds: Array.from({ length: 400 }, (_, i) => `c${i}`), days: 365 }),
    );
    const items = buildFsrsItems(reviews, "UTC");
    expect(items.length).toBeGreaterThan(2000);
    const truth = predictItems(STRONG, items);
    const meanP = truth.reduce((a, p) => a + p.p, 0) / truth.length;
    const recall = truth.reduce((a, p) => a + p.y, 0) / truth.length;
    expect(Math.abs(meanP - recall)).toBeLessThan(0.015);
    // The defaults, which the scheduler used, expect ~90% recall: this learner does better.
    const defaults = predictItems(DEFAULT_PARAMETERS, items);
    const meanDefault = defaults.reduce((a, p) => a + p.p, 0) / defaults.length;
    expect(recall - meanDefault).toBeGreaterThan(0.03);
  });

  test("the scheduler's parameters change the schedule: a stronger model waits longer", () => {
    const withDefaults = simulateReviews(base("sched"));
    const withPersonal = simulateReviews(base("sched", { schedulerParameters: STRONG }));
    expect(withPersonal.reviews.length).toBeLessThan(withDefaults.reviews.length);
  });
});
