import type { Metadata } from "next";
import { DiscardAttemptButton } from "@/components/quiz/discard-attempt-button";
import { Link } from "@/components/ui/link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { buttonStyles, cardStyles, linkStyles } from "@/components/ui/styles";
import { TableScroller } from "@/components/ui/table-scroller";
import { formatDateTime, formatScore } from "@/lib/domain/format/format";
import { nameAttempt } from "@/lib/domain/quiz/name-attempt";
import { requireUser } from "@/lib/server/auth/session";
import { listQuizAttempts } from "@/lib/server/quiz/list-quiz-attempts";
import { cx } from "@/components/ui/cx";

export const metadata: Metadata = { title: "Quizzes" };

export default async function QuizzesPage() {
  const user = await requireUser("/quizzes");
  const now = new Date();
  const attempts = await listQuizAttempts(user.id);
  // A timed attempt past its deadline is submitted when opened; list it as finished already.
  const open = attempts.filter(
    (a) => a.status === "in-progress" && !(a.deadlineAt && a.deadlineAt < now),
  );
  const done = attempts.filter((a) => !open.includes(a));
  // Named by what they covered and when they started, in the learner's time zone.
  const name = (a: (typeof attempts)[number]) =>
    nameAttempt(a.coverage, a.startedAt, user.timeZone, now);
  const newQuiz = (
    <Link href="/quizzes/new" className={buttonStyles.primary}>
      New quiz
    </Link>
  );
  return (
    <>
      <PageHeader
        title="Quizzes"
        description="Start a quiz, pick up an unfinished one, or review past results."
        actions={newQuiz}
      />
      {attempts.length === 0 ? (
        <EmptyState title="No quizzes yet" action={newQuiz}>
          Your quizzes will be listed here with their scores. The default quiz is 10 practice
          questions across every programme.
        </EmptyState>
      ) : null}

      {open.length ? (
        <section aria-labelledby="open-quizzes" className="mb-10">
          <h2 id="open-quizzes" className="mb-3 text-lg font-semibold">
            Unfinished
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2">
            {open.map((a) => (
              <li key={a.id} className={`${cardStyles} flex items-center justify-between gap-4`}>
                <div>
                  <p className="font-medium">{name(a)}</p>
                  <p className="text-sm text-slate-500 dark:text-slate-400">
                    {a.answered} of {a.questions} answered · started{" "}
                    {formatDateTime(a.startedAt, user.timeZone)}
                  </p>
                </div>
                <div className="flex shrink-0 flex-wrap items-start justify-end gap-2">
                  <Link href={`/quizzes/${a.id}`} className={buttonStyles.secondary}>
                    Resume<span className="sr-only"> {name(a)}</span>
                  </Link>
                  {/* Assignment work stays: its instructor follows it. */}
                  {a.forAssignment ? null : (
                    <DiscardAttemptButton
                      attemptId={a.id}
                      name={name(a)}
                      mode={a.mode}
                      answered={a.answered}
                    />
                  )}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {done.length ? (
        <section aria-labelledby="past-quizzes">
          <h2 id="past-quizzes" className="mb-3 text-lg font-semibold">
            Past quizzes
          </h2>
          <TableScroller label="Table of past quizzes" frame={`${cardStyles} p-0`}>
            <table className="w-full text-left text-sm">
              <thead
                className={cx(
                  "border-b border-slate-200 text-slate-500 dark:border-slate-800",
                  "dark:text-slate-400",
                )}
              >
                <tr>
                  <th scope="col" className="px-4 py-3 font-medium">
                    Quiz
                  </th>
                  <th scope="col" className="px-4 py-3 font-medium">
                    Finished
                  </th>
                  <th scope="col" className="px-4 py-3 font-medium">
                    Correct
                  </th>
                  <th scope="col" className="px-4 py-3 font-medium">
                    Score
                  </th>
                  <th scope="col" className="px-4 py-3 font-medium">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
                {done.map((a) => (
                  <tr key={a.id}>
                    <th scope="row" className="px-4 py-3 font-medium">
                      {name(a)}
                    </th>
                    <td className="px-4 py-3 text-slate-600 dark:text-slate-400">
                      {formatDateTime(a.submittedAt ?? a.deadlineAt ?? a.startedAt, user.timeZone)}
                    </td>
                    <td className="px-4 py-3">
                      {a.correctCount ?? 0} / {a.questions}
                    </td>
                    <td className="px-4 py-3 font-semibold">{formatScore(a.score)}</td>
                    <td className="px-4 py-3 text-right">
                      <Link href={`/quizzes/${a.id}/results`} className={linkStyles}>
                        Review
                        <span className="sr-only"> {name(a)}</span>
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroller>
        </section>
      ) : null}
    </>
  );
}
