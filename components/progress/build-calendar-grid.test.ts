import { describe, expect, test } from "vitest";
import type { DayActivity } from "@/lib/domain/progress/dashboard-view";
import { buildCalendarGrid } from "./build-calendar-grid";

/** `days` consecutive days from `start`, with answers taken from `totals` (0 when short). */
function days(start: string, count: number, totals: number[] = []): DayActivity[] {
  const t0 = Date.parse(`${start}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => ({
    day: new Date(t0 + i * 86_400_000).toISOString().slice(0, 10),
    answers: totals[i] ?? 0,
    scoreSum: 0,
    reviews: 0,
  }));
}

describe("buildCalendarGrid", () => {
  test("an empty year has no cells", () => {
    expect(buildCalendarGrid([])).toEqual({ columns: 0, cells: [], months: [], legend: [] });
  });

  test.each([
    // 2026-03-02 is a Monday, 2026-03-04 a Wednesday, 2026-03-08 a Sunday.
    { start: "2026-03-02", firstRow: 0, columns: 1, count: 7 },
    { start: "2026-03-04", firstRow: 2, columns: 2, count: 7 },
    { start: "2026-03-08", firstRow: 6, columns: 2, count: 2 },
    { start: "2025-03-10", firstRow: 0, columns: 53, count: 365 },
  ])(
    "rows are Monday-first weekdays and columns weeks (start $start)",
    ({ start, firstRow, columns, count }) => {
      const grid = buildCalendarGrid(days(start, count));
      expect(grid.cells[0]).toMatchObject({ row: firstRow, column: 0 });
      expect(grid.columns).toBe(columns);
      for (const cell of grid.cells) {
        expect((new Date(`${cell.day}T00:00:00Z`).getUTCDay() + 6) % 7).toBe(cell.row);
      }
    },
  );

  test("every day keeps one cell, in order, and no two cells share a slot", () => {
    const grid = buildCalendarGrid(days("2025-06-19", 365));
    expect(grid.cells.map((c) => c.day)).toEqual(days("2025-06-19", 365).map((d) => d.day));
    expect(new Set(grid.cells.map((c) => `${c.column}:${c.row}`)).size).toBe(365);
  });

  test.each([
    { totals: [0, 0, 0], levels: [0, 0, 0], legend: ["None"] },
    { totals: [5, 0, 5], levels: [4, 0, 4], legend: ["None", "1–5"] },
    { totals: [1, 2, 3, 4, 0], levels: [1, 2, 3, 4, 0], legend: ["None", "1", "2", "3", "4"] },
    { totals: [1, 1, 1, 9], levels: [2, 2, 2, 4], legend: ["None", "1", "2–9"] },
    {
      totals: [1, 2, 3, 4, 5, 6, 7, 8, 20],
      levels: [1, 1, 1, 2, 2, 3, 3, 4, 4],
      legend: ["None", "1–3", "4–5", "6–7", "8–20"],
    },
  ])("levels follow the quartiles of active days: $totals", ({ totals, levels, legend }) => {
    const grid = buildCalendarGrid(days("2026-01-05", totals.length, totals));
    expect(grid.cells.map((c) => c.level)).toEqual(levels);
    expect(grid.legend.map((l) => l.label)).toEqual(legend);
    // The darkest colour always belongs to the busiest day.
    if (totals.some((t) => t > 0)) expect(grid.legend.at(-1)?.level).toBe(4);
  });

  test("month labels start on the first week of each month and never crowd each other", () => {
    const grid = buildCalendarGrid(days("2025-03-10", 365));
    expect(grid.months[0]).toEqual({ column: 0, label: "Mar" });
    expect(grid.months.map((m) => m.label)).toContain("Apr");
    for (let i = 1; i < grid.months.length; i++) {
      expect(grid.months[i]!.column - grid.months[i - 1]!.column).toBeGreaterThanOrEqual(3);
    }
    // 2025-04-01 is a Tuesday: April's label sits on the week starting Monday 7 April.
    const april = grid.months.find((m) => m.label === "Apr")!;
    expect(grid.cells.find((c) => c.day === "2025-04-07")?.column).toBe(april.column);
  });

  test("a short first month gives way to the next month's label", () => {
    const grid = buildCalendarGrid(days("2025-03-27", 60));
    expect(grid.months[0]?.label).toBe("Apr");
  });
});
