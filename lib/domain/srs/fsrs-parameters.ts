/**
 * FSRS-6 parameters: the 21 weights of ts-fsrs 5.4's memory model. The defaults are ts-fsrs's
 * own; personal weights come from the optimiser (fsrs-rs) and are clamped to the ranges ts-fsrs
 * enforces, so the weights we evaluate are exactly the weights the scheduler will run with.
 */
import { checkParameters, clipParameters, default_w } from "ts-fsrs";

/** FSRS-6 has 21 weights (FSRS-5 had 19, FSRS-4.5 17). */
export const PARAMETER_COUNT = 21;
export const DEFAULT_PARAMETERS: readonly number[] = Object.freeze([...default_w]);
/** The app's relearning steps ("10m"): fsrs-rs and ts-fsrs bound w17/w18 by their count. */
export const RELEARNING_STEP_COUNT = 1;

export type FsrsParameters = readonly number[];

/**
 * Weights ts-fsrs accepts as they are: 21 finite numbers, each inside ts-fsrs's range for it
 * (short-term scheduling on, one relearning step). Throws on a wrong length or a NaN.
 */
export function toSchedulerParameters(weights: readonly number[]): number[] {
  if (weights.length !== PARAMETER_COUNT) {
    throw new RangeError(
      `FSRS-6 needs ${PARAMETER_COUNT} weights, got ${weights.length}: refusing to guess.`,
    );
  }
  checkParameters(weights);
  return clipParameters([...weights], RELEARNING_STEP_COUNT, true);
}

/** True when `weights` are a usable FSRS-6 vector that clamping would leave unchanged. */
export function isSchedulerParameters(weights: readonly number[]): boolean {
  if (weights.length !== PARAMETER_COUNT || !weights.every(Number.isFinite)) return false;
  const clipped = toSchedulerParameters(weights);
  return clipped.every((w, i) => w === weights[i]);
}
