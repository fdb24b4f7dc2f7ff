import { useId } from "react";
import { choiceMark } from "./choice-mark";
import { OptionRow } from "./option-row";
import type { QuestionControlProps } from "./question-control-props";
import { toggleOption } from "./toggle-option";

/**
 * Multiple select: native checkboxes. How many to tick is part of the task, so it is said up
 * front and the running count is shown; ticking more is allowed but warned about, because
 * wrong picks cost marks.
 */
export function MultipleSelectQuestion({
  question,
  value,
  onChange,
  disabled,
  feedback,
}: QuestionControlProps<"multiple-select">) {
  const id = useId();
  const picked = new Set(value?.optionIds ?? []);
  const key =
    feedback?.question.kind === "multiple-select" ? new Set(feedback.question.answers) : null;
  const over = picked.size > question.selectCount;

  return (
    <fieldset className="space-y-4" aria-describedby={`${id}-count`}>
      <legend className="mb-3 text-lg font-semibold leading-snug">{question.prompt}</legend>
      <p id={`${id}-count`} className="text-sm text-slate-600 dark:text-slate-400">
        <span className="font-semibold text-slate-900 dark:text-slate-100">
          Select {question.selectCount}.
        </span>{" "}
        <span className={over ? "font-medium text-amber-700 dark:text-amber-400" : undefined}>
          {picked.size} selected
          {over ? ` — more than ${question.selectCount}: wrong picks cost marks` : ""}
        </span>
      </p>
      <div className="space-y-2">
        {question.options.map((option, i) => {
          const chosen = picked.has(option.id);
          // A right option left unticked is a mistake too,
          // so it says "missed", not just "Correct answer".
          const mark =
            key?.has(option.id) && !chosen
              ? { tone: "right" as const, label: "Correct answer · missed" }
              : key
                ? choiceMark(key.has(option.id), chosen)
                : undefined;
          return (
            <OptionRow
              key={option.id}
              type="checkbox"
              name={`${id}-ms`}
              value={option.id}
              checked={chosen}
              disabled={disabled}
              onChange={() =>
                onChange({
                  kind: "multiple-select",
                  optionIds: toggleOption(question.options, value?.optionIds ?? [], option.id),
                })
              }
              shortcut={i + 1}
              mark={mark}
            >
              {option.text}
            </OptionRow>
          );
        })}
      </div>
    </fieldset>
  );
}
