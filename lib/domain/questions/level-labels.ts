/** Human names of the levels of thinking, for forms, the player and the library. */
import type { QuestionLevel } from "./types";

export const LEVEL_LABELS: Record<QuestionLevel, string> = {
  recall: "Recall",
  understand: "Understand (why, how)",
  compare: "Compare formats",
  apply: "Apply to a case",
  misconception: "Misconceptions",
};
