import { useId, type ChangeEvent, type KeyboardEvent } from "react";
import { MAX_TEXT_LENGTH } from "@/lib/domain/questions/response-schema";
import { AnswerMark } from "./answer-mark";
import type { QuestionControlProps } from "./question-control-props";
import { cx } from "@/components/ui/cx";

type Props = QuestionControlProps<"cloze" | "short-answer"> & {
  /** Enter (check or save now) and leaving the field (save now instead of after the pause). */
  onCommit?: (reason: "enter" | "blur") => void;
};

// 16 px text so phones do not zoom into the field.
const fieldStyles = cx(
  "rounded-lg border border-slate-300 bg-white px-3 py-2 text-base",
  "text-slate-900 shadow-sm placeholder:text-slate-400",
  "focus:border-brand-500 focus:outline-none focus:ring-2",
  "focus:ring-brand-500/30 disabled:bg-slate-50 disabled:text-slate-700",
  "dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100",
  "dark:disabled:bg-slate-800/60 dark:disabled:text-slate-200",
);

/**
 * Typed answers: a cloze has its field inside the sentence, in the gap; a short answer has
 * the prompt as its label. Matching is tolerant of case and small typos, so the hint says so.
 */
export function TypedQuestion({ question, value, onChange, disabled, feedback, onCommit }: Props) {
  const id = useId();
  const inputId = `${id}-input`;
  const hintId = `${id}-hint`;
  const text = value?.text ?? "";
  const field = {
    id: inputId,
    type: "text",
    value: text,
    disabled,
    maxLength: MAX_TEXT_LENGTH,
    autoComplete: "off",
    autoCorrect: "off",
    autoCapitalize: "none",
    spellCheck: false,
    enterKeyHint: "done" as const,
    onChange: (event: ChangeEvent<HTMLInputElement>) =>
      onChange({ kind: question.kind, text: event.target.value }),
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
      // An IME uses Enter to confirm a composition; that Enter is not an answer.
      if (event.key !== "Enter" || event.nativeEvent.isComposing) return;
      event.preventDefault();
      onCommit?.("enter");
    },
    onBlur: () => onCommit?.("blur"),
  };
  const verdict = feedback ? (
    <AnswerMark
      tone={feedback.correct ? "right" : "wrong"}
      label={feedback.correct ? "Your answer · correct" : "Your answer · not accepted"}
    />
  ) : null;
  // The same line holds the hint while answering and the verdict once graded: no layout jump.
  const hint = (
    <div
      id={hintId}
      className={cx(
        "flex min-h-7 flex-wrap items-center gap-2 text-sm text-slate-600",
        "dark:text-slate-400",
      )}
    >
      {verdict ?? "Capitals and small typos do not matter. Press Enter when you are done."}
    </div>
  );

  if (question.kind === "cloze") {
    return (
      <fieldset className="space-y-4" aria-describedby={`${id}-sentence ${hintId}`}>
        <legend className="mb-3 text-lg font-semibold leading-snug">{question.prompt}</legend>
        <p className="sr-only" id={`${id}-sentence`}>
          Sentence: {question.before} … blank … {question.after}
        </p>
        <p
          className={cx(
            "rounded-lg bg-slate-50 px-4 py-3 text-base leading-loose",
            "dark:bg-slate-800/60",
          )}
        >
          {question.before}
          <label htmlFor={inputId} className="sr-only">
            Missing word
          </label>
          <input
            {...field}
            aria-describedby={hintId}
            placeholder="…"
            className={cx(
              fieldStyles,
              "mx-1 inline-block w-44 max-w-full py-1 align-baseline sm:w-56",
            )}
          />
          {question.after}
        </p>
        {hint}
      </fieldset>
    );
  }

  return (
    <div className="space-y-4">
      <label htmlFor={inputId} className="block text-lg font-semibold leading-snug">
        {question.prompt}
      </label>
      <input
        {...field}
        aria-describedby={hintId}
        placeholder="Type your answer"
        className={`${fieldStyles} block w-full`}
      />
      {hint}
    </div>
  );
}
