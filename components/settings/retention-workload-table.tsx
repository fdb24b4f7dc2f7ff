import { cx } from "@/components/ui/cx";
import { TableScroller } from "@/components/ui/table-scroller";
import type { RetentionWorkloadView } from "@/lib/domain/srs/workload";
import { formatTimeADay } from "./format-time-a-day";

const percent = (x: number) => `${Math.round(x * 100)}%`;
const oneDecimal = (x: number) => x.toFixed(1);

/**
 * What each desired retention would cost and keep: reviews and time a day over a simulated
 * year, and the share of cards still remembered at its end. The learner's own setting is marked.
 */
export function RetentionWorkloadTable({ view }: { view: RetentionWorkloadView }) {
  const whose = view.personal ? "your personal FSRS parameters" : "FSRS's default parameters";
  const deck = view.studying
    ? `your ${view.cardCount} cards`
    : `all ${view.cardCount} cards (you study no deck yet)`;
  return (
    <section aria-labelledby="workload-heading" className="space-y-2">
      <h2 id="workload-heading" className="text-base font-semibold">
        Workload by desired retention
      </h2>
      <p id="workload-note" className="text-sm text-slate-600 dark:text-slate-400">
        A simulated year of {deck} with {whose}, {view.newPerDay} new cards a day and{" "}
        {view.secondsPerReview} seconds a review. Averages over the year; the first weeks, with new
        cards, are busier.
      </p>
      <TableScroller label="Workload table">
        <table className="w-full text-left text-sm" aria-describedby="workload-note">
          <caption className="sr-only">
            Expected reviews and time a day, and cards remembered after a year, for each desired
            retention
          </caption>
          <thead className="bg-slate-50 text-slate-600 dark:bg-slate-800 dark:text-slate-300">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                Desired retention
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                Reviews a day
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                Time a day
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                Remembered after a year
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {view.rows.map((row) => {
              const mine = row.retention === view.desiredRetention;
              return (
                <tr
                  key={row.retention}
                  className={cx(mine && "bg-brand-50 font-semibold dark:bg-brand-950/60")}
                >
                  <th scope="row" className="px-3 py-1.5 font-normal">
                    <span className={cx(mine && "font-semibold")}>{percent(row.retention)}</span>
                    {mine ? <span className="ml-2 text-xs">(your setting)</span> : null}
                  </th>
                  <td className="px-3 py-1.5 text-right tabular-nums">
                    {oneDecimal(row.reviewsPerDay)}
                  </td>
                  <td className="px-3 py-1.5 text-right tabular-nums">
                    {formatTimeADay(row.minutesPerDay)}
                  </td>
                  <td className="px-3 py-1.5 text-right tabular-nums">{percent(row.remembered)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroller>
    </section>
  );
}
