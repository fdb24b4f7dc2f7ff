import { describe, expect, test } from "vitest";
import { gradeResponse } from "./grade";
import { gradeTyped } from "./graders/grade-typed";
import type {
  ClozeQuestion,
  GradeResult,
  MatchingQuestion,
  MultipleSelectQuestion,
  OrderingQuestion,
  Question,
  Response,
  ShortAnswerQuestion,
  SingleChoiceQuestion,
  TrueFalseQuestion,
  WhichProgrammeQuestion,
} from "./types";

const base = {
  publicId: "q_x",
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
  template: `${kind}.t`,
});
const choices = (...ids: string[]) => ids.map((id) => ({ id, text: id.toUpperCase() }));

const single: SingleChoiceQuestion = {
  ...base,
  id: "s",
  kind: "single-choice",
  tags: tags("single-choice"),
  options: choices("a", "b", "c"),
  answer: "b",
};
const which: WhichProgrammeQuestion = {
  ...base,
  id: "w",
  kind: "which-programme",
  tags: tags("which-programme"),
  description: "d",
  options: choices("pfp", "itpp", "md"),
  answer: "itpp",
};
const multi: MultipleSelectQuestion = {
  ...base,
  id: "m",
  kind: "multiple-select",
  tags: tags("multiple-select"),
  options: choices("a", "b", "c", "x", "y"),
  answers: ["a", "b", "c"],
};
const tf: TrueFalseQuestion = {
  ...base,
  id: "t",
  kind: "true-false",
  tags: tags("true-false"),
  statement: "s",
  answer: false,
};
const cloze: ClozeQuestion = {
  ...base,
  id: "c",
  kind: "cloze",
  tags: tags("cloze"),
  before: "In ",
  after: ".",
  answers: ["multilateral"],
  rejected: ["bilateral"],
};
const short: ShortAnswerQuestion = {
  ...base,
  id: "sa",
  kind: "short-answer",
  tags: tags("short-answer"),
  answer: "Mediterranean Dialogue",
  accepted: ["Mediterranean Dialogue", "MD"],
  rejected: ["Istanbul Cooperation Initiative", "ICI"],
};
const matching: MatchingQuestion = {
  ...base,
  id: "mt",
  kind: "matching",
  tags: tags("matching"),
  leftLabel: "L",
  rightLabel: "R",
  left: choices("l1", "l2", "l3", "l4"),
  right: choices("r1", "r2", "r3", "r4"),
  answer: [
    { leftId: "l1", rightId: "r1" },
    { leftId: "l2", rightId: "r2" },
    { leftId: "l3", rightId: "r3" },
    { leftId: "l4", rightId: "r4" },
  ],
};
const ordering: OrderingQuestion = {
  ...base,
  id: "o",
  kind: "ordering",
  tags: tags("ordering"),
  items: choices("i1", "i2", "i3", "i4"),
  answer: ["i1", "i2", "i3", "i4"],
  orderLabel: "Earliest first",
};
const pairs = (...rights: string[]) => rights.map((r, i) => ({ leftId: `l${i + 1}`, rightId: r }));

