import { ACTIVITY_LEVEL_CLASSES } from "./activity-level-classes";
import type { CalendarGrid } from "./build-calendar-grid";
import { cx } from "@/components/ui/cx";

/** The heatmap's key: each colour with the answers + reviews a day it stands for. */
export function CalendarLegend({ legend }: { legend: CalendarGrid["legend"] }) {
  return (
    <div
      className={cx(
        "mt-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs",
        "text-slate-600 dark:text-slate-400",
      )}
    >
      <span>Answers + reviews a day:</span>
      <ul className="flex flex-wrap items-center gap-x-3 gap-y-1">
        {legend.map((item) => (
          <li key={item.label} className="flex items-center gap-1.5">
            <span
              aria-hidden="true"
              className={`size-3 rounded-sm ${ACTIVITY_LEVEL_CLASSES[item.level]}`}
            />
            {item.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
