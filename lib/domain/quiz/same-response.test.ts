import { expect, test } from "vitest";
import { sameResponse } from "./same-response";

test.each([
  [{ kind: "cloze", text: "a" }, { text: "a", kind: "cloze" }, true],
  [{ kind: "ordering", itemIds: ["a", "b"] }, { itemIds: ["a", "b"], kind: "ordering" }, true],
  [{ kind: "ordering", itemIds: ["a", "b"] }, { kind: "ordering", itemIds: ["b", "a"] }, false],
  [
    { kind: "matching", pairs: [{ leftId: "l", rightId: "r" }] },
    { pairs: [{ rightId: "r", leftId: "l" }], kind: "matching" },
    true,
  ],
  [{ kind: "true-false", value: true }, { kind: "true-false", value: false }, false],
])("sameResponse(%o, %o) = %s", (a, b, expected) => {
  expect(sameResponse(a, b)).toBe(expected);
});
