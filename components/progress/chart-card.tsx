import type { ReactNode } from "react";
import { cardStyles } from "@/components/ui/styles";
import { FoldedTable, type FoldedTableData } from "./folded-table";

type Props = {
  /** Id for the heading, which names the section for assistive technology. */
  id: string;
  title: string;
  /** One sentence with the figures that matter; shown to everyone, not only screen readers. */
  summary: ReactNode;
  /**
   * What the picture shows, read out in place of the chart (role="img"). The summary is read
   * just before it and the table holds the figures, so the label does not repeat them.
   */
  chartLabel: string;
  chart: ReactNode;
  /**
   * The same data as a table, folded away under "Show as a table" and drawn when opened;
   * absent when another card's table already lists these days (the label says which).
   */
  table?: FoldedTableData;
  /** Shown between the summary and the chart (a legend, big numbers). */
  before?: ReactNode;
  after?: ReactNode;
  /**
   * For a chart wider than a phone (the year calendar): it scrolls sideways, starting at the
   * most recent end, and takes keyboard focus so it can be scrolled without a pointer.
   */
  scrollable?: boolean;
  /** Replaces chart and table when there is nothing to draw. */
  empty?: ReactNode;
  className?: string;
};

/**
 * Every dashboard chart in the same frame: a visible title, a one-sentence summary, the
 * picture announced as one image with a label, and a data table for anyone who cannot use
 * the picture. Keeping this in one place keeps the charts accessible in the same way.
 */
export function ChartCard({
  id,
  title,
  summary,
  chartLabel,
  chart,
  table,
  before,
  after,
  scrollable = false,
  empty,
  className = "",
}: Props) {
  return (
    <section aria-labelledby={id} className={`${cardStyles} min-w-0 ${className}`}>
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{summary}</p>
      {empty ?? (
        <>
          {before}
          <div
            role="img"
            aria-label={chartLabel}
            tabIndex={scrollable ? 0 : undefined}
            // row-reverse makes the scroll start at the right, where today is.
            className={
              scrollable ? "relative mt-4 flex flex-row-reverse overflow-x-auto pb-2" : "mt-4"
            }
          >
            {/* The label speaks for the picture; axis ticks and legend icons inside it would
                only be read out as a jumble of numbers by screen readers that look inside. */}
            <div
              aria-hidden="true"
              className={scrollable ? "w-full min-w-min shrink-0" : undefined}
            >
              {chart}
            </div>
          </div>
          {after}
          {table ? <FoldedTable {...table} /> : null}
        </>
      )}
    </section>
  );
}
