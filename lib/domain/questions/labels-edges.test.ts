// Labels and scoring rules (kind-labels.ts, level-labels.ts, scoring-rules.ts): only pages and
// components read them, so no unit test reached them. Exact texts per kind and level, and the
// partial-credit kinds checked against the graders. Each test was seen failing with its Stryker
// mutant applied by hand.
import { expect, test } from "vitest";
import { gradeResponse } from "./grade";
import { KIND_LABELS } from "./kind-labels";
import { LEVEL_LABELS } from "./level-labels";
import { PARTIAL_CREDIT_KINDS, SCORING_RULES } from "./scoring-rules";
import { LEVELS, QUESTION_KINDS, type Question, type Response } from "./types";

// kind-labels.ts lines 4-12 (each kind's name in forms, tables and the player).
test.each([
  ["single-choice", "Single choice"],
  ["multiple-select", "Multiple select"],
  ["true-false", "True or false"],
  ["cloze", "Fill in the blank"],
  ["matching", "Matching"],
  ["ordering", "Ordering"],
  ["short-answer", "Short answer"],
  ["which-programme", "Which programme?"],
] as const)("the %s kind is called %j", (kind, label) => {
  expect(KIND_LABELS[kind]).toBe(label);
});

// level-labels.ts lines 4-9 (each level's name in the quiz set-up and the library).
test.each([
  ["recall", "Recall"],
  ["understand", "Understand (why, how)"],
  ["compare", "Compare formats"],
  ["apply", "Apply to a case"],
  ["misconception", "Misconceptions"],
] as const)("the %s level is called %j", (level, label) => {
  expect(LEVEL_LABELS[level]).toBe(label);
});

test("every kind and level has a name of its own", () => {
  expect(Object.keys(KIND_LABELS).sort()).toEqual([...QUESTION_KINDS].sort());
  expect(new Set(Object.values(KIND_LABELS)).size).toBe(QUESTION_KINDS.length);
  expect(Object.keys(LEVEL_LABELS).sort()).toEqual([...LEVELS].sort());
  expect(new Set(Object.values(LEVEL_LABELS)).size).toBe(LEVELS.length);
});

// scoring-rules.ts lines 7-23 (the rule shown next to each kind's score).
const ALL_OR_NOTHING = "All or nothing: the right answer earns the whole mark.";
const TYPED = "All or nothing, but small typos and other names for the same thing are accepted.";
test.each([
  ["single-choice", ALL_OR_NOTHING],
  ["which-programme", ALL_OR_NOTHING],
  ["true-false", ALL_OR_NOTHING],
  [
    "multiple-select",
    "Partial credit: each right option you tick earns its share, each wrong one takes a share " +
      "away (never below zero). Only the exact set earns the whole mark.",
  ],
  [
    "matching",
    "Partial credit: each item paired with its right match earns its share of the mark.",
  ],
  [
    "ordering",
    "Partial credit: every pair of items you put in the right order relative to each other " +
      "earns its share, so an answer with no item in its exact place can still earn some.",
  ],
  ["cloze", TYPED],
  ["short-answer", TYPED],
] as const)("the %s scoring rule", (kind, rule) => {
  expect(SCORING_RULES[kind]).toBe(rule);
});

// scoring-rules.ts lines 26-30 (the partial-credit kinds are those whose graders give part of
// the mark, and whose rule says so).
test("the partial-credit kinds are the ones a half-right answer earns part of the mark in", () => {
  const base = {
    id: "q",
    publicId: "q_1",
    prompt: "p",
    explanation: "e",
    sources: [],
    difficulty: 1 as const,
    level: "recall" as const,
    scope: "source" as const,
    beyondSource: false,
    factIds: ["f"],
  };
  const tags = (kind: Question["kind"]) => ({
    programmeIds: ["p"],
    topic: "p",
    kind,
    template: "t",
  });
  const cs = (...ids: string[]) => ids.map((id) => ({ id, text: id.toUpperCase() }));
  const halfRight: Array<[Question, Response]> = [
    [
      {
        ...base,
        kind: "multiple-select",
        tags: tags("multiple-select"),
        options: cs("a", "b", "c", "d"),
        answers: ["a", "b"],
      },
      { kind: "multiple-select", optionIds: ["a"] },
    ],
    [
      {
        ...base,
        kind: "matching",
        tags: tags("matching"),
        leftLabel: "L",
        rightLabel: "R",
        left: cs("l1", "l2", "l3"),
        right: cs("r1", "r2", "r3"),
        answer: [1, 2, 3].map((i) => ({ leftId: `l${i}`, rightId: `r${i}` })),
      },
      {
        kind: "matching",
        pairs: [
          { leftId: "l1", rightId: "r1" },
          { leftId: "l2", rightId: "r3" },
          { leftId: "l3", rightId: "r2" },
        ],
      },
    ],
    [
      {
        ...base,
        kind: "ordering",
        tags: tags("ordering"),
        items: cs("a", "b", "c"),
        answer: ["a", "b", "c"],
        orderLabel: "o",
      },
      { kind: "ordering", itemIds: ["b", "a", "c"] },
    ],
  ];
  const partial = halfRight.map(([q, r]) => {
    const score = gradeResponse(q, r).score;
    expect(score, q.kind).toBeGreaterThan(0);
    expect(score, q.kind).toBeLessThan(1);
    return q.kind;
  });
  expect([...PARTIAL_CREDIT_KINDS].sort()).toEqual(partial.sort());
  for (const kind of QUESTION_KINDS)
    expect(SCORING_RULES[kind].startsWith("Partial credit:"), kind).toBe(
      PARTIAL_CREDIT_KINDS.includes(kind),
    );
});
