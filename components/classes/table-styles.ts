import { cx } from "@/components/ui/cx";

// Class names shared by the class, set and result tables: one look, and every table scrolls
// sideways inside its card on a narrow screen instead of widening the page. The wrapper is
// `relative` because sr-only text in the cells is absolutely positioned: without a positioned
// ancestor inside the scroller it escapes the clipping and widens the page all the same.
export const tableStyles = {
  wrapper: cx(
    "relative overflow-x-auto rounded-xl border border-slate-200 bg-white",
    "shadow-sm dark:border-slate-800 dark:bg-slate-900",
  ),
  table: "w-full min-w-[36rem] text-left text-sm",
  caption: "px-4 pt-4 pb-2 text-left text-base font-semibold",
  head: "border-b border-slate-200 text-slate-500 dark:border-slate-800 dark:text-slate-400",
  th: "px-4 py-3 font-medium whitespace-nowrap",
  body: "divide-y divide-slate-200 dark:divide-slate-800",
  rowHeader: "px-4 py-3 text-left font-medium",
  cell: "px-4 py-3 align-top",
  link: "font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-300",
} as const;
