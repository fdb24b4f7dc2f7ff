/**
 * How well FSRS parameters predict reviews, measured as the open srs-benchmark (and fsrs-rs's
 * evaluate) measure it:
 * - the prediction for an item is FSRS-6's retrievability at its last review, from the memory
 *   state its earlier reviews lead to (ts-fsrs's memory model, short-term stability on);
 *   the outcome is 1 when the last rating is Hard, Good or Easy, 0 when it is Again;
 * - log loss: the mean of -(y ln p + (1 - y) ln(1 - p));
 * - RMSE (bins): items are grouped by interval length, number of long-term reviews and number of
 *   lapses, each on a geometric scale (intervals 2.48 x 3.62^k days, review counts
 *   1.99 x 1.89^k, lapses 1.65 x 1.73^k); the root of the count-weighted mean squared gap
 *   between each group's mean prediction and its observed recall rate.
 * Every item weighs the same here (fsrs-rs's evaluate weights recent items more).
 */
import { fsrs, type FSRSState } from "ts-fsrs";
import type { FsrsItem } from "./fsrs-items";
import { toSchedulerParameters } from "./fsrs-parameters";

export type Evaluation = { logLoss: number; rmseBins: number; count: number };
export type Prediction = { p: number; y: 0 | 1; bin: string };

/** Keeps ln finite for predictions of exactly 0 or 1 (sklearn's log_loss does the same). */
const EPSILON = Number.EPSILON;

export function logLoss(predictions: readonly { p: number; y: 0 | 1 }[]): number {
  if (predictions.length === 0) return Number.NaN;
  let sum = 0;
  for (const { p, y } of predictions) {
    const q = Math.min(1 - EPSILON, Math.max(EPSILON, p));
    sum -= y === 1 ? Math.log(q) : Math.log(1 - q);
  }
  return sum / predictions.length;
}

export function rmseBins(predictions: readonly Prediction[]): number {
  if (predictions.length === 0) return Number.NaN;
  const bins = new Map<string, { p: number; y: number; n: number }>();
  for (const { p, y, bin } of predictions) {
    const b = bins.get(bin);
    if (b) {
      b.p += p;
      b.y += y;
      b.n += 1;
    } else bins.set(bin, { p, y, n: 1 });
  }
  let sum = 0;
  for (const { p, y, n } of bins.values()) sum += n * (p / n - y / n) ** 2;
  return Math.sqrt(sum / predictions.length);
}

/** floor to the geometric grid scale x base^k, rounded as srs-benchmark rounds it. */
function gridValue(x: number, scale: number, base: number, decimals: number): number {
  const value = scale * base ** Math.floor(Math.log(x) / Math.log(base));
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** The RMSE group of an item: "interval bin/review-count bin/lapse bin". */
export function binOf(item: Pick<FsrsItem, "reviews">): string {
  const current = item.reviews[item.reviews.length - 1]!;
  const longTerm = item.reviews.filter((r) => r.deltaT > 0).length;
  const lapses = item.reviews.slice(0, -1).filter((r) => r.rating === 1 && r.deltaT > 0).length;
  const interval = gridValue(current.deltaT, 2.48, 3.62, 2);
  const length = gridValue(longTerm + 1, 1.99, 1.89, 0);
  const lapse = lapses === 0 ? 0 : gridValue(lapses, 1.65, 1.73, 0);
  return `${interval}/${length}/${lapse}`;
}

/** A memory model for one parameter vector: the recall probability it gives each item. */
export function createPredictor(parameters: readonly number[]): (item: FsrsItem) => number {
  const model = fsrs({ w: toSchedulerParameters(parameters), enable_short_term: true });
  return (item) => {
    let state: FSRSState | null = null;
    const last = item.reviews.length - 1;
    for (let i = 0; i < last; i++) {
      const review = item.reviews[i]!;
      state = model.next_state(state, review.deltaT, review.rating);
    }
    if (!state) throw new RangeError("An FSRS item needs at least one earlier review.");
    return model.forgetting_curve(item.reviews[last]!.deltaT, state.stability);
  };
}

export function predictItems(
  parameters: readonly number[],
  items: readonly FsrsItem[],
): Prediction[] {
  const predict = createPredictor(parameters);
  return items.map((item) => ({
    p: predict(item),
    y: item.reviews[item.reviews.length - 1]!.rating > 1 ? 1 : 0,
    bin: binOf(item),
  }));
}

export function evaluateParameters(
  parameters: readonly number[],
  items: readonly FsrsItem[],
): Evaluation {
  const predictions = predictItems(parameters, items);
  return { logLoss: logLoss(predictions), rmseBins: rmseBins(predictions), count: items.length };
}
