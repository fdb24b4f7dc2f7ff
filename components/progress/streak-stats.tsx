import type { ProgressDashboard } from "@/lib/domain/progress/dashboard-view";
import { cx } from "@/components/ui/cx";

/** Current and longest streak as big numbers, with a nudge when today would break the streak. */
export function StreakStats({ streak }: { streak: ProgressDashboard["streak"] }) {
  const stats = [
    { label: "Current streak", value: streak.current },
    { label: "Longest streak", value: streak.longest },
  ];
  return (
    <div className="mt-4">
      <dl className="flex flex-wrap gap-x-10 gap-y-4">
        {stats.map((s) => (
          <div key={s.label}>
            <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{s.label}</dt>
            <dd className="mt-1 flex items-baseline gap-1.5">
              <span className="text-4xl font-bold tabular-nums tracking-tight">{s.value}</span>
              <span className="text-sm text-slate-600 dark:text-slate-400">
                {s.value === 1 ? "day" : "days"}
              </span>
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
        Streaks count days with at least one answer or review.
      </p>
      {streak.current > 0 && !streak.studiedToday ? (
        <p
          className={cx(
            "mt-3 inline-block rounded-lg bg-amber-50 px-3 py-1.5 text-sm",
            "font-medium text-amber-900 dark:bg-amber-950/60 dark:text-amber-200",
          )}
        >
          Study today to keep your streak.
        </p>
      ) : null}
    </div>
  );
}
