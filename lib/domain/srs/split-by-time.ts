/**
 * Time split for evaluating FSRS parameters: fit on the earlier items, test on the later ones,
 * as a forecast would be used (the optimiser never sees the reviews it is judged on). Items
 * are ordered by the time of the review they predict; reviews at the very same instant stay on
 * the same side, so every fitted review comes strictly before every tested one.
 */
import type { FsrsItem } from "./fsrs-items";

/** The newest fifth of the items is held out for testing. */
export const TEST_FRACTION = 0.2;

export type TimeSplit = { fit: FsrsItem[]; test: FsrsItem[] };

export function splitByTime(items: readonly FsrsItem[], testFraction = TEST_FRACTION): TimeSplit {
  const sorted = [...items].sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
  let cut = sorted.length - Math.floor(sorted.length * testFraction);
  while (
    cut > 0 &&
    cut < sorted.length &&
    sorted[cut - 1]!.reviewedAt.getTime() === sorted[cut]!.reviewedAt.getTime()
  ) {
    cut--;
  }
  return { fit: sorted.slice(0, cut), test: sorted.slice(cut) };
}
