/**
 * The instructor's home page: their classes, the assignments open now and the learners who
 * need attention (late work, low scores). Shared by the server service and the components.
 */

/** A best score below this share is flagged on the instructor's home as needing attention. */
export const LOW_SCORE = 0.5;

export type InstructorHomeClass = {
  id: string;
  name: string;
  learners: number;
  openAssignments: number;
};

export type InstructorHomeAssignment = {
  id: string;
  classId: string;
  className: string;
  setName: string;
  kind: "quiz" | "flashcards";
  dueAt: Date;
  learners: number;
  /** Learners who have done the work (on time or late). */
  done: number;
};

export type AttentionItem = {
  assignmentId: string;
  learnerId: string;
  learnerName: string;
  className: string;
  setName: string;
  reason: "late" | "low-score";
  /** Best counted score (0..1) for "low-score". */
  score: number | null;
};

export type InstructorHome = {
  classes: InstructorHomeClass[];
  /** The instructor's archived classes (left out of `classes`): how many. */
  archivedClasses: number;
  openAssignments: InstructorHomeAssignment[];
  attention: AttentionItem[];
  /** All items needing attention, of which `attention` lists the first few. */
  attentionTotal: number;
};
