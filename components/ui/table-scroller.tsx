import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";

/**
 * A table's own sideways scroller, for a table with nothing to focus in it: named and
 * focusable, so that on a narrow screen a keyboard can scroll it (axe's
 * `scrollable-region-focusable`), and `relative`, so that absolutely placed text inside (a
 * screen-reader-only label) stays in the box instead of widening the page.
 */
export function TableScroller({
  label,
  frame = cx("rounded-lg border border-slate-200", "dark:border-slate-800"),
  children,
}: {
  label: string;
  /** The box's own look: a thin border unless given (a card's styles, say). */
  frame?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={cx("relative overflow-x-auto", frame)}
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
