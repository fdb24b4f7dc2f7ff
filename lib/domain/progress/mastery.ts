/**
 * Mastery of a programme, 0..1: the mean of two pieces of evidence, each in 0..1.
 * - Quiz accuracy, recency-weighted: an answer's weight halves every 14 days, so what a
 *   learner knows now counts more than what they knew last season.
 * - Flashcard recall: the mean FSRS retrievability (probability of recall right now) of the
 *   programme's cards the learner has studied.
 * With only one kind of evidence, mastery is that one; with neither, it is unknown (null).
 */

export const QUIZ_HALF_LIFE_DAYS = 14;
/** Weight of the newest answer in a question's running accuracy (exponential smoothing). */
export const QUESTION_SMOOTHING = 0.4;

export const MASTERY_EXPLANATION =
  "Mastery averages your recent quiz accuracy on a programme (an answer " +
  "counts half as much every 14 days) with how likely you are, according " +
  "to FSRS, to recall its flashcards right now; if you have only done one " +
  "of the two, mastery is that one.";

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
