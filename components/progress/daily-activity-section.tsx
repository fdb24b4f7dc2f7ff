import { Link } from "@/components/ui/link";
import { formatPercent } from "@/lib/domain/format/format";
import type { DayActivity } from "@/lib/domain/progress/dashboard-view";
import { ChartCard } from "./chart-card";
import { CHART_COLOURS } from "./chart-colours";
import { DayChart } from "./day-chart";
import { formatDay } from "./format-day";
import { plural } from "./plural";
import { sumBy } from "./sum-by";
import { linkStyles } from "@/components/ui/styles";

const DAYS = 30;

/**
 * Questions answered and cards reviewed per day over the last 30 days. Its table (days with
 * study only) also holds each day's accuracy, for the accuracy chart beside it.
 */
export function DailyActivitySection({ activity }: { activity: DayActivity[] }) {
  const days = activity.slice(-DAYS);
  const answers = sumBy(days, (d) => d.answers);
  const reviews = sumBy(days, (d) => d.reviews);
  // The table lists the days with study only, like the calendar's months: a row of zeros
  // says what the chart already shows (and each row is sent twice, HTML and React payload).
  const studied = days.filter((d) => d.answers + d.reviews > 0);
  const active = studied.length;
  const summary =
    answers + reviews
      ? `In the last ${DAYS} days you answered ${plural(answers, "question")} ` +
        `and reviewed ${plural(reviews, "card")}, on ${plural(active, "day")}.`
      : `You have not answered questions or reviewed cards in the last ${DAYS} days.`;

  return (
    <ChartCard
      id="daily-activity-heading"
      title={`Questions and cards per day, last ${DAYS} days`}
      summary={summary}
      chartLabel={
        `Bar chart of questions answered and cards reviewed per day, last ${DAYS} days; ` +
        "the table below lists each day."
      }
      chart={
        <DayChart
          kind="bars"
          days={days.map((d) => formatDay(d.day))}
          series={[
            {
              name: "Questions answered",
              colour: CHART_COLOURS.answers,
              values: days.map((d) => d.answers),
            },
            {
              name: "Cards reviewed",
              colour: CHART_COLOURS.reviews,
              values: days.map((d) => d.reviews),
            },
          ]}
        />
      }
      table={{
        caption: `Days with answers or reviews in the last ${DAYS} days`,
        columns: ["Day", "Questions answered", "Accuracy", "Cards reviewed"],
        rows: studied.map((d) => [
          formatDay(d.day, "long"),
          d.answers,
          d.answers ? formatPercent(d.scoreSum / d.answers) : "–",
          d.reviews,
        ]),
      }}
      empty={
        answers + reviews ? undefined : (
          <p className="mt-4 text-sm">
            <Link href="/quizzes/new" className={linkStyles}>
              Take a quiz
            </Link>{" "}
            or{" "}
            <Link href="/flashcards" className={linkStyles}>
              review some flashcards
            </Link>{" "}
            to fill this chart.
          </p>
        )
      }
    />
  );
}
