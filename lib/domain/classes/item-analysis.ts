/**
 * Item analysis of an assignment's questions, after Moodle's quiz statistics report.
 *
 * Input: one row per learner with the score (0..1) of each question in the attempt that
 * counts for analysis. The caller picks that attempt; the server uses each learner's FIRST
 * submitted attempt, as Moodle does by default, because later attempts are coloured by the
 * feedback of the earlier ones and would flatter the questions.
 *
 * Per question:
 * - facility index: the mean score (partial credit counts), i.e. the share answered correctly
 *   when every answer is right or wrong;
 * - discrimination index: the Pearson correlation, across the learners who were asked the
 *   question, between their score on it and their score on the rest of their quiz. The rest
 *   score is the MEAN of the learner's other questions: with the same questions for everyone
 *   (a fixed set) it is the "total minus this item" divided by a constant, which leaves the
 *   correlation unchanged, and with questions drawn per learner it keeps quizzes of different
 *   lengths comparable. It is null when undefined: fewer than two learners, or no variance
 *   in the item or in the rest scores (everyone right, say), as Moodle leaves it blank.
 */

export type LearnerItemScores = {
  learnerId: string;
  /** Question id -> score 0..1 for the questions this learner was asked (unanswered = 0). */
  scores: ReadonlyMap<string, number>;
};

export type ItemStatistics = {
  questionId: string;
  /** Learners asked this question. */
  count: number;
  /** Learners who scored it fully (score 1). */
  correctCount: number;
  /** Mean score, 0..1. */
  facility: number;
  /** -1..1, or null when it cannot be computed. */
  discrimination: number | null;
};

/** Pearson's r; null for fewer than two pairs or when either side has no variance. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  if (n < 2 || ys.length !== n) return null;
  const mean = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / n;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  // Sums of squares of a constant come out as tiny non-zero floats, not exact zeros.
  const EPSILON = 1e-12;
  if (sxx < EPSILON || syy < EPSILON) return null;
  return sxy / Math.sqrt(sxx * syy);
}

/** Statistics per question, in order of first appearance in the rows. */
export function computeItemAnalysis(rows: readonly LearnerItemScores[]): ItemStatistics[] {
  const questionIds: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    for (const id of row.scores.keys()) {
      if (!seen.has(id)) {
        seen.add(id);
        questionIds.push(id);
      }
    }
  }
  const totals = rows.map((row) => {
    let sum = 0;
    for (const score of row.scores.values()) sum += score;
    return { sum, size: row.scores.size };
  });

  return questionIds.map((questionId) => {
    const items: number[] = [];
    const rests: number[] = [];
    const paired: number[] = [];
    rows.forEach((row, i) => {
      const score = row.scores.get(questionId);
      if (score === undefined) return;
      items.push(score);
      const { sum, size } = totals[i]!;
      // A learner asked only this question has no rest score to correlate with.
      if (size > 1) {
        paired.push(score);
        rests.push((sum - score) / (size - 1));
      }
    });
    return {
      questionId,
      count: items.length,
      correctCount: items.filter((s) => s >= 1).length,
      facility: items.reduce((s, v) => s + v, 0) / items.length,
      discrimination: pearson(paired, rests),
    };
  });
}

export type WrongAnswerCount = { answer: string; count: number };

/**
 * The most frequent wrong answers, given as display strings. Strings that differ only in
 * case or spacing are one answer (shown as first given); ties go alphabetically so the
 * report is stable.
 */
export function mostCommonWrongAnswers(answers: readonly string[], top = 3): WrongAnswerCount[] {
  const groups = new Map<string, WrongAnswerCount>();
  for (const answer of answers) {
    const key = answer.trim().replace(/\s+/g, " ").toLowerCase();
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { answer: answer.trim().replace(/\s+/g, " "), count: 1 });
  }
  return [...groups.values()]
    .sort((a, b) => b.count - a.count || a.answer.localeCompare(b.answer))
    .slice(0, top);
}

/**
 * Below this many learners a discrimination index is mostly noise (with two learners it is
 * always +1 or −1), so the report says there is not enough data instead of judging.
 */
export const MIN_LEARNERS_FOR_DISCRIMINATION = 5;
/**
 * How a discrimination index is read: Ebel and Frisbie's guidelines for classroom tests
 * (Essentials of Educational Measurement, 1991), the usual convention in item analysis:
 * 0.40 and above very good, 0.30-0.39 reasonably good, 0.20-0.29 marginal (usually worth
 * improving), below 0.20 poor (revise or drop). The report merges the two top bands as good,
 * marks marginal questions and flags poor ones as weak; DISCRIMINATION_GUIDE says the same in
 * words, from these constants.
 */
export const GOOD_DISCRIMINATION = 0.3;
/** Below this discrimination index a question is flagged weak. */
export const WEAK_DISCRIMINATION = 0.2;

export const DISCRIMINATION_GUIDE =
  `${GOOD_DISCRIMINATION.toFixed(1)} or above is good, ` +
  `${WEAK_DISCRIMINATION.toFixed(1)} to ${GOOD_DISCRIMINATION.toFixed(1)} is marginal, ` +
  `below ${WEAK_DISCRIMINATION.toFixed(1)} is weak (Ebel and Frisbie's guidelines)`;

export type DiscriminationVerdict =
  "not-enough-data" | "not-computable" | "weak" | "marginal" | "good";

/** How the report should read a question's discrimination index. */
export function judgeDiscrimination(
  item: Pick<ItemStatistics, "count" | "discrimination">,
): DiscriminationVerdict {
  if (item.count < MIN_LEARNERS_FOR_DISCRIMINATION) return "not-enough-data";
  if (item.discrimination === null) return "not-computable";
  if (item.discrimination < WEAK_DISCRIMINATION) return "weak";
  return item.discrimination < GOOD_DISCRIMINATION ? "marginal" : "good";
}
