// Edges of gift-import.ts the bank round trip left open (surviving mutants, README "Mutation
// testing"): the exact questions and errors read from small GIFT texts: where blocks start and
// end, the line an error names, skipped blocks, cloze halves, distractors, refused partial
// credit. Line numbers are gift-import.ts's; each test was seen failing with its mutant applied.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { toDraft, type QuestionDraft } from "./draft";
import { parseGift } from "./gift-import";
import type { ImportError } from "./types";

function draftsOf(source: string): QuestionDraft[] {
  const result = parseGift(source, { importId: "t" });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.questions.map((q) => toDraft(q));
}

function errorsOf(source: string): ImportError[] {
  const result = parseGift(source, { importId: "t" });
  if (result.ok) throw new Error("expected the import to fail");
  return result.errors;
}

const trueFalse = (name: string | null, statement: string): QuestionDraft => ({
  ...{ name, prompt: "True or false?", explanation: "" },
  ...{ kind: "true-false", statement, answer: true },
});

const numerical = (question: number, line: number): ImportError => ({
  line,
  question,
  message:
    `question ${question} (line ${line}) ` +
    "is a numerical question ({#...}), which is not supported",
});

describe("blocks: where a question starts and which blocks are skipped", () => {
  // Line 38: only a byte-order mark at the very start is dropped (the mark replaced by text,
  // or the first one anywhere dropped), and a lone carriage return ends a line (`\r\n?`).
  test("a leading byte-order mark is dropped; one inside a text is kept", () => {
    expect(draftsOf("\uFEFF::T::a{T}")).toEqual([trueFalse("T", "a")]);
    expect(draftsOf("::T::a\uFEFFb{T}")).toEqual([trueFalse("T", "a\uFEFFb")]);
  });

  // Lines 38 (lone \r), 48 (a line of spaces and tabs separates questions), 50 (a block starts
  // on its first line, not its last), 180 ($CATEGORY is not counted as a question).
  test.each([
    ["questions separated by lone carriage returns", "A?{T}\r\rB?{#1}", [numerical(2, 3)]],
    ["a separator line of spaces and a tab", "A?{T}\n  \t\nB?{#1}", [numerical(2, 3)]],
    ["a question over two lines", "A?{T}\n\n::N::\nWhen?{#1}", [numerical(2, 3)]],
    ["a $CATEGORY line first", "$CATEGORY: x\n\nW?{#1}", [numerical(1, 3)]],
  ])("%s", (_, source, errors) => {
    expect(errorsOf(source)).toEqual(errors);
  });

  // Line 43 (a comment line is found after trimming: indented comments alone are no question;
  // gift-pegjs refuses a block of comments only).
  test("a block of indented comments only is skipped", () => {
    expect(draftsOf("  // note\n\t// more\n\n::T::a{T}")).toEqual([trueFalse("T", "a")]);
  });

  // Line 169 (`?? 1` -> `&& 1`: the error put on the block's first line); 171 keeps an "end
  // of input" error on the block's last line.
  test("a syntax error names its own line inside a block", () => {
    expect(errorsOf("A?{T}\n\n::N::\nWhen?{=a")).toEqual([
      { line: 4, question: null, message: 'line 4: Expected "}" but end of input found.' },
    ]);
  });

  // Any mix of line endings, and separator lines of spaces and tabs, read the same as \n and
  // empty separator lines.
  test("line endings and whitespace in separator lines do not change the result", () => {
    const source = ["A?{T}", "", "::N::", "When?{#1}", "", "C?{F}"];
    const expected = parseGift(source.join("\n"), { importId: "t" });
    const endings = fc.constantFrom("\n", "\r\n", "\r");
    fc.assert(
      fc.property(
        fc.array(endings, { minLength: 5, maxLength: 5 }),
        fc.array(fc.string({ unit: fc.constantFrom(" ", "\t"), minLength: 1, maxLength: 3 }), {
          minLength: 2,
          maxLength: 2,
        }),
        (breaks, blanks) => {
          const lines = source.map((l) => (l === "" ? (blanks.pop() ?? "") : l));
          const text = lines.map((l, i) => l + (breaks[i] ?? "")).join("");
          expect(parseGift(text, { importId: "t" })).toEqual(expected);
        },
      ),
    );
  });
});

describe("texts and kinds", () => {
  // Line 60: Moodle's default format is HTML (tags dropped, entities decoded).
  test("text in the default moodle format is read as HTML", () => {
    expect(draftsOf("::H::<b>bold</b> &amp; co{T}")).toEqual([trueFalse("H", "bold & co")]);
  });

  // Lines 90 and 99-100: a pair with an empty left item is a distractor on the right.
  test("matching: '= -> x' is a right item matching nothing", () => {
    expect(draftsOf("Match.{=a -> 1 = -> 3 =b -> 2}")).toEqual([
      {
        ...{ name: null, prompt: "Match.", explanation: "", kind: "matching" },
        pairs: [
          { left: "a", right: "1" },
          { left: "b", right: "2" },
        ],
        extraRights: ["3"],
      },
    ]);
  });

  // Lines 123 (nothing before a blank at the start: no space) and 125 (punctuation after a
  // line break or two keeps no space; a blank at the end of an HTML text has nothing after).
  test.each([
    ["a blank first", "{=x} is it.", "", " is it."],
    ["punctuation after the blank", "A {=x}, then.", "A ", ", then."],
    ["punctuation after two line breaks", "[html]A {=x}<br><br>, then", "A ", ", then"],
    ["a word after a line break", "[html]A {=x}<br>more", "A ", " more"],
    ["nothing after the blank", "[html]A {=x}<br>", "A ", ""],
  ])("cloze, %s", (_, source, before, after) => {
    expect(draftsOf(source)).toEqual([
      {
        ...{ name: null, prompt: "Fill in the blank.", explanation: "", kind: "cloze" },
        ...{ before, after, answers: ["x"], rejected: [] },
      },
    ]);
  });
});

const UNPLACED = "has its blank in dropped HTML or a U+FFFC, so it cannot be placed";

describe("refused questions", () => {
  // Lines 112-113 (a second "_____"), 116-117 (the blank lost in a dropped <script>, or a
  // U+FFFC of the file's own taken for the blank: text was lost, now refused), 134-137
  // (partial credit on a wrong option of a single choice: some option, not every; a plain
  // right option has no weight).
  test.each([
    ["Fill _____ in {=x} here.", 'contains "_____" besides its blank, so the blank is ambiguous'],
    ["[html]A <script>{=x}</script> b c", UNPLACED],
    ["A {=x} \uFFFC b", UNPLACED],
    ["A \uFFFC c {=x} b", UNPLACED],
    [
      "Q{=a ~%50%b ~c}",
      "gives a wrong option partial credit (~%w%); in single choice an option is right or wrong",
    ],
  ])("%j", (source, message) => {
    expect(errorsOf(`::T::a{T}\n\n${source}`)).toEqual([
      { line: 3, question: 2, message: `question 2 (line 3) ${message}` },
    ]);
  });

  test("a right option with a full weight and wrong ones at 0% is a single choice", () => {
    expect(draftsOf("Q{=%100%a ~%0%b}")).toEqual([
      {
        ...{ name: null, prompt: "Q", explanation: "" },
        ...{ kind: "single-choice", options: ["a", "b"], correct: 0 },
      },
    ]);
  });
});
