// Response schema edges: parseResponse (the entry point for a learner's untrusted response)
// returns the parsed response or a failure. Each test was seen failing with its Stryker mutant
// applied by hand.
import { expect, test } from "vitest";
import { parseResponse } from "./response-schema";

// Line 36 (parseResponse returns the schema's result).
test("parseResponse accepts a well-formed response and rejects a malformed one", () => {
  expect(parseResponse({ kind: "ordering", itemIds: ["b", "a"] })).toEqual({
    success: true,
    data: { kind: "ordering", itemIds: ["b", "a"] },
  });
  expect(parseResponse({ kind: "true-false", value: true, extra: 1 }).success).toBe(false);
  expect(parseResponse({ kind: "single-choice", optionId: "Not An Id" }).success).toBe(false);
});
