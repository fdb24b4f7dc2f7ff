import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";

const tones = {
  neutral: cx(
    "bg-slate-100 text-slate-700 ring-slate-300 dark:bg-slate-800",
    "dark:text-slate-200 dark:ring-slate-600",
  ),
  brand: cx(
    "bg-brand-50 text-brand-800 ring-brand-200 dark:bg-brand-950",
    "dark:text-brand-200 dark:ring-brand-800",
  ),
  success: cx(
    "bg-emerald-50 text-emerald-800 ring-emerald-200 dark:bg-emerald-950",
    "dark:text-emerald-200 dark:ring-emerald-800",
  ),
  warning: cx(
    "bg-amber-50 text-amber-900 ring-amber-300 dark:bg-amber-950",
    "dark:text-amber-200 dark:ring-amber-800",
  ),
  danger: "bg-red-50 text-red-800 ring-red-200 dark:bg-red-950 dark:text-red-200 dark:ring-red-800",
} as const;

export type BadgeTone = keyof typeof tones;

/** A small label (archived, late, quiz); text, never colour alone, carries the meaning. */
export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <span
      className={cx(
        "inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap",
        "ring-1 ring-inset",
        tones[tone],
      )}
    >
      {children}
    </span>
  );
}
