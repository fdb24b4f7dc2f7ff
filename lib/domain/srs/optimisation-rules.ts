/**
 * When a learner's reviews are enough to fit personal FSRS parameters, and when the fitted ones
 * replace the defaults.
 *
 * fsrs-rs (6.x, the optimiser Anki uses) returns the default parameters unchanged below 8
 * training items, and below 64 it fits only the four initial stabilities (w0-w3), keeping the
 * other 17 weights at their defaults. So a real fit needs 64 items in the earlier, fitted part;
 * with the newest fifth held out for testing, that is 80 items in all. An item is a review made
 * on a later day than the card's previous review, of a card whose first review is in the log.
 */
import type { Evaluation } from "./fsrs-metrics";
import { TEST_FRACTION } from "./split-by-time";

/** fsrs-rs fits all 21 weights from this many training items on (fewer: w0-w3 only). */
export const OPTIMISER_MIN_ITEMS = 64;

/** Items needed so that the fitted part still holds OPTIMISER_MIN_ITEMS after the split. */
export const MIN_ITEMS = Math.ceil(OPTIMISER_MIN_ITEMS / (1 - TEST_FRACTION));

export function itemsStillNeeded(items: number): number {
  return Math.max(0, MIN_ITEMS - items);
}

/**
 * The personal parameters are used only when they predicted the held-out reviews better than
 * the defaults: a lower log loss. Log loss is the figure fsrs-rs minimises and a proper score of
 * each prediction; RMSE (bins) is shown beside it but does not decide, because on a fifth of a
 * small log (tens to hundreds of items spread over many bins) it is mostly noise: requiring
 * both figures kept the defaults for simulated learners whose fit was far better (bench:fsrs,
 * README "Optimising the schedule to each learner").
 */
export function personalIsBetter(defaults: Evaluation, personal: Evaluation): boolean {
  return personal.logLoss < defaults.logLoss;
}

/** What the learner reads while their reviews are not yet enough. */
export function notEnoughReviewsMessage(items: number): string {
  const more = itemsStillNeeded(items);
  return (
    `Optimisation needs ${MIN_ITEMS} reviews of cards you last saw on an earlier day (a card ` +
    `seen again the same day does not count); you have ${items}, so ${more} more ` +
    `${more === 1 ? "is" : "are"} needed.`
  );
}
