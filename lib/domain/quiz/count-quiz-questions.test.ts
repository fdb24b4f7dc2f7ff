import { describe, expect, test } from "vitest";
import type { FilterableQuestion } from "./draw-quiz";
import {
  countQuizQuestions,
  quizOnProgrammeHref,
  quizQuestionCountLabel,
} from "./count-quiz-questions";

const q = (programmeIds: string[], topic: string, beyondSource = false): FilterableQuestion => ({
  kind: "single-choice",
  beyondSource,
  tags: { programmeIds, topic },
});

// A question counts for a programme when the programme is among its programmes or is its topic.
const sourceOnlyBank = [q(["pfp"], "pfp"), q(["itpp", "pfp"], "itpp"), q(["itpp"], "pfp")];
const bank = [...sourceOnlyBank, q(["pfp"], "pfp", true), q(["md"], "dialogues", true)];

describe("countQuizQuestions", () => {
  test.each([
    ["a programme of the source counts its source-document questions", "pfp", false, 3, true],
    ["a question on another programme but of this topic counts", "itpp", false, 2, true],
    ["a programme beyond the source counts with the background", "md", true, 1, false],
    ["a topic whose questions name other programmes counts them", "dialogues", false, 0, true],
  ])("%s", (_name, id, beyondSource, count, sourceOnly) => {
    expect(countQuizQuestions({ bank, sourceOnlyBank }, { id, beyondSource })).toEqual({
      count,
      sourceOnly,
    });
  });
});

test.each([
  [
    { count: 34, sourceOnly: true },
    "34 questions you can be quizzed on (from the source document)",
  ],
  [{ count: 1, sourceOnly: false }, "1 question you can be quizzed on (NATO background included)"],
])("the label says what %o counts", (count, label) => {
  expect(quizQuestionCountLabel(count)).toBe(label);
});

test("the quiz link opens in the scope that was counted", () => {
  expect(quizOnProgrammeHref("pfp", { count: 3, sourceOnly: true })).toBe(
    "/quizzes/new?programme=pfp",
  );
  expect(quizOnProgrammeHref("md", { count: 1, sourceOnly: false })).toBe(
    "/quizzes/new?programme=md&background=1",
  );
});
