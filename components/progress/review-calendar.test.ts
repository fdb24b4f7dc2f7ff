import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import type { DayActivity } from "@/lib/domain/progress/dashboard-view";
import { buildCalendarGrid } from "./build-calendar-grid";
import { ReviewCalendar } from "./review-calendar";
import { byMonth } from "./study-calendar-section";

/** A year of days from 2025-12-01, every day active with 1..9 answers. */
const year: DayActivity[] = Array.from({ length: 365 }, (_, i) => ({
  day: new Date(Date.UTC(2025, 11, 1) + i * 86_400_000).toISOString().slice(0, 10),
  answers: 1 + (i % 9),
  scoreSum: 0,
  reviews: i % 2,
}));

describe("the study calendar stays light (issue 15)", () => {
  test("a year is drawn as one path per colour level, not an element per day", () => {
    const grid = buildCalendarGrid(year);
    const html = renderToStaticMarkup(createElement(ReviewCalendar, { grid }));
    const paths = html.match(/<path /g) ?? [];
    expect(paths.length).toBe(new Set(grid.cells.map((c) => c.level)).size);
    expect(html).not.toContain("<title>");
    expect(html.match(/<rect /g)).toHaveLength(1); // today's outline
    // Every day is a square in its level's path: one zero-length subpath per day, which the
    // group's square line cap draws as a square.
    expect(html.match(/M\d/g)).toHaveLength(365);
    const subpaths = [...html.matchAll(/ d="([^"]*)"/g)].flatMap((m) => m[1]!.split("M").slice(1));
    expect(subpaths.every((s) => /^\d+ [0-6]h0$/.test(s))).toBe(true);
    expect(html).toContain('stroke-linecap="square"');
    expect(html.length).toBeLessThan(5_500);
  });

  test("the table sums the year by month, oldest first, skipping idle months", () => {
    const rows = byMonth([
      ...year.slice(0, 31),
      { day: "2026-01-05", answers: 0, scoreSum: 0, reviews: 0 },
      { day: "2026-03-02", answers: 2, scoreSum: 0, reviews: 3 },
    ]);
    expect(rows).toEqual([
      {
        label: "Dec 2025",
        days: 31,
        answers: year.slice(0, 31).reduce((s, d) => s + d.answers, 0),
        reviews: 15,
      },
      { label: "Mar 2026", days: 1, answers: 2, reviews: 3 },
    ]);
  });
});
