/**
 * Memories of simulated learners: FSRS-6 weights chosen by hand, each inside ts-fsrs's ranges
 * and far from the defaults somewhere. The benchmark, the tests and the demo seed use them as
 * the "true" parameters a good optimisation should recover.
 */
import type { RatingHabits } from "./simulate-reviews";

/** Remembers well: long initial stabilities, slow forgetting after a lapse. */
export const STRONG_MEMORY: readonly number[] = [
  0.8, 3.0, 6.0, 20.0, 5.5, 0.6, 2.0, 0.01, 2.2, 0.1, 1.0, 1.2, 0.05, 0.3, 1.5, 0.5, 2.0, 0.5, 0.1,
  0.05, 0.25,
];

/** Forgets fast: short initial stabilities, harder cards, lapses cost more. */
export const WEAK_MEMORY: readonly number[] = [
  0.05, 0.3, 0.8, 2.5, 8.0, 1.0, 4.0, 0.05, 1.2, 0.3, 0.5, 2.5, 0.1, 0.2, 2.0, 0.8, 1.5, 0.6, 0.1,
  0.08, 0.12,
];

/** A forgetting curve far steeper than the default's (decay 0.6 instead of 0.15). */
export const STEEP_CURVE_MEMORY: readonly number[] = [
  0.4, 2.0, 4.0, 12.0, 6.0, 0.8, 2.8, 0.005, 1.7, 0.15, 0.9, 1.5, 0.06, 0.3, 1.6, 0.6, 1.9, 0.55,
  0.09, 0.07, 0.6,
];

/** Presses Hard far more often than most. */
export const HARD_PRONE_HABITS: RatingHabits = {
  first: [0.3, 0.3, 0.3, 0.1],
  recalled: [0.45, 0.5, 0.05],
};
