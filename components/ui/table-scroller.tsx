import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";

/**
 * The one sideways scroller of a table (every table of the app that can be wider than the
 * screen sits in one). It is named and focusable whatever the table holds: links in a first
 * column do not scroll the columns past the screen's edge into view, so without its own tab stop a
 * keyboard could not reach them (axe's `scrollable-region-focusable` passes such a box, which is
 * why it is checked in `e2e/reflow.spec.ts`). `table-scroller` (app/globals.css) shades the edge
 * that has more beyond it, the cue that the table goes on. `relative`, so that absolutely placed
 * text inside (a screen-reader-only label) stays in the box instead of widening the page.
 * `capped` boxes also scroll down, past 20rem (a chart's table of a month of days): the same
 * tab stop is what lets a keyboard scroll them (axe's `scrollable-region-focusable` failed the
 * progress page's chart tables, which scrolled in a box of their own that took no focus).
 */
export function TableScroller({
  label,
  frame = cx(
    "rounded-lg border border-slate-200 bg-white",
    "dark:border-slate-800 dark:bg-slate-900",
  ),
  capped = false,
  children,
}: {
  label: string;
  /**
   * The box's own look: a thin border unless given (a card's styles, say). It has a background
   * of white (slate-900 when dark), the colour the edge shading's covers are drawn in.
   */
  frame?: string;
  /** At most 20rem high, scrolling down beyond (a header row should be `sticky top-0`). */
  capped?: boolean;
  children: ReactNode;
}) {
  return (
    <div
      className={cx(
        "table-scroller relative",
        capped ? "max-h-80 overflow-auto" : "overflow-x-auto",
        frame,
      )}
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
