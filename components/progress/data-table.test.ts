// A chart's table scrolls in a box of its own (a month of days is taller than it): the box must
// be a named tab stop, or a keyboard cannot scroll it (axe: scrollable-region-focusable).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import { DataTable } from "./data-table";

test("the table's scrolling box is a region named by the caption, in the tab order", () => {
  const html = renderToStaticMarkup(
    createElement(DataTable, {
      caption: "Days with cards due in the next 30 days",
      columns: ["Day", "Cards due"],
      rows: Array.from({ length: 30 }, (_, i) => [`Day ${i + 1}`, i]),
    }),
  );
  const box = html.match(/^<div [^>]*>/)?.[0] ?? "";
  expect(box).toMatch(/\boverflow-auto\b/);
  expect(box).toContain('role="region"');
  expect(box).toContain('aria-label="Days with cards due in the next 30 days"');
  expect(box).toContain('tabindex="0"');
});
