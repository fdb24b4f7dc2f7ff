import { describe, expect, test } from "vitest";
import {
  itemsStillNeeded,
  MIN_ITEMS,
  notEnoughReviewsMessage,
  OPTIMISER_MIN_ITEMS,
  personalIsBetter,
} from "./optimisation-rules";

describe("optimisation rules", () => {
  test("80 items in all leave fsrs-rs its 64 after a fifth is held out", () => {
    expect(OPTIMISER_MIN_ITEMS).toBe(64);
    expect(MIN_ITEMS).toBe(80);
    expect(80 - Math.floor(80 * 0.2)).toBe(64);
  });

  test.each([
    { items: 0, needed: 80 },
    { items: 23, needed: 57 },
    { items: 79, needed: 1 },
    { items: 80, needed: 0 },
    { items: 500, needed: 0 },
  ])("$items items: $needed more needed", ({ items, needed }) => {
    expect(itemsStillNeeded(items)).toBe(needed);
  });

  test("the message says how many more", () => {
    expect(notEnoughReviewsMessage(23)).toMatch(/you have 23, so 57 more are needed/);
    expect(notEnoughReviewsMessage(79)).toMatch(/so 1 more is needed/);
  });

  const d = { logLoss: 0.3, rmseBins: 0.05, count: 100 };
  test.each([
    { name: "lower on both: used", personal: { logLoss: 0.29, rmseBins: 0.04 }, used: true },
    {
      name: "lower log loss, higher RMSE: used (log loss decides)",
      personal: { logLoss: 0.29, rmseBins: 0.06 },
      used: true,
    },
    { name: "lower RMSE only: not used", personal: { logLoss: 0.31, rmseBins: 0.04 }, used: false },
    { name: "a tie is not better", personal: { logLoss: 0.3, rmseBins: 0.05 }, used: false },
  ])("$name", ({ personal, used }) => {
    expect(personalIsBetter(d, { ...personal, count: 100 })).toBe(used);
  });
});
