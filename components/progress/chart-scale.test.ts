import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { countTicks } from "./chart-scale";

describe("countTicks", () => {
  test.each([
    { max: 0, ticks: [0, 1] },
    { max: 1, ticks: [0, 1] },
    { max: 3, ticks: [0, 1, 2, 3] },
    { max: 7, ticks: [0, 2, 4, 6, 8] },
    { max: 12, ticks: [0, 5, 10, 15] },
    { max: 40, ticks: [0, 10, 20, 30, 40] },
    { max: 41, ticks: [0, 20, 40, 60] },
    { max: 100, ticks: [0, 50, 100] },
    { max: 101, ticks: [0, 50, 100, 150] },
  ])("max $max gives $ticks", ({ max, ticks }) => {
    expect(countTicks(max)).toEqual(ticks);
  });

  test("the top covers the largest value with at most four whole, nice steps", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (max) => {
        const ticks = countTicks(max);
        const step = ticks[1]! - ticks[0]!;
        expect(ticks[0]).toBe(0);
        expect(ticks.at(-1)!).toBeGreaterThanOrEqual(max);
        expect(ticks.length - 1).toBeLessThanOrEqual(4);
        expect(Number.isInteger(step)).toBe(true);
        expect(String(step)).toMatch(/^[125]0*$/);
        ticks.forEach((t, i) => expect(t).toBe(i * step));
        // Not wastefully tall: one step less would not cover the maximum.
        expect(ticks.at(-1)! - step).toBeLessThan(Math.max(max, 1));
      }),
    );
  });
});
