import { describe, expect, test } from "vitest";
import {
  parseTooManyAttempts,
  tooManyAttemptsCode,
  tooManySignInsMessage,
  waitInWords,
} from "./wait-message";

describe("wait in words", () => {
  test.each([
    [1, "in 1 second"],
    [45, "in 45 seconds"],
    [60, "in 1 minute"],
    [61, "in 2 minutes"],
    [900, "in 15 minutes"],
    [3 * 3600, "in 3 hours"],
  ])("%i s -> %s", (seconds, words) => {
    expect(waitInWords(seconds)).toBe(words);
  });

  test("the sign-in code carries the wait to the form and back", () => {
    expect(parseTooManyAttempts(tooManyAttemptsCode(299.2))).toBe(300);
    expect(parseTooManyAttempts("CredentialsSignin")).toBeNull();
    expect(parseTooManyAttempts(undefined)).toBeNull();
    expect(tooManySignInsMessage(300)).toBe("Too many sign-in attempts. Try again in 5 minutes.");
  });
});
