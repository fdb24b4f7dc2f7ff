/**
 * Edge cases of custom-question.ts: each rule of validateDraftFields at its limit and one past,
 * with the exact field and message; the builder's fixed fields and id prefixes; the import's
 * counting and error order. Each test was seen failing with its Stryker mutant applied.
 */
import { describe, expect, test } from "vitest";
import { hashToHex } from "@/lib/domain/hash";
import { publicIdOf } from "@/lib/domain/questions/templates/context";
import {
  buildCustomQuestion,
  checkEqualWeights,
  DraftError,
  type DraftField,
  type DraftProblem,
  finishQuestionImport,
  type LocatedDraft,
  questionRef,
  sortErrors,
  validateDraftFields,
} from "./custom-question";
import type { QuestionDraft } from "./draft";
import { IMPORT_LIMITS } from "./limits";
import type { ImportError } from "./types";

const base = { name: null, prompt: "Which?", explanation: "" };
const numbered = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`);

// Line 54 (the line part of the reference dropped or its empty form replaced)
describe("questionRef", () => {
  test.each([
    [3, 12, "question 3 (line 12)"],
    [3, null, "question 3"],
  ])("question %i at line %s", (position, line, expected) => {
    expect(questionRef(position, line)).toBe(expected);
  });
});

// Line 66 (the sum's tolerance made inclusive)
describe("checkEqualWeights", () => {
  test.each([[[50.25, 50.25]], [[49.75, 49.75]], [[25, 25, 25, 25]]])(
    "accepts equal weights within half a point of 100%%: %j",
    (percents) => {
      expect(() => checkEqualWeights(percents)).not.toThrow();
    },
  );

  test.each([
    [[50.5, 50.5], "has right options whose weights add up to 101%, not 100%"],
    [[33.33, 33.33], "has right options whose weights add up to 66.66%, not 100%"],
    [[40, 60], "weighs its right options differently; here they count equally"],
  ])("refuses %j", (percents, message) => {
    expect(() => checkEqualWeights(percents)).toThrow(new DraftError(message));
  });
});

const long = "x".repeat(IMPORT_LIMITS.maxTextLength + 1);
const atLimit = "x".repeat(IMPORT_LIMITS.maxTextLength);
const tooLong = "has a text of 5001 characters; the limit is 5000";

/** One draft per text of every kind, with `t` in that text. */
const withText: [DraftField, (t: string) => QuestionDraft][] = [
  ["prompt", (t) => ({ ...base, prompt: t, kind: "true-false", statement: "s", answer: true })],
  ["explanation", (t) => ({ ...base, explanation: t, kind: "ordering", items: ["a", "b"] })],
  ["name", (t) => ({ ...base, name: t, kind: "ordering", items: ["a", "b"] })],
  ["options", (t) => ({ ...base, kind: "single-choice", options: ["a", t], correct: 0 })],
  ["options", (t) => ({ ...base, kind: "multiple-select", options: ["a", t], correct: [0] })],
  ["statement", (t) => ({ ...base, kind: "true-false", statement: t, answer: false })],
  ["gap", (t) => ({ ...base, kind: "cloze", before: t, after: ".", answers: ["a"], rejected: [] })],
  ["gap", (t) => ({ ...base, kind: "cloze", before: "A", after: t, answers: ["a"], rejected: [] })],
  [
    "accepted",
    (t) => ({ ...base, kind: "cloze", before: "A", after: ".", answers: [t], rejected: [] }),
  ],
  [
    "rejected",
    (t) => ({ ...base, kind: "cloze", before: "A", after: ".", answers: ["a"], rejected: [t] }),
  ],
  ["accepted", (t) => ({ ...base, kind: "short-answer", accepted: ["a", t], rejected: [] })],
  ["rejected", (t) => ({ ...base, kind: "short-answer", accepted: ["a"], rejected: [t] })],
  [
    "pairs",
    (t) => ({
      ...base,
      kind: "matching",
      pairs: [
        { left: t, right: "1" },
        { left: "b", right: "2" },
      ],
      extraRights: [],
    }),
  ],
  [
    "pairs",
    (t) => ({
      ...base,
      kind: "matching",
      pairs: [
        { left: "a", right: "1" },
        { left: "b", right: t },
      ],
      extraRights: [],
    }),
  ],
  [
    "extraRights",
    (t) => ({
      ...base,
      kind: "matching",
      pairs: [
        { left: "a", right: "1" },
        { left: "b", right: "2" },
      ],
      extraRights: [t],
    }),
  ],
  ["items", (t) => ({ ...base, kind: "ordering", items: ["a", t] })],
];

// Lines 155-187 (a text's field emptied or its texts left out), 201 (the length limit inclusive)
describe("text length, field by field", () => {
  test.each(withText)("a %s text of exactly the limit is fine", (_, make) => {
    expect(validateDraftFields(make(atLimit))).toEqual([]);
  });

  test.each(withText)("a %s text one past the limit is refused there", (field, make) => {
    expect(validateDraftFields(make(long))).toEqual([{ field, message: tooLong }]);
  });
});

const sc = (options: string[], correct = 0): QuestionDraft => ({
  ...base,
  kind: "single-choice",
  options,
  correct,
});
const ms = (options: string[], correct: number[]): QuestionDraft => ({
  ...base,
  kind: "multiple-select",
  options,
  correct,
});
const short = (accepted: string[], rejected: string[] = []): QuestionDraft => ({
  ...base,
  kind: "short-answer",
  accepted,
  rejected,
});
const cloze = (before: string, after: string, answers = ["b"]): QuestionDraft => ({
  ...base,
  kind: "cloze",
  before,
  after,
  answers,
  rejected: [],
});
const matching = (pairs: [string, string][], extraRights: string[] = []): QuestionDraft => ({
  ...base,
  kind: "matching",
  pairs: pairs.map(([left, right]) => ({ left, right })),
  extraRights,
});

// Quoted texts are trimmed (truncateText), so a repeat written "nato " is quoted "nato".
// Line 199 (prompt message), 122 (option count limit inclusive), 74 (case folding upper),
// 210-220 (choice key messages and range), 223 (statement), 226-231 (gap and typed fields),
// 136-148 (typed answer count, blanks, clashes), 235-253 (matching and ordering fields)
describe("validateDraftFields", () => {
  test.each<[string, QuestionDraft, DraftProblem[]]>([
    [
      "a blank prompt",
      { ...base, prompt: "  ", kind: "true-false", statement: "s", answer: true },
      [{ field: "prompt", message: "has no question text" }],
    ],
    ["20 options", sc(numbered("option", 20)), []],
    [
      "21 options",
      sc(numbered("option", 21)),
      [{ field: "options", message: "has 21 options; the limit is 20" }],
    ],
    ["one option", sc(["a"]), [{ field: "options", message: "needs at least 2 options, found 1" }]],
    // "Maße" (measures) and "Masse" (mass) differ; only upper-casing folds ß into SS.
    ["options equal only once upper-cased", sc(["Maße", "Masse"]), []],
    [
      "options equal but for case",
      sc(["NATO", "nato "]),
      [{ field: "options", message: 'option "nato" appears twice' }],
    ],
    ["a key at the last option", sc(["a", "b"], 1), []],
    [
      "a key past the options",
      sc(["a", "b"], 2),
      [{ field: "correct", message: "has no option 3: it has 2 options" }],
    ],
    [
      "a key far past the options",
      sc(["a", "b", "c"], 4),
      [{ field: "correct", message: "has no option 5: it has 3 options" }],
    ],
    [
      "a negative key",
      sc(["a", "b"], -1),
      [{ field: "correct", message: "has no correct option" }],
    ],
    [
      "multiple select with a blank option",
      ms(["a", " "], [0]),
      [{ field: "options", message: "has an empty option" }],
    ],
    [
      "multiple select with 21 options",
      ms(numbered("option", 21), [0]),
      [{ field: "options", message: "has 21 options; the limit is 20" }],
    ],
    [
      "multiple select with no key",
      ms(["a", "b"], []),
      [{ field: "correct", message: "has no correct option" }],
    ],
    ["multiple select keyed at the last option", ms(["a", "b"], [1]), []],
    [
      "multiple select keyed past the options",
      ms(["a", "b"], [0, 2]),
      [{ field: "correct", message: "names a correct option that is not in the list" }],
    ],
    [
      "multiple select keyed below the options",
      ms(["a", "b"], [-1]),
      [{ field: "correct", message: "names a correct option that is not in the list" }],
    ],
    [
      "multiple select keyed twice",
      ms(["a", "b", "c"], [1, 1]),
      [{ field: "correct", message: "names a correct option twice" }],
    ],
    [
      "a blank statement",
      { ...base, kind: "true-false", statement: " \n", answer: true },
      [{ field: "statement", message: "has no statement" }],
    ],
    ["a blank with text after it only", cloze("", "."), []],
    ["a blank with text before it only", cloze("A", " "), []],
    [
      "a blank with only spaces around it",
      cloze(" ", ""),
      [{ field: "gap", message: "has no text around its blank" }],
    ],
    [
      "a cloze with no answer",
      cloze("A", ".", []),
      [{ field: "accepted", message: "has no correct answer" }],
    ],
    [
      "a short answer with no answer",
      short([], ["wrong"]),
      [{ field: "accepted", message: "has no correct answer" }],
    ],
    ["100 typed answers", short(numbered("right", 60), numbered("wrong", 40)), []],
    [
      "101 typed answers",
      short(numbered("right", 60), numbered("wrong", 41)),
      [{ field: "accepted", message: "has more than 100 answers" }],
    ],
    [
      "a blank accepted answer",
      short(["a", " "]),
      [{ field: "accepted", message: "has an empty answer" }],
    ],
    [
      "a blank rejected answer",
      short(["a"], ["b", "  "]),
      [{ field: "accepted", message: "has an empty answer" }],
    ],
    [
      "a cloze answer also rejected, in other case",
      { ...base, kind: "cloze", before: "A", after: ".", answers: ["Paris"], rejected: ["paris"] },
      [{ field: "rejected", message: 'answer "paris" appears twice' }],
    ],
    [
      "an answer accepted twice",
      short(["Paris", "PARIS"]),
      [{ field: "accepted", message: 'answer "PARIS" appears twice' }],
    ],
    [
      "a right answer that reads as a wrong one",
      short(["Partnership for Peace"], ["partnership-for-peace"]),
      [
        {
          field: "rejected",
          message:
            'correct answer "Partnership for Peace" reads the same as the wrong answer ' +
            '"partnership-for-peace"',
        },
      ],
    ],
    [
      "a blank left item",
      matching([
        ["a", "1"],
        [" ", "2"],
      ]),
      [{ field: "pairs", message: "has an empty left item" }],
    ],
    [
      "21 pairs",
      matching(numbered("left", 21).map((l, i) => [l, `right ${i}`])),
      [{ field: "pairs", message: "has 21 left items; the limit is 20" }],
    ],
    [
      "a blank right item",
      matching([
        ["a", "1"],
        ["b", " "],
      ]),
      [{ field: "pairs", message: "has an empty answer" }],
    ],
    [
      "a right item twice among the pairs",
      matching([
        ["a", "x"],
        ["b", "x"],
      ]),
      [{ field: "pairs", message: 'right item "x" appears twice' }],
    ],
    [
      "a right item twice among the pairs, with distractors",
      matching(
        [
          ["a", "x"],
          ["b", "x"],
        ],
        ["z"],
      ),
      [{ field: "pairs", message: 'right item "x" appears twice' }],
    ],
    [
      "a distractor that repeats a pair's right item",
      matching(
        [
          ["a", "x"],
          ["b", "y"],
        ],
        ["z", "X "],
      ),
      [{ field: "extraRights", message: 'right item "X" appears twice' }],
    ],
    [
      "an ordering item twice",
      { ...base, kind: "ordering", items: ["1991", "1994", "1991 "] },
      [{ field: "items", message: 'item "1991" appears twice' }],
    ],
    [
      "a blank ordering item",
      { ...base, kind: "ordering", items: ["1991", ""] },
      [{ field: "items", message: "has an empty item" }],
    ],
  ])("%s", (_, draft, problems) => {
    expect(validateDraftFields(draft)).toEqual(problems);
  });
});

// Lines 274-301 (tags, defaults and fixed fields of the built question)
describe("buildCustomQuestion: fields every question carries", () => {
  const draft: QuestionDraft = {
    name: "Q1",
    prompt: "True or false?",
    explanation: "Why.",
    kind: "true-false",
    statement: "NATO was founded in 1949.",
    answer: true,
  };
  const fixed = (id: string) => ({
    id,
    publicId: publicIdOf(id),
    prompt: "True or false?",
    explanation: "Why.",
    sources: [],
    scope: "background",
    beyondSource: true,
    factIds: [],
    origin: "custom",
    name: "Q1",
    kind: "true-false",
    statement: "NATO was founded in 1949.",
    answer: true,
  });

  test("by default: no programme, difficulty 2, recall", () => {
    expect(buildCustomQuestion(draft, "custom:t:1")).toEqual({
      ...fixed("custom:t:1"),
      tags: { programmeIds: [], topic: "custom", kind: "true-false", template: "custom" },
      difficulty: 2,
      level: "recall",
    });
  });

  test("with the caller's programmes, difficulty and level", () => {
    const programmeIds = ["pfp", "md"];
    const q = buildCustomQuestion(draft, "custom:t:2", {
      programmeIds,
      difficulty: 3,
      level: "apply",
    });
    expect(q).toEqual({
      ...fixed("custom:t:2"),
      tags: {
        programmeIds: ["pfp", "md"],
        topic: "custom",
        kind: "true-false",
        template: "custom",
      },
      difficulty: 3,
      level: "apply",
    });
    expect(q.tags.programmeIds).not.toBe(programmeIds);
  });
});

const hashId = (prefix: string, questionId: string, text: string) =>
  `${prefix}${hashToHex(`${questionId}|${text}`, 10)}`;

// Lines 311 (multiple-select option prefix), 340 and 344 (matching prefixes), 272 (id order)
describe("buildCustomQuestion: ids and stored order", () => {
  test("multiple-select options are c + hash of question id and text, keyed by index", () => {
    const q = buildCustomQuestion(ms(["Yes", "No", "Maybe"], [0, 2]), "custom:t:1");
    expect(q).toMatchObject({
      options: [
        { id: hashId("c", "custom:t:1", "Yes"), text: "Yes" },
        { id: hashId("c", "custom:t:1", "No"), text: "No" },
        { id: hashId("c", "custom:t:1", "Maybe"), text: "Maybe" },
      ],
      answers: [hashId("c", "custom:t:1", "Yes"), hashId("c", "custom:t:1", "Maybe")],
    });
  });

  test("matching items are l/r + hash, the pairs naming them", () => {
    const q = buildCustomQuestion(
      matching(
        [
          ["a", "1"],
          ["b", "2"],
        ],
        ["3"],
      ),
      "custom:t:4",
    );
    if (q.kind !== "matching") throw new Error("expected a matching question");
    const id = (p: string, t: string) => hashId(p, "custom:t:4", t);
    expect(q.answer).toEqual([
      { leftId: id("l", "a"), rightId: id("r", "1") },
      { leftId: id("l", "b"), rightId: id("r", "2") },
    ]);
    expect(new Set(q.left.map((c) => c.id))).toEqual(new Set([id("l", "a"), id("l", "b")]));
    expect(new Set(q.right.map((c) => c.id))).toEqual(
      new Set([id("r", "1"), id("r", "2"), id("r", "3")]),
    );
  });

  test.each(["custom:t:1", "custom:t:2", "custom:abc:17"])(
    "ordering items of %s are stored in id order",
    (questionId) => {
      const texts = numbered("event", 20);
      const q = buildCustomQuestion({ ...base, kind: "ordering", items: texts }, questionId);
      if (q.kind !== "ordering") throw new Error("expected an ordering question");
      const ids = texts.map((t) => hashId("o", questionId, t));
      expect(q.answer).toEqual(ids);
      expect(q.items.map((i) => i.id)).toEqual([...ids].sort());
    },
  );
});

// Lines 308, 316, 334 (the fallback for a key that names nothing)
describe("buildCustomQuestion: a key that names no option", () => {
  test("gives the empty id rather than throwing", () => {
    expect(buildCustomQuestion(sc(["a", "b"], 5), "custom:t:1")).toMatchObject({ answer: "" });
    expect(buildCustomQuestion(ms(["a", "b"], [1, 5]), "custom:t:1")).toMatchObject({
      answers: [hashId("c", "custom:t:1", "b"), ""],
    });
    expect(buildCustomQuestion(short([]), "custom:t:1")).toMatchObject({ answer: "" });
  });
});

const valid: QuestionDraft = { ...base, kind: "true-false", statement: "s", answer: true };
const located = (n: number): LocatedDraft[] =>
  Array.from({ length: n }, (_, i) => ({ draft: valid, line: i + 1, position: i + 1 }));

// Lines 390 (default errors), 394 (no-question error), 396 (question limit inclusive), 54
describe("finishQuestionImport", () => {
  test("a valid file with no errors passed in gives its questions", () => {
    const result = finishQuestionImport(located(2), "s", { importId: "imp" });
    expect(result.ok && result.questions.map((q) => q.id)).toEqual([
      "custom:imp:1",
      "custom:imp:2",
    ]);
  });

  test("an empty file says it holds no question", () => {
    expect(finishQuestionImport([], "", { importId: "imp" })).toEqual({
      ok: false,
      errors: [{ line: null, question: null, message: "the file contains no question" }],
    });
  });

  test("an empty file with parse errors gives only those errors", () => {
    const errors: ImportError[] = [{ line: 3, question: null, message: "unclosed brace" }];
    expect(finishQuestionImport([], "", { importId: "imp" }, errors)).toEqual({
      ok: false,
      errors,
    });
  });

  test("500 questions is the most a file may hold", () => {
    const result = finishQuestionImport(located(500), "s", { importId: "imp" });
    expect(result.ok && result.questions.length).toBe(500);
  });

  test("501 questions are refused", () => {
    expect(finishQuestionImport(located(501), "s", { importId: "imp" })).toEqual({
      ok: false,
      errors: [
        { line: null, question: null, message: "the file has 501 questions; the limit is 500" },
      ],
    });
  });

  test("problems name their question, with its line when known, in line order", () => {
    const blank: QuestionDraft = { ...valid, statement: " " };
    const found: LocatedDraft[] = [
      { draft: blank, line: 9, position: 1 },
      { draft: valid, line: 12, position: 2 },
      { draft: blank, line: null, position: 3 },
      { draft: blank, line: 4, position: 4 },
    ];
    const errors: ImportError[] = [{ line: 6, question: null, message: "stray text" }];
    expect(finishQuestionImport(found, "s", { importId: "imp" }, errors)).toEqual({
      ok: false,
      errors: [
        { line: null, question: 3, message: "question 3 has no statement" },
        { line: 4, question: 4, message: "question 4 (line 4) has no statement" },
        { line: 6, question: null, message: "stray text" },
        { line: 9, question: 1, message: "question 1 (line 9) has no statement" },
      ],
    });
  });
});

// Line 415 (the sort dropped, its comparator reversed, or a missing line not taken as 0)
describe("sortErrors", () => {
  const at = (line: number | null, message: string): ImportError => ({
    line,
    question: null,
    message,
  });

  test.each<[(number | null)[], (number | null)[]]>([
    [
      [7, null, 2],
      [null, 2, 7],
    ],
    [
      [30, 20, 10, null],
      [null, 10, 20, 30],
    ],
    [
      [5, 1, 5, 3],
      [1, 3, 5, 5],
    ],
  ])("%j -> %j, leaving the input alone", (lines, sorted) => {
    const errors = lines.map((l, i) => at(l, `e${i}`));
    const copy = errors.map((e) => ({ ...e }));
    expect(sortErrors(errors).map((e) => e.line)).toEqual(sorted);
    expect(errors).toEqual(copy);
  });

  test("errors on the same line keep their order", () => {
    const errors = [at(5, "first"), at(1, "x"), at(5, "second"), at(null, "file")];
    expect(sortErrors(errors).map((e) => e.message)).toEqual(["file", "x", "first", "second"]);
  });
});
