// More pins than the set holds: the first `count` distinct pins are the set (a surviving
// mutant kept them all; README "Mutation testing").
import { expect, test } from "vitest";
import { drawQuizSet } from "./draw-quiz-set";

test("only the first `count` distinct pins are kept, and nothing is drawn", () => {
  const options = {
    programmeIds: [],
    kinds: [],
    sourceOnly: false,
    pinnedIds: ["q5", "q5", "q1", "q3"],
    excludedIds: [],
  };
  expect(drawQuizSet([], { ...options, count: 2 }, "s")).toEqual({
    ids: ["q5", "q1"],
    available: 2,
  });
});
