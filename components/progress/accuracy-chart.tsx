"use client";

import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { chartAxes } from "./chart-axes";
import { CHART_COLOURS } from "./chart-colours";
import { ChartFrame } from "./chart-frame";
import { ChartTooltip } from "./chart-tooltip";

export type AccuracyPoint = {
  /** Axis tick ("3 Mar") and tooltip heading ("Tue 3 Mar 2026 · 12 answers"). */
  tick: string;
  label: string;
  /** Percent 0..100, or null on a day without answers (drawn as a gap, not as 0%). */
  accuracy: number | null;
};

export function AccuracyChart({ points }: { points: AccuracyPoint[] }) {
  return (
    <ChartFrame>
      {/* The surrounding figure is role="img" with a text summary and a table, so the chart's
          own keyboard layer would only add a focus stop that announces nothing. */}
      <LineChart
        data={points}
        margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid {...chartAxes.grid} />
        <XAxis {...chartAxes.x} />
        <YAxis
          {...chartAxes.y}
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          tickFormatter={(v: number) => `${v}%`}
        />
        <Tooltip
          content={<ChartTooltip format={(v) => `${v}%`} />}
          cursor={{ stroke: "currentColor", strokeOpacity: 0.3 }}
        />
        <Line
          type="linear"
          dataKey="accuracy"
          name="Accuracy"
          stroke={CHART_COLOURS.answers}
          strokeWidth={2}
          // Dots keep a studied day visible when both its neighbours are gaps.
          dot={{ r: 3, fill: CHART_COLOURS.answers, strokeWidth: 0 }}
          activeDot={{ r: 5 }}
          connectNulls={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ChartFrame>
  );
}
