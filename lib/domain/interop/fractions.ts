/**
 * Moodle's answer fractions. Moodle accepts only grades from its list (question_bank's
 * fraction options: 0, 1, p/q for q <= 6, p/10, 1/q for q <= 10 and 1/20, and their negatives)
 * and refuses an import whose fraction is not within 0.00001 of one of them; a multiple-answer
 * multichoice must have its positive fractions add up to 100%, and Moodle grades it as the sum
 * of the fractions ticked, clamped to 0..1.
 *
 * Our multiple-select grader scores hits/k - wrongPicks/d, floored at 0 (k right options, d
 * wrong ones), so the same grading in Moodle is +1/k on each right option and -1/d on each
 * wrong one. 1/q is on Moodle's list up to q = 10: with more than 10 right or 10 wrong options
 * the question cannot be graded the same way and is left out of the export.
 */
const MOODLE_PERCENTS = [
  "100",
  "90",
  "83.33333",
  "80",
  "75",
  "70",
  "66.66667",
  "60",
  "50",
  "40",
  "33.33333",
  "30",
  "25",
  "20",
  "16.66667",
  "14.28571",
  "12.5",
  "11.11111",
  "10",
  "5",
];

export const MULTIPLE_SELECT_LIMIT_NOTE =
  "Moodle's grade list cannot split the marks of more than 10 right or 10 wrong options evenly";

/** The percentage Moodle lists for a fraction (e.g. 1/3 -> "33.33333"); throws when none. */
export function fractionPercent(fraction: number): string {
  if (Math.abs(fraction) < 1e-9) return "0";
  const found = MOODLE_PERCENTS.find((p) => Math.abs(Number(p) / 100 - Math.abs(fraction)) < 1e-6);
  if (found === undefined) throw new Error(`${fraction} is not one of Moodle's fractions`);
  return fraction < 0 ? `-${found}` : found;
}

/** Fractions for a multiple-select question, or null when Moodle's list cannot hold them. */
export function multipleSelectFractions(
  optionCount: number,
  correct: readonly number[],
): number[] | null {
  const k = correct.length;
  const d = optionCount - k;
  if (k === 0 || k > 10 || d > 10) return null;
  const right = new Set(correct);
  return Array.from({ length: optionCount }, (_, i) => (right.has(i) ? 1 / k : -1 / d));
}
