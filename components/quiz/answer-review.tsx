import { Citation } from "@/components/library/citation";
import { withoutSourceNote } from "@/lib/domain/questions/explanation-text";
import { cardStyles } from "@/components/ui/styles";
import type { GradeDetail, Question, Response } from "@/lib/domain/questions/types";
import { isInstructorQuestion } from "@/lib/domain/questions/instructor-question";
import { KIND_LABELS } from "@/lib/domain/questions/kind-labels";
import { PARTIAL_CREDIT_KINDS, SCORING_RULES } from "@/lib/domain/questions/scoring-rules";
import { correctResponse } from "@/lib/domain/quiz/correct-response";
import { describeAnswer, otherAcceptedAnswers, type AnswerText } from "./describe-answer";
import { gradeVerdict, VERDICT_STYLES } from "./grade-verdict";
import {
  LEARNER_VIEWER,
  reviewWording,
  type ReviewViewer,
  type ReviewWording,
} from "./review-viewer";
import { cx } from "@/components/ui/cx";

type Props = {
  question: Question;
  response: Response | null;
  /** Null when the question was not answered. */
  score: number | null;
  correct: boolean;
  detail: GradeDetail | null;
  /** Zero-based. When given the heading reads "Question n" and the verdict is a badge beside it. */
  position?: number;
  /** False in the player, where the question is on screen just above the feedback. */
  showPrompt?: boolean;
  /** Lets the player move focus to the verdict when it arrives. */
  headingId?: string;
  headingLevel?: 2 | 3 | 4;
  /** Who reads it: the learner (the default) or their instructor, on the per-learner page. */
  viewer?: ReviewViewer;
};

/**
 * One graded question, for any kind: the learner's answer, the correct one in words, the
 * verdict, the explanation and its sources. No hooks, so the results page renders it on the
 * server; the practice player shows the same component as its feedback.
 */
