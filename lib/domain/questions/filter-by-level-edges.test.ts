// Level filter edges: with no levels the bank comes back whole as a new array (the caller may
// sort or trim it without touching the bank), and with levels only the questions of those
// levels, in bank order. Each test was seen failing with its Stryker mutant applied by hand.
import { expect, test } from "vitest";
import { filterByLevel } from "./filter-by-level";
import type { QuestionLevel } from "./types";

const bank: Array<{ id: string; level?: QuestionLevel }> = [
  { id: "a", level: "recall" },
  { id: "b", level: "apply" },
  { id: "c" },
  { id: "d", level: "recall" },
];

// Line 11 (no levels: a copy of the bank, not the bank itself).
test("no levels gives every question, in a new array", () => {
  const all = filterByLevel(bank, []);
  expect(all).toEqual(bank);
  expect(all).not.toBe(bank);
  all.pop();
  expect(bank).toHaveLength(4);
});

test("levels keep only their questions, in bank order", () => {
  expect(filterByLevel(bank, ["recall"]).map((q) => q.id)).toEqual(["a", "d"]);
  expect(filterByLevel(bank, ["apply", "recall"]).map((q) => q.id)).toEqual(["a", "b", "d"]);
  expect(filterByLevel(bank, ["compare"])).toEqual([]);
});
