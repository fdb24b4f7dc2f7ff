import { cx } from "@/components/ui/cx";

// Shared class names for the few primitives every page uses, so buttons and fields look the
// same everywhere without a component per variant.
export const buttonStyles = {
  primary: cx(
    "inline-flex items-center justify-center gap-2 rounded-lg bg-brand-600",
    "px-4 py-2 text-sm font-semibold text-white shadow-sm",
    "hover:bg-brand-700 disabled:cursor-not-allowed disabled:opacity-60",
    "dark:bg-brand-500 dark:hover:bg-brand-400",
  ),
  secondary: cx(
    "inline-flex items-center justify-center gap-2 rounded-lg border",
    "border-slate-300 bg-white px-4 py-2 text-sm font-semibold",
    "text-slate-800 shadow-sm hover:bg-slate-100",
    "disabled:cursor-not-allowed disabled:opacity-60 dark:border-slate-700",
    "dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800",
  ),
  ghost: cx(
    "inline-flex items-center justify-center gap-2 rounded-lg px-3 py-2",
    "text-sm font-medium text-slate-700 hover:bg-slate-100",
    "dark:text-slate-200 dark:hover:bg-slate-800",
  ),
} as const;

export const inputStyles = cx(
  "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2",
  "text-sm text-slate-900 shadow-sm placeholder:text-slate-400",
  "focus:border-brand-500 focus:outline-none focus:ring-2",
  "focus:ring-brand-500/30 aria-[invalid=true]:border-red-500",
  "dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100",
);

export const cardStyles = cx(
  "rounded-xl border border-slate-200 bg-white p-5 shadow-sm",
  "dark:border-slate-800 dark:bg-slate-900",
);
