import { expect, test } from "vitest";
import { studySettingsSchema } from "./flashcards";

const valid = {
  newCardsPerDay: 20,
  maxReviewsPerDay: 200,
  desiredRetention: 0.9,
  timeZone: "Europe/Brussels",
};

const errorsOf = (input: Record<string, unknown>) => {
  const result = studySettingsSchema.safeParse({ ...valid, ...input });
  return result.success
    ? null
    : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

test.each([
  // A cleared field: refused, where coercion had made it 0 and stopped new cards for good.
  [{ newCardsPerDay: "" }, ["newCardsPerDay: Enter a number."]],
  [{ maxReviewsPerDay: "  " }, ["maxReviewsPerDay: Enter a number."]],
  [{ newCardsPerDay: "abc" }, ["newCardsPerDay: Enter a number."]],
  [{ newCardsPerDay: "-1" }, ["newCardsPerDay: At least 0."]],
  [{ newCardsPerDay: "2.5" }, ["newCardsPerDay: Use a whole number."]],
  [{ maxReviewsPerDay: 5001 }, ["maxReviewsPerDay: At most 5000."]],
])("%o is refused: %o", (input, errors) => {
  expect(errorsOf(input)).toEqual(errors);
});

test.each([
  [{ newCardsPerDay: "0" }, 0],
  [{ newCardsPerDay: " 15 " }, 15],
  [{ newCardsPerDay: 500 }, 500],
])("%o is read as %d new cards a day", (input, expected) => {
  const result = studySettingsSchema.safeParse({ ...valid, ...input });
  expect(result.success && result.data.newCardsPerDay).toBe(expected);
});
