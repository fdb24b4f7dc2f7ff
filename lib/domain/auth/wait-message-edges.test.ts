// Edges of the rate-limit wording and code the first tests left open (surviving mutants,
// README "Mutation testing").
import { expect, test } from "vitest";
import { parseTooManyAttempts, waitInWords } from "./wait-message";

test.each([
  ["TooManyAttempts:300", 300],
  ["TooManyAttempts", 15 * 60],
  ["xTooManyAttempts:300", null],
  ["TooManyAttempts:300x", null],
  ["TooManyAttempts:", null],
  ["", null],
  [null, null],
  [undefined, null],
])("%j -> %j", (code, seconds) => {
  expect(parseTooManyAttempts(code)).toBe(seconds);
});

test.each([
  [119 * 60, "in 119 minutes"],
  [120 * 60, "in 2 hours"],
])("%i s -> %s", (seconds, words) => {
  expect(waitInWords(seconds)).toBe(words);
});
