import { Link } from "@/components/ui/link";
import { cardStyles, linkStyles } from "@/components/ui/styles";
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
        <Link href="/quizzes" className={`${linkStyles} text-sm`}>
          All quizzes
        </Link>
      </div>
      {attempts.length ? (
        <ul className="figure-list mt-3">
          {attempts.map((a) => {
            const finished = formatDateTime(new Date(a.submittedAt), timeZone);
            return (
              <li key={a.id}>
                <Link href={`/quizzes/${a.id}/results`} className={linkStyles}>
                  {a.mode === "exam" ? "Exam" : "Practice quiz"}
                  <span className="sr-only">{`, finished ${finished}: results`}</span>
                </Link>
                <span className="figure text-lg">{formatPercent(a.score)}</span>
                <span className="detail">
                  <span aria-hidden="true">{`${finished} · `}</span>
                  {`${a.correctCount} of ${a.questions} correct`}
                </span>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          Finished quizzes will be listed here.{" "}
          <Link href="/quizzes/new" className={linkStyles}>
            Start one
          </Link>
          .
        </p>
      )}
    </section>
  );
}
