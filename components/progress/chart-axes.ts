// Axis and grid settings shared by the dashboard's charts: ticks and lines drawn in
// currentColor so they follow the theme (see ChartFrame), small type, no tick marks.
const tick = { fill: "currentColor", fontSize: 12 } as const;

export const chartAxes = {
  x: {
    dataKey: "tick",
    tick,
    stroke: "currentColor",
    strokeOpacity: 0.4,
    tickLine: false,
    interval: "preserveStartEnd",
    minTickGap: 16,
  },
  y: { tick, axisLine: false, tickLine: false, width: 40 },
  grid: { stroke: "currentColor", strokeOpacity: 0.2, vertical: false },
} as const;
