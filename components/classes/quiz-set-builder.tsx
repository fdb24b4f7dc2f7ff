"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useController, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { BuilderFields } from "./builder-fields";
import { cx } from "@/components/ui/cx";
import { FieldError, fieldErrorId } from "@/components/ui/field-error";
import { FormField } from "@/components/ui/form-field";
import {
  QuizScopePickers,
  type PickableProgramme,
} from "@/components/quiz-setup/quiz-scope-pickers";
import { buttonStyles, cardStyles, inputStyles } from "@/components/ui/styles";
import { requestJson } from "@/lib/client/request-json";
import { useJsonForm } from "@/lib/client/use-json-form";
import { describeQuestionText } from "@/lib/domain/classes/response-text";
import { KIND_LABELS } from "@/lib/domain/questions/kind-labels";
import type { Question, QuestionKind, QuestionLevel } from "@/lib/domain/questions/types";
import {
  createQuizSetSchema,
  previewQuizSetSchema,
  SET_NAME_MAX,
  type QuizSetSettings,
} from "@/lib/schemas/classes";
import {
  QUIZ_DEFAULT_QUESTIONS,
  QUIZ_MAX_MINUTES,
  QUIZ_MAX_QUESTIONS,
  QUIZ_MIN_QUESTIONS,
} from "@/lib/schemas/quiz";
import { AnswerTextView } from "@/components/quiz/answer-review";
import { describeAnswer } from "@/components/quiz/describe-answer";
import { correctResponse } from "@/lib/domain/quiz/correct-response";
import { describeDifficulty, type EffectiveDifficulty } from "@/lib/domain/quiz/facility";
import { Badge } from "./badge";

type PreviewQuestion = Question & { pinned: boolean; measured?: EffectiveDifficulty };
type Preview = {
  seed: string;
  requested: number;
  available: number;
  questions: PreviewQuestion[];
  optionsKey: string;
};

/** A saved set opened for editing: its choices fill the builder, and saving replaces them. */
export type SavedQuizSet = {
  id: string;
  name: string;
  settings: QuizSetSettings;
  pinnedIds: string[];
  excludedIds: string[];
  /** The excluded questions still in the content, listed struck through to let them back in. */
  excludedQuestions: Question[];
  /** The saved choices' preview (their seed), or none when the content no longer allows it. */
  preview?: Omit<Preview, "optionsKey">;
  /** Why the set can no longer change (learners have started it), or null. */
  locked?: string | null;
};

/** The form's fields; pins, exclusions and the preview's seed live beside it. */
type Fields = {
  name: string;
  programmeIds: string[];
  kinds: QuestionKind[];
  levels: QuestionLevel[];
  count: string;
  mode: "practice" | "exam";
  timed: boolean;
  /** The minutes typed, kept while the limit is off (sent only for a timed exam). */
  timeLimitMinutes: string;
  /** The default scope is the source document; "include NATO background" unticks this. */
  sourceOnly: boolean;
  drawPerLearner: boolean;
};

const DEFAULTS: Fields = {
  name: "",
  programmeIds: [],
  kinds: [],
  levels: [],
  count: String(QUIZ_DEFAULT_QUESTIONS),
  mode: "practice",
  timed: false,
  timeLimitMinutes: "20",
  sourceOnly: true,
  drawPerLearner: false,
};

/** The builder's fields holding a saved set's choices. */
function fieldsOf({ name, settings }: SavedQuizSet): Fields {
  return {
    name,
    programmeIds: settings.programmeIds,
    kinds: settings.kinds,
    levels: settings.levels,
    count: String(settings.count),
    mode: settings.mode,
    timed: settings.timeLimitMinutes !== null,
    timeLimitMinutes: String(settings.timeLimitMinutes ?? DEFAULTS.timeLimitMinutes),
    sourceOnly: settings.sourceOnly,
    drawPerLearner: settings.drawPerLearner,
  };
}

/** The quiz options as the routes take them; also what makes a preview stale when it changes. */
function quizOptions(fields: Fields) {
  return {
    programmeIds: fields.programmeIds,
    kinds: fields.kinds,
    levels: fields.levels,
    count: Number(fields.count),
    sourceOnly: fields.sourceOnly,
    mode: fields.mode,
    timeLimitMinutes:
      fields.mode === "exam" && fields.timed ? Number(fields.timeLimitMinutes) : null,
  };
}

