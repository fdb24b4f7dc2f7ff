import { useId } from "react";
import { choiceMark } from "./choice-mark";
import { OptionRow } from "./option-row";
import type { QuestionControlProps } from "./question-control-props";
import { cx } from "@/components/ui/cx";

const CHOICES = [
  { value: true, label: "True" },
  { value: false, label: "False" },
] as const;

/** True or false about a statement: two radios, True first (shortcut 1) and False second (2). */
export function TrueFalseQuestion({
  question,
  value,
  onChange,
  disabled,
  feedback,
}: QuestionControlProps<"true-false">) {
  const id = useId();
  const key = feedback?.question.kind === "true-false" ? feedback.question.answer : null;
  return (
    <fieldset className="space-y-4" aria-describedby={`${id}-statement`}>
      <legend className="mb-3 text-lg font-semibold leading-snug">{question.prompt}</legend>
      <blockquote
        id={`${id}-statement`}
        className={cx(
          "rounded-lg border-l-4 border-brand-400 bg-slate-50 px-4 py-3 text-base",
          "leading-relaxed dark:bg-slate-800/60",
        )}
      >
        {question.statement}
      </blockquote>
      <div className="grid gap-2 sm:grid-cols-2">
        {CHOICES.map((choice, i) => {
          const chosen = value?.value === choice.value;
          return (
            <OptionRow
              key={choice.label}
              type="radio"
              name={`${id}-tf`}
              value={choice.label.toLowerCase()}
              checked={chosen}
              disabled={disabled}
              onChange={() => onChange({ kind: "true-false", value: choice.value })}
              shortcut={i + 1}
              mark={key === null ? undefined : choiceMark(choice.value === key, chosen)}
            >
              {choice.label}
            </OptionRow>
          );
        })}
      </div>
    </fieldset>
  );
}
