import { ACTIVITY_LEVEL_STROKES } from "./activity-level-classes";
import type { CalendarGrid } from "./build-calendar-grid";

const CELL = 11;
const PITCH = 14;
const LEFT = 30;
const TOP = 16;
const WEEKDAY_LABELS = [
  { row: 0, label: "Mon" },
  { row: 2, label: "Wed" },
  { row: 4, label: "Fri" },
];

/** A square's side in grid units (one unit = one PITCH), as drawn inside the scaled group. */
const SIDE = Number((CELL / PITCH).toFixed(4));

/**
 * The squares of one colour level as one path in grid units: "M column row h0" per day, a
 * zero-length line that a square line cap draws as a square as wide as the stroke (SVG's
 * rule for zero-length subpaths), so a square costs about 6 characters (11 as a stroked line
 * "v0.7857", 40 as a rect).
 */
function squaresPath(cells: CalendarGrid["cells"]): string {
  return cells.map((c) => `M${c.column} ${c.row}h0`).join("");
}

const LEVELS = [0, 1, 2, 3, 4] as const;

/**
 * A year of study as squares, one column per week and one row per weekday (Monday first).
 * Plain SVG rendered on the server, drawn as one path per colour level rather than a
 * rectangle (and a tooltip) per day: 366 elements, each sent twice (HTML and React payload),
 * made most of the progress page's weight (issue 15). The figures per day are in the chart's
 * label and the month table beside it.
 */
export function ReviewCalendar({ grid }: { grid: CalendarGrid }) {
  const width = LEFT + grid.columns * PITCH;
  const height = TOP + 7 * PITCH;
  const today = grid.cells.at(-1);
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      // Scales up to the card's width; below 600px it scrolls instead of shrinking squares
      // to specks (see ChartCard's `scrollable`).
      className="block h-auto w-full min-w-[600px] text-slate-500 dark:text-slate-400"
      aria-hidden="true"
    >
      {/* One group carries the labels' type and colour, not each of the fifteen labels. */}
      <g fontSize={10} className="fill-current">
        {grid.months.map((m) => (
          <text key={`${m.column}-${m.label}`} x={LEFT + m.column * PITCH} y={10}>
            {m.label}
          </text>
        ))}
        {WEEKDAY_LABELS.map((w) => (
          <text key={w.label} x={0} y={TOP + w.row * PITCH + CELL - 2}>
            {w.label}
          </text>
        ))}
      </g>
      {/* Grid units: x = column, y = row; a square is drawn around its point, hence the
          half-square shift. */}
      <g
        transform={`translate(${LEFT + CELL / 2} ${TOP + CELL / 2}) scale(${PITCH})`}
        fill="none"
        strokeLinecap="square"
      >
        {LEVELS.map((level) => {
          const cells = grid.cells.filter((c) => c.level === level);
          return cells.length ? (
            <path
              key={level}
              d={squaresPath(cells)}
              strokeWidth={SIDE}
              className={ACTIVITY_LEVEL_STROKES[level]}
              data-level={level}
            />
          ) : null;
        })}
      </g>
      {today && (
        <rect
          x={LEFT + today.column * PITCH}
          y={TOP + today.row * PITCH}
          width={CELL}
          height={CELL}
          fill="none"
          className="stroke-slate-900 dark:stroke-white"
          strokeWidth={1.5}
        />
      )}
    </svg>
  );
}
