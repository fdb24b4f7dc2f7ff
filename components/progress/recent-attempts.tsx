import { Link } from "@/components/ui/link";
import { cx } from "@/components/ui/cx";
import { cardStyles } from "@/components/ui/styles";
import { formatDateTime, formatPercent } from "@/lib/domain/format/format";
import type { RecentAttempt } from "@/lib/domain/progress/dashboard-view";

/** The latest finished quizzes with their scores, each linking to its results. */
export function RecentAttempts({
  attempts,
  timeZone,
}: {
  attempts: RecentAttempt[];
  timeZone: string;
}) {
  return (
    <section aria-labelledby="recent-attempts-heading" className={cardStyles}>
      <div className="flex items-baseline justify-between gap-4">
        <h2 id="recent-attempts-heading" className="text-lg font-semibold">
          Recent quizzes
        </h2>
        <Link
          href="/quizzes"
          className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-300"
        >
          All quizzes
        </Link>
      </div>
      {attempts.length ? (
        <ul className="mt-3 divide-y divide-slate-200 dark:divide-slate-800">
          {attempts.map((a) => {
            const finished = formatDateTime(new Date(a.submittedAt), timeZone);
            return (
              <li key={a.id} className="flex items-center justify-between gap-4 py-2.5">
                <div className="min-w-0">
                  <Link
                    href={`/quizzes/${a.id}/results`}
                    className={cx(
                      "text-sm font-medium text-brand-700 hover:underline",
                      "dark:text-brand-300",
                    )}
                  >
                    {a.mode === "exam" ? "Exam" : "Practice quiz"}
                    <span className="sr-only">, finished {finished}: results</span>
                  </Link>
                  <p className="text-xs text-slate-500 dark:text-slate-400">
                    <span aria-hidden="true">{finished} · </span>
                    {a.correctCount} of {a.questions} correct
                  </p>
                </div>
                <span className="shrink-0 text-lg font-semibold tabular-nums">
                  {formatPercent(a.score)}
                </span>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          Finished quizzes will be listed here.{" "}
          <Link
            href="/quizzes/new"
            className="font-medium text-brand-700 hover:underline dark:text-brand-300"
          >
            Start one
          </Link>
          .
        </p>
      )}
    </section>
  );
}
