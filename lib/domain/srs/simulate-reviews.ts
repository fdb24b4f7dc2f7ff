/**
 * A simulated learner studying with the app's own scheduler (gradeCard, FSRS-6 via ts-fsrs),
 * whose memory follows known FSRS-6 parameters: the ground truth for the optimiser benchmark,
 * and the workload estimate behind the desired-retention table.
 *
 * One session a day (UTC days), in the study screen's order: (re)learning cards that are due,
 * then review cards due today up to the review limit, then new cards up to the new-card limit,
 * then learning cards due within 20 minutes. The learner recalls a card with the probability
 * that the true parameters give (FSRS's forgetting curve after the days since its last review,
 * or after the minutes since it for a same-day review); a recalled card is graded Hard, Good or
 * Easy, a forgotten one Again, with the rating habits given. The true memory state is updated
 * with whole days between reviews, as FSRS items count them. Pure: the start time and the
 * random generator are arguments, so the same inputs give the same reviews.
 */
import { fsrs, type FSRSState } from "ts-fsrs";
import type { Rng } from "@/lib/domain/random";
import { LEARN_AHEAD_MS } from "./build-queue";
import { toSchedulerParameters, type FsrsParameters } from "./fsrs-parameters";
import {
  gradeCard,
  newCardMemory,
  type CardMemory,
  type RatingValue,
  type ReviewRecord,
} from "./schedule";

export type RatingHabits = {
  /** Chances of Again, Hard, Good, Easy at a card's first review. */
  first: readonly [number, number, number, number];
  /** Chances of Hard, Good, Easy when the card is recalled. */
  recalled: readonly [number, number, number];
};

/** Typical habits (the defaults of Anki's simulator, from its users' review logs). */
export const TYPICAL_HABITS: RatingHabits = {
  first: [0.24, 0.094, 0.495, 0.171],
  recalled: [0.224, 0.632, 0.144],
};

export type SimulationInput = {
  /** The deck, in the order new cards are introduced. */
  cardIds: readonly string[];
  /** The first session's start; later sessions start at the same time of day. */
  start: Date;
  days: number;
  newPerDay: number;
  reviewsPerDay: number;
  desiredRetention: number;
  /** The weights the app schedules with (null: ts-fsrs's defaults). */
  schedulerParameters: FsrsParameters | null;
  /** The weights the learner's memory really follows. */
  memoryParameters: FsrsParameters;
  habits?: RatingHabits;
  secondsPerReview?: number;
  /** Stop after this many reviews. */
  maxReviews?: number;
  rng: Rng;
};

/** A review log row as the app writes it, with the card's state before (null: new card). */
export type SimulatedReview = ReviewRecord & {
  cardId: string;
  durationMs: number;
  before: CardMemory | null;
};

export type SimulationResult = {
  reviews: SimulatedReview[];
  /** Reviews (every grade, learning steps included) on each simulated day. */
  reviewsByDay: number[];
  /** The scheduler's state of every card introduced, at the end, in introduction order. */
  cards: { cardId: string; memory: CardMemory; reviews: number }[];
  /** Expected number of cards the learner would recall at the end of the last day. */
  expectedRecalled: number;
};

const DAY_MS = 86_400_000;

/** A uniform number in [0, 1) from the integer generator (30 random bits). */
export function uniform(rng: Rng): number {
  return rng.int(0, 2 ** 30 - 1) / 2 ** 30;
}

function pick(rng: Rng, weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let u = uniform(rng) * total;
  for (let i = 0; i < weights.length; i++) {
    u -= weights[i]!;
    if (u < 0) return i;
  }
  return weights.length - 1;
}

type Truth = FSRSState & { day: number; at: number };
type Studied = { id: string; memory: CardMemory; truth: Truth; reviews: number };

