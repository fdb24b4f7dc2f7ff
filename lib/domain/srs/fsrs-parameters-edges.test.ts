// FSRS-6 parameter edges (surviving mutants, README "Mutation testing"): the clamp runs with
// short-term scheduling on (w19 at least 0.01, not 0), and the predicate answers false for a
// NaN instead of throwing.
import { expect, test } from "vitest";
import {
  DEFAULT_PARAMETERS,
  isSchedulerParameters,
  toSchedulerParameters,
} from "./fsrs-parameters";

const withWeight = (index: number, value: number) => {
  const w = [...DEFAULT_PARAMETERS];
  w[index] = value;
  return w;
};

test.each([
  { w19: 0, clamped: 0.01 },
  { w19: 0.005, clamped: 0.01 },
  { w19: 0.01, clamped: 0.01 },
])("w19 = $w19 is clamped to $clamped (short-term scheduling on)", ({ w19, clamped }) => {
  expect(toSchedulerParameters(withWeight(19, w19))[19]).toBe(clamped);
  expect(isSchedulerParameters(withWeight(19, w19))).toBe(w19 === clamped);
});

test.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
  "a vector holding %s is not usable: false, not an exception",
  (bad) => {
    for (const index of [0, 10, 20]) {
      expect(isSchedulerParameters(withWeight(index, bad))).toBe(false);
    }
  },
);
