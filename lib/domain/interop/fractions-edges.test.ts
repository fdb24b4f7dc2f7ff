// Edges of fractions.ts the first tests left open (surviving mutants, README "Mutation testing").
// Line numbers are fractions.ts's; every case is built inside its test (mutants are switched on
// only after the file loads).
// - fractionPercent: zero is "0" (line 41, `"0"` -> `""`), up to but not at 1e-9 (41,
//   `< 1e-9` -> `<=`); a fraction off the list throws, with its value in the message (43,
//   `if (false)` and the message emptied); the sign of a negative fraction (44).
// - multipleSelectFractions, line 54: no right option, and 10 right or 10 wrong options at most
//   (`k === 0`, `k > 10`, `d > 10` each made false or `>=`, and the `||`s made `&&`).
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { fractionPercent, multipleSelectFractions } from "./fractions";

describe("fractionPercent", () => {
  test.each([
    [0, "0"],
    [-0, "0"],
    [0.999e-9, "0"],
    [-0.999e-9, "0"],
    [1, "100"],
    [-1, "-100"],
    [1 / 3, "33.33333"],
    [-1 / 3, "-33.33333"],
    [-1 / 7, "-14.28571"],
    [0.05, "5"],
    [-0.05, "-5"],
    // Within 1e-6 of a listed fraction.
    [0.5 + 0.9e-6, "50"],
    [-(0.5 - 0.9e-6), "-50"],
  ])("%d -> %j", (fraction, percent) => {
    expect(fractionPercent(fraction)).toBe(percent);
  });

  test.each([1e-9, -1e-9, 0.123, -0.123, 0.5 + 1.1e-6, 0.04, 1.5, Number.NaN])(
    "%d is not on Moodle's list",
    (fraction) => {
      expect(() => fractionPercent(fraction)).toThrow(
        new Error(`${fraction} is not one of Moodle's fractions`),
      );
    },
  );
});

describe("multipleSelectFractions", () => {
  test.each([
    [3, [], null],
    [5, [0, 2], [1 / 2, -1 / 3, 1 / 2, -1 / 3, -1 / 3]],
    [10, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], Array<number>(10).fill(1 / 10)],
    [11, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], null],
    [11, [0], [1, ...Array<number>(10).fill(-1 / 10)]],
    [12, [0], null],
    [
      20,
      [0, 2, 4, 6, 8, 10, 12, 14, 16, 18],
      Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? 1 / 10 : -1 / 10)),
    ],
    [21, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], null],
    [21, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], null],
  ])("%i options, right %j -> %j", (optionCount, correct, fractions) => {
    expect(multipleSelectFractions(optionCount, correct)).toEqual(fractions);
  });

  test("up to 10 right and 10 wrong options, every fraction is on Moodle's list", () => {
    const split = fc
      .record({ k: fc.integer({ min: 0, max: 12 }), d: fc.integer({ min: 0, max: 12 }) })
      .chain(({ k, d }) => {
        const indices = Array.from({ length: k + d }, (_, i) => i);
        return fc
          .subarray(indices, { minLength: k, maxLength: k })
          .map((correct) => ({ k, d, correct }));
      });
    fc.assert(
      fc.property(split, ({ k, d, correct }) => {
        const optionCount = k + d;
        const fractions = multipleSelectFractions(optionCount, correct);
        if (k === 0 || k > 10 || d > 10) {
          expect(fractions).toBeNull();
          return;
        }
        expect(fractions).toHaveLength(optionCount);
        const right = fractions!.filter((_, i) => correct.includes(i));
        const wrong = fractions!.filter((_, i) => !correct.includes(i));
        expect(right.every((f) => f === 1 / k)).toBe(true);
        expect(wrong.every((f) => f === -1 / d)).toBe(true);
        for (const f of fractions!) expect(() => fractionPercent(f)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
