import { cx } from "@/components/ui/cx";

// Class names shared by the class, set and result tables: one look. Every such table scrolls
// sideways in a TableScroller (components/ui/table-scroller.tsx) framed by `frame`, instead of
// widening the page on a narrow screen. Row headers sit at the top of their row like the cells
// (a cell of several lines beside a centred name looked misaligned).
export const tableStyles = {
  frame: cx(
    "rounded-xl border border-slate-200 bg-white shadow-sm",
    "dark:border-slate-800 dark:bg-slate-900",
  ),
  table: "w-full min-w-[36rem] text-left text-sm",
  caption: "px-4 pt-4 pb-2 text-left text-base font-semibold",
  head: "border-b border-slate-200 text-slate-500 dark:border-slate-800 dark:text-slate-400",
  th: "px-4 py-3 font-medium whitespace-nowrap",
  body: "divide-y divide-slate-200 dark:divide-slate-800",
  rowHeader: "px-4 py-3 text-left align-top font-medium",
  cell: "px-4 py-3 align-top",
  link: "font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-300",
} as const;
