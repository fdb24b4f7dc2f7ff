// Edges of moodle-xml-import.ts left open by the first tests (surviving mutants): small Moodle
// XML files checked for the exact drafts or errors imported. Line numbers are the source's; each
// test was seen failing with its mutant applied, and every file is parsed inside its test.
import { describe, expect, test } from "vitest";
import { toDraft } from "./draft";
import { parseMoodleXml } from "./moodle-xml-import";
import type { ImportError } from "./types";

/** A quiz with `<quiz>` on line 1 and each one-line question on the next lines. */
const quiz = (...questions: string[]) => `<quiz>\n${questions.join("\n")}\n</quiz>\n`;
const question = (type: string | null, ...parts: string[]) =>
  `<question${type === null ? "" : ` type="${type}"`}>${parts.join("")}</question>`;
const field = (tag: string, text: string, format: string | null = "html") =>
  `<${tag}${format === null ? "" : ` format="${format}"`}><text>${text}</text></${tag}>`;
const name = (text: string) => field("name", text, null);
const prompt = (text: string, format: string | null = "html") =>
  field("questiontext", text, format);
const answer = (fraction: string | null, text: string) =>
  `<answer${fraction === null ? "" : ` fraction="${fraction}"`}><text>${text}</text></answer>`;
const cdata = (html: string) => `<![CDATA[${html}]]>`;

/** The imported questions as drafts, with the name as imported (toDraft maps "" to null). */
function draftsOf(source: string) {
  const result = parseMoodleXml(source, { importId: "t" });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.questions.map((q) => ({ ...toDraft(q), name: q.name }));
}

function errorsOf(source: string): ImportError[] {
  const result = parseMoodleXml(source, { importId: "t" });
  if (result.ok) throw new Error("expected the import to fail");
  return result.errors;
}

const SUPPORTED = "multichoice, truefalse, shortanswer, matching, cloze, ordering";

describe("text fields: names, formats and where the text sits", () => {
  // Lines 65 (no <name> gives "" -> "Stryker was here!"), 168 (an empty name is null: the test
  // made false or compared with "Stryker was here!"), 80 (a missing format attribute reads ""),
  // 83-84 (the default format html: `"html"` -> `""`, `||` -> `&&`), 67-69 (an empty
  // <generalfeedback> element, which has no text at all: `typeof text === "string"` -> true,
  // `&&` -> `||`, the fallback `""` -> "Stryker was here!").
  test("no name, HTML question text without a format, empty general feedback", () => {
    const source = quiz(
      question(
        "multichoice",
        prompt("&lt;p&gt;Pick &lt;b&gt;one&lt;/b&gt;&lt;/p&gt;", null),
        '<generalfeedback format="html"></generalfeedback>',
        answer("100", "A"),
        answer("0", "B"),
      ),
    );
    expect(draftsOf(source)).toEqual([
      {
        kind: "single-choice",
        name: null,
        prompt: "Pick one",
        explanation: "",
        options: ["A", "B"],
        correct: 0,
      },
    ]);
  });

  // Line 84 (`attr(node, "")` ignores the format), 86 (`true`; `format !== "moodle_auto_format"`)
  // for plain formats; 86 (`format === "moodle_auto_format"` -> false or `""`) for Moodle's
  // auto format, which is HTML.
  test.each([
    ["plain_text", "&lt;b&gt;bold&lt;/b&gt;   as  typed", "<b>bold</b> as typed"],
    ["markdown", "**bold** &lt;i&gt;x&lt;/i&gt;", "**bold** <i>x</i>"],
    [
      "moodle_auto_format",
      "&lt;p&gt;Auto &lt;i&gt;formatted&lt;/i&gt;&lt;/p&gt;",
      "Auto formatted",
    ],
    ["html", "&lt;p&gt;Tom &amp;amp; Jerry&lt;/p&gt;", "Tom & Jerry"],
  ])("question text in format %s", (format, text, expected) => {
    const source = quiz(
      question("ordering", name("n"), prompt(text, format), answer("0", "x"), answer("0", "y")),
    );
    expect(draftsOf(source)).toEqual([
      { kind: "ordering", name: "n", prompt: expected, explanation: "", items: ["x", "y"] },
    ]);
  });

  // Line 68: a <text> element with an attribute is an object whose "#text" is read (the test
  // made true, false or `||`, `!==`, its keys emptied); `<text lang="en"/>` has no "#text" and
  // reads "" (68: `typeof text["#text"] === "string"` -> true returns undefined).
  test("a <text> element with attributes", () => {
    const source = quiz(
      question(
        "shortanswer",
        '<name><text lang="en">Capital</text></name>',
        prompt("Capital of France?"),
        '<generalfeedback format="html"><text lang="en"/></generalfeedback>',
        answer("100", "Paris"),
      ),
    );
    expect(draftsOf(source)).toEqual([
      {
        kind: "short-answer",
        name: "Capital",
        prompt: "Capital of France?",
        explanation: "",
        accepted: ["Paris"],
        rejected: [],
      },
    ]);
  });

  // Line 69: an element holding its text directly, without a <text> child (the test made true,
  // false or `!==`, either "#text" key emptied, `"string"` emptied).
  test("an answer written without a <text> child", () => {
    const source = quiz(
      question(
        "truefalse",
        name("tf"),
        prompt("The Earth is flat."),
        '<answer fraction="0">true</answer><answer fraction="100">false</answer>',
      ),
    );
    expect(draftsOf(source)).toEqual([
      {
        kind: "true-false",
        name: "tf",
        prompt: "True or false?",
        explanation: "",
        statement: "The Earth is flat.",
        answer: false,
      },
    ]);
  });

  // Line 270: only a byte order mark at the very start is dropped (`/^\uFEFF/` -> `/\uFEFF/`
  // drops one inside a name; `""` -> "Stryker was here!" spoils a file that starts with one).
  test.each([
    ["a leading byte order mark", "\uFEFF", "Plain name"],
    ["a U+FEFF inside a name", "", "Zero\uFEFFwidth"],
  ])("%s", (_, bom, title) => {
    const file = quiz(question("shortanswer", name(title), prompt("Q?"), answer("100", "a")));
    expect(draftsOf(`${bom}${file}`).map((d) => d.name)).toEqual([title]);
  });
});

