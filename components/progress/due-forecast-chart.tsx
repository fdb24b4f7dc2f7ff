"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { chartAxes } from "./chart-axes";
import { CHART_COLOURS } from "./chart-colours";
import { ChartFrame } from "./chart-frame";
import { ChartTooltip } from "./chart-tooltip";

export type DueForecastPoint = { tick: string; label: string; due: number };

export function DueForecastChart({ points }: { points: DueForecastPoint[] }) {
  return (
    <ChartFrame>
      <BarChart
        data={points}
        margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid {...chartAxes.grid} />
        <XAxis {...chartAxes.x} />
        <YAxis {...chartAxes.y} allowDecimals={false} />
        <Tooltip content={<ChartTooltip />} cursor={{ fill: "currentColor", fillOpacity: 0.08 }} />
        <Bar
          dataKey="due"
          name="Cards due"
          fill={CHART_COLOURS.due}
          radius={[2, 2, 0, 0]}
          maxBarSize={18}
          isAnimationActive={false}
        />
      </BarChart>
    </ChartFrame>
  );
}
