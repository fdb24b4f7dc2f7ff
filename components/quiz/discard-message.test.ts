import { expect, test } from "vitest";
import { discardMessage } from "./discard-message";

test.each([
  ["practice", 0, "Discard this unfinished quiz? It leaves your list for good."],
  [
    "practice",
    1,
    "Discard this unfinished quiz? It leaves your list for good. " +
      "The 1 answer you checked still counts towards your progress.",
  ],
  [
    "practice",
    3,
    "Discard this unfinished quiz? It leaves your list for good. " +
      "The 3 answers you checked still count towards your progress.",
  ],
  ["exam", 0, "Discard this unfinished exam? It leaves your list for good."],
  [
    "exam",
    1,
    "Discard this unfinished exam? It leaves your list for good. " +
      "Its 1 answer goes with it: an exam counts only once it is submitted.",
  ],
  [
    "exam",
    2,
    "Discard this unfinished exam? It leaves your list for good. " +
      "Its 2 answers go with it: an exam counts only once it is submitted.",
  ],
] as const)("%s with %i answers", (mode, answered, message) => {
  expect(discardMessage(mode, answered)).toBe(message);
});