describe("multichoice: <single> and fractions", () => {
  const options = answer("50", "a") + answer("50", "b") + answer("0", "c") + answer("-50", "d");
  const multiple = {
    kind: "multiple-select",
    name: "m",
    prompt: "Pick",
    explanation: "",
    options: ["a", "b", "c", "d"],
    correct: [0, 1],
  };
  // Line 176 (the value trimmed: `.trim()` removed), 75-76 (two <single> elements are read as
  // an empty value, false: `typeof value === "string"` -> true hands an array on, the fallback
  // `""` -> "Stryker was here!" reads true; Moodle reads the first, also false here), 190 (only
  // positive fractions are right: `f > 0` -> `f >= 0` adds the 0% option and the weights then
  // differ).
  test.each([
    ["<single>false</single>"],
    ["<single> false </single>"],
    ["<single>0</single>"],
    ["<single></single>"],
    ["<single>false</single><single>false</single>"],
  ])("%s is a multiple select; right options are those above 0%%", (single) => {
    const source = quiz(question("multichoice", name("m"), prompt("Pick"), single, options));
    expect(draftsOf(source)).toEqual([multiple]);
  });

  // Line 80 (a missing fraction attribute reads "" and so 0%: `""` -> "Stryker was here!" is NaN).
  test("an answer without a fraction is worth 0%", () => {
    const source = quiz(
      question("multichoice", name("s"), prompt("Pick"), answer(null, "a"), answer("100", "b")),
    );
    expect(draftsOf(source)).toEqual([
      {
        kind: "single-choice",
        name: "s",
        prompt: "Pick",
        explanation: "",
        options: ["a", "b"],
        correct: 1,
      },
    ]);
  });

  // Lines 93-94 (a fraction that is not a number: the check made false, the message emptied,
  // `attr(answer, "")`), 186-187 (two 100% options in single choice: the check made false, the
  // message emptied), 191 (no positive fraction in a multiple select: the check made false, the
  // message emptied).
  test.each([
    [
      "a fraction that is not a number",
      `<single>true</single>${answer("100", "a")}${answer("abc", "b")}`,
      'has an answer with fraction "abc"',
    ],
    [
      "two 100% options in single choice",
      `<single>true</single>${answer("100", "a")}${answer("100", "b")}`,
      "has more than one 100% option but <single>true</single>",
    ],
    [
      "a multiple select without a positive fraction",
      `<single>false</single>${answer("0", "a")}${answer("-100", "b")}`,
      "has no option with a positive fraction",
    ],
  ])("%s is refused", (_, rest, message) => {
    const source = quiz(question("multichoice", name("x"), prompt("Pick"), rest));
    expect(errorsOf(source)).toEqual([
      { line: 2, question: 1, message: `question 1 (line 2) ${message}` },
    ]);
  });
});

