import type { PublicQuestion, Response } from "@/lib/domain/questions/types";
import type { QuestionFeedback } from "@/lib/domain/quiz/player-view";
import { ChoiceQuestion } from "./choice-question";
import { MatchingQuestion } from "./matching-question";
import { MultipleSelectQuestion } from "./multiple-select-question";
import { OrderingQuestion } from "./ordering-question";
import { TrueFalseQuestion } from "./true-false-question";
import { TypedQuestion } from "./typed-question";

type Props = {
  question: PublicQuestion;
  value: Response | null;
  onChange: (response: Response) => void;
  onCommit?: (reason: "enter" | "blur") => void;
  disabled?: boolean;
  feedback?: QuestionFeedback;
};

/** Picks the control for the question's kind; a saved answer of another kind is ignored. */
export function QuestionControl({
  question,
  value,
  onChange,
  onCommit,
  disabled,
  feedback,
}: Props) {
  const common = { disabled, feedback, onChange };
  switch (question.kind) {
    case "single-choice":
    case "which-programme":
      return (
        <ChoiceQuestion
          {...common}
          question={question}
          value={value?.kind === question.kind ? value : null}
        />
      );
    case "multiple-select":
      return (
        <MultipleSelectQuestion
          {...common}
          question={question}
          value={value?.kind === "multiple-select" ? value : null}
        />
      );
    case "true-false":
      return (
        <TrueFalseQuestion
          {...common}
          question={question}
          value={value?.kind === "true-false" ? value : null}
        />
      );
    case "cloze":
    case "short-answer":
      return (
        <TypedQuestion
          {...common}
          onCommit={onCommit}
          question={question}
          value={value?.kind === question.kind ? value : null}
        />
      );
    case "matching":
      return (
        <MatchingQuestion
          {...common}
          question={question}
          value={value?.kind === "matching" ? value : null}
        />
      );
    case "ordering":
      return (
        <OrderingQuestion
          {...common}
          question={question}
          value={value?.kind === "ordering" ? value : null}
        />
      );
  }
}
