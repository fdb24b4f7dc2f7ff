import { describe, expect, test } from "vitest";
import fc from "fast-check";
import type { AssignmentStatus } from "./assignment-status";
import { learnerTotals, meanScore, type GradebookCell } from "./gradebook";

const cell = (status: AssignmentStatus, bestScore: number | null = null): GradebookCell => ({
  status,
  bestScore,
});

describe("meanScore", () => {
  test.each([
    [[], null],
    [[null, null], null],
    [[0.5], 0.5],
    [[1, 0.5, null], 0.75],
    [[0, null, 0], 0],
  ])("of %o is %o", (scores, mean) => {
    expect(meanScore(scores)).toBe(mean);
  });
});

describe("learnerTotals", () => {
  test.each<[string, GradebookCell[], ReturnType<typeof learnerTotals>]>([
    ["no assignment", [], { done: 0, opened: 0, meanBestScore: null }],
    [
      "done late counts as done; upcoming is not opened",
      [cell("done", 0.75), cell("done-late", 0.25), cell("upcoming")],
      { done: 2, opened: 2, meanBestScore: 0.5 },
    ],
    [
      "late and to-do are opened and not done; a score of 0 counts",
      [cell("late"), cell("to-do"), cell("done", 0)],
      { done: 1, opened: 3, meanBestScore: 0 },
    ],
    [
      "a late attempt that does not count leaves no score",
      [cell("done-late", null), cell("done", 1)],
      { done: 2, opened: 2, meanBestScore: 1 },
    ],
  ])("%s", (_name, cells, totals) => {
    expect(learnerTotals(cells)).toEqual(totals);
  });

  const statuses: AssignmentStatus[] = ["upcoming", "to-do", "done", "late", "done-late"];
  test("done never exceeds opened, and the mean lies between the scores", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            status: fc.constantFrom(...statuses),
            bestScore: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
          }),
        ),
        (cells) => {
          const totals = learnerTotals(cells);
          expect(totals.done).toBeLessThanOrEqual(totals.opened);
          const scores = cells.map((c) => c.bestScore).filter((s): s is number => s !== null);
          if (scores.length === 0) expect(totals.meanBestScore).toBeNull();
          else {
            expect(totals.meanBestScore!).toBeGreaterThanOrEqual(Math.min(...scores) - 1e-12);
            expect(totals.meanBestScore!).toBeLessThanOrEqual(Math.max(...scores) + 1e-12);
          }
        },
      ),
    );
  });
});
