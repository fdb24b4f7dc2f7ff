"use client";

import type { TooltipContentProps } from "recharts";
import { cx } from "@/components/ui/cx";

type Props = Partial<TooltipContentProps<number, string>> & {
  /** How a series value reads in the tooltip ("72%", "12 questions"). */
  format?: (value: number, name: string) => string;
};

/**
 * Tooltip content styled with the page's own theme classes (Recharts' default box is always
 * white). The heading is the row's `label` field: the full date, not the short axis tick.
 */
export function ChartTooltip({ active, payload, format }: Props) {
  if (!active || !payload?.length) return null;
  const heading = (payload[0]?.payload as { label?: string } | undefined)?.label;
  return (
    <div
      className={cx(
        "rounded-lg border border-slate-200 bg-white px-3 py-2 text-xs",
        "text-slate-700 shadow-md dark:border-slate-700 dark:bg-slate-900",
        "dark:text-slate-200",
      )}
    >
      {heading ? (
        <p className="mb-1 font-semibold text-slate-900 dark:text-slate-50">{heading}</p>
      ) : null}
      <ul className="space-y-0.5">
        {payload.map((entry) => {
          const name = String(entry.name ?? "");
          const value = typeof entry.value === "number" ? entry.value : null;
          return (
            <li key={name} className="flex items-center gap-2">
              <span
                aria-hidden="true"
                className="h-2 w-2 rounded-full"
                style={{ backgroundColor: entry.color }}
              />
              <span>
                {name}: {value === null ? "no answers" : format ? format(value, name) : value}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
