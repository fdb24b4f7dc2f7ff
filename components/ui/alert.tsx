import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";

const tones = {
  error: cx(
    "border-red-200 bg-red-50 text-red-800 dark:border-red-900",
    "dark:bg-red-950/60 dark:text-red-200",
  ),
  info: cx(
    "border-brand-200 bg-brand-50 text-brand-900 dark:border-brand-900",
    "dark:bg-brand-950/60 dark:text-brand-100",
  ),
  success: cx(
    "border-emerald-200 bg-emerald-50 text-emerald-900",
    "dark:border-emerald-900 dark:bg-emerald-950/60 dark:text-emerald-100",
  ),
} as const;

/** A message box; errors use role="alert" so screen readers announce them at once. */
export function Alert({
  tone = "info",
  children,
}: {
  tone?: keyof typeof tones;
  children: ReactNode;
}) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={`rounded-lg border px-4 py-3 text-sm ${tones[tone]}`}
    >
      {children}
    </div>
  );
}
