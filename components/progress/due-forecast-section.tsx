import { Link } from "@/components/ui/link";
import type { ProgressDashboard } from "@/lib/domain/progress/dashboard-view";
import { CHART_COLOURS } from "./chart-colours";
import { ChartCard } from "./chart-card";
import { DayChart } from "./day-chart";
import { formatDay } from "./format-day";
import { plural } from "./plural";
import { sumBy } from "./sum-by";
import { linkStyles } from "@/components/ui/styles";

type Props = { forecast: ProgressDashboard["forecast"]; cardsStudied: number };

/** Cards due per day over the next 30 days; today's bar includes everything overdue. */
export function DueForecastSection({ forecast, cardsStudied }: Props) {
  const total = sumBy(forecast, (d) => d.due);
  const today = forecast[0]?.due ?? 0;
  const busiest = forecast.reduce<(typeof forecast)[number] | undefined>(
    (best, d) => (d.due > (best?.due ?? 0) ? d : best),
    undefined,
  );
  const busiestDay =
    busiest && (busiest.day === forecast[0]?.day ? "today" : formatDay(busiest.day, "long"));
  const summary = total
    ? `${plural(today, "card is", "cards are")} due today (overdue included) ` +
      `and ${plural(total, "card")} over the next ${forecast.length} days` +
      (busiest ? `; the busiest day is ${busiestDay} with ${busiest.due}.` : ".")
    : cardsStudied
      ? `No cards are due in the next ${forecast.length} days.`
      : "You have not studied any flashcards yet, so nothing is scheduled.";

  return (
    <ChartCard
      id="forecast-heading"
      title={`Cards due, next ${forecast.length} days`}
      summary={summary}
      chartLabel={
        `Bar chart of flashcards due per day, next ${forecast.length} days; ` +
        "the table below lists each day."
      }
      chart={
        <DayChart
          kind="bars"
          days={forecast.map((d, i) => (i === 0 ? "Today" : formatDay(d.day)))}
          series={[
            { name: "Cards due", colour: CHART_COLOURS.due, values: forecast.map((d) => d.due) },
          ]}
        />
      }
      table={{
        caption: `Days with cards due in the next ${forecast.length} days`,
        columns: ["Day", "Cards due"],
        // Days with cards due only: the chart shows the empty ones.
        rows: forecast.flatMap((d, i) =>
          d.due
            ? [
                [
                  i === 0
                    ? `Today (${formatDay(d.day, "long")}, overdue included)`
                    : formatDay(d.day, "long"),
                  d.due,
                ],
              ]
            : [],
        ),
      }}
      empty={
        total ? undefined : (
          <p className="mt-4 text-sm">
            <Link href="/flashcards" className={linkStyles}>
              {cardsStudied ? "Study new cards" : "Choose a flashcard deck"}
            </Link>{" "}
            and the reviews they need will be scheduled here.
          </p>
        )
      }
    />
  );
}
