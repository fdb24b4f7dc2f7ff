import { cx } from "@/components/ui/cx";
import { ACTIVITY_LEVEL_CLASSES } from "./activity-level-classes";
import type { CalendarGrid } from "./build-calendar-grid";
import { formatDay } from "./format-day";
import { plural } from "./plural";

const CELL = 11;
const PITCH = 14;
const LEFT = 30;
const TOP = 16;
const WEEKDAY_LABELS = [
  { row: 0, label: "Mon" },
  { row: 2, label: "Wed" },
  { row: 4, label: "Fri" },
];

/**
 * A year of study as squares, one column per week and one row per weekday (Monday first).
 * Plain SVG rendered on the server: each square's <title> gives its day and counts on hover.
 */
export function ReviewCalendar({ grid }: { grid: CalendarGrid }) {
  const width = LEFT + grid.columns * PITCH;
  const height = TOP + 7 * PITCH;
  const today = grid.cells.at(-1)?.day;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      // Scales up to the card's width; below 600px it scrolls instead of shrinking squares
      // to specks (see ChartCard's `scrollable`).
      className="block h-auto w-full min-w-[600px] text-slate-500 dark:text-slate-400"
      aria-hidden="true"
    >
      {grid.months.map((m) => (
        <text
          key={`${m.column}-${m.label}`}
          x={LEFT + m.column * PITCH}
          y={10}
          fontSize={10}
          className="fill-current"
        >
          {m.label}
        </text>
      ))}
      {WEEKDAY_LABELS.map((w) => (
        <text
          key={w.label}
          x={0}
          y={TOP + w.row * PITCH + CELL - 2}
          fontSize={10}
          className="fill-current"
        >
          {w.label}
        </text>
      ))}
      {grid.cells.map((cell) => (
        <rect
          key={cell.day}
          x={LEFT + cell.column * PITCH}
          y={TOP + cell.row * PITCH}
          width={CELL}
          height={CELL}
          rx={2}
          className={cx(
            ACTIVITY_LEVEL_CLASSES[cell.level],
            cell.day === today ? "stroke-slate-900 dark:stroke-white" : "",
          )}
          strokeWidth={cell.day === today ? 1.5 : undefined}
        >
          <title>
            {`${formatDay(cell.day, "long")}${cell.day === today ? " (today)" : ""}: ` +
              `${plural(cell.answers, "answer")}, ${plural(cell.reviews, "review")}`}
          </title>
        </rect>
      ))}
    </svg>
  );
}
