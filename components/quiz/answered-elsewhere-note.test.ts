import { expect, test } from "vitest";
import { answeredElsewhereNote } from "./answered-elsewhere-note";

test.each([
  [
    false,
    true,
    "Question 2 was answered in another tab or window first. A checked answer is final, so " +
      "the answer shown for it is that one: the one you gave here was not saved.",
  ],
  [
    false,
    false,
    "Question 2 was answered in another tab or window first. A checked answer is final, so " +
      "the answer shown for it is that one.",
  ],
  // The device saved the stored answer itself: no other tab is blamed (walk finding 3).
  [
    true,
    true,
    "Question 2 was already checked here, before this copy of the page was loaded. A checked " +
      "answer is final, so the answer shown for it is your earlier one: the one you gave now " +
      "was not saved.",
  ],
  [
    true,
    false,
    "Question 2 was already checked here, before this copy of the page was loaded. A checked " +
      "answer is final, so the answer shown for it is your earlier one.",
  ],
])("earlier here %s, an answer of its own %s", (earlierHere, hadOwn, note) => {
  expect(answeredElsewhereNote(1, { earlierHere, hadOwn })).toBe(note);
});
