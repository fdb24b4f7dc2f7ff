import { describe, expect, test } from "vitest";
import { deleteSetConfirmation } from "./delete-set-confirmation";

describe("deleteSetConfirmation", () => {
  test.each([
    ["quiz", 0, "Delete the set “Week 1”? This cannot be undone."],
    ["quiz", 1, "Delete the set “Week 1” and the question you wrote in it? This cannot be undone."],
    [
      "quiz",
      3,
      "Delete the set “Week 1” and the 3 questions you wrote in it? This cannot be undone.",
    ],
    [
      "flashcards",
      2,
      "Delete the set “Week 1” and the 2 cards you wrote in it? This cannot be undone.",
    ],
    [
      "flashcards",
      null,
      "Delete the set “Week 1” and any cards you wrote in it? This cannot be undone.",
    ],
  ] as const)("a %s set with %s of the instructor's own items", (kind, ownItems, expected) => {
    expect(deleteSetConfirmation({ name: "Week 1", kind, ownItems })).toBe(expected);
  });
});
