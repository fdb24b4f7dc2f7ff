import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { FsrsItem } from "./fsrs-items";
import { splitByTime } from "./split-by-time";

const at = (minute: number, cardId = `c${minute}`): FsrsItem => ({
  cardId,
  reviews: [
    { rating: 3, deltaT: 0 },
    { rating: 3, deltaT: 1 },
  ],
  reviewedAt: new Date(Date.UTC(2026, 0, 1) + minute * 60_000),
});
const minutes = (items: FsrsItem[]) => items.map((i) => i.cardId);

describe("splitByTime", () => {
  test.each([
    { name: "ten items: the newest two are held out", n: 10, fit: 8, test: 2 },
    { name: "eighty items: sixty-four to fit", n: 80, fit: 64, test: 16 },
    { name: "four items: a fifth of four rounds down to nothing held out", n: 4, fit: 4, test: 0 },
    { name: "no items", n: 0, fit: 0, test: 0 },
  ])("$name", ({ n, fit, test: held }) => {
    const items = Array.from({ length: n }, (_, i) => at(i));
    const split = splitByTime(items);
    expect(split.fit).toHaveLength(fit);
    expect(split.test).toHaveLength(held);
  });

  test("the held-out items are the newest, whatever the input order", () => {
    const items = [at(5), at(1), at(9), at(3), at(7), at(2), at(8), at(4), at(6), at(0)];
    const { fit, test: held } = splitByTime(items);
    expect(minutes(held)).toEqual(["c8", "c9"]);
    expect(minutes(fit)).toEqual(["c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7"]);
  });

  test("reviews at the same instant stay on the same side (the test side)", () => {
    const items = [...Array.from({ length: 8 }, (_, i) => at(i)), at(7, "twin"), at(9)];
    const { fit, test: held } = splitByTime(items);
    expect(minutes(held).sort()).toEqual(["c7", "c9", "twin"]);
    expect(fit).toHaveLength(7);
  });

  test("properties: a partition, every fitted item strictly before every tested one", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 80 }), (times) => {
        const items = times.map((m, i) => at(m, `c${i}`));
        const { fit, test: held } = splitByTime(items);
        expect(fit.length + held.length).toBe(items.length);
        expect(new Set([...minutes(fit), ...minutes(held)]).size).toBe(items.length);
        const lastFit = Math.max(...fit.map((i) => i.reviewedAt.getTime()));
        const firstTest = Math.min(...held.map((i) => i.reviewedAt.getTime()));
        if (fit.length && held.length) expect(lastFit).toBeLessThan(firstTest);
        expect(held.length).toBeGreaterThanOrEqual(Math.floor(items.length * 0.2));
      }),
    );
  });
});
