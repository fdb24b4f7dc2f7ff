import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { copyName } from "./copy-name";

describe("copyName", () => {
  test.each([
    ["Week 1 quiz", [], "Week 1 quiz (copy)"],
    ["Week 1 quiz", ["Week 1 quiz (copy)"], "Week 1 quiz (copy 2)"],
    ["Week 1 quiz", ["Week 1 quiz (copy)", "Week 1 quiz (copy 2)"], "Week 1 quiz (copy 3)"],
    // A gap is filled: the first name not in use.
    ["Week 1 quiz", ["Week 1 quiz (copy 2)"], "Week 1 quiz (copy)"],
    // A copy of a copy counts from the original's name.
    ["Week 1 quiz (copy)", ["Week 1 quiz (copy)"], "Week 1 quiz (copy 2)"],
    ["Week 1 quiz (copy 4)", ["Week 1 quiz (copy)"], "Week 1 quiz (copy 2)"],
    // Only a trailing "(copy)" is the suffix.
    ["(copy) drills", [], "(copy) drills (copy)"],
    ["(copy)", [], "(copy) (copy)"],
  ])("%s, with %j taken: %s", (name, taken, expected) => {
    expect(copyName(name, new Set(taken), 100)).toBe(expected);
  });

  test("a name at the limit is shortened before the suffix", () => {
    const long = "A".repeat(98) + " B";
    expect(copyName(long, new Set(), 100)).toBe("A".repeat(93) + " (copy)");
    expect(copyName(long, new Set(), 100)).toHaveLength(100);
  });

  test("always a name not in use, within the limit, ending in the copy suffix", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 100 }).filter((s) => s.trim() !== ""),
        fc.array(fc.string({ maxLength: 100 }), { maxLength: 5 }),
        fc.integer({ min: 0, max: 4 }),
        (name, others, copies) => {
          const taken = new Set(others);
          for (let i = 0; i < copies; i += 1) taken.add(copyName(name, taken, 100));
          const result = copyName(name, taken, 100);
          expect(taken.has(result)).toBe(false);
          expect(result.length).toBeLessThanOrEqual(100);
          expect(result).toMatch(/ \(copy(?: \d+)?\)$/);
        },
      ),
    );
  });
});
