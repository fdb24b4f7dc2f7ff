import { describe, expect, test } from "vitest";
import { startAttemptConfirmation } from "./start-attempt-confirmation";

describe("startAttemptConfirmation", () => {
  test.each([
    [1, "This uses 1 of your 1 remaining attempt at “Week 1”; none will be left. Start now?"],
    [2, "This uses 1 of your 2 remaining attempts at “Week 1”; 1 will be left. Start now?"],
    [5, "This uses 1 of your 5 remaining attempts at “Week 1”; 4 will be left. Start now?"],
  ])("%s attempts left", (attemptsLeft, expected) => {
    expect(startAttemptConfirmation({ name: "Week 1", attemptsLeft })).toBe(expected);
  });

  test("no limit, or none left (no Start button then): nothing is asked", () => {
    expect(startAttemptConfirmation({ name: "Week 1", attemptsLeft: null })).toBeUndefined();
    expect(startAttemptConfirmation({ name: "Week 1", attemptsLeft: 0 })).toBeUndefined();
  });
});
