// Grader edges: tests for the graders' mutants that survived Stryker (README "Mutation
// testing"): the review's detail for multiple select, matching and ordering, a right item used
// first for the wrong left item, responses that repeat or invent items, and an ordering of one
// item. Each case was seen failing with its mutant applied by hand. Questions are built inside
// the tests (with Stryker's ignoreStatic, work done while the file loads is not counted).
import { expect, test } from "vitest";
import { gradeResponse } from "./grade";
import type { MatchingQuestion, MultipleSelectQuestion, OrderingQuestion, Question } from "./types";

function base(kind: Question["kind"]) {
  return {
    id: kind,
    publicId: "q_x",
    prompt: "p",
    explanation: "e",
    sources: [],
    difficulty: 1 as const,
    level: "recall" as const,
    scope: "source" as const,
    beyondSource: false,
    factIds: ["f"],
    tags: { programmeIds: ["p"], topic: "p", kind, template: `${kind}.t` },
  };
}
const choices = (...ids: string[]) => ids.map((id) => ({ id, text: id.toUpperCase() }));

function multi(options: string[], answers: string[]): MultipleSelectQuestion {
  return {
    ...base("multiple-select"),
    kind: "multiple-select",
    options: choices(...options),
    answers,
  };
}

function matching(n: number): MatchingQuestion {
  const ids = Array.from({ length: n }, (_, i) => i + 1);
  return {
    ...base("matching"),
    kind: "matching",
    leftLabel: "L",
    rightLabel: "R",
    left: choices(...ids.map((i) => `l${i}`)),
    right: choices(...ids.map((i) => `r${i}`)),
    answer: ids.map((i) => ({ leftId: `l${i}`, rightId: `r${i}` })),
  };
}

function ordering(n: number): OrderingQuestion {
  const ids = Array.from({ length: n }, (_, i) => `i${i + 1}`);
  return {
    ...base("ordering"),
    kind: "ordering",
    items: choices(...ids),
    answer: ids,
    orderLabel: "Earliest first",
  };
}

test("the review's detail for multiple select: the key, hits, misses and wrong picks", () => {
  const q = multi(["a", "b", "c", "x", "y"], ["a", "b", "c"]);
  const result = gradeResponse(q, { kind: "multiple-select", optionIds: ["a", "x", "y"] });
  expect(result.detail).toEqual({
    kind: "multiple-select",
    expected: ["a", "b", "c"],
    hits: 1,
    missed: 2,
    wrongPicks: 2,
  });
  expect(result.score).toBe(0);
});

test("multiple select where every option is an answer: a partial pick scores its share", () => {
  const q = multi(["a", "b"], ["a", "b"]);
  const result = gradeResponse(q, { kind: "multiple-select", optionIds: ["a"] });
  expect(result).toMatchObject({ score: 0.5, correct: false });
});

test("the review's detail for matching: the key, pairs right and the total", () => {
  const q = matching(3);
  const result = gradeResponse(q, {
    kind: "matching",
    pairs: [
      { leftId: "l1", rightId: "r1" },
      { leftId: "l2", rightId: "r3" },
    ],
  });
  expect(result.detail).toEqual({
    kind: "matching",
    expected: q.answer,
    correctPairs: 1,
    total: 3,
  });
});

test.each<[string, Array<[string, string]>, number]>([
  // r1 given first to l2 (wrong) is used up: giving it to l1 afterwards earns nothing.
  [
    "a right item counts only where it was first used",
    [
      ["l2", "r1"],
      ["l1", "r1"],
    ],
    0,
  ],
  // A pair for a left item the question does not have uses up nothing.
  [
    "an unknown left item is ignored",
    [
      ["zz", "r1"],
      ["l1", "r1"],
    ],
    0.5,
  ],
  [
    "every pair right",
    [
      ["l2", "r2"],
      ["l1", "r1"],
    ],
    1,
  ],
])("matching: %s", (_name, given, score) => {
  const result = gradeResponse(matching(2), {
    kind: "matching",
    pairs: given.map(([leftId, rightId]) => ({ leftId, rightId })),
  });
  expect(result.score).toBe(score);
  expect(result.correct).toBe(score === 1);
});

test("a matching question with no pairs scores 0, not NaN", () => {
  const result = gradeResponse(matching(0), { kind: "matching", pairs: [] });
  expect(result.score).toBe(0);
});

test("the review's detail for ordering: the key, pairs in order and all pairs", () => {
  const q = ordering(3);
  const result = gradeResponse(q, { kind: "ordering", itemIds: ["i2", "i1", "i3"] });
  expect(result.detail).toEqual({
    kind: "ordering",
    expected: ["i1", "i2", "i3"],
    totalPairs: 3,
    concordantPairs: 2,
  });
  expect(result.score).toBeCloseTo(2 / 3, 10);
});

test.each<[string, string[]]>([
  ["the order with an item repeated at the end", ["i1", "i2", "i3", "i1"]],
  ["an unknown item in place of one", ["i1", "i2", "zz"]],
  ["an unknown item first", ["zz", "i1", "i2"]],
])("ordering: %s is not a permutation and scores 0", (_name, itemIds) => {
  const result = gradeResponse(ordering(3), { kind: "ordering", itemIds });
  expect(result).toMatchObject({ score: 0, correct: false, detail: { concordantPairs: 0 } });
});

test("an ordering of one item has no pairs: it scores 0, never NaN or correct", () => {
  const result = gradeResponse(ordering(1), { kind: "ordering", itemIds: ["i1"] });
  expect(result).toMatchObject({ score: 0, correct: false, detail: { totalPairs: 0 } });
});
