import { default_w, fsrs } from "ts-fsrs";
import { describe, expect, test } from "vitest";
import {
  DEFAULT_PARAMETERS,
  isSchedulerParameters,
  PARAMETER_COUNT,
  toSchedulerParameters,
} from "./fsrs-parameters";

describe("FSRS-6 parameter vectors for ts-fsrs 5.4", () => {
  test("the defaults are ts-fsrs's 21 FSRS-6 weights", () => {
    expect(PARAMETER_COUNT).toBe(21);
    expect(DEFAULT_PARAMETERS).toEqual([...default_w]);
    expect(isSchedulerParameters(DEFAULT_PARAMETERS)).toBe(true);
  });

  test("21 in-range weights pass unchanged and ts-fsrs runs with exactly them", () => {
    const w = [...DEFAULT_PARAMETERS];
    w[0] = 0.5;
    w[20] = 0.3;
    expect(toSchedulerParameters(w)).toEqual(w);
    expect([...fsrs({ w: toSchedulerParameters(w) }).parameters.w]).toEqual(w);
  });

  test.each([
    { name: "FSRS-5's 19 weights", w: DEFAULT_PARAMETERS.slice(0, 19) },
    { name: "22 weights", w: [...DEFAULT_PARAMETERS, 0.1] },
  ])("refuses $name instead of letting ts-fsrs pad them", ({ w }) => {
    expect(() => toSchedulerParameters(w)).toThrow(/21 weights/);
    expect(isSchedulerParameters(w)).toBe(false);
  });

  test("a NaN is refused; an out-of-range weight is clamped to ts-fsrs's range", () => {
    const nan = [...DEFAULT_PARAMETERS];
    nan[3] = Number.NaN;
    expect(() => toSchedulerParameters(nan)).toThrow();
    const tooBig = [...DEFAULT_PARAMETERS];
    tooBig[20] = 2;
    expect(toSchedulerParameters(tooBig)[20]).toBe(0.8);
    expect(isSchedulerParameters(tooBig)).toBe(false);
  });
});