export function simulateReviews(input: SimulationInput): SimulationResult {
  const habits = input.habits ?? TYPICAL_HABITS;
  const secondsPerReview = input.secondsPerReview ?? 10;
  const maxReviews = input.maxReviews ?? Number.POSITIVE_INFINITY;
  const memoryModel = fsrs({
    w: toSchedulerParameters(input.memoryParameters),
    enable_short_term: true,
  });
  const { rng } = input;
  const firstDay = Math.floor(input.start.getTime() / DAY_MS);
  const timeOfDay = input.start.getTime() - firstDay * DAY_MS;
  const studied: Studied[] = [];
  const reviews: SimulatedReview[] = [];
  const reviewsByDay: number[] = [];
  let nextNew = 0;

  const grade = (card: Studied | null, cardId: string, now: number, day: number) => {
    let rating: RatingValue;
    if (!card) rating = (pick(rng, habits.first) + 1) as RatingValue;
    else {
      const days = day - card.truth.day;
      const t = days > 0 ? days : (now - card.truth.at) / DAY_MS;
      const recalled = uniform(rng) < memoryModel.forgetting_curve(t, card.truth.stability);
      rating = (recalled ? pick(rng, habits.recalled) + 2 : 1) as RatingValue;
    }
    const at = new Date(now);
    const memory = card?.memory ?? newCardMemory(at);
    const { next, record } = gradeCard(
      memory,
      rating,
      at,
      input.desiredRetention,
      input.schedulerParameters,
    );
    const deltaT = card ? day - card.truth.day : 0;
    const state = memoryModel.next_state(card ? card.truth : null, deltaT, rating);
    const truth = { stability: state.stability, difficulty: state.difficulty, day, at: now };
    if (card) {
      card.memory = next;
      card.truth = truth;
      card.reviews++;
    } else studied.push({ id: cardId, memory: next, truth, reviews: 1 });
    reviews.push({
      ...record,
      cardId,
      durationMs: secondsPerReview * 1000,
      before: card ? memory : null,
    });
  };

  for (let d = 0; d < input.days && reviews.length < maxReviews; d++) {
    const day = firstDay + d;
    const dayEnd = (day + 1) * DAY_MS;
    let now = day * DAY_MS + timeOfDay;
    let newDone = 0;
    let reviewsDone = 0;
    const before = reviews.length;
    while (reviews.length < maxReviews) {
      let learningNow: Studied | null = null;
      let learningLater: Studied | null = null;
      let review: Studied | null = null;
      for (const card of studied) {
        const { state, due } = card.memory;
        const at = due.getTime();
        if (state === 1 || state === 3) {
          if (at <= now) {
            if (!learningNow || at < learningNow.memory.due.getTime()) learningNow = card;
          } else if (at < dayEnd) {
            if (!learningLater || at < learningLater.memory.due.getTime()) learningLater = card;
          }
        } else if (state === 2 && at < dayEnd && reviewsDone < input.reviewsPerDay) {
          if (!review || at < review.memory.due.getTime()) review = card;
        }
      }
      if (learningNow) grade(learningNow, learningNow.id, now, day);
      else if (review) {
        grade(review, review.id, now, day);
        reviewsDone++;
      } else if (newDone < input.newPerDay && nextNew < input.cardIds.length) {
        grade(null, input.cardIds[nextNew]!, now, day);
        nextNew++;
        newDone++;
      } else if (learningLater) {
        const due = learningLater.memory.due.getTime();
        if (due - now > LEARN_AHEAD_MS) {
          now = due;
          continue;
        }
        grade(learningLater, learningLater.id, now, day);
      } else break;
      now += secondsPerReview * 1000;
    }
    reviewsByDay.push(reviews.length - before);
  }

  const endDay = firstDay + reviewsByDay.length;
  let expectedRecalled = 0;
  for (const card of studied) {
    const t = Math.max(0, endDay - card.truth.day);
    expectedRecalled += memoryModel.forgetting_curve(t, card.truth.stability);
  }
  const cards = studied.map((c) => ({ cardId: c.id, memory: c.memory, reviews: c.reviews }));
  return { reviews, reviewsByDay, cards, expectedRecalled };
}

/**
 * The same history `byMs` later (earlier when negative): every date of every review and card
 * moved, nothing else. The scheduler's interval fuzz is seeded with the review's time, so a
 * simulation started on another day is another history; simulating from a fixed day and moving
 * the result by whole days gives the same history, ratings and intervals, whatever the day.
 */
export function moveSimulation(result: SimulationResult, byMs: number): SimulationResult {
  const move = (date: Date) => new Date(date.getTime() + byMs);
  const moveMemory = (memory: CardMemory): CardMemory => ({
    ...memory,
    due: move(memory.due),
    lastReview: memory.lastReview && move(memory.lastReview),
  });
  return {
    ...result,
    reviews: result.reviews.map((r) => ({
      ...r,
      due: move(r.due),
      review: move(r.review),
      before: r.before && moveMemory(r.before),
    })),
    cards: result.cards.map((c) => ({ ...c, memory: moveMemory(c.memory) })),
  };
}
