import "server-only";
import {
  computeParameters,
  FSRSBindingItem,
  FSRSBindingReview,
} from "@open-spaced-repetition/binding";
import type { FsrsItem } from "@/lib/domain/srs/fsrs-items";
import {
  PARAMETER_COUNT,
  RELEARNING_STEP_COUNT,
  toSchedulerParameters,
} from "@/lib/domain/srs/fsrs-parameters";

/** One optimisation at a time in this process: fsrs-rs keeps a core busy while it trains. */
let queue: Promise<unknown> = Promise.resolve();

function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

export function toBindingItems(items: readonly FsrsItem[]): FSRSBindingItem[] {
  return items.map(
    (item) =>
      new FSRSBindingItem(item.reviews.map((r) => new FSRSBindingReview(r.rating, r.deltaT))),
  );
}

/**
 * Personal FSRS-6 weights fitted by fsrs-rs (through @open-spaced-repetition/binding, the
 * optimiser Anki uses) with the app's scheduler settings: short-term scheduling on, one
 * relearning step. Returned clamped to ts-fsrs's ranges, so they are exactly what the
 * scheduler will run with.
 */
export async function fitParameters(items: readonly FsrsItem[]): Promise<number[]> {
  const weights = await oneAtATime(() =>
    computeParameters(toBindingItems(items), {
      enableShortTerm: true,
      numRelearningSteps: RELEARNING_STEP_COUNT,
    }),
  );
  if (weights.length !== PARAMETER_COUNT) {
    throw new Error(`The optimiser returned ${weights.length} weights, not ${PARAMETER_COUNT}.`);
  }
  return toSchedulerParameters(weights);
}
