import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { createRng, sample, shuffle } from "./random";

const items = Array.from({ length: 10 }, (_, i) => i);

describe("createRng", () => {
  test("the same seed gives the same sequence", () => {
    fc.assert(
      fc.property(fc.string(), (seed) => {
        const a = createRng(seed);
        const b = createRng(seed);
        for (let i = 0; i < 20; i++) expect(a.int(0, 1000)).toBe(b.int(0, 1000));
      }),
    );
  });

  test("stays within bounds", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        (seed, min, span) => {
          const rng = createRng(seed);
          for (let i = 0; i < 10; i++) {
            const v = rng.int(min, min + span);
            expect(v).toBeGreaterThanOrEqual(min);
            expect(v).toBeLessThanOrEqual(min + span);
          }
        },
      ),
    );
  });

  test("different seeds give different orders", () => {
    const orders = new Set(
      Array.from({ length: 20 }, (_, i) => shuffle(items, createRng(`seed-${i}`)).join(",")),
    );
    expect(orders.size).toBeGreaterThan(15);
  });
});

describe("shuffle", () => {
  test("returns a permutation and leaves the input untouched", () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.string(), (input, seed) => {
        const copy = input.slice();
        const out = shuffle(input, createRng(seed));
        expect(input).toEqual(copy);
        expect(out.slice().sort((a, b) => a - b)).toEqual(copy.slice().sort((a, b) => a - b));
      }),
    );
  });
});

describe("sample", () => {
  test.each([
    [3, 3],
    [0, 0],
    [10, 10],
    [25, 10],
    [-1, 0],
  ])("sample(%i) of 10 items has %i distinct items", (count, expected) => {
    const out = sample(items, count, createRng("s"));
    expect(out).toHaveLength(expected);
    expect(new Set(out).size).toBe(expected);
    for (const v of out) expect(items).toContain(v);
  });
});
