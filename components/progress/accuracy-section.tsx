import { Link } from "@/components/ui/link";
import { formatPercent } from "@/lib/domain/format/format";
import type { DayActivity } from "@/lib/domain/progress/dashboard-view";
import { CHART_COLOURS } from "./chart-colours";
import { ChartCard } from "./chart-card";
import { DayChart } from "./day-chart";
import { formatDay } from "./format-day";
import { plural } from "./plural";
import { sumBy } from "./sum-by";
import { linkStyles } from "@/components/ui/styles";

const DAYS = 30;

/**
 * Daily accuracy over the last 30 days; a day without answers is a gap, never 0%. Its figures
 * are in the daily activity table beside it (DailyActivitySection), not in a second table of
 * the same days.
 */
export function AccuracySection({ activity }: { activity: DayActivity[] }) {
  const days = activity.slice(-DAYS);
  const answers = sumBy(days, (d) => d.answers);
  const daysAnswered = days.filter((d) => d.answers > 0).length;
  const accuracy = answers ? sumBy(days, (d) => d.scoreSum) / answers : 0;
  const summary = answers
    ? `You answered ${plural(answers, "question")} on ${plural(daysAnswered, "day")} ` +
      `in the last ${DAYS} days; accuracy ${formatPercent(accuracy)}.`
    : `You have not answered any questions in the last ${DAYS} days.`;
  const range = days.length
    ? `from ${formatDay(days[0]!.day, "long")} to ${formatDay(days.at(-1)!.day, "long")}`
    : "";

  return (
    <ChartCard
      id="accuracy-heading"
      title={`Accuracy per day, last ${DAYS} days`}
      summary={summary}
      chartLabel={
        `Line chart of daily accuracy ${range}, with gaps on days without answers; ` +
        "the table of questions and cards per day lists each day's accuracy."
      }
      chart={
        <DayChart
          kind="line"
          days={days.map((d) => formatDay(d.day))}
          ticks={[0, 25, 50, 75, 100]}
          unit="%"
          series={[
            {
              name: "Accuracy",
              colour: CHART_COLOURS.answers,
              values: days.map((d) => (d.answers ? (d.scoreSum / d.answers) * 100 : null)),
            },
          ]}
        />
      }
      empty={
        answers ? undefined : (
          <p className="mt-4 text-sm">
            <Link href="/quizzes/new" className={linkStyles}>
              Take a quiz
            </Link>{" "}
            and your accuracy will show here, day by day.
          </p>
        )
      }
    />
  );
}
