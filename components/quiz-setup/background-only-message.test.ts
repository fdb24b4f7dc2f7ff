import { expect, test } from "vitest";
import { backgroundOnlyKindsMessage, backgroundOnlyMessage } from "./background-only-message";

test.each([
  [[], ""],
  [
    ["Mediterranean Dialogue"],
    "Mediterranean Dialogue: its questions all come from NATO background, which is not included.",
  ],
  [
    ["Mediterranean Dialogue", "Istanbul Cooperation Initiative"],
    "Mediterranean Dialogue and Istanbul Cooperation Initiative: their questions all come " +
      "from NATO background, which is not included.",
  ],
  [
    ["A", "B", "C"],
    "A, B and C: their questions all come from NATO background, which is not included.",
  ],
])("the note for %o", (names, message) => {
  expect(backgroundOnlyMessage(names)).toBe(message);
});

test.each([
  [[], ""],
  [["Ordering"], "Ordering questions all come from NATO background, which is not included."],
  [
    ["Matching", "Ordering"],
    "Matching and Ordering questions all come from NATO background, which is not included.",
  ],
])("the note for the kinds %o", (labels, message) => {
  expect(backgroundOnlyKindsMessage(labels)).toBe(message);
});
