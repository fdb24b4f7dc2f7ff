/**
 * Spaced-repetition scheduling with FSRS-6 through the ts-fsrs package: its default
 * parameters (21 weights) or the learner's personal ones when optimisation found better ones,
 * learning steps 1 min and 10 min, relearning step 10 min, interval fuzz on, and the learner's
 * desired retention (0.9 by default, 0.70-0.97 allowed). Pure: the clock is an argument.
 * ts-fsrs's default fuzz seed is made of the review time and card state, so the same inputs
 * always give the same interval.
 */
import {
  createEmptyCard,
  fsrs,
  FSRSVersion,
  Rating,
  type Card,
  type FSRS,
  type Grade,
} from "ts-fsrs";
import { toSchedulerParameters, type FsrsParameters } from "./fsrs-parameters";

export const FSRS_VERSION = FSRSVersion;
export const DEFAULT_RETENTION = 0.9;
export const MIN_RETENTION = 0.7;
export const MAX_RETENTION = 0.97;

/** 1 Again, 2 Hard, 3 Good, 4 Easy: the numbers are also the keyboard keys. */
export const RATINGS = [1, 2, 3, 4] as const;
export type RatingValue = (typeof RATINGS)[number];
export const RATING_LABELS: Record<RatingValue, string> = {
  1: "Again",
  2: "Hard",
  3: "Good",
  4: "Easy",
};

/** 0 New, 1 Learning, 2 Review, 3 Relearning (ts-fsrs's State). */
export type CardStateValue = 0 | 1 | 2 | 3;

/** Everything FSRS knows about one learner's memory of one card. */
export type CardMemory = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardStateValue;
  lastReview: Date | null;
};

/** One row of the review log, as FSRS's optimiser expects it. */
export type ReviewRecord = {
  rating: RatingValue;
  /** The card's state before this review. */
  state: CardStateValue;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  review: Date;
};

const schedulers = new Map<string, FSRS>();
/** Enough for every retention of many learners' parameters; beyond it the cache starts over. */
const MAX_SCHEDULERS = 512;

/** `parameters` null: ts-fsrs's defaults; else the learner's 21 weights. */
function scheduler(desiredRetention: number, parameters: FsrsParameters | null = null): FSRS {
  const retention = Math.min(MAX_RETENTION, Math.max(MIN_RETENTION, desiredRetention));
  const key = `${retention}|${parameters ? parameters.join(",") : "default"}`;
  let s = schedulers.get(key);
  if (!s) {
    if (schedulers.size >= MAX_SCHEDULERS) schedulers.clear();
    s = fsrs({
      request_retention: retention,
      enable_fuzz: true,
      enable_short_term: true,
      ...(parameters ? { w: toSchedulerParameters(parameters) } : {}),
    });
    schedulers.set(key, s);
  }
  return s;
}

function toCard(m: CardMemory): Card {
  return {
    due: m.due,
    stability: m.stability,
    difficulty: m.difficulty,
    elapsed_days: m.elapsedDays,
    scheduled_days: m.scheduledDays,
    learning_steps: m.learningSteps,
    reps: m.reps,
    lapses: m.lapses,
    state: m.state,
    last_review: m.lastReview ?? undefined,
  };
}

function fromCard(c: Card): CardMemory {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state as CardStateValue,
    lastReview: c.last_review ?? null,
  };
}

export function newCardMemory(now: Date): CardMemory {
  return fromCard(createEmptyCard(now));
}

/**
 * The learner grades a card: its next memory state and the log row of this review.
 * `parameters`: the learner's personal FSRS weights, or null for the defaults.
 */
export function gradeCard(
  memory: CardMemory,
  rating: RatingValue,
  now: Date,
  desiredRetention = DEFAULT_RETENTION,
  parameters: FsrsParameters | null = null,
) {
  const { card, log } = scheduler(desiredRetention, parameters).next(
    toCard(memory),
    now,
    rating as Grade,
  );
  const record: ReviewRecord = {
    rating,
    state: log.state as CardStateValue,
    due: log.due,
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
    review: log.review,
  };
  return { next: fromCard(card), record };
}

/** One grade of a card's history: what was pressed, and when. */
export type PastGrade = { rating: RatingValue; review: Date };

/**
 * Rebuilds a card's memory from its whole history of grades, oldest first, with ts-fsrs's
 * `reschedule` (which replays each grade from a new card, as `next` would have applied it).
 * Used when grades made on two devices meet on the server: the merged history, in time order,
 * decides the schedule. Returns the memory after each grade and its log row; replaying grades
 * that were applied one by one with the same settings gives back exactly the same states.
 */
export function replayGrades(
  history: readonly PastGrade[],
  desiredRetention = DEFAULT_RETENTION,
  parameters: FsrsParameters | null = null,
): { next: CardMemory; record: ReviewRecord }[] {
  const sorted = [...history].sort((a, b) => a.review.getTime() - b.review.getTime());
  if (!sorted.length) return [];
  const first = createEmptyCard(sorted[0]!.review);
  const { collections } = scheduler(desiredRetention, parameters).reschedule(
    first,
    sorted.map((g) => ({ rating: g.rating as Grade, review: g.review })),
    { first_card: first, skipManual: true, now: sorted[sorted.length - 1]!.review },
  );
  return collections.map(({ card, log }, i) => ({
    next: fromCard(card),
    record: {
      rating: sorted[i]!.rating,
      state: log.state as CardStateValue,
      due: log.due,
      stability: log.stability,
      difficulty: log.difficulty,
      elapsedDays: log.elapsed_days,
      lastElapsedDays: log.last_elapsed_days,
      scheduledDays: log.scheduled_days,
      learningSteps: log.learning_steps,
      review: log.review,
    },
  }));
}

/** When each of the four buttons would bring the card back (shown on the buttons, like Anki). */
export function previewRatings(
  memory: CardMemory,
  now: Date,
  desiredRetention = DEFAULT_RETENTION,
  parameters: FsrsParameters | null = null,
): Record<RatingValue, Date> {
  const preview = scheduler(desiredRetention, parameters).repeat(toCard(memory), now);
  return {
    1: preview[Rating.Again].card.due,
    2: preview[Rating.Hard].card.due,
    3: preview[Rating.Good].card.due,
    4: preview[Rating.Easy].card.due,
  };
}

/** Probability of recalling the card now (0..1); 0 for a card never reviewed. */
export function retrievability(memory: CardMemory, now: Date): number {
  if (memory.state === 0 || !memory.lastReview) return 0;
  return scheduler(DEFAULT_RETENTION).get_retrievability(toCard(memory), now, false);
}

/** A short interval label: "1m", "10m", "3h", "4d", "2.5mo", "1.2y". */
export function formatInterval(from: Date, to: Date): string {
  const minutes = Math.max(1, Math.round((to.getTime() - from.getTime()) / 60_000));
  if (minutes < 60) return `${minutes}m`;
  const hours = minutes / 60;
  if (hours < 24) return `${Math.round(hours)}h`;
  const days = hours / 24;
  if (days < 30) return `${Math.round(days)}d`;
  const months = days / 30.4375;
  if (months < 12) return `${Number(months.toFixed(1))}mo`;
  return `${Number((days / 365.25).toFixed(1))}y`;
}
