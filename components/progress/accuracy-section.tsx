import Link from "next/link";
import { formatPercent } from "@/lib/domain/format/format";
import type { DayActivity } from "@/lib/domain/progress/dashboard-view";
import { AccuracyChart, type AccuracyPoint } from "./accuracy-chart";
import { ChartCard } from "./chart-card";
import { DataTable } from "./data-table";
import { formatDay } from "./format-day";
import { plural } from "./plural";
import { sumBy } from "./sum-by";

const DAYS = 30;

/** Daily accuracy over the last 30 days; a day without answers is a gap, never 0%. */
export function AccuracySection({ activity }: { activity: DayActivity[] }) {
  const days = activity.slice(-DAYS);
  const answers = sumBy(days, (d) => d.answers);
  const daysAnswered = days.filter((d) => d.answers > 0).length;
  const accuracy = answers ? sumBy(days, (d) => d.scoreSum) / answers : 0;
  const points: AccuracyPoint[] = days.map((d) => ({
    tick: formatDay(d.day),
    label: `${formatDay(d.day, "long")} · ${plural(d.answers, "answer")}`,
    accuracy: d.answers ? Math.round((d.scoreSum / d.answers) * 100) : null,
  }));
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
        `Line chart of daily accuracy ${range}, with gaps on days without answers. ` + summary
      }
      chart={<AccuracyChart points={points} />}
      table={
        <DataTable
          caption={`Accuracy per day, last ${DAYS} days`}
          columns={["Day", "Answers", "Accuracy"]}
          rows={days.map((d) => [
            formatDay(d.day, "long"),
            d.answers,
            d.answers ? formatPercent(d.scoreSum / d.answers) : "–",
          ])}
        />
      }
      empty={
        answers ? undefined : (
          <p className="mt-4 text-sm">
            <Link
              href="/quizzes/new"
              className="font-medium text-brand-700 hover:underline dark:text-brand-300"
            >
              Take a quiz
            </Link>{" "}
            and your accuracy will show here, day by day.
          </p>
        )
      }
    />
  );
}