export function AnswerReview({
  question,
  response,
  score,
  correct,
  detail,
  position,
  showPrompt = true,
  headingId,
  headingLevel = 3,
  viewer = LEARNER_VIEWER,
}: Props) {
  const words = reviewWording(viewer);
  const Heading = `h${headingLevel}` as const;
  const answered = response !== null && score !== null;
  const verdict = gradeVerdict({ score, correct, answered });
  const key = describeAnswer(question, correctResponse(question));
  const given = response ? describeAnswer(question, response) : null;
  const note = detailNote(detail, correct, words);
  // Partial credit explained where it is given, in the kind's own words.
  const rule =
    answered && !correct && PARTIAL_CREDIT_KINDS.includes(question.kind)
      ? SCORING_RULES[question.kind]
      : null;
  const alsoAccepted = correct ? [] : otherAcceptedAnswers(question);
  const badge = (
    <span
      className={cx(
        "inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-sm font-semibold",
        "ring-1 ring-inset",
        VERDICT_STYLES[verdict.tone],
      )}
    >
      <span aria-hidden="true">{verdict.icon}</span>
      {verdict.label}
    </span>
  );

  return (
    <article className={`${cardStyles} space-y-4`} aria-labelledby={headingId}>
      <header className="flex flex-wrap items-center justify-between gap-2">
        {position === undefined ? (
          <Heading
            id={headingId}
            tabIndex={headingId ? -1 : undefined}
            className="text-base font-semibold"
          >
            {badge}
          </Heading>
        ) : (
          <>
            <Heading
              id={headingId}
              tabIndex={headingId ? -1 : undefined}
              className="text-base font-semibold"
            >
              Question {position + 1}
              <span className="sr-only">: {verdict.label}</span>
            </Heading>
            <span aria-hidden="true">{badge}</span>
          </>
        )}
      </header>

      {/* An instructor's question is tagged "background" only so it never counts as
          source-only: it draws on no fact of ours, so it says whose it is, as the player does. */}
      {isInstructorQuestion(question) ? (
        <p className="text-xs font-medium text-indigo-800 dark:text-indigo-300">
          {words.instructorQuestion}
        </p>
      ) : question.scope === "background" ? (
        <p className="text-xs text-amber-800 dark:text-amber-300">
          NATO background: this question draws on facts from beyond the source document.
        </p>
      ) : null}
      {showPrompt ? <QuestionContext question={question} /> : null}

      <dl className="grid gap-3 text-sm sm:grid-cols-[10rem_1fr] sm:gap-x-4">
        <dt className="font-medium text-slate-600 dark:text-slate-400">{words.answer}</dt>
        <dd className="min-w-0 break-words">
          {given ? (
            <AnswerTextView answer={given} compareWith={correct ? undefined : key} />
          ) : (
            <span className="italic">Not answered</span>
          )}
        </dd>
        {correct ? null : (
          <>
            <dt className="font-medium text-slate-600 dark:text-slate-400">
              {question.kind === "ordering"
                ? `Correct order (${question.orderLabel.toLowerCase()})`
                : "Correct answer"}
            </dt>
            <dd className="min-w-0 break-words font-medium">
              <AnswerTextView answer={key} />
              {alsoAccepted.length ? (
                <p className="mt-1 font-normal text-slate-600 dark:text-slate-400">
                  Also accepted: {alsoAccepted.slice(0, 4).join(", ")}
                  {alsoAccepted.length > 4 ? ", …" : ""}
                </p>
              ) : null}
            </dd>
          </>
        )}
      </dl>

      {note ? <p className="text-sm text-slate-600 dark:text-slate-400">{note}</p> : null}
      {rule ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <span className="font-medium">
            How {KIND_LABELS[question.kind].toLowerCase()} is scored:
          </span>{" "}
          {rule}
        </p>
      ) : null}

      <div className="space-y-2 border-t border-slate-200 pt-4 dark:border-slate-800">
        <p className="text-sm leading-relaxed">
          {question.sources.length ? withoutSourceNote(question.explanation) : question.explanation}
        </p>
        {question.sources.length ? (
          <ul className="space-y-1.5" aria-label="Sources">
            {question.sources.map((source, i) => (
              <li key={`${source.sourceId}-${source.paragraph ?? ""}-${i}`}>
                <Citation citation={source} />
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </article>
  );
}

/** What the learner saw besides the prompt (a statement, a clue, a sentence with a gap). */
function QuestionContext({ question }: { question: Question }) {
  return (
    <div className="space-y-2">
      <p className="font-medium">{question.prompt}</p>
      {question.kind === "true-false" ? (
        <blockquote className="border-l-4 border-slate-300 pl-3 text-sm dark:border-slate-600">
          {question.statement}
        </blockquote>
      ) : null}
      {question.kind === "which-programme" ? (
        <blockquote className="border-l-4 border-slate-300 pl-3 text-sm dark:border-slate-600">
          {question.description}
        </blockquote>
      ) : null}
      {question.kind === "cloze" ? (
        <p className="text-sm">
          {question.before}
          <span aria-label="blank"> _____ </span>
          {question.after}
        </p>
      ) : null}
    </div>
  );
}

const mark = (right: boolean) =>
  right ? (
    <span className="ml-1.5 text-emerald-700 dark:text-emerald-400">
      <span aria-hidden="true">✓</span>
      <span className="sr-only">(right)</span>
    </span>
  ) : (
    <span className="ml-1.5 text-red-700 dark:text-red-400">
      <span aria-hidden="true">✗</span>
      <span className="sr-only">(wrong)</span>
    </span>
  );

/**
 * Renders an answer in words. With compareWith (the key, described the same way) each pair
 * or ordered item is marked right or wrong, so a partly right answer shows where it went wrong.
 */
export function AnswerTextView({
  answer,
  compareWith,
}: {
  answer: AnswerText;
  compareWith?: AnswerText;
}) {
  switch (answer.type) {
    case "blank":
      return <span className="italic">Left blank</span>;
    case "text":
      return <span>{answer.text}</span>;
    case "cloze":
      return (
        <span>
          {answer.before}
          <strong
            className={cx(
              "rounded bg-slate-100 px-1 underline decoration-2 underline-offset-2",
              "dark:bg-slate-800",
            )}
          >
            {answer.text}
          </strong>
          {answer.after}
        </span>
      );
    case "list": {
      const expected = compareWith?.type === "list" ? new Set(compareWith.items) : null;
      return (
        <ul className="list-disc space-y-1 pl-5">
          {answer.items.map((item, i) => (
            <li key={i}>
              {item}
              {expected ? mark(expected.has(item)) : null}
            </li>
          ))}
        </ul>
      );
    }
    case "ordered": {
      const expected = compareWith?.type === "ordered" ? compareWith.items : null;
      return (
        <ol className="list-decimal space-y-1 pl-6">
          {answer.items.map((item, i) => (
            <li key={i}>
              {item}
              {expected ? mark(expected[i] === item) : null}
            </li>
          ))}
        </ol>
      );
    }
    case "pairs": {
      const expected = compareWith?.type === "pairs" ? compareWith.pairs : null;
      return (
        <ul className="space-y-1">
          {answer.pairs.map((pair, i) => (
            <li key={i}>
              <span>{pair.left}</span>
              {pair.right ? (
                <>
                  <span aria-hidden="true"> → </span>
                  <span className="sr-only"> matched with </span>
                  {pair.right}
                </>
              ) : (
                <span className="italic">: not matched</span>
              )}
              {expected ? mark(pair.right !== null && expected[i]?.right === pair.right) : null}
            </li>
          ))}
        </ul>
      );
    }
  }
}

function plural(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

/** The grader's detail in a sentence, where it says more than the verdict does. */
function detailNote(
  detail: GradeDetail | null,
  correct: boolean,
  words: ReviewWording,
): string | null {
  if (!detail) return null;
  switch (detail.kind) {
    case "multiple-select":
      if (correct) return null;
      return `${words.picked} ${detail.hits} of ${detail.hits + detail.missed} correct options${
        detail.wrongPicks ? ` and ${plural(detail.wrongPicks, "wrong one", "wrong ones")}` : ""
      }. Wrong picks cost marks.`;
    case "matching":
      return correct ? null : `${detail.correctPairs} of ${detail.total} pairs right.`;
    case "ordering":
      return correct
        ? null
        : `${detail.concordantPairs} of ${detail.totalPairs} pairs of items ` +
            "are in the right order relative to each other.";
    case "typed":
      if (detail.rejectedAs)
        return `“${detail.rejectedAs}” is not accepted here: it names something else.`;
      if (correct && detail.via === "fuzzy" && detail.matched)
        return `Accepted as “${detail.matched}”: a small typo is tolerated.`;
      if (correct && detail.via === "alias" && detail.matched)
        return `Accepted as another name for “${detail.expected}”.`;
      return null;
    default:
      return null;
  }
}
