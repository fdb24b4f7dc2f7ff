import { countTicks } from "./chart-scale";

export type DaySeries = {
  name: string;
  /** A colour from CHART_COLOURS. */
  colour: string;
  /** One value a day; null is a day without data (a gap in a line, no bar). */
  values: (number | null)[];
};

type Props = {
  /** The axis label of each day ("3 Mar", "Today"); about six of them are shown. */
  days: string[];
  series: DaySeries[];
  /** Bars side by side per day, or a line through a dot per day. */
  kind: "bars" | "line";
  /** Fixed value ticks (accuracy: 0 to 100); by default whole counts up to the largest value. */
  ticks?: number[];
  /** Appended to each value tick ("%"). */
  unit?: string;
};

/** Plot units: a day is DAY wide and the top value HEIGHT high, so coordinates are integers. */
const DAY = 20;
const HEIGHT = 200;

/** A value's y in plot units (0 at the top). */
const y = (value: number, top: number) => Math.round(HEIGHT - (value / top) * HEIGHT);

/** Indices of the day labels to show: evenly spaced, always the first and the last. */
function labelledDays(count: number): number[] {
  const step = Math.ceil(count / 5);
  const shown = [];
  for (let i = 0; i < count; i += step) if (count - 1 - i >= step / 2) shown.push(i);
  if (count) shown.push(count - 1);
  return shown;
}

/**
 * The bars of series k of m as one path of vertical lines stroked as wide as a bar (about 12
 * characters a bar): the series share 70% of each day, side by side.
 */
function barsPath(values: DaySeries["values"], top: number, k: number, m: number) {
  const width = Math.floor((DAY * 0.7) / m);
  const x0 = Math.round((DAY - width * m) / 2 + width * (k + 0.5));
  const d = values.map((v, i) => (v ? `M${i * DAY + x0} ${HEIGHT}V${y(v, top)}` : "")).join("");
  return { d, width };
}

/** A line broken at days without data, and a dot on every day with data (a zero-length cap). */
function linePaths(values: DaySeries["values"], top: number): { line: string; dots: string } {
  let line = "";
  let dots = "";
  values.forEach((v, i) => {
    if (v === null) return;
    const point = `${i * DAY + DAY / 2} ${y(v, top)}`;
    line += `${i > 0 && values[i - 1] !== null ? "L" : "M"}${point}`;
    dots += `M${point}h0`;
  });
  return { line, dots };
}

/**
 * A 30-day chart drawn on the server as plain SVG, without a chart library in the browser
 * (issue 15: the library was most of the progress page's script and blocking time). The plot
 * stretches to the card (one unit a day across, percent of the top value down); strokes keep
 * their width in pixels, and the labels are HTML, so text never scales with the card. The
 * figures are announced by the ChartCard around it and listed in its table.
 */
export function DayChart({ days, series, kind, ticks, unit = "" }: Props) {
  const max = Math.max(0, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const axis = ticks ?? countTicks(max);
  const top = axis.at(-1)!;
  const count = days.length;
  const percent = (n: number) => `${Math.round(n * 10) / 10}%`;
  return (
    <div className="text-xs text-slate-500 dark:text-slate-400">
      {series.length > 1 ? (
        <ul className="mb-2 flex justify-end gap-4 text-slate-700 dark:text-slate-300">
          {series.map((s) => (
            <li key={s.name} className="flex items-center gap-1.5">
              <span className="size-2 rounded-full" style={{ background: s.colour }} />
              {s.name}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="flex h-48">
        {/* The labels' shared classes sit on their box (`*:`), not on each label. */}
        <div className="relative w-10 shrink-0 *:absolute *:right-2 *:-translate-y-1/2">
          {axis.map((t) => (
            <span key={t} style={{ top: percent((y(t, top) / HEIGHT) * 100) }}>
              {`${t}${unit}`}
            </span>
          ))}
        </div>
        <svg
          viewBox={`0 0 ${count * DAY} ${HEIGHT}`}
          preserveAspectRatio="none"
          className="h-full min-w-0 flex-1 overflow-visible"
        >
          <path
            d={axis.map((t) => `M0 ${y(t, top)}H${count * DAY}`).join("")}
            stroke="currentColor"
            strokeOpacity={0.25}
            vectorEffect="non-scaling-stroke"
          />
          {series.map((s, k) => {
            if (kind === "bars") {
              const { d, width } = barsPath(s.values, top, k, series.length);
              return <path key={s.name} d={d} stroke={s.colour} strokeWidth={width} />;
            }
            const { line, dots } = linePaths(s.values, top);
            return (
              <g key={s.name} fill="none" stroke={s.colour}>
                <path d={line} strokeWidth={2} vectorEffect="non-scaling-stroke" />
                <path
                  d={dots}
                  strokeWidth={6}
                  strokeLinecap="round"
                  vectorEffect="non-scaling-stroke"
                />
              </g>
            );
          })}
        </svg>
      </div>
      <div className="relative ml-10 h-5 *:absolute *:top-1 *:-translate-x-1/2 *:text-nowrap">
        {labelledDays(count).map((i) => (
          <span key={i} style={{ left: percent(((i + 0.5) / count) * 100) }}>
            {days[i]}
          </span>
        ))}
      </div>
    </div>
  );
}