const MINUTES_ID = "set-minutes";

const without = <T,>(list: T[], value: T) => list.filter((v) => v !== value);

const pressedStyle = cx(
  "aria-pressed:border-brand-500 aria-pressed:bg-brand-50",
  "aria-pressed:text-brand-800 dark:aria-pressed:bg-brand-950",
  "dark:aria-pressed:text-brand-100",
);
const smallButton = cx(
  "inline-flex items-center rounded-md border border-slate-300 px-2.5 py-1 text-xs font-semibold",
  "hover:bg-slate-100 aria-disabled:opacity-60 dark:border-slate-700 dark:hover:bg-slate-800",
  pressedStyle,
);

/**
 * Builds a quiz set: the options of an ordinary quiz, a preview of the questions it would
 * hold, and hand edits on that preview. Pins and exclusions go back to the server with the
 * preview's seed, so the draw stays put and an excluded question is replaced by one other;
 * saving with the same seed stores exactly what is on screen. Given a `saved` set, it opens
 * with that set's choices and preview, and saving replaces the set's contents.
 */
export function QuizSetBuilder({
  programmes,
  kinds,
  backgroundOnlyKinds,
  saved,
}: {
  programmes: PickableProgramme[];
  kinds: QuestionKind[];
  /** Kinds only NATO background asks, tagged as such. */
  backgroundOnlyKinds: QuestionKind[];
  saved?: SavedQuizSet;
}) {
  const router = useRouter();
  const programmeName = new Map(programmes.map((p) => [p.id, p.name]));
  const [pinnedIds, setPinnedIds] = useState<string[]>(saved?.pinnedIds ?? []);
  const [excludedIds, setExcludedIds] = useState<string[]>(saved?.excludedIds ?? []);
  // Excluded questions leave the draw; they stay listed
  // (struck through) so they can be let back in.
  const [excludedQuestions, setExcludedQuestions] = useState<Map<string, Question>>(
    () => new Map(saved?.excludedQuestions.map((q) => [q.id, q])),
  );
  const [preview, setPreview] = useState<Preview | undefined>(() =>
    saved?.preview
      ? { ...saved.preview, optionsKey: JSON.stringify(quizOptions(fieldsOf(saved))) }
      : undefined,
  );
  const [previewing, setPreviewing] = useState(false);
  // A pinned question moves to the top of the list: keyboard focus follows its button there.
  const focusAfter = useRef<string>(undefined);

  const { form, formProps, alertRef, formError, pending, field, errorOf, check, showFailure } =
    useJsonForm({
      schema: createQuizSetSchema,
      defaultValues: saved ? fieldsOf(saved) : DEFAULTS,
      toInput: (fields) => ({
        ...quizOptions(fields),
        name: fields.name,
        drawPerLearner: fields.drawPerLearner,
        pinnedIds,
        excludedIds,
        // The previewed draw, unless the options changed since: then the server draws afresh.
        ...(preview && preview.optionsKey === JSON.stringify(quizOptions(fields))
          ? { seed: preview.seed }
          : {}),
      }),
      submit: (input) =>
        saved
          ? requestJson(`/api/sets/${encodeURIComponent(saved.id)}/contents`, {
              method: "PUT",
              body: input,
            })
          : requestJson("/api/sets/quiz", { method: "POST", body: input }),
      onSuccess: () =>
        router.push(
          saved ? `/sets/${encodeURIComponent(saved.id)}?saved=contents` : "/sets?created=1",
        ),
      leavesPage: true,
    });
  const { register, control } = form;
  const programmeIds = useController({ control, name: "programmeIds" }).field;
  const selectedKinds = useController({ control, name: "kinds" }).field;
  const selectedLevels = useController({ control, name: "levels" }).field;
  const scope = useController({ control, name: "sourceOnly" }).field;
  const includeBackground = !scope.value;
  const setIncludeBackground = (include: boolean) => scope.onChange(!include);
  // Every field has a default, so the watched values are whole.
  const fields = useWatch({ control }) as Fields;
  const busy: "preview" | "save" | null = pending ? "save" : previewing ? "preview" : null;

  useEffect(() => {
    if (!focusAfter.current) return;
    document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = undefined;
  }, [preview]);

  const optionsKey = JSON.stringify(quizOptions(fields));
  const stale = preview !== undefined && preview.optionsKey !== optionsKey;
  const matchText = preview?.available === 1 ? "question matches" : "questions match";
  const drawPerLearner = fields.drawPerLearner;
  const minutesError = errorOf("timeLimitMinutes");

  /** Asks for the questions; `seed` keeps the current draw (after a pin or exclusion). */
  async function runPreview(
    pins: string[],
    exclusions: string[],
    seed?: string,
    focusId?: string,
  ): Promise<boolean> {
    const values = form.getValues();
    const input = check(previewQuizSetSchema, {
      ...quizOptions(values),
      drawPerLearner: values.drawPerLearner,
      pinnedIds: pins,
      excludedIds: exclusions,
      ...(seed ? { seed } : {}),
    });
    if (!input) return false;
    setPreviewing(true);
    form.clearErrors();
    const result = await requestJson<Omit<Preview, "optionsKey">>("/api/sets/quiz/preview", {
      method: "POST",
      body: input,
    });
    setPreviewing(false);
    if (result.kind !== "ok") {
      showFailure(result);
      return false;
    }
    focusAfter.current = focusId;
    const optionsKey = JSON.stringify(quizOptions(values));
    // Pinning or excluding keeps the list in the order the instructor was reading: the server
    // puts pins first, which moved a pinned question to the top without a word.
    const before =
      seed && preview?.optionsKey === optionsKey ? preview.questions.map((q) => q.id) : [];
    const rank = (id: string) => {
      const i = before.indexOf(id);
      return i === -1 ? before.length : i;
    };
    const questions = [...result.data.questions].sort((a, b) => rank(a.id) - rank(b.id));
    setPreview({ ...result.data, questions, optionsKey });
    return true;
  }

  async function onPin(question: Question) {
    if (busy) return;
    const pins = pinnedIds.includes(question.id)
      ? without(pinnedIds, question.id)
      : [...pinnedIds, question.id];
    const exclusions = without(excludedIds, question.id);
    if (await runPreview(pins, exclusions, preview?.seed, `pin-${question.id}`)) {
      setPinnedIds(pins);
      setExcludedIds(exclusions);
    }
  }

  async function onExclude(question: Question) {
    if (busy) return;
    const excluding = !excludedIds.includes(question.id);
    const exclusions = excluding
      ? [...excludedIds, question.id]
      : without(excludedIds, question.id);
    const pins = without(pinnedIds, question.id);
    if (await runPreview(pins, exclusions, preview?.seed, `exclude-${question.id}`)) {
      setPinnedIds(pins);
      setExcludedIds(exclusions);
      if (excluding) setExcludedQuestions((map) => new Map(map).set(question.id, question));
    }
  }

  const excludedList = excludedIds
    .map((id) => excludedQuestions.get(id))
    .filter((q): q is Question => Boolean(q));

  return (
    <form {...formProps} aria-label="Quiz set" className="space-y-8">
      {formError ? (
        <Alert tone="error" ref={alertRef}>
          {formError}
        </Alert>
      ) : null}
      <BuilderFields locked={saved?.locked}>
        <div className="max-w-md">
          <FormField
            label="Set name"
            id="set-name"
            required
            maxLength={SET_NAME_MAX}
            hint="Learners see it on their assignments."
            {...field("name")}
          />
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
          sourceOnly={fields.sourceOnly}
          onIncludeBackground={() => setIncludeBackground(true)}
          errors={{
            programmeIds: errorOf("programmeIds"),
            kinds: errorOf("kinds"),
            levels: errorOf("levels"),
          }}
        />

        <div className="grid gap-8 md:grid-cols-2">
          <div className="max-w-xs">
            <FormField
              label="Number of questions"
              id="set-count"
              type="number"
              inputMode="numeric"
              min={QUIZ_MIN_QUESTIONS}
              max={QUIZ_MAX_QUESTIONS}
              step={1}
              hint={`From ${QUIZ_MIN_QUESTIONS} to ${QUIZ_MAX_QUESTIONS}.`}
              {...field("count")}
            />
          </div>

          <fieldset className="space-y-3">
            <legend className="text-base font-semibold">Mode</legend>
            <div className="flex flex-wrap gap-4">
              {(
                [
                  ["practice", "Practice", "feedback after each answer"],
                  ["exam", "Exam", "feedback at the end, optionally timed"],
                ] as const
              ).map(([value, label, help]) => (
                <div key={value} className="flex items-start gap-2 text-sm">
                  <input
                    id={`mode-${value}`}
                    type="radio"
                    value={value}
                    className="mt-0.5"
                    aria-describedby={`mode-${value}-help`}
                    {...register("mode")}
                  />
                  <span>
                    <label htmlFor={`mode-${value}`} className="font-medium">
                      {label}
                    </label>
                    <span
                      id={`mode-${value}-help`}
                      className="block text-xs text-slate-600 dark:text-slate-400"
                    >
                      {help}
                    </span>
                  </span>
                </div>
              ))}
            </div>
            {fields.mode === "exam" ? (
              <div className="flex flex-wrap items-center gap-3">
                <label className="flex items-center gap-2 text-sm">
                  <input type="checkbox" {...register("timed")} />
                  Time limit
                </label>
                {fields.timed ? (
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
              </div>
            ) : null}
            <FieldError id={fieldErrorId(MINUTES_ID)} message={minutesError} />
            <FieldError id="set-mode-error" message={errorOf("mode")} />
          </fieldset>
        </div>

        <fieldset className="space-y-2">
          <legend className="text-base font-semibold">Questions</legend>
          <label className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              className="mt-0.5"
              checked={includeBackground}
              onChange={(event) => setIncludeBackground(event.target.checked)}
            />
            Include NATO background (facts from NATO&apos;s own pages, beyond the source document)
          </label>
          <div className="space-y-0.5">
            <label className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                className="mt-0.5"
                aria-describedby="draw-per-learner-help"
                {...register("drawPerLearner")}
              />
              Draw new questions for each learner
            </label>
            <p
              id="draw-per-learner-help"
              className="pl-6 text-xs text-slate-600 dark:text-slate-400"
            >
              Otherwise every learner gets the previewed questions (options in their own order).
              Pinned questions are in every draw, excluded ones in none.
            </p>
          </div>
          <FieldError id="set-sourceOnly-error" message={errorOf("sourceOnly")} />
          <FieldError id="set-drawPerLearner-error" message={errorOf("drawPerLearner")} />
        </fieldset>

        <section aria-labelledby="preview-heading" className={`${cardStyles} space-y-4`}>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="preview-heading" className="text-lg font-semibold">
              Preview
            </h2>
            <button
              type="button"
              className={buttonStyles.secondary}
              onClick={() => (busy ? undefined : runPreview(pinnedIds, excludedIds))}
              aria-disabled={busy !== null || undefined}
              aria-busy={busy === "preview"}
              aria-describedby="preview-hint"
            >
              Preview
            </button>
          </div>
          <div role="status" className="space-y-1 text-sm text-slate-600 dark:text-slate-400">
            {busy === "preview" ? <p>Drawing questions…</p> : null}
            <p id="preview-hint">
              {preview
                ? "Preview again for a new draw: pinned questions stay, excluded ones stay out."
                : "See the questions these options give, then pin the ones you want and " +
                  "exclude the ones you don’t."}
            </p>
            {preview ? (
              <p>
                {preview.available} {matchText} these options;{" "}
                {drawPerLearner
                  ? `this is a sample of ${preview.questions.length}: ` +
                    "each learner gets a draw of their own."
                  : `the set holds these ${preview.questions.length}.`}
                {preview.questions.length < preview.requested
                  ? ` Fewer than the ${preview.requested} asked for: choose more programmes ` +
                    "or types."
                  : ""}
              </p>
            ) : null}
            {stale ? (
              <p className="font-medium text-amber-700 dark:text-amber-300">
                The options changed since this preview. Preview again to see the questions the set
                will hold.
              </p>
            ) : null}
            {pinnedIds.length ? (
              <p>{pinnedIds.length} pinned: in every quiz, asked first.</p>
            ) : null}
          </div>

          {preview ? (
            <ol
              aria-label="Previewed questions"
              className={`space-y-2 ${stale ? "opacity-60" : ""}`}
            >
              {preview.questions.map((q, i) => (
                <PreviewItem
                  key={q.id}
                  question={q}
                  label={`Question ${i + 1}`}
                  srName={`question ${i + 1}`}
                  programmeNames={q.tags.programmeIds.map((id) => programmeName.get(id) ?? id)}
                  measured={q.measured}
                  pinned={pinnedIds.includes(q.id)}
                  excluded={false}
                  busy={busy !== null}
                  onPin={() => onPin(q)}
                  onExclude={() => onExclude(q)}
                />
              ))}
              {excludedList.map((q, i) => (
                <PreviewItem
                  key={q.id}
                  question={q}
                  label={null}
                  srName={`excluded question ${i + 1}`}
                  programmeNames={q.tags.programmeIds.map((id) => programmeName.get(id) ?? id)}
                  pinned={false}
                  excluded
                  busy={busy !== null}
                  onPin={() => onPin(q)}
                  onExclude={() => onExclude(q)}
                />
              ))}
            </ol>
          ) : null}
        </section>

        <div className="flex flex-wrap items-center gap-3">
          <button
            type="submit"
            className={buttonStyles.primary}
            disabled={busy !== null}
            aria-busy={busy === "save"}
          >
            {busy === "save" ? "Saving…" : saved ? "Save changes" : "Save set"}
          </button>
          {!preview || stale ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              Saving without a current preview draws the questions afresh.
            </p>
          ) : null}
        </div>
      </BuilderFields>
    </form>
  );
}

type ItemProps = {
  question: Question;
  /** "Question 3"; none for excluded questions, which the set does not hold. */
  label: string | null;
  /** Completes the buttons' names: "Pin question 3", "Exclude excluded question 1". */
  srName: string;
  programmeNames: string[];
  /** Facility (from MIN_LEARNERS learners on) or the authored difficulty; previewed only. */
  measured?: EffectiveDifficulty;
  pinned: boolean;
  excluded: boolean;
  /**
   * A preview is on its way: clicks are ignored (not disabled, which would drop keyboard focus).
   */
  busy: boolean;
  onPin: () => void;
  onExclude: () => void;
};

function PreviewItem({
  question,
  label,
  srName,
  programmeNames,
  measured,
  pinned,
  excluded,
  busy,
  onPin,
  onExclude,
}: ItemProps) {
  const text = describeQuestionText(question);
  return (
    <li
      className={cx(
        "flex flex-col gap-3 rounded-lg border p-3 sm:flex-row sm:items-start sm:justify-between",
        pinned
          ? "border-brand-300 bg-brand-50/60 dark:border-brand-800 dark:bg-brand-950/40"
          : "border-slate-200 dark:border-slate-800",
      )}
    >
      <div className="min-w-0 space-y-1">
        <p
          className={cx(
            "flex flex-wrap items-center gap-2 text-xs font-semibold text-slate-600",
            "dark:text-slate-400",
          )}
        >
          {label}
          {pinned ? <Badge tone="brand">Pinned</Badge> : null}
          {excluded ? <Badge tone="danger">Excluded</Badge> : null}
        </p>
        <p
          className={cx(
            "break-words",
            excluded ? "text-slate-600 line-through dark:text-slate-400" : "",
          )}
        >
          {text}
        </p>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {KIND_LABELS[question.kind]} · {programmeNames.join(", ")}
          {measured ? ` · ${describeDifficulty(measured)}` : null}
        </p>
        {excluded ? null : <QuestionAsSeen question={question} />}
      </div>
      <div className="flex shrink-0 gap-2">
        <button
          id={`pin-${question.id}`}
          type="button"
          className={smallButton}
          aria-pressed={pinned}
          aria-disabled={busy || undefined}
          onClick={onPin}
        >
          {pinned ? "Pinned" : "Pin"}
          <span className="sr-only"> {srName}</span>
        </button>
        <button
          id={`exclude-${question.id}`}
          type="button"
          className={smallButton}
          aria-pressed={excluded}
          aria-disabled={busy || undefined}
          onClick={onExclude}
        >
          Exclude<span className="sr-only"> {srName}</span>
        </button>
      </div>
    </li>
  );
}

/** What the learner will see (the options), then what only the instructor sees now. */
function QuestionAsSeen({ question }: { question: Question }) {
  const options = "options" in question ? question.options : null;
  return (
    <div className="space-y-2 pt-1 text-sm">
      {options ? (
        <ul aria-label="Options" className="list-disc space-y-0.5 pl-5">
          {options.map((o) => (
            <li key={o.id}>{o.text}</li>
          ))}
        </ul>
      ) : null}
      <div>
        <span className="font-medium">Key: </span>
        <AnswerTextView answer={describeAnswer(question, correctResponse(question))} />
      </div>
      <p className="text-slate-700 dark:text-slate-300">
        <span className="font-medium">Explanation: </span>
        {question.explanation}
      </p>
    </div>
  );
}
