/**
 * Expected workload at each desired retention: a year of study of the learner's deck simulated
 * with the learner's FSRS parameters, both as the scheduler's and as the memory's (the best
 * guess of how this learner remembers), averaged over a few seeded runs. Every retention
 * replays the same random draws, so the rows differ by the retention alone.
 */
import { createRng } from "@/lib/domain/random";
import { DEFAULT_PARAMETERS, type FsrsParameters } from "./fsrs-parameters";
import { MAX_RETENTION, MIN_RETENTION } from "./schedule";
import { simulateReviews } from "./simulate-reviews";

export const WORKLOAD_RETENTIONS = [0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97] as const;

export type WorkloadInput = {
  /** The learner's weights, or null for the defaults. */
  parameters: FsrsParameters | null;
  cardCount: number;
  newPerDay: number;
  reviewsPerDay: number;
  secondsPerReview: number;
  /** Extra retentions to include (the learner's own setting). */
  extraRetentions?: readonly number[];
  days?: number;
  runs?: number;
  seed?: string;
};

export type WorkloadRow = {
  retention: number;
  /** Mean reviews a day over the simulated year, learning steps included. */
  reviewsPerDay: number;
  minutesPerDay: number;
  /** Share of the deck the learner is expected to recall at the end of the year. */
  remembered: number;
};

/** The settings page's workload table (server -> page). */
export type RetentionWorkloadView = {
  rows: WorkloadRow[];
  /** The learner's setting, to two decimals (one of the rows). */
  desiredRetention: number;
  /** True when the learner's personal parameters drive the simulation. */
  personal: boolean;
  cardCount: number;
  /** False when the learner studies no deck yet: the table then assumes every card. */
  studying: boolean;
  newPerDay: number;
  secondsPerReview: number;
};

/** The simulated year's first session; a test replays the runs from it. */
export const WORKLOAD_START = new Date("2026-01-05T09:00:00Z");

export function estimateWorkload(input: WorkloadInput): WorkloadRow[] {
  const days = input.days ?? 365;
  const runs = input.runs ?? 3;
  const seed = input.seed ?? "workload";
  const parameters = input.parameters ?? DEFAULT_PARAMETERS;
  const cardIds = Array.from({ length: input.cardCount }, (_, i) => `card-${i}`);
  const retentions = [...new Set([...WORKLOAD_RETENTIONS, ...(input.extraRetentions ?? [])])]
    .filter((r) => r >= MIN_RETENTION && r <= MAX_RETENTION)
    .sort((a, b) => a - b);

  return retentions.map((retention) => {
    let reviews = 0;
    let recalled = 0;
    for (let run = 0; run < runs; run++) {
      const result = simulateReviews({
        cardIds,
        start: WORKLOAD_START,
        days,
        newPerDay: input.newPerDay,
        reviewsPerDay: input.reviewsPerDay,
        desiredRetention: retention,
        schedulerParameters: input.parameters,
        memoryParameters: parameters,
        secondsPerReview: input.secondsPerReview,
        rng: createRng(`${seed}:${run}`),
      });
      reviews += result.reviews.length;
      recalled += result.expectedRecalled;
    }
    const reviewsPerDay = reviews / runs / days;
    return {
      retention,
      reviewsPerDay,
      minutesPerDay: (reviewsPerDay * input.secondsPerReview) / 60,
      remembered: input.cardCount ? recalled / runs / input.cardCount : 0,
    };
  });
}
