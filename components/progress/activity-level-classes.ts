import type { ActivityLevel } from "./build-calendar-grid";

// Heatmap colours per level as theme classes (backgrounds for the legend's swatches), so the
// calendar (server-rendered SVG) switches with the `dark` class without any script. Dark mode
// runs the scale the other way round: the busiest days are the brightest squares on a dark card.
export const ACTIVITY_LEVEL_CLASSES: Record<ActivityLevel, string> = {
  0: "bg-slate-100 dark:bg-slate-800",
  1: "bg-brand-200 dark:bg-brand-800",
  2: "bg-brand-400 dark:bg-brand-600",
  3: "bg-brand-600 dark:bg-brand-400",
  4: "bg-brand-800 dark:bg-brand-200",
};

// The same colours as strokes: the calendar draws each day as a short line as thick as a square
// (fewer characters per day than an outlined square, in the HTML and in the React payload).
export const ACTIVITY_LEVEL_STROKES: Record<ActivityLevel, string> = {
  0: "stroke-slate-100 dark:stroke-slate-800",
  1: "stroke-brand-200 dark:stroke-brand-800",
  2: "stroke-brand-400 dark:stroke-brand-600",
  3: "stroke-brand-600 dark:stroke-brand-400",
  4: "stroke-brand-800 dark:stroke-brand-200",
};