describe("true/false", () => {
  // Line 206: the answer is true exactly when the 100% answer reads "true", in any case (the
  // test made true, false or `!==`, `"true"` emptied).
  test.each([
    ["TRUE", "false", true],
    ["false", "true", false],
  ])("the 100%% answer %s", (right, other, expected) => {
    const source = quiz(
      question(
        "truefalse",
        name("t"),
        prompt("Ice is cold."),
        answer("0", other),
        answer("100", right),
      ),
    );
    expect(draftsOf(source)).toEqual([
      {
        kind: "true-false",
        name: "t",
        prompt: "True or false?",
        explanation: "",
        statement: "Ice is cold.",
        answer: expected,
      },
    ]);
  });
});

describe("short answer", () => {
  // Lines 102-104: a fraction other than 100% or 0% is refused (the check made false, the
  // message emptied).
  test("partial credit is refused", () => {
    const source = quiz(
      question(
        "shortanswer",
        name("s"),
        prompt("Capital?"),
        answer("100", "Rome"),
        answer("50", "Roma"),
      ),
    );
    expect(errorsOf(source)).toEqual([
      {
        line: 2,
        question: 1,
        message: 'question 1 (line 2) gives the answer "Roma" 50%; only 100% or 0% is supported',
      },
    ]);
  });
});

describe("cloze gaps", () => {
  const cloze = (html: string) => quiz(question("cloze", name("c"), prompt(cdata(html))));
  const gap = (before: string, after: string, answers: string[], rejected: string[] = []) => ({
    kind: "cloze",
    name: "c",
    prompt: "Fill in the blank.",
    explanation: "",
    before,
    after,
    answers,
    rejected,
  });
  // Line 122: an alternative without a mark is wrong (the mark made compulsory), %100% with one
  // or more digits (`\d+` -> `\d`), a decimal point or comma with several decimals
  // (`[.,]` -> `[^.,]`, `\d*` -> `\d` or `\D*`); 126: the percentage read (`m?.[2] ?? "0"` ->
  // `&&`) with a comma as the point (`","` -> `""`, `"."` -> `""`); 125: `\}` and `\#` are a
  // literal brace and hash (either replacement emptied); the feedback after # is dropped.
  test.each([
    ["=Paris~Lyon", ["Paris"], ["Lyon"]],
    ["%100%Paris~%0%Lyon", ["Paris"], ["Lyon"]],
    ["%100.00%Paris~%100,0%Parigi~%0%Lyon#no", ["Paris", "Parigi"], ["Lyon"]],
    ["=a\\}b#right~=c\\#d", ["a}b", "c#d"], []],
  ])("{1:SA:%s}", (alternatives, answers, rejected) => {
    expect(draftsOf(cloze(`<p>City: {1:SA:${alternatives}}.</p>`))).toEqual([
      gap("City: ", ".", answers, rejected),
    ]);
  });

  // Line 132 (a U+FFFC in the text is dropped, not replaced), 143 (a space before the blank
  // only when the text before it ends in one: `/\s$/` -> `/\s/`, `""` -> "Stryker was here!"),
  // 148 (nothing before a blank at the start: `""` -> "Stryker was here!"; nor after a
  // paragraph break, where the space the break leaves must not stay: the test made false).
  test.each([
    [
      "<p>Capital\uFFFC of France: {1:SA:=Paris}.</p>",
      "Fill in the blank.",
      "Capital of France: ",
      ".",
    ],
    [
      "<p>The plural of cat is cat{1:SA:=s}.</p>",
      "Fill in the blank.",
      "The plural of cat is cat",
      ".",
    ],
    ["<p>{1:SA:=s} is the answer.</p>", "Fill in the blank.", "", " is the answer."],
    ["<p>Intro</p><p>{1:SA:=s} is the answer.</p>", "Intro", "", " is the answer."],
  ])("%s", (html, lead, before, after) => {
    const answers = html.includes("Paris") ? ["Paris"] : ["s"];
    expect(draftsOf(cloze(html))).toEqual([{ ...gap(before, after, answers), prompt: lead }]);
  });
});

