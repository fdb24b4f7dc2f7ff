import type { ActivityLevel } from "./build-calendar-grid";

// Heatmap colours per level as theme classes, so the calendar (server-rendered SVG) switches
// with the `dark` class without any script. Dark mode runs the scale the other way round:
// the busiest days are the brightest squares on a dark card.
export const ACTIVITY_LEVEL_CLASSES: Record<ActivityLevel, string> = {
  0: "fill-slate-100 dark:fill-slate-800",
  1: "fill-brand-200 dark:fill-brand-800",
  2: "fill-brand-400 dark:fill-brand-600",
  3: "fill-brand-600 dark:fill-brand-400",
  4: "fill-brand-800 dark:fill-brand-200",
};
