"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { chartAxes } from "./chart-axes";
import { CHART_COLOURS } from "./chart-colours";
import { ChartFrame } from "./chart-frame";
import { ChartTooltip } from "./chart-tooltip";

export type DailyActivityPoint = { tick: string; label: string; answers: number; reviews: number };

export function DailyActivityChart({ points }: { points: DailyActivityPoint[] }) {
  return (
    <ChartFrame>
      <BarChart
        data={points}
        margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
        barGap={1}
        accessibilityLayer={false}
      >
        <CartesianGrid {...chartAxes.grid} />
        <XAxis {...chartAxes.x} />
        <YAxis {...chartAxes.y} allowDecimals={false} />
        <Tooltip content={<ChartTooltip />} cursor={{ fill: "currentColor", fillOpacity: 0.08 }} />
        <Legend
          verticalAlign="top"
          align="right"
          height={28}
          iconType="circle"
          iconSize={8}
          // Series order, not alphabetical (Recharts' default sorts by name).
          itemSorter={null}
          // Legend text takes the series colour by default; body text colour reads better.
          formatter={(value: string) => (
            <span className="text-xs text-slate-700 dark:text-slate-300">{value}</span>
          )}
        />
        <Bar
          dataKey="answers"
          name="Questions answered"
          fill={CHART_COLOURS.answers}
          radius={[2, 2, 0, 0]}
          maxBarSize={12}
          isAnimationActive={false}
        />
        <Bar
          dataKey="reviews"
          name="Cards reviewed"
          fill={CHART_COLOURS.reviews}
          radius={[2, 2, 0, 0]}
          maxBarSize={12}
          isAnimationActive={false}
        />
      </BarChart>
    </ChartFrame>
  );
}
