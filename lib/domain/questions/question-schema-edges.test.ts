// Question schema edges: a stored value that is not an object (null, a string, a number) is
// rejected as invalid, not a crash, before any scope is filled in. Each test was seen failing
// with its Stryker mutant applied by hand.
import { expect, test } from "vitest";
import { QuestionListSchema, QuestionSchema } from "./question-schema";

// Line 47 (withScope passes null through to the schema instead of looking for "scope" in it).
test.each([null, "question", 42, undefined])("%j is not a question", (value) => {
  expect(QuestionSchema.safeParse(value).success).toBe(false);
  expect(QuestionListSchema.safeParse([value]).success).toBe(false);
});
