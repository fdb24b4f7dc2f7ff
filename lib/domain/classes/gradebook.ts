/**
 * A class's gradebook: every learner against every assignment. The figures are the ones the
 * assignment's own results page shows (status and best score per learner, the mean of the best
 * scores per assignment), summed per learner: the assignments done out of those that have
 * opened, and the mean of the learner's best quiz scores.
 */
import type { AssignmentStatus } from "./assignment-status";

export type GradebookCell = {
  status: AssignmentStatus;
  /** Quiz sets: over the attempts that count; 0..1. Null when none, and for flashcard sets. */
  bestScore: number | null;
};

export type LearnerTotals = {
  /** Done on time or late. */
  done: number;
  /** The assignments that have opened (everything but "upcoming"). */
  opened: number;
  /** The mean of the learner's best quiz scores, over the quizzes with one; null when none. */
  meanBestScore: number | null;
};

/** The mean of the scores that exist; null when none does. */
export function meanScore(scores: readonly (number | null)[]): number | null {
  const present = scores.filter((s): s is number => s !== null);
  return present.length ? present.reduce((sum, s) => sum + s, 0) / present.length : null;
}

export function isDone(status: AssignmentStatus): boolean {
  return status === "done" || status === "done-late";
}

export function learnerTotals(cells: readonly GradebookCell[]): LearnerTotals {
  return {
    done: cells.filter((c) => isDone(c.status)).length,
    opened: cells.filter((c) => c.status !== "upcoming").length,
    meanBestScore: meanScore(cells.map((c) => c.bestScore)),
  };
}
