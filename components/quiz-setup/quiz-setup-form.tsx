"use client";

import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { useController, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { cx } from "@/components/ui/cx";
import { FieldError, fieldErrorId } from "@/components/ui/field-error";
import {
  QuizScopePickers,
  type PickableProgramme,
} from "@/components/quiz-setup/quiz-scope-pickers";
import { buttonStyles, inputStyles } from "@/components/ui/styles";
import { requestJson } from "@/lib/client/request-json";
import { useJsonForm } from "@/lib/client/use-json-form";
import type { QuestionKind, QuestionLevel } from "@/lib/domain/questions/types";
import { countMatching, decodeStats, unpackStats } from "@/lib/domain/quiz/packed-stats";
import { MIN_LEARNERS } from "@/lib/domain/quiz/facility";
import {
  QUIZ_DEFAULT_QUESTIONS,
  QUIZ_MAX_MINUTES,
  QUIZ_MAX_QUESTIONS,
  QUIZ_MIN_QUESTIONS,
  startQuizSchema,
} from "@/lib/schemas/quiz";

type Props = {
  programmes: PickableProgramme[];
  kinds: QuestionKind[];
  /** Kinds only NATO background asks, tagged as such (ticking one alone matches nothing). */
  backgroundOnlyKinds: QuestionKind[];
  /**
   * The bank's filtered fields, each combination once with its count, as one string
   * (`encodeStats` in packed-stats.ts).
   */
  stats: string;
  /** The source-only bank, which a source-only quiz draws from, likewise. */
  sourceOnlyStats: string;
  initialProgrammeIds: string[];
  /** False when the link asked for NATO background (a programme beyond the source). */
  initialSourceOnly?: boolean;
};

/** The form's fields: the quiz options, plus whether an exam is timed. */
type Fields = {
  programmeIds: string[];
  kinds: QuestionKind[];
  levels: QuestionLevel[];
  /** The inputs hold text once edited; the schema reads it as a number. */
  count: number | string;
  /** The default scope is the source document; "include NATO background" unticks this. */
  sourceOnly: boolean;
  /** "Harder questions": drawn from the lowest facility. */
  harder: boolean;
  mode: "practice" | "exam";
  timed: boolean;
  /** The minutes typed, kept while the limit is off (sent only for a timed exam). */
  timeLimitMinutes: number | string;
};

const COUNT_ID = "quiz-count";
const MINUTES_ID = "quiz-minutes";

/**
 * Quiz options with defaults that make one click start a 10-question practice quiz. The count
 * of matching questions updates as options change, so nobody asks for more than exists.
 */
export function QuizSetupForm({
  programmes,
  kinds,
  backgroundOnlyKinds,
  stats,
  sourceOnlyStats,
  initialProgrammeIds,
  initialSourceOnly = true,
}: Props) {
  const router = useRouter();
  const defaultValues: Fields = {
    programmeIds: initialProgrammeIds,
    kinds: [],
    levels: [],
    count: QUIZ_DEFAULT_QUESTIONS,
    sourceOnly: initialSourceOnly,
    harder: false,
    mode: "practice",
    timed: false,
    timeLimitMinutes: 10,
  };
  const { form, formProps, alertRef, formError, pending, errorOf } = useJsonForm({
    schema: startQuizSchema,
    defaultValues,
    toInput: ({ timed, timeLimitMinutes, ...options }) => ({
      ...options,
      timeLimitMinutes: options.mode === "exam" && timed ? Number(timeLimitMinutes) : null,
    }),
    submit: (input) =>
      requestJson<{ attemptId: string }>("/api/quiz-attempts", { method: "POST", body: input }),
    onSuccess: ({ attemptId }) => router.push(`/quizzes/${attemptId}`),
    leavesPage: true,
  });
  const { register, control } = form;
  const programmeIds = useController({ control, name: "programmeIds" }).field;
  const selectedKinds = useController({ control, name: "kinds" }).field;
  const selectedLevels = useController({ control, name: "levels" }).field;
  const scope = useController({ control, name: "sourceOnly" }).field;
  const includeBackground = !scope.value;
  const setIncludeBackground = (include: boolean) => scope.onChange(!include);
  const [countValue, sourceOnly, mode, timed] = useWatch({
    control,
    name: ["count", "sourceOnly", "mode", "timed"],
  });
  const count = Number(countValue);

  const banks = useMemo(
    () => ({
      all: unpackStats(decodeStats(stats)),
      sourceOnly: unpackStats(decodeStats(sourceOnlyStats)),
    }),
    [stats, sourceOnlyStats],
  );
  const available = useMemo(
    () =>
      countMatching(sourceOnly ? banks.sourceOnly : banks.all, {
        programmeIds: programmeIds.value,
        kinds: selectedKinds.value,
        levels: selectedLevels.value,
        sourceOnly,
      }),
    [programmeIds.value, selectedKinds.value, selectedLevels.value, sourceOnly, banks],
  );
  const countError = errorOf("count");
  const minutesError = errorOf("timeLimitMinutes");

  return (
    <form {...formProps} className="space-y-8" aria-label="Quiz options">
      {formError ? (
        <Alert tone="error" ref={alertRef}>
          {formError}
        </Alert>
      ) : null}

      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className={buttonStyles.primary}
          disabled={pending || available === 0}
          aria-busy={pending}
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
              <input type="radio" value={value} className="mt-1" {...register("mode")} />
              <span>
                <span className="block font-medium">{label}</span>
                <span className="block text-sm text-slate-600 dark:text-slate-300">{help}</span>
              </span>
            </label>
          ))}
        </div>
        <FieldError id="quiz-mode-error" message={errorOf("mode")} />
        {mode === "exam" ? (
          <div className="flex flex-wrap items-center gap-3">
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" {...register("timed")} />
              Time limit
            </label>
            {timed ? (
              <label className="flex items-center gap-2 text-sm">
                <input
                  id={MINUTES_ID}
                  type="number"
                  min={1}
                  max={QUIZ_MAX_MINUTES}
                  className={`${inputStyles} w-24`}
                  aria-label="Time limit in minutes"
                  aria-invalid={minutesError ? true : undefined}
                  aria-describedby={minutesError ? fieldErrorId(MINUTES_ID) : undefined}
                  {...register("timeLimitMinutes")}
                />
                minutes
              </label>
            ) : null}
            <FieldError id={fieldErrorId(MINUTES_ID)} message={minutesError} />
          </div>
        ) : null}
      </fieldset>

      <div className="space-y-2">
        <label htmlFor={COUNT_ID} className="block text-base font-semibold">
          Number of questions: <span className="font-mono">{count}</span>
        </label>
        <input
          id={COUNT_ID}
          type="range"
          min={QUIZ_MIN_QUESTIONS}
          max={QUIZ_MAX_QUESTIONS}
          step={1}
          className="w-full max-w-md accent-brand-600"
          aria-invalid={countError ? true : undefined}
          aria-describedby={countError ? fieldErrorId(COUNT_ID) : undefined}
          {...register("count")}
        />
        <FieldError id={fieldErrorId(COUNT_ID)} message={countError} />
      </div>

      <QuizScopePickers
        programmes={programmes}
        kinds={kinds}
        backgroundOnlyKinds={backgroundOnlyKinds}
        programmeIds={programmeIds.value}
        onProgrammeIds={programmeIds.onChange}
        selectedKinds={selectedKinds.value}
        onKinds={selectedKinds.onChange}
        selectedLevels={selectedLevels.value}
        onLevels={selectedLevels.onChange}
        sourceOnly={sourceOnly}
        onIncludeBackground={() => setIncludeBackground(true)}
        errors={{
          programmeIds: errorOf("programmeIds"),
          kinds: errorOf("kinds"),
          levels: errorOf("levels"),
        }}
      />

      <fieldset className="space-y-2">
        <legend className="text-base font-semibold">Facts</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={includeBackground}
            onChange={(event) => setIncludeBackground(event.target.checked)}
          />
          Include NATO background (facts from NATO&apos;s own pages, beyond the source document)
        </label>
        <FieldError id="quiz-sourceOnly-error" message={errorOf("sourceOnly")} />
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="text-base font-semibold">Difficulty</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" aria-describedby="quiz-harder-hint" {...register("harder")} />
          Harder questions
        </label>
        <p id="quiz-harder-hint" className="text-sm text-slate-600 dark:text-slate-400">
          Draws from the questions learners most often get wrong at their first try (the hardest
          third of those that match). A question answered by fewer than {MIN_LEARNERS} learners
          counts by the difficulty its authors gave it instead.
        </p>
        <FieldError id="quiz-harder-error" message={errorOf("harder")} />
      </fieldset>
    </form>
  );
}
