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

// The same colours as strokes: the calendar draws each day as a short line as thick as a square
// (fewer characters per day than an outlined square, in the HTML and in the React payload).
export const ACTIVITY_LEVEL_STROKES: Record<ActivityLevel, string> = {
  0: "stroke-slate-100 dark:stroke-slate-800",
  1: "stroke-brand-200 dark:stroke-brand-800",
  2: "stroke-brand-400 dark:stroke-brand-600",
  3: "stroke-brand-600 dark:stroke-brand-400",
  4: "stroke-brand-800 dark:stroke-brand-200",
};
