import type { ProgressDashboard } from "@/lib/domain/progress/dashboard-view";
import { cx } from "@/components/ui/cx";

/** Lifetime figures in a row of small tiles. */
export function ActivityTotals({ totals }: { totals: ProgressDashboard["totals"] }) {
  const items = [
    { label: "Questions answered", value: totals.answers },
    { label: "Cards reviewed", value: totals.reviews },
    { label: "Days studied", value: totals.daysStudied },
    { label: "Cards studied", value: totals.cardsStudied },
    { label: "Cards due today", value: totals.cardsDueToday },
  ];
  return (
    // Each tile's box is styled from the list (`*:`), once rather than on each of five tiles.
    <dl
      className={cx(
        "grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5",
        "*:rounded-xl *:border *:border-slate-200 *:bg-white *:px-4 *:py-3 *:shadow-sm",
        "dark:*:border-slate-800 dark:*:bg-slate-900",
      )}
    >
      {items.map((item) => (
        <div key={item.label}>
          <dt className="text-xs font-medium text-slate-500 dark:text-slate-400">{item.label}</dt>
          <dd className="mt-1 text-2xl font-bold tabular-nums">
            {item.value.toLocaleString("en-GB")}
          </dd>
        </div>
      ))}
    </dl>
  );
}
