"use client";

import type { ReactElement } from "react";
import { ResponsiveContainer } from "recharts";
import { useMounted } from "./use-mounted";

/**
 * A fixed-height box that renders its Recharts chart only in the browser. The box keeps its
 * height on the server so the page does not jump when the chart appears, and its text colour
 * is what the charts' axes and grid lines draw with (currentColor), so they follow the theme.
 */
export function ChartFrame({
  height = 240,
  children,
}: {
  height?: number;
  children: ReactElement;
}) {
  const mounted = useMounted();
  return (
    <div className="w-full text-slate-500 dark:text-slate-400" style={{ height }}>
      {mounted ? (
        <ResponsiveContainer
          width="100%"
          height={height}
          minWidth={0}
          initialDimension={{ width: 320, height }}
        >
          {children}
        </ResponsiveContainer>
      ) : null}
    </div>
  );
}
