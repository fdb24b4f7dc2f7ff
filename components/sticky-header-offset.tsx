"use client";

import { useEffect } from "react";

/**
 * Keeps `--sticky-header-height` on <html> equal to the height the site header covers at the
 * top of the window: its height while it is sticky, 0 where it scrolls away (below `sm`).
 * app/globals.css makes it the page's `scroll-padding-top`, so an element that keyboard focus
 * scrolls into view stops below the header instead of under it (WCAG 2.4.11, focus not
 * obscured). Measured, not written per breakpoint: the navigation wraps to one, two or three
 * rows with the width, the text size and who is signed in.
 */
export function StickyHeaderOffset({ headerId }: { headerId: string }) {
  useEffect(() => {
    const header = document.getElementById(headerId);
    if (!header) return;
    const root = document.documentElement;
    const update = () => {
      const sticky = getComputedStyle(header).position === "sticky";
      root.style.setProperty("--sticky-header-height", `${sticky ? header.offsetHeight : 0}px`);
    };
    update();
    // The header's own size (its navigation wrapping), and the width at which it stops being
    // sticky, which need not change its size.
    const observer = new ResizeObserver(update);
    observer.observe(header);
    window.addEventListener("resize", update);
    return () => {
      observer.disconnect();
      window.removeEventListener("resize", update);
    };
  }, [headerId]);
  return null;
}
