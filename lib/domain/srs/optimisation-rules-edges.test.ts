// Optimisation rules at their edges (surviving mutants, README "Mutation testing"): an equal log
// loss is not better whatever the RMSE, a lower one is even with an equal RMSE, and the full
// message text.
import { expect, test } from "vitest";
import { MIN_ITEMS, notEnoughReviewsMessage, personalIsBetter } from "./optimisation-rules";

const defaults = { logLoss: 0.3, rmseBins: 0.05, count: 100 };

test.each([
  { name: "equal log loss, lower RMSE: not better", personal: { logLoss: 0.3, rmseBins: 0.04 } },
  { name: "equal log loss, equal RMSE: not better", personal: { logLoss: 0.3, rmseBins: 0.05 } },
])("$name", ({ personal }) => {
  expect(personalIsBetter(defaults, { ...personal, count: 100 })).toBe(false);
});

test("lower log loss, equal RMSE: better", () => {
  expect(personalIsBetter(defaults, { logLoss: 0.29, rmseBins: 0.05, count: 100 })).toBe(true);
});

test("the message says what counts as a review and how many more", () => {
  expect(notEnoughReviewsMessage(MIN_ITEMS - 2)).toBe(
    `Optimisation needs ${MIN_ITEMS} reviews of cards you last saw on an earlier day (a card ` +
      `seen again the same day does not count); you have ${MIN_ITEMS - 2}, so 2 more are needed.`,
  );
});
