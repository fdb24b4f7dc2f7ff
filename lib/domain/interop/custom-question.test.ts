/** Custom questions built from drafts: validation, ids, and what the stored order reveals. */
import { describe, expect, test } from "vitest";
import { gradeResponse } from "@/lib/domain/questions/grade";
import { buildCustomQuestion, finishQuestionImport, validateDraft } from "./custom-question";
import type { QuestionDraft } from "./draft";
import { exportFileName } from "./file-name";
import { IMPORT_LIMITS } from "./limits";

const base = { name: null, prompt: "Which?", explanation: "" };
const long = "x".repeat(IMPORT_LIMITS.maxTextLength + 1);
const many = Array.from({ length: IMPORT_LIMITS.maxChoices + 1 }, (_, i) => `option ${i}`);

describe("validateDraft", () => {
  test.each<[string, QuestionDraft, RegExp]>([
    [
      "no question text",
      { ...base, prompt: " ", kind: "true-false", statement: "s", answer: true },
      /no question text/,
    ],
    [
      "an over-long text",
      { ...base, kind: "true-false", statement: long, answer: true },
      /characters; the limit/,
    ],
    [
      "too many options",
      { ...base, kind: "single-choice", options: many, correct: 0 },
      /the limit is 20/,
    ],
    [
      "an empty option",
      { ...base, kind: "single-choice", options: ["a", " "], correct: 0 },
      /empty option/,
    ],
    [
      "a key outside the options",
      { ...base, kind: "single-choice", options: ["a", "b"], correct: 2 },
      /no option 3: it has 2 options/,
    ],
    [
      "a repeated key",
      { ...base, kind: "multiple-select", options: ["a", "b"], correct: [0, 0] },
      /twice/,
    ],
    ["no statement", { ...base, kind: "true-false", statement: "", answer: false }, /no statement/],
    [
      "a blank with no text around it",
      { ...base, kind: "cloze", before: "", after: " ", answers: ["a"], rejected: [] },
      /no text around its blank/,
    ],
    [
      "a matching pair without its answer",
      {
        ...base,
        kind: "matching",
        pairs: [
          { left: "a", right: "" },
          { left: "b", right: "c" },
        ],
        extraRights: [],
      },
      /empty answer/,
    ],
    [
      "duplicate ordering items",
      { ...base, kind: "ordering", items: ["1991", "1991 "] },
      /appears twice/,
    ],
  ])("refuses %s", (_, draft, message) => {
    expect(validateDraft(draft).join("\n")).toMatch(message);
  });

  test("accepts a well-formed draft of every kind", () => {
    const drafts: QuestionDraft[] = [
      { ...base, kind: "single-choice", options: ["a", "b"], correct: 1 },
      { ...base, kind: "multiple-select", options: ["a", "b", "c"], correct: [0, 2] },
      { ...base, kind: "true-false", statement: "s", answer: false },
      { ...base, kind: "cloze", before: "A ", after: ".", answers: ["b"], rejected: ["c"] },
      { ...base, kind: "short-answer", accepted: ["PfP", "Partnership for Peace"], rejected: [] },
      {
        ...base,
        kind: "matching",
        pairs: [
          { left: "a", right: "1" },
          { left: "b", right: "2" },
        ],
        extraRights: ["3"],
      },
      { ...base, kind: "ordering", items: ["1991", "1994", "1997"] },
    ];
    for (const d of drafts) expect(validateDraft(d)).toEqual([]);
  });
});

describe("buildCustomQuestion", () => {
  const ordering = buildCustomQuestion(
    { ...base, kind: "ordering", items: ["first", "second", "third", "fourth"] },
    "custom:t:1",
  );

  test("stores items in id order, so the stored order says nothing about the answer", () => {
    if (ordering.kind !== "ordering") throw new Error("expected an ordering question");
    const ids = ordering.items.map((i) => i.id);
    expect(ids).toEqual([...ids].sort());
    expect(ordering.answer.map((id) => ordering.items.find((i) => i.id === id)?.text)).toEqual([
      "first",
      "second",
      "third",
      "fourth",
    ]);
    expect(gradeResponse(ordering, { kind: "ordering", itemIds: ordering.answer }).score).toBe(1);
  });

  test("stores matching columns in id order, the key only in the pairs", () => {
    const pairs = ["a", "b", "c", "d"].map((l, i) => ({ left: l, right: String(i) }));
    const q = buildCustomQuestion(
      { ...base, kind: "matching", pairs, extraRights: ["9"] },
      "custom:t:3",
    );
    if (q.kind !== "matching") throw new Error("expected a matching question");
    for (const column of [q.left, q.right])
      expect(column.map((c) => c.id)).toEqual(column.map((c) => c.id).sort());
    expect(q.right).toHaveLength(5);
    const text = (id: string) => [...q.left, ...q.right].find((c) => c.id === id)?.text;
    expect(q.answer.map((p) => [text(p.leftId), text(p.rightId)])).toEqual(
      pairs.map((p) => [p.left, p.right]),
    );
  });

  test("option ids are opaque hashes, different per question", () => {
    const a = buildCustomQuestion(
      { ...base, kind: "single-choice", options: ["Yes", "No"], correct: 0 },
      "custom:t:1",
    );
    const b = buildCustomQuestion(
      { ...base, kind: "single-choice", options: ["Yes", "No"], correct: 0 },
      "custom:t:2",
    );
    if (a.kind !== "single-choice" || b.kind !== "single-choice") throw new Error("kind");
    expect(a.options.map((o) => o.id)).not.toEqual(b.options.map((o) => o.id));
    for (const o of a.options) expect(o.id).toMatch(/^c[0-9a-f]{10}$/);
  });

  test("refuses an import id that would not fit in a question id", () => {
    const draft: QuestionDraft = { ...base, kind: "true-false", statement: "s", answer: true };
    expect(() =>
      finishQuestionImport([{ draft, line: 1, position: 1 }], "s", { importId: "a:b" }),
    ).toThrow(/import id/);
  });
});

describe("exportFileName", () => {
  test.each([
    [
      "Partnership for Peace",
      "2026-03-14T09:00:00Z",
      "UTC",
      "xml",
      "partnership-for-peace-2026-03-14.xml",
    ],
    [
      "Quiz: week 1 / EAPC",
      "2026-03-14T23:30:00Z",
      "Europe/Brussels",
      "apkg",
      "quiz-week-1-eapc-2026-03-15.apkg",
    ],
    ["", "2026-03-14T09:00:00Z", "UTC", "tsv", "export-2026-03-14.tsv"],
  ])("%s on %s in %s", (name, at, zone, ext, expected) => {
    expect(exportFileName(name, new Date(at), ext, zone)).toBe(expected);
  });
});
