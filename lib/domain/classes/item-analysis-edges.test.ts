// Item-analysis edges the first tests left open (surviving mutants, README "Mutation
// testing"): learners asked different numbers of questions, shared questions counted once,
// empty and mismatched inputs to pearson, answers that differ by a space.
import { describe, expect, test } from "vitest";
import {
  computeItemAnalysis,
  mostCommonWrongAnswers,
  pearson,
  type LearnerItemScores,
} from "./item-analysis";

const learner = (learnerId: string, scores: Record<string, number>): LearnerItemScores => ({
  learnerId,
  scores: new Map(Object.entries(scores)),
});

describe("computeItemAnalysis with sets drawn per learner", () => {
  /*
   * The rest score is the mean of the learner's other questions, so it depends on how many
   * each learner had:        q1 | others        | rest for q1
   *   ann (3 questions)        1 | 1, 1          | 2/2 = 1
   *   ben (2)                  1 | 0             | 0/1 = 0
   *   cat (4)                  0 | 1, 1, 0       | 2/3
   *   dan (3)                  0 | 0, 1          | 1/2
   * x = 1,1,0,0 (mean 1/2), rest = 1, 0, 2/3, 1/2 (mean 13/24):
   * sxy = -1/12, sxx = 1, syy = 25/48, r = -1/12 / sqrt(25/48) = -sqrt(3)/15.
   */
  const rows = [
    learner("ann", { q1: 1, q2: 1, q3: 1 }),
    learner("ben", { q1: 1, q2: 0 }),
    learner("cat", { q1: 0, q2: 1, q3: 1, q4: 0 }),
    learner("dan", { q1: 0, q2: 0, q3: 1 }),
  ];
  // Computed inside each test, not while the file loads: Stryker switches a mutant on after
  // loading, so a result computed at load time would never see it.
  test("each question once, in order of first appearance", () => {
    const items = computeItemAnalysis(rows);
    expect(items.map((i) => i.questionId)).toEqual(["q1", "q2", "q3", "q4"]);
    expect(items.map((i) => i.count)).toEqual([4, 4, 3, 1]);
  });

  test("q1's discrimination uses each learner's own rest mean", () => {
    const items = computeItemAnalysis(rows);
    expect(items[0]!.discrimination).toBeCloseTo(-Math.sqrt(3) / 15, 12);
  });
});

describe("pearson, inputs with no answer", () => {
  test.each([
    ["no pairs", [], []],
    ["one pair", [1], [0]],
    ["lengths differ", [0, 1], [1]],
    ["no variance on one side", [0, 1, 1], [0.5, 0.5, 0.5]],
  ])("%s: null", (_name, xs, ys) => {
    expect(pearson(xs, ys)).toBeNull();
  });
});

test("answers that differ by a space are different answers; spacing runs are one space", () => {
  expect(mostCommonWrongAnswers(["a b", "ab", "A  b", " ab "])).toEqual([
    { answer: "a b", count: 2 },
    { answer: "ab", count: 2 },
  ]);
});
