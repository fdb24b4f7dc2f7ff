// splitByTime when every review shares one instant (surviving mutants, README "Mutation
// testing"): the cut walks back to zero and stops there, so nothing is fitted.
import { expect, test } from "vitest";
import type { FsrsItem } from "./fsrs-items";
import { splitByTime } from "./split-by-time";

const item = (cardId: string): FsrsItem => ({
  cardId,
  reviews: [
    { rating: 3, deltaT: 0 },
    { rating: 3, deltaT: 1 },
  ],
  reviewedAt: new Date(Date.UTC(2026, 0, 1)),
});

test("ten reviews at the same instant: all on the test side, none fitted", () => {
  const items = Array.from({ length: 10 }, (_, i) => item(`c${i}`));
  const split = splitByTime(items);
  expect(split.fit).toEqual([]);
  expect(split.test.map((i) => i.cardId)).toEqual(items.map((i) => i.cardId));
});