describe.each<[string, Question, Array<[string, Response, number]>]>([
  [
    "single choice",
    single,
    [
      ["the answer", { kind: "single-choice", optionId: "b" }, 1],
      ["another option", { kind: "single-choice", optionId: "a" }, 0],
      ["an unknown option", { kind: "single-choice", optionId: "zzz" }, 0],
    ],
  ],
  [
    "which programme",
    which,
    [
      ["the programme", { kind: "which-programme", optionId: "itpp" }, 1],
      ["a sibling", { kind: "which-programme", optionId: "pfp" }, 0],
    ],
  ],
  [
    "multiple select",
    multi,
    [
      ["exactly the answers", { kind: "multiple-select", optionIds: ["c", "a", "b"] }, 1],
      ["two of three", { kind: "multiple-select", optionIds: ["a", "b"] }, 2 / 3],
      [
        "all three and one wrong",
        { kind: "multiple-select", optionIds: ["a", "b", "c", "x"] },
        0.5,
      ],
      ["everything", { kind: "multiple-select", optionIds: ["a", "b", "c", "x", "y"] }, 0],
      ["nothing", { kind: "multiple-select", optionIds: [] }, 0],
      ["duplicates count once", { kind: "multiple-select", optionIds: ["a", "a", "a"] }, 1 / 3],
      ["unknown ids are ignored", { kind: "multiple-select", optionIds: ["a", "nope"] }, 1 / 3],
    ],
  ],
  [
    "true/false",
    tf,
    [
      ["the answer", { kind: "true-false", value: false }, 1],
      ["the other value", { kind: "true-false", value: true }, 0],
    ],
  ],
  [
    "cloze",
    cloze,
    [
      ["exact", { kind: "cloze", text: "multilateral" }, 1],
      ["case and hyphen", { kind: "cloze", text: "Multi-Lateral" }, 1],
      ["a typo", { kind: "cloze", text: "multilateal" }, 1],
      ["the rejected opposite", { kind: "cloze", text: "bilateral" }, 0],
      ["something else", { kind: "cloze", text: "regional" }, 0],
    ],
  ],
  [
    "short answer",
    short,
    [
      ["the name", { kind: "short-answer", text: "the mediterranean dialogue" }, 1],
      ["the acronym", { kind: "short-answer", text: "md" }, 1],
      ["a typo", { kind: "short-answer", text: "Mediteranean Dialogue" }, 1],
      ["another programme", { kind: "short-answer", text: "Istanbul Cooperation Initiative" }, 0],
      ["another acronym", { kind: "short-answer", text: "ICI" }, 0],
    ],
  ],
  [
    "matching",
    matching,
    [
      ["all pairs", { kind: "matching", pairs: pairs("r1", "r2", "r3", "r4") }, 1],
      ["two swapped", { kind: "matching", pairs: pairs("r2", "r1", "r3", "r4") }, 0.5],
      ["one pair given", { kind: "matching", pairs: pairs("r1") }, 0.25],
      [
        "the same right item everywhere",
        { kind: "matching", pairs: pairs("r1", "r1", "r1", "r1") },
        0.25,
      ],
      [
        "a second answer for a left item is ignored",
        { kind: "matching", pairs: [...pairs("r2"), { leftId: "l1", rightId: "r1" }] },
        0,
      ],
      ["nothing", { kind: "matching", pairs: [] }, 0],
    ],
  ],
  [
    "ordering",
    ordering,
    [
      ["the order", { kind: "ordering", itemIds: ["i1", "i2", "i3", "i4"] }, 1],
      ["one adjacent swap", { kind: "ordering", itemIds: ["i2", "i1", "i3", "i4"] }, 5 / 6],
      ["reversed", { kind: "ordering", itemIds: ["i4", "i3", "i2", "i1"] }, 0],
      ["not a permutation", { kind: "ordering", itemIds: ["i1", "i1", "i3", "i4"] }, 0],
      ["missing items", { kind: "ordering", itemIds: ["i1", "i2"] }, 0],
    ],
  ],
])("%s grader", (_name, question, cases) => {
  test.each(cases)("%s", (_case, response, score) => {
    const result = gradeResponse(question, response);
    expect(result.score).toBeCloseTo(score, 10);
    expect(result.correct).toBe(score === 1);
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.score).toBeLessThanOrEqual(1);
  });
});

test("a response of another kind scores 0", () => {
  const result = gradeResponse(single, { kind: "true-false", value: true });
  expect(result).toEqual({
    score: 0,
    correct: false,
    detail: { kind: "kind-mismatch", expected: "single-choice", received: "true-false" },
  });
});

// One response of each kind, to give every question a response of every other kind.
const RESPONSES: Response[] = [
  { kind: "single-choice", optionId: "b" },
  { kind: "which-programme", optionId: "b" },
  { kind: "multiple-select", optionIds: ["a"] },
  { kind: "true-false", value: false },
  { kind: "cloze", text: "multilateral" },
  { kind: "short-answer", text: "MD" },
  { kind: "matching", pairs: pairs("r1", "r2", "r3", "r4") },
  { kind: "ordering", itemIds: ["i1", "i2", "i3", "i4"] },
];
const QUESTIONS: Question[] = [single, which, multi, tf, cloze, short, matching, ordering];

test("every response of another kind than its question is a mismatch, never graded", () => {
  for (const q of QUESTIONS)
    for (const r of RESPONSES.filter((r) => r.kind !== q.kind))
      expect(gradeResponse(q, r)).toEqual({
        score: 0,
        correct: false,
        detail: { kind: "kind-mismatch", expected: q.kind, received: r.kind },
      });
});

// The detail is what the review shows after an answer: the key and what was given.
test.each<[string, Question, Response, GradeResult["detail"]]>([
  [
    "single choice",
    single,
    { kind: "single-choice", optionId: "a" },
    { kind: "choice", expected: "b", received: "a" },
  ],
  [
    "which programme",
    which,
    { kind: "which-programme", optionId: "b" },
    { kind: "choice", expected: which.answer, received: "b" },
  ],
  ["true/false", tf, { kind: "true-false", value: true }, { kind: "true-false", expected: false }],
  [
    "cloze, a rejected answer",
    cloze,
    { kind: "cloze", text: "bilateral" },
    {
      kind: "typed",
      expected: "multilateral",
      matched: null,
      via: null,
      rejectedAs: "bilateral",
    },
  ],
])("the review's detail: %s", (_label, q, r, detail) => {
  expect(gradeResponse(q, r).detail).toMatchObject(detail as object);
});

test("a typed answer with no accepted text shows an empty key", () => {
  expect(gradeTyped([], [], "anything").detail).toMatchObject({ kind: "typed", expected: "" });
});
