import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  formatInterval,
  gradeCard,
  newCardMemory,
  previewRatings,
  retrievability,
  RATINGS,
  type CardMemory,
  type RatingValue,
} from "./schedule";
import { DEFAULT_PARAMETERS } from "./fsrs-parameters";

const t0 = new Date("2026-03-02T09:00:00Z");
const minutes = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 60_000;
const days = (from: Date, to: Date) => minutes(from, to) / 1440;

/** Grades in sequence, each one when the card is due. */
function run(ratings: RatingValue[], start = t0) {
  let memory = newCardMemory(start);
  let now = start;
  const steps: { now: Date; memory: CardMemory }[] = [];
  for (const rating of ratings) {
    memory = gradeCard(memory, rating, now).next;
    steps.push({ now, memory });
    now = memory.due;
  }
  return steps;
}

describe("FSRS-6 scheduling (ts-fsrs defaults, retention 0.9)", () => {
  test("new card steps: Again 1 min, Hard 6 min, Good 10 min, Easy graduates in days", () => {
    const preview = previewRatings(newCardMemory(t0), t0);
    expect(minutes(t0, preview[1])).toBe(1);
    expect(minutes(t0, preview[2])).toBe(6);
    expect(minutes(t0, preview[3])).toBe(10);
    expect(days(t0, preview[4])).toBeGreaterThanOrEqual(1);
  });

  test("Good x3: learning step, graduation, then a longer review interval", () => {
    const [first, second, third] = run([3, 3, 3]);
    expect(first!.memory.state).toBe(1); // still learning after the first Good
    expect(minutes(first!.now, first!.memory.due)).toBe(10);
    expect(second!.memory.state).toBe(2); // graduated to review
    const secondInterval = days(second!.now, second!.memory.due);
    expect(secondInterval).toBeGreaterThanOrEqual(1);
    const thirdInterval = days(third!.now, third!.memory.due);
    expect(thirdInterval).toBeGreaterThan(secondInterval);
    expect(third!.memory.reps).toBe(3);
    expect(third!.memory.lapses).toBe(0);
  });

  test("Again on a review card is a lapse: relearning in 10 minutes, stability drops", () => {
    const steps = run([3, 3, 3, 1]);
    const before = steps[2]!.memory;
    const lapse = steps[3]!;
    expect(lapse.memory.state).toBe(3);
    expect(lapse.memory.lapses).toBe(1);
    expect(minutes(lapse.now, lapse.memory.due)).toBe(10);
    expect(lapse.memory.stability).toBeLessThan(before.stability);
  });

  test("on a review card the buttons order Again < Hard < Good < Easy", () => {
    const review = run([3, 3])[1]!;
    const now = review.memory.due;
    const p = previewRatings(review.memory, now);
    expect(p[1].getTime()).toBeLessThan(p[2].getTime());
    expect(p[2].getTime()).toBeLessThan(p[3].getTime());
    expect(p[3].getTime()).toBeLessThan(p[4].getTime());
  });

  test("a higher desired retention gives shorter intervals", () => {
    const review = run([3, 3])[1]!;
    const now = review.memory.due;
    const at = (r: number) => gradeCard(review.memory, 3, now, r).next.due.getTime();
    expect(at(0.97)).toBeLessThan(at(0.9));
    expect(at(0.9)).toBeLessThan(at(0.7));
  });

  test("grading is deterministic for the same inputs (fuzz is seeded by the review)", () => {
    const review = run([3, 3])[1]!;
    expect(gradeCard(review.memory, 3, review.memory.due)).toEqual(
      gradeCard(review.memory, 3, review.memory.due),
    );
  });

  test("the log records the state before the review", () => {
    const memory = newCardMemory(t0);
    const { record } = gradeCard(memory, 3, t0);
    expect(record).toMatchObject({ rating: 3, state: 0, review: t0 });
  });

  test("retrievability is 0 for a new card and falls with time", () => {
    expect(retrievability(newCardMemory(t0), t0)).toBe(0);
    const review = run([3, 3])[1]!.memory;
    const r1 = retrievability(review, new Date(review.due.getTime() - 86_400_000));
    const r2 = retrievability(review, new Date(review.due.getTime() + 30 * 86_400_000));
    expect(r1).toBeGreaterThan(r2);
    expect(r1).toBeLessThanOrEqual(1);
  });

  test("property: any grade sequence keeps the state valid and due after the review", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...RATINGS), { minLength: 1, maxLength: 12 }),
        (ratings) => {
          for (const { now, memory } of run(ratings)) {
            expect(memory.due.getTime()).toBeGreaterThan(now.getTime());
            expect([1, 2, 3]).toContain(memory.state);
            expect(memory.stability).toBeGreaterThan(0);
            expect(memory.difficulty).toBeGreaterThanOrEqual(1);
            expect(memory.difficulty).toBeLessThanOrEqual(10);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  test("personal parameters drive the schedule; null means the defaults", () => {
    const personal = [...DEFAULT_PARAMETERS];
    personal[3] = 30; // initial stability after Easy: 30 days instead of 8.3
    const card = newCardMemory(t0);
    const withDefaults = gradeCard(card, 4, t0).next;
    expect(gradeCard(card, 4, t0, 0.9, null).next).toEqual(withDefaults);
    const mine = gradeCard(card, 4, t0, 0.9, personal).next;
    expect(mine.stability).toBe(30);
    expect(days(t0, mine.due)).toBeGreaterThan(days(t0, withDefaults.due) * 2);
    expect(days(t0, previewRatings(card, t0, 0.9, personal)[4])).toBe(days(t0, mine.due));
  });

  test("parameters that are not FSRS-6's 21 weights are refused, not padded", () => {
    expect(() => gradeCard(newCardMemory(t0), 3, t0, 0.9, DEFAULT_PARAMETERS.slice(0, 19))).toThrow(
      /21 weights/,
    );
  });

  test.each([
    [0.5, "1m"],
    [10, "10m"],
    [59, "59m"],
    [60, "1h"],
    [90, "2h"],
    [60 * 24, "1d"],
    [60 * 24 * 4, "4d"],
    [60 * 24 * 30, "1mo"],
    [60 * 24 * 365.25, "1y"],
    [60 * 24 * 75, "2.5mo"],
    [60 * 24 * 400, "1.1y"],
  ])("formatInterval(%d minutes) = %s", (m, label) => {
    expect(formatInterval(t0, new Date(t0.getTime() + m * 60_000))).toBe(label);
  });
});
