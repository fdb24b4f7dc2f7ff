/**
 * Mastery of a programme, 0..1: the mean of two pieces of evidence, each in 0..1.
 * - Quiz accuracy, recency-weighted: an answer's weight halves every 14 days, so what a
 *   learner knows now counts more than what they knew last season.
 * - Flashcard recall: the mean, over the programme's cards the learner has studied, of each
 *   card's evidence: 0 when its last grade was Again (the learner did not recall it, however
 *   sure FSRS is that a card just seen is remembered), else its FSRS retrievability now.
 * With only one kind of evidence, mastery is that one; with neither, it is unknown (null).
 * There is one mastery per programme: its own questions (by the first programme a question
 * names) and its own deck. A topic's row is its programme's row, not a sum over its formats.
 */

export const QUIZ_HALF_LIFE_DAYS = 14;
/** Weight of the newest answer in a question's running accuracy (exponential smoothing). */
export const QUESTION_SMOOTHING = 0.4;

export const MASTERY_EXPLANATION =
  "Mastery of a programme = (quiz accuracy + flashcard recall) ÷ 2. Quiz accuracy is your " +
  "score on the programme's questions, each answer counting half as much every 14 days. " +
  "Flashcard recall is the mean over its cards you have studied: 0 for a card whose last " +
  "grade was Again, otherwise how likely FSRS says you are to recall it now. If you have " +
  "done only one of the two, mastery is that one. Each programme and format has its own " +
  "row, from its own questions and deck: a topic's related formats are not added to it.";

/** FSRS grade "Again" (1 Again, 2 Hard, 3 Good, 4 Easy). */
export const RATING_AGAIN = 1;

export type StudiedCard = {
  /** The card's last grade (1-4). */
  lastRating: number;
  /** FSRS probability of recall now, 0..1. */
  retrievability: number;
};

/** What one studied card says about mastery: nothing recalled after Again. */
export function cardEvidence(card: StudiedCard): number {
  return card.lastRating === RATING_AGAIN ? 0 : card.retrievability;
}

export type ProgrammeEvidence = {
  /** Sums of recency-weighted scores and answers (see `weightedAccuracy`). */
  weightedScore: number;
  weightedAnswers: number;
  cards: readonly StudiedCard[];
};

/** The one mastery of a programme, with its two parts (each null without evidence). */
export function programmeMastery(evidence: ProgrammeEvidence): {
  mastery: number | null;
  quiz: number | null;
  cards: number | null;
} {
  const quiz =
    evidence.weightedAnswers > 0 ? evidence.weightedScore / evidence.weightedAnswers : null;
  const cards = mean(evidence.cards.map(cardEvidence));
  return { mastery: combineMastery(quiz, cards), quiz, cards };
}

export function recencyWeight(ageDays: number): number {
  return 0.5 ** (Math.max(0, ageDays) / QUIZ_HALF_LIFE_DAYS);
}

/** Recency-weighted accuracy from per-day totals (null without answers). */
export function weightedAccuracy(
  days: readonly { ageDays: number; answers: number; scoreSum: number }[],
): number | null {
  let weightedScore = 0;
  let weightedAnswers = 0;
  for (const d of days) {
    const w = recencyWeight(d.ageDays);
    weightedScore += w * d.scoreSum;
    weightedAnswers += w * d.answers;
  }
  return weightedAnswers > 0 ? weightedScore / weightedAnswers : null;
}

export function combineMastery(quiz: number | null, cards: number | null): number | null {
  if (quiz === null) return cards;
  if (cards === null) return quiz;
  return (quiz + cards) / 2;
}

/** A question's running accuracy after one more answer (the first answer sets it). */
export function smoothAccuracy(previous: number | null, score: number): number {
  return previous === null
    ? score
    : QUESTION_SMOOTHING * score + (1 - QUESTION_SMOOTHING) * previous;
}

export function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}
