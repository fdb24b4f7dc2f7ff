// Edges of question-name.ts, csv-cell.ts and file-name.ts left by Stryker (surviving mutants):
// which text names a question of each kind, a defused CSV cell and its undoing, the default
// time zone of an export file name. Each test was seen failing with its mutants applied.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { defuseCsvCell, undoCsvDefuse } from "./csv-cell";
import type { QuestionDraft } from "./draft";
import { exportFileName } from "./file-name";
import { questionName } from "./question-name";

const base = { name: null, prompt: "True or false?", explanation: "" };

describe("questionName", () => {
  // question-name.ts lines 10-16: the title, else the statement (true/false), the sentence
  // around the gap (cloze) or the prompt's last paragraph; the kind when all is blank.
  test.each<[string, QuestionDraft, string]>([
    [
      "its own title wins over any text",
      { ...base, name: "  My\ttitle ", kind: "true-false", statement: "S.", answer: true },
      "My title",
    ],
    [
      "true/false: the statement, not the generic prompt",
      { ...base, kind: "true-false", statement: "PfP began in 1994.", answer: true },
      "PfP began in 1994.",
    ],
    [
      "cloze: the sentence with ___ for the gap",
      {
        ...base,
        kind: "cloze",
        before: "PfP began in ",
        after: ".",
        answers: ["1994"],
        rejected: [],
      },
      "PfP began in ___.",
    ],
    [
      "ordering with one paragraph: the whole prompt",
      { ...base, prompt: "Order these events.", kind: "ordering", items: ["a", "b"] },
      "Order these events.",
    ],
    [
      "single choice: the last paragraph of the prompt",
      {
        ...base,
        prompt: "Read this.\n\nFirst part.\n\nWhich programme?",
        kind: "single-choice",
        options: ["a", "b"],
        correct: 0,
      },
      "Which programme?",
    ],
    [
      "short answer: a last paragraph of two lines, flattened",
      {
        ...base,
        prompt: "Intro.\n\nName\nit.",
        kind: "short-answer",
        accepted: ["x"],
        rejected: [],
      },
      "Name it.",
    ],
    [
      "matching with a blank prompt: the kind",
      { ...base, prompt: " \n ", kind: "matching", pairs: [], extraRights: [] },
      "matching",
    ],
  ])("%s", (_, draft, name) => {
    expect(questionName(draft)).toBe(name);
  });

  // Line 10: a title is shortened to 200 characters, a text to 80.
  test("a title keeps up to 200 characters, a prompt 80", () => {
    const long = "word ".repeat(50).trim();
    const titled = questionName({ ...base, name: long, kind: "ordering", items: [] });
    const prompted = questionName({ ...base, prompt: long, kind: "ordering", items: [] });
    expect(titled).toBe(`${"word ".repeat(38)}word…`);
    expect(prompted).toBe(`${"word ".repeat(14)}word…`);
  });
});

describe("defuseCsvCell and undoCsvDefuse", () => {
  // csv-cell.ts line 9: only text is defused; numbers and other values pass unchanged.
  test.each<[unknown, unknown]>([
    ["=1+1", "'=1+1"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["a=1", "a=1"],
    ["'=1", "''=1"],
    ["''-1", "'''-1"],
    ["'abc", "'abc"],
    [-5, -5],
    [-0.5, -0.5],
    [null, null],
    [true, true],
  ])("defuse %j -> %j", (cell, out) => {
    expect(defuseCsvCell(cell)).toBe(out);
  });

  // Line 14: one apostrophe followed by a formula character, or by more apostrophes and one,
  // is dropped.
  test.each([
    ["'=1+1", "=1+1"],
    ["'-1", "-1"],
    ["'abc", "'abc"],
    ["'", "'"],
    ["''=1", "'=1"],
    ["'''-1", "''-1"],
    ["''abc", "''abc"],
    ["==1", "==1"],
    ["-+1", "-+1"],
    ["a'=1", "a'=1"],
  ])("undo %j -> %j", (cell, out) => {
    expect(undoCsvDefuse(cell)).toBe(out);
  });

  // Every text comes back, those that start with apostrophes and a formula character too
  // ("'=1" was read back as "=1" before such text got one apostrophe more).
  test("undoing a defused text gives the text back", () => {
    const text = fc.string({ unit: fc.constantFrom("'", "=", "+", "-", "@", "\t", "\r", "a") });
    fc.assert(
      fc.property(text, (text) => {
        expect(undoCsvDefuse(defuseCsvCell(text))).toBe(text);
      }),
    );
    expect(undoCsvDefuse(defuseCsvCell("'=1"))).toBe("'=1");
  });
});

describe("exportFileName", () => {
  // file-name.ts line 21: the day is UTC's when no time zone is given.
  test.each([
    ["2026-03-14T23:30:00Z", undefined, "pfp-2026-03-14.csv"],
    ["2026-03-15T00:30:00Z", undefined, "pfp-2026-03-15.csv"],
    ["2026-03-14T23:30:00Z", "Europe/Berlin", "pfp-2026-03-15.csv"],
    ["2026-03-15T00:30:00Z", "America/New_York", "pfp-2026-03-14.csv"],
  ])("at %s in %s -> %s", (at, zone, name) => {
    expect(exportFileName("PfP", new Date(at), "csv", zone)).toBe(name);
  });
});