describe("which questions count, and where errors point", () => {
  const essay = question("essay", name("e"), prompt("Discuss."));
  const unsupported = (type: string) =>
    `has the Moodle type "${type}", which cannot be imported (supported: ${SUPPORTED})`;
  // Lines 236 (the supported list emptied), 287 (a category is skipped before it is numbered:
  // the test made false, `attr(node, "")`, `=== ""`), 235 (no type reads "(none)": `""`; with
  // 287's `=== ""` the typeless question would be skipped), 247 (the line of a one-line file:
  // `starts.length - 1` -> `+ 1`).
  test.each([
    [
      "a category, then an essay",
      quiz(
        '<question type="category"><category><text>$course$/top/A</text></category></question>',
        essay,
      ),
      [{ line: 3, question: 1, message: `question 1 (line 3) ${unsupported("essay")}` }],
    ],
    [
      "a question without a type",
      quiz(question(null, name("x"), prompt("What?"))),
      [{ line: 2, question: 1, message: `question 1 (line 2) ${unsupported("(none)")}` }],
    ],
    [
      "an essay in a file of one line",
      `<quiz>${essay}</quiz>`,
      [{ line: 1, question: 1, message: `question 1 (line 1) ${unsupported("essay")}` }],
    ],
    [
      "an essay on the last line of a longer file",
      `<quiz>\n\n\n\n${question("essay", name("e"), prompt("Discuss."))}</quiz>`,
      [{ line: 5, question: 1, message: `question 1 (line 5) ${unsupported("essay")}` }],
    ],
  ])("%s", (_, source, errors) => {
    expect(errorsOf(source)).toEqual(errors);
  });

  // Line 60 (no <question> at all is no question: the fallback `[]` -> ["Stryker was here"]),
  // 50 and 60 (a <question> element holding only text is no element to import: isNode made
  // true, `||` for either `&&`, the filter removed).
  test.each([
    ["no <question> element", quiz("<info/>")],
    ["only a <question> holding text", quiz("<question>stray text</question>")],
  ])("%s: the file contains no question", (_, source) => {
    expect(errorsOf(source)).toEqual([
      { line: null, question: null, message: "the file contains no question" },
    ]);
  });

  test("a <question> holding only text is passed over beside real ones", () => {
    const source = quiz(
      "<question>stray text</question>",
      question("ordering", name("o"), prompt("Order"), answer("0", "1"), answer("0", "2")),
    );
    expect(draftsOf(source)).toEqual([
      { kind: "ordering", name: "o", prompt: "Order", explanation: "", items: ["1", "2"] },
    ]);
  });
});

describe("fixed: a gap the text does not show, and an empty <quiz>", () => {
  // Line 140: a gap inside an attribute, a script or an image vanished from the text and was
  // imported with its blank at the end ("Year x ___"); it is now refused.
  test.each([
    ['<p>Year <img alt="{1:SA:=1994}"> x</p>'],
    ["<p>Year<script>{1:SA:=1994}</script></p>"],
  ])("%s is refused", (html) => {
    const source = quiz(question("cloze", name("c"), prompt(cdata(html))));
    expect(errorsOf(source)).toEqual([
      {
        line: 2,
        question: 1,
        message: "question 1 (line 2) has its gap inside markup that is not shown",
      },
    ]);
  });

  // Line 280: an empty <quiz> parses as a string and was refused as "not a Moodle XML file";
  // it is a quiz with no question. A root of another name is still not Moodle XML.
  test.each([
    ["<quiz></quiz>", "the file contains no question"],
    ["<quiz/>", "the file contains no question"],
    ["<quiz>\n</quiz>", "the file contains no question"],
    ["<quiz>text only</quiz>", "the file contains no question"],
    ["<quizzes><quiz/></quizzes>", "not a Moodle XML file: the root element must be <quiz>"],
  ])("%s", (source, message) => {
    expect(errorsOf(source)).toEqual([{ line: null, question: null, message }]);
  });
});
