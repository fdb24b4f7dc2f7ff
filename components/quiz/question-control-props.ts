import type { PublicQuestion, QuestionKind, Response } from "@/lib/domain/questions/types";
import type { QuestionFeedback } from "@/lib/domain/quiz/player-view";

/**
 * What every question control takes. Controls are controlled: the player owns the answer,
 * so it can autosave it, restore it after a reload and change it from keyboard shortcuts.
 */
export type QuestionControlProps<K extends QuestionKind> = {
  question: Extract<PublicQuestion, { kind: K }>;
  value: Extract<Response, { kind: K }> | null;
  onChange: (response: Extract<Response, { kind: K }>) => void;
  disabled?: boolean;
  /** Practice mode, once graded: the control marks what was right and wrong. */
  feedback?: QuestionFeedback;
};
