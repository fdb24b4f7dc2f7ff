import { useId } from "react";
import { choiceMark } from "./choice-mark";
import { OptionRow } from "./option-row";
import type { QuestionControlProps } from "./question-control-props";
import { cx } from "@/components/ui/cx";

/** Single choice and "which programme": a native radio group named by the prompt. */
export function ChoiceQuestion({
  question,
  value,
  onChange,
  disabled,
  feedback,
}: QuestionControlProps<"single-choice" | "which-programme">) {
  const id = useId();
  const key =
    feedback &&
    (feedback.question.kind === "single-choice" || feedback.question.kind === "which-programme")
      ? feedback.question.answer
      : null;
  const clueId = `${id}-clue`;
  return (
    <fieldset
      className="space-y-4"
      aria-describedby={question.kind === "which-programme" ? clueId : undefined}
    >
      <legend className="mb-3 text-lg font-semibold leading-snug">{question.prompt}</legend>
      {question.kind === "which-programme" ? (
        <blockquote
          id={clueId}
          className={cx(
            "rounded-lg border-l-4 border-brand-400 bg-slate-50 px-4 py-3 text-sm",
            "leading-relaxed dark:bg-slate-800/60",
          )}
        >
          {question.description}
        </blockquote>
      ) : null}
      <div className="space-y-2">
        {question.options.map((option, i) => {
          const chosen = value?.optionId === option.id;
          return (
            <OptionRow
              key={option.id}
              type="radio"
              name={`${id}-choice`}
              value={option.id}
              checked={chosen}
              disabled={disabled}
              onChange={() => onChange({ kind: question.kind, optionId: option.id })}
              shortcut={i + 1}
              mark={key === null ? undefined : choiceMark(option.id === key, chosen)}
            >
              {option.text}
            </OptionRow>
          );
        })}
      </div>
    </fieldset>
  );
}
