import type { ProgressDashboard } from "@/lib/domain/progress/dashboard-view";
import { buildCalendarGrid } from "./build-calendar-grid";
import { CalendarLegend } from "./calendar-legend";
import { ChartCard } from "./chart-card";
import { formatDay } from "./format-day";
import { plural } from "./plural";
import { ReviewCalendar } from "./review-calendar";
import { StreakStats } from "./streak-stats";
import { sumBy } from "./sum-by";

type Props = Pick<ProgressDashboard, "activity" | "streak">;

type MonthRow = { label: string; days: number; answers: number; reviews: number };

/** Months with study, oldest first ("Mar 2026": days studied, answers, reviews). */
export function byMonth(activity: ProgressDashboard["activity"]): MonthRow[] {
  const months = new Map<string, MonthRow>();
  for (const d of activity) {
    if (d.answers + d.reviews === 0) continue;
    const key = d.day.slice(0, 7);
    const row = months.get(key) ?? {
      label: `${formatDay(d.day, "month")} ${d.day.slice(0, 4)}`,
      days: 0,
      answers: 0,
      reviews: 0,
    };
    row.days += 1;
    row.answers += d.answers;
    row.reviews += d.reviews;
    months.set(key, row);
  }
  return [...months.values()];
}

/** Streaks and a year of daily activity as a calendar heatmap. */
export function StudyCalendarSection({ activity, streak }: Props) {
  const grid = buildCalendarGrid(activity);
  const active = activity.filter((d) => d.answers + d.reviews > 0);
  const busiest = active.reduce<(typeof active)[number] | undefined>(
    (best, d) => (d.answers + d.reviews > (best ? best.answers + best.reviews : 0) ? d : best),
    undefined,
  );
  const answers = plural(
    sumBy(activity, (d) => d.answers),
    "answer",
  );
  const reviews = plural(
    sumBy(activity, (d) => d.reviews),
    "review",
  );
  const summary =
    `You studied on ${plural(active.length, "day")} of the last ${activity.length}: ` +
    `${answers} and ${reviews}.`;
  const range = activity.length
    ? `from ${formatDay(activity[0]!.day, "long")} to ${formatDay(activity.at(-1)!.day, "long")}`
    : "";
  const busiestText = busiest
    ? ` The busiest day was ${formatDay(busiest.day, "long")}, with ` +
      `${plural(busiest.answers + busiest.reviews, "answer or review", "answers and reviews")}.`
    : "";

  return (
    <ChartCard
      id="calendar-heading"
      title="Study calendar, last 365 days"
      summary={summary}
      before={<StreakStats streak={streak} />}
      chartLabel={
        `Calendar of daily study ${range}, one square per day; ` +
        `darker squares mean more answers and reviews.${busiestText}` +
        (active.length ? " The table below lists each month." : "")
      }
      chart={<ReviewCalendar grid={grid} />}
      scrollable
      after={<CalendarLegend legend={grid.legend} />}
      table={{
        caption: "Days studied, answers and reviews per month",
        columns: ["Month", "Days studied", "Answers", "Reviews"],
        // One row a month, not one a day: a year of days made the page heavy (issue 15).
        rows: byMonth(activity).map((m) => [m.label, m.days, m.answers, m.reviews]),
        emptyText: "No days with answers or reviews yet.",
      }}
    />
  );
}
