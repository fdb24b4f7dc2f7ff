"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { QuizScopePickers } from "@/components/quiz-setup/quiz-scope-pickers";
import { buttonStyles, inputStyles } from "@/components/ui/styles";
import type { QuestionKind } from "@/lib/domain/questions/types";
import { filterQuestions, type FilterableQuestion } from "@/lib/domain/quiz/draw-quiz";
import type { FieldErrors } from "@/lib/schemas/auth";
import {
  QUIZ_DEFAULT_QUESTIONS,
  QUIZ_MAX_MINUTES,
  QUIZ_MAX_QUESTIONS,
  QUIZ_MIN_QUESTIONS,
} from "@/lib/schemas/quiz";
import { cx } from "@/components/ui/cx";

type Programme = { id: string; name: string };

type Props = {
  programmes: Programme[];
  kinds: QuestionKind[];
  stats: FilterableQuestion[];
  /** The source-only bank, which a source-only quiz draws from. */
  sourceOnlyStats: FilterableQuestion[];
  initialProgrammeIds: string[];
};

/**
 * Quiz options with defaults that make one click start a 10-question practice quiz. The count
 * of matching questions updates as options change, so nobody asks for more than exists.
 */
export function QuizSetupForm({
  programmes,
  kinds,
  stats,
  sourceOnlyStats,
  initialProgrammeIds,
}: Props) {
  const [programmeIds, setProgrammeIds] = useState<string[]>(initialProgrammeIds);
  const [selectedKinds, setSelectedKinds] = useState<QuestionKind[]>([]);
  const [count, setCount] = useState(QUIZ_DEFAULT_QUESTIONS);
  const [sourceOnly, setSourceOnly] = useState(false);
  const [mode, setMode] = useState<"practice" | "exam">("practice");
  const [timed, setTimed] = useState(false);
  const [minutes, setMinutes] = useState(10);
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const router = useRouter();
  const [pending, setPending] = useState(false);

  const available = useMemo(
    () =>
      filterQuestions(sourceOnly ? sourceOnlyStats : stats, {
        programmeIds,
        kinds: selectedKinds,
        sourceOnly,
      }).length,
    [programmeIds, selectedKinds, sourceOnly, sourceOnlyStats, stats],
  );

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    setFieldErrors({});
    try {
      const response = await fetch("/api/quiz-attempts", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          programmeIds,
          kinds: selectedKinds,
          count,
          sourceOnly,
          mode,
          timeLimitMinutes: mode === "exam" && timed ? minutes : null,
        }),
      });
      const body = (await response.json().catch(() => null)) as
        | { ok: true; data: { attemptId: string } }
        | { ok: false; error: string; fieldErrors?: FieldErrors }
        | null;
      if (!body?.ok) {
        setError(
          body && !body.ok ? body.error : "The quiz could not be started. Please try again.",
        );
        setFieldErrors(body && !body.ok ? (body.fieldErrors ?? {}) : {});
        setPending(false);
        return;
      }
      router.push(`/quizzes/${body.data.attemptId}`);
    } catch {
      setError("We could not reach the server. Check your connection and try again.");
      setPending(false);
    }
  }

  const fieldError = (name: string) =>
    fieldErrors[name]?.length ? (
      <p className="text-sm text-red-600 dark:text-red-400">{fieldErrors[name]!.join(" ")}</p>
    ) : null;

  return (
    <form onSubmit={onSubmit} className="space-y-8" aria-label="Quiz options">
      {error ? <Alert tone="error">{error}</Alert> : null}

      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className={buttonStyles.primary}
          disabled={pending || available === 0}
        >
          {pending
            ? "Starting…"
            : `Start ${mode === "exam" ? "exam" : "quiz"} ` +
              `(${Math.min(count, available)} questions)`}
        </button>
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
          {available === 0
            ? "No questions match these choices."
            : available < count
              ? `Only ${available} questions match: the quiz will have ${available}.`
              : `${available} questions match.`}
        </p>
      </div>

      <fieldset className="space-y-3">
        <legend className="text-base font-semibold">Mode</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {(
            [
              ["practice", "Practice", "Feedback and the explanation after each answer."],
              ["exam", "Exam", "Feedback at the end; optionally timed."],
            ] as const
          ).map(([value, label, help]) => (
            <label
              key={value}
              className={cx(
                "flex cursor-pointer gap-3 rounded-lg border border-slate-300 p-3",
                "has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50",
                "dark:border-slate-700 dark:has-[:checked]:bg-brand-950",
              )}
            >
              <input
                type="radio"
                name="mode"
                value={value}
                checked={mode === value}
                onChange={() => setMode(value)}
                className="mt-1"
              />
              <span>
                <span className="block font-medium">{label}</span>
                <span className="block text-sm text-slate-500 dark:text-slate-400">{help}</span>
              </span>
            </label>
          ))}
        </div>
        {mode === "exam" ? (
          <div className="flex flex-wrap items-center gap-3">
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={timed} onChange={(e) => setTimed(e.target.checked)} />
              Time limit
            </label>
            {timed ? (
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="number"
                  min={1}
                  max={QUIZ_MAX_MINUTES}
                  value={minutes}
                  onChange={(e) => setMinutes(Number(e.target.value))}
                  className={`${inputStyles} w-24`}
                  aria-label="Time limit in minutes"
                />
                minutes
              </label>
            ) : null}
            {fieldError("timeLimitMinutes")}
          </div>
        ) : null}
      </fieldset>

      <div className="space-y-2">
        <label htmlFor="quiz-count" className="block text-base font-semibold">
          Number of questions: <span className="font-mono">{count}</span>
        </label>
        <input
          id="quiz-count"
          type="range"
          min={QUIZ_MIN_QUESTIONS}
          max={QUIZ_MAX_QUESTIONS}
          step={1}
          value={count}
          onChange={(e) => setCount(Number(e.target.value))}
          className="w-full max-w-md accent-brand-600"
        />
        {fieldError("count")}
      </div>

      <QuizScopePickers
        programmes={programmes}
        kinds={kinds}
        programmeIds={programmeIds}
        onProgrammeIds={setProgrammeIds}
        selectedKinds={selectedKinds}
        onKinds={setSelectedKinds}
        fieldErrors={fieldErrors}
      />

      <fieldset className="space-y-2">
        <legend className="text-base font-semibold">Facts</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={sourceOnly}
            onChange={(e) => setSourceOnly(e.target.checked)}
          />
          Only facts from the source document (leave out facts added from other NATO sources)
        </label>
      </fieldset>
    </form>
  );
}
