import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { SCORING_RULES } from "@/lib/domain/questions/scoring-rules";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { AnswerReview } from "@/components/quiz/answer-review";
import { StartQuizButton } from "@/components/quiz-setup/start-quiz-button";
import { cx } from "@/components/ui/cx";
import { TableScroller } from "@/components/ui/table-scroller";
import { buttonStyles, cardStyles, linkStyles } from "@/components/ui/styles";
import { formatDateTime, formatDuration, formatPercent } from "@/lib/domain/format/format";
import { nameAttempt } from "@/lib/domain/quiz/name-attempt";
import { topicLabel } from "@/lib/domain/questions/instructor-question";
import { KIND_LABELS } from "@/lib/domain/questions/kind-labels";
import type { Breakdown } from "@/lib/domain/quiz/summarize-attempt";
import { requireUser } from "@/lib/server/auth/session";
import { getContentCatalog } from "@/lib/server/content/get-content";
import { getQuizResults } from "@/lib/server/quiz/get-quiz-results";

export const metadata: Metadata = { title: "Quiz results" };

function BreakdownTable({
  caption,
  rows,
  label,
}: {
  caption: string;
  rows: Breakdown[];
  label: (key: string) => string;
}) {
  return (
    <TableScroller label={caption} frame={cardStyles}>
      <table className="w-full text-left text-sm">
        <caption className="mb-3 text-left text-base font-semibold">{caption}</caption>
        <thead className="text-slate-500 dark:text-slate-400">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              {caption.replace("By ", "").replace(/^./, (c) => c.toUpperCase())}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Correct
            </th>
            <th scope="col" className="py-2 font-medium">
              Score
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="py-2 pr-3 font-normal">
                {label(row.key)}
              </th>
              <td className="py-2 pr-3">
                {row.correct} / {row.questions}
              </td>
              <td className="py-2">
                <span className="flex items-center gap-2">
                  <span
                    className="h-2 w-20 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
                    aria-hidden="true"
                  >
                    <span
                      className="block h-full bg-brand-500"
                      style={{ width: formatPercent(row.score) }}
                    />
                  </span>
                  {formatPercent(row.score)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}

/** `?show=missed` lists only the questions not fully right; anything else lists them all. */
const showSchema = z.enum(["all", "missed"]).catch("all");

/** "All questions (30)" / "Missed only (4)": links, so the choice is in the URL. */
function ReviewFilter({
  id,
  show,
  total,
  missed,
}: {
  id: string;
  show: "all" | "missed";
  total: number;
  missed: number;
}) {
  const base = `/quizzes/${encodeURIComponent(id)}/results`;
  const choices = [
    { value: "all", label: `All questions (${total})`, href: `${base}#review` },
    { value: "missed", label: `Missed only (${missed})`, href: `${base}?show=missed#review` },
  ] as const;
  return (
    <nav aria-label="Questions to show">
      <ul className="inline-flex rounded-lg border border-slate-300 p-0.5 dark:border-slate-700">
        {choices.map((c) => (
          <li key={c.value}>
            <Link
              href={c.href}
              aria-current={show === c.value ? "page" : undefined}
              className={cx(
                "inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium",
                show === c.value
                  ? "bg-brand-600 text-white dark:bg-brand-500"
                  : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800",
              )}
            >
              {c.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export default async function QuizResultsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ show?: string | string[] }>;
}) {
  const { id } = await params;
  const show = showSchema.parse((await searchParams).show);
  const user = await requireUser(`/quizzes/${id}/results`);
  const result = await getQuizResults(user.id, id);
  if (result.status === "not-found") notFound();
  if (result.status === "in-progress") redirect(`/quizzes/${id}`);
  const { summary, items, startedAt, submittedAt, coverage } = result.results;
  const { index } = getContentCatalog();
  const missed = items.filter((i) => !i.correct).length;
  const shown = show === "missed" ? items.filter((i) => !i.correct) : items;
  const timeTaken = (submittedAt.getTime() - startedAt.getTime()) / 1000;

  return (
    <div className="space-y-8">
      <header
        className={cx(
          cardStyles,
          "flex flex-col gap-6 sm:flex-row sm:items-center sm:justify-between",
        )}
      >
        <div>
          <p className="text-sm text-slate-500 dark:text-slate-400">
            {nameAttempt(coverage, startedAt, user.timeZone, new Date())} · finished{" "}
            {formatDateTime(submittedAt, user.timeZone)}
          </p>
          <h1 className="mt-1 text-3xl font-bold">
            Your score:{" "}
            <span className="text-brand-700 dark:text-brand-300">
              {formatPercent(summary.score)}
            </span>
          </h1>
          <p className="mt-1 text-slate-600 dark:text-slate-400">
            {summary.correct} of {summary.questions} correct · {summary.answered} answered · time
            taken {formatDuration(timeTaken)}
          </p>
          <p className="mt-2 max-w-xl text-sm text-slate-600 dark:text-slate-400">
            Each question is worth one mark and your score is the share of marks earned: a partly
            right answer earns part of its mark, so the score can be above the share of questions
            fully correct.
          </p>
          <details className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            <summary className="cursor-pointer font-medium text-brand-700 dark:text-brand-300">
              How each question type is scored
            </summary>
            <dl aria-label="How each question type is scored" className="mt-2 space-y-1">
              {summary.byKind.map((row) => (
                <div key={row.key}>
                  <dt className="inline font-medium">{KIND_LABELS[row.key]}:</dt>{" "}
                  <dd className="inline">{SCORING_RULES[row.key]}</dd>
                </div>
              ))}
            </dl>
          </details>
        </div>
        <div className="flex flex-wrap gap-3">
          {missed ? (
            <StartQuizButton
              url={`/api/quiz-attempts/${id}/retry`}
              label={`Retry the ${missed} I missed`}
            />
          ) : null}
          <Link href="/quizzes/new" className={buttonStyles.secondary}>
            New quiz
          </Link>
          <Link href="/quizzes" className={buttonStyles.ghost}>
            All quizzes
          </Link>
        </div>
      </header>

      <div className="grid gap-4 md:grid-cols-2">
        <BreakdownTable
          caption="By programme"
          rows={summary.byProgramme}
          label={(key) => topicLabel(key, index.programmeById)}
        />
        <BreakdownTable
          caption="By question type"
          rows={summary.byKind}
          label={(key) => KIND_LABELS[key as keyof typeof KIND_LABELS] ?? key}
        />
      </div>

      <section aria-labelledby="review">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
          <h2 id="review" className="text-xl font-semibold">
            Question by question
          </h2>
          <ReviewFilter id={id} show={show} total={items.length} missed={missed} />
        </div>
        {shown.length === 0 ? (
          <p className={cardStyles}>
            You missed none of the {items.length} questions.{" "}
            <Link href={`/quizzes/${encodeURIComponent(id)}/results#review`} className={linkStyles}>
              Show all questions
            </Link>
          </p>
        ) : null}
        <ol className="space-y-4">
          {shown.map((item) => (
            <li key={item.position} aria-label={`Question ${item.position + 1}`}>
              <AnswerReview {...item} headingId={`review-${item.position}`} />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
