import type { ReactNode, Ref } from "react";
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

/**
 * A message box; errors use role="alert" so screen readers announce them at once. Given a
 * ref, it can take focus (a form moves focus to its alert when no field is at fault).
 * Compact suits a message beside a small button.
 */
export function Alert({
  tone = "info",
  compact = false,
  ref,
  children,
}: {
  tone?: keyof typeof tones;
  compact?: boolean;
  ref?: Ref<HTMLDivElement>;
  children: ReactNode;
}) {
  return (
    <div
      ref={ref}
      tabIndex={ref ? -1 : undefined}
      role={tone === "error" ? "alert" : "status"}
      className={cx(
        "rounded-lg border",
        compact ? "px-2 py-1 text-xs" : "px-4 py-3 text-sm",
        tones[tone],
      )}
    >
      {children}
    </div>
  );
}
