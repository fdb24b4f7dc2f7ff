import fc from "fast-check";
import { distance } from "fastest-levenshtein";
import { expect, test } from "vitest";
import { osaDistance } from "./edit-distance";

test.each<[string, string, number]>([
  ["poland", "poland", 0],
  ["poland", "polnad", 1],
  ["ghana", "gahna", 1],
  ["peace", "paece", 1],
  ["ab", "ba", 1],
  ["abc", "ca", 3],
  ["kitten", "sitting", 3],
  ["", "abc", 3],
  ["abc", "", 3],
  ["brussels", "brusels", 1],
  ["1994", "1949", 1],
])("osaDistance(%j, %j) = %i", (a, b, expected) => {
  expect(osaDistance(a, b)).toBe(expected);
  expect(osaDistance(b, a)).toBe(expected);
});

test("a limit stops early and reports limit + 1 beyond it", () => {
  expect(osaDistance("partnership", "dialogue", 1)).toBe(2);
  expect(osaDistance("abcdef", "abcdefghij", 2)).toBe(3);
  expect(osaDistance("poland", "polnad", 1)).toBe(1);
  // An empty side is capped too: the length check comes before the empty-string shortcuts.
  expect(osaDistance("", "abcd", 2)).toBe(3);
  expect(osaDistance("abcd", "", 2)).toBe(3);
});

test("property: never more than Levenshtein, never less than half of it", () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
      const lev = distance(a, b);
      const osa = osaDistance(a, b);
      expect(osa).toBeLessThanOrEqual(lev);
      expect(2 * osa).toBeGreaterThanOrEqual(lev);
      expect(osa).toBe(osaDistance(b, a));
    }),
    { numRuns: 500 },
  );
});
