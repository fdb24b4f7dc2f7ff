/**
 * Who reads a graded answer: the learner, about their own work ("Your answer", "You picked
 * 2 of 3 correct options"), or their instructor reading it on the per-learner page, where the
 * review speaks about the learner ("Walker Two's answer", "Picked 2 of 3 correct options").
 */
export type ReviewViewer = { kind: "learner" } | { kind: "instructor"; learnerName: string };

export const LEARNER_VIEWER: ReviewViewer = { kind: "learner" };

/** "Walker Two's", "James's" (the possessive of a name, as British usage writes it). */
function possessive(name: string): string {
  return `${name}'s`;
}

export type ReviewWording = {
  /** The label of the given answer. */
  answer: string;
  /** Opens the multiple-select note: "You picked" / "Picked". */
  picked: string;
  /** Said of a question the instructor wrote or imported. */
  instructorQuestion: string;
};

export function reviewWording(viewer: ReviewViewer): ReviewWording {
  if (viewer.kind === "learner")
    return {
      answer: "Your answer",
      picked: "You picked",
      instructorQuestion: "Written by your instructor",
    };
  return {
    answer: `${possessive(viewer.learnerName)} answer`,
    picked: "Picked",
    // The per-learner page is the set owner's: the question is theirs.
    instructorQuestion: "Your own question (written or imported)",
  };
}
