import { expect, test } from "vitest";
import { plural } from "./plural";

test.each([
  [0, "question", undefined, "0 questions"],
  [1, "question", undefined, "1 question"],
  [2, "day", undefined, "2 days"],
  [1234, "review", undefined, "1,234 reviews"],
  [1, "quiz", "quizzes", "1 quiz"],
  [3, "quiz", "quizzes", "3 quizzes"],
])("plural(%i, %s, %s) = %s", (count, one, many, expected) => {
  expect(plural(count, one, many)).toBe(expected);
});
