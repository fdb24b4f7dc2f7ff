// Moodle XML export edges (surviving Stryker mutants of moodle-xml-export.ts): the exact XML
// written for one hand-built question of each kind, the file's head and category, comments,
// multiple select left out, and the category path read back with fast-xml-parser. Each test was
// seen failing with its mutants applied; exports run inside the tests, never at load time.
import fc from "fast-check";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, test } from "vitest";
import type { Question } from "@/lib/domain/questions/types";
import { MULTIPLE_SELECT_LIMIT_NOTE } from "./fractions";
import { exportMoodleXml } from "./moodle-xml-export";

const NOW = new Date("2026-03-14T09:26:53Z");

function base<K extends Question["kind"]>(kind: K, id: string, prompt: string) {
  return {
    id,
    publicId: "q_x",
    kind,
    prompt,
    explanation: "Because.",
    sources: [],
    difficulty: 1 as const,
    level: "recall" as const,
    scope: "source" as const,
    beyondSource: false,
    factIds: ["f"],
    tags: { programmeIds: ["p"], topic: "p", kind, template: `${kind}.t` },
  };
}
const choices = (...texts: string[]) => texts.map((text, i) => ({ id: `c${i + 1}`, text }));

const head = (setName: string, category: string) =>
  [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<!-- ${setName}: exported by Partnership Study on 2026-03-14T09:26:53.000Z. ` +
      `Ordering questions need Moodle 4.4 or later, or the qtype_ordering plug-in. -->`,
    `<quiz>`,
    `<!-- question: 0 -->`,
    `  <question type="category">`,
    `    <category>`,
    `      <text>$course$/top/${category}</text>`,
    `    </category>`,
    `  </question>`,
  ].join("\n");

/** The XML of one question, between the category and </quiz>; the rest checked on the way. */
function exportOne(q: Question): string {
  const { content, omitted } = exportMoodleXml([q], { setName: "Set", now: NOW });
  expect(omitted).toEqual([]);
  const start = `${head("Set", "Set")}\n`;
  const end = `\n</quiz>\n`;
  expect(content.slice(0, start.length)).toBe(start);
  expect(content.slice(-end.length)).toBe(end);
  return content.slice(start.length, -end.length);
}

/** What every question starts with: comment, name, text, general feedback, grade. */
const questionHead = (
  id: string,
  type: string,
  name: string,
  html: string,
  grade = [`    <defaultgrade>1</defaultgrade>`],
) => [
  `<!-- question: ${id} -->`,
  `  <question type="${type}">`,
  `    <name>`,
  `      <text>${name}</text>`,
  `    </name>`,
  `    <questiontext format="html">`,
  `      <text><![CDATA[${html}]]></text>`,
  `    </questiontext>`,
  `    <generalfeedback format="html">`,
  `      <text><![CDATA[<p>Because.</p>]]></text>`,
  `    </generalfeedback>`,
  ...grade,
  `    <penalty>0.3333333</penalty>`,
  `    <hidden>0</hidden>`,
];

const htmlAnswer = (fraction: string, html: string) => [
  `    <answer fraction="${fraction}" format="html">`,
  `      <text><![CDATA[${html}]]></text>`,
  `      <feedback format="html"><text></text></feedback>`,
  `    </answer>`,
];
const plainAnswer = (fraction: string, text: string) => [
  `    <answer fraction="${fraction}" format="moodle_auto_format">`,
  `      <text>${text}</text>`,
  `      <feedback format="html"><text></text></feedback>`,
  `    </answer>`,
];

describe("the file around the questions", () => {
  // Lines 226-238 and 253 (the head, the category path, the last line break); 55-56 (a comment
  // keeps no "--"); 227 (nothing omitted).
  test("an empty export is the head, the category and </quiz>, names as given", () => {
    const setName = "  Week \t 1 -- PfP/EAPC & <more>  ";
    const { content, omitted } = exportMoodleXml([], { setName, now: NOW });
    expect(omitted).toEqual([]);
    expect(content).toBe(
      `${head("  Week \t 1 - PfP/EAPC & <more>  ", "Week 1 -- PfP//EAPC &amp; &lt;more&gt;")}\n` +
        `</quiz>\n`,
    );
  });

  // Line 226 (whitespace runs of any kind made one space), 238 (a blank name is "Questions").
  test.each([
    ["Set", "Set"],
    ["a\n\nb\u00a0 c", "a b c"],
    ["/a/", "//a//"],
    ["", "Questions"],
    [" \t\n ", "Questions"],
  ])("set name %j is category $course$/top/%s", (setName, category) => {
    const { content } = exportMoodleXml([], { setName, now: NOW });
    expect(content).toContain(`      <text>$course$/top/${category}</text>\n`);
  });

  // Line 226, read back: one level under top ("/" splits levels, "//" is a literal slash).
  test("the set name read back by fast-xml-parser is one level, whitespace collapsed", () => {
    const reader = new XMLParser({ isArray: (name) => name === "question" });
    const name = fc.string({ unit: fc.constantFrom("a", "B", " ", "\t", "\n", "/", "&", "<") });
    fc.assert(
      fc.property(name, (setName) => {
        const { content } = exportMoodleXml([], { setName, now: NOW });
        expect(XMLValidator.validate(content)).toBe(true);
        const quiz = (
          reader.parse(content) as { quiz: { question: { category: { text: string } }[] } }
        ).quiz;
        const path = quiz.question[0]?.category.text ?? "";
        expect(path.startsWith("$course$/top/")).toBe(true);
        const level = path.slice("$course$/top/".length);
        expect(level).not.toMatch(/(^|[^/])\/([^/]|$)|\s\s|^\s|\s$/);
        const collapsed = setName.split(/\s+/).filter(Boolean).join(" ");
        expect(level.replace(/\/\//g, "/")).toBe(collapsed === "" ? "Questions" : collapsed);
      }),
    );
  });

  // Lines 55-56: "--" is not allowed in an XML comment, nor a "-" right before "-->".
  test.each([
    ["a--b", "a-b"],
    ["a---b-", "a-b"],
    ["a-b-", "a-b"],
    ["a-b--", "a-b"],
    ["-a", "-a"],
  ])("question %j is named %j in its comment", (id, shown) => {
    const xml = exportOne({
      ...base("ordering", id, "Order."),
      items: choices("x"),
      answer: ["c1"],
      orderLabel: "",
    });
    expect(xml.split("\n")[0]).toBe(`<!-- question: ${shown} -->`);
  });

  // Lines 245-249: more than 10 right options cannot be graded alike: left out with a note.
  test("a multiple select Moodle cannot grade is left out, with a comment saying why", () => {
    const options = choices(...Array.from({ length: 12 }, (_, i) => `o${i}`));
    const ms: Question = {
      ...base("multiple-select", "ms-big", "Pick."),
      options,
      answers: options.slice(0, 11).map((o) => o.id),
    };
    const { content, omitted } = exportMoodleXml([ms], { setName: "Set", now: NOW });
    expect(omitted).toEqual([{ id: "ms-big", reason: MULTIPLE_SELECT_LIMIT_NOTE }]);
    expect(content).toBe(
      `${head("Set", "Set")}\n` +
        `<!-- Left out: question ms-big: Moodle's grade list cannot split the marks of more ` +
        `than 10 right or 10 wrong options evenly. -->\n</quiz>\n`,
    );
  });
});

describe("one question of each kind, exactly", () => {
  // Lines 86-92 (answer), 117-127 (single choice), 195-212 (every question's head).
  test("single choice: fraction 100 on the right option, options HTML-escaped", () => {
    const q: Question = {
      ...base("single-choice", "sc-1", "Which <one>?\n\nPick & choose."),
      explanation: "Because.",
      options: choices("A & B", "C\nD", '"E"'),
      answer: "c2",
    };
    expect(exportOne(q)).toBe(
      [
        ...questionHead(
          "sc-1",
          "multichoice",
          "Pick &amp; choose.",
          "<p>Which &lt;one&gt;?</p><p>Pick &amp; choose.</p>",
        ),
        `    <single>true</single>`,
        `    <shuffleanswers>true</shuffleanswers>`,
        `    <answernumbering>abc</answernumbering>`,
        `    <showstandardinstruction>0</showstandardinstruction>`,
        ...htmlAnswer("0", "A &amp; B"),
        ...htmlAnswer("100", "C<br>D"),
        ...htmlAnswer("0", "&quot;E&quot;"),
        `  </question>`,
      ].join("\n"),
    );
  });

  // Lines 116-127 and 245: +100/k on the k right options, -100/d on the d wrong ones.
  test("multiple select: <single>false</single> and split fractions; its own name", () => {
    const q = {
      ...base("multiple-select", "ms-1", "Pick two."),
      name: "My <title>",
      options: choices("a", "b", "c", "d", "e"),
      answers: ["c1", "c3"],
    };
    expect(exportOne(q)).toBe(
      [
        ...questionHead("ms-1", "multichoice", "My &lt;title&gt;", "<p>Pick two.</p>"),
        `    <single>false</single>`,
        `    <shuffleanswers>true</shuffleanswers>`,
        `    <answernumbering>abc</answernumbering>`,
        `    <showstandardinstruction>0</showstandardinstruction>`,
        ...htmlAnswer("50", "a"),
        ...htmlAnswer("-33.33333", "b"),
        ...htmlAnswer("50", "c"),
        ...htmlAnswer("-33.33333", "d"),
        ...htmlAnswer("-33.33333", "e"),
        `  </question>`,
      ].join("\n"),
    );
  });

  // Lines 97 and 131: the statement is a second paragraph; "true" and "false" as plain answers.
  test("true/false: instruction and statement as paragraphs, the false answer at 100", () => {
    const q: Question = {
      ...base("true-false", "tf-1", "True or false?"),
      statement: 'PfP & "EAPC" <began> in 1994.',
      answer: false,
    };
    expect(exportOne(q)).toBe(
      [
        ...questionHead(
          "tf-1",
          "truefalse",
          "PfP &amp; &quot;EAPC&quot; &lt;began&gt; in 1994.",
          "<p>True or false?</p><p>PfP &amp; &quot;EAPC&quot; &lt;began&gt; in 1994.</p>",
        ),
        ...plainAnswer("0", "true"),
        ...plainAnswer("100", "false"),
        `  </question>`,
      ].join("\n"),
    );
  });

  // Lines 138-143: canonical first, accepted at 100, rejected at 0, "*" written \*.
  test("short answer: accepted forms at 100, rejected at 0, entity-escaped, * escaped", () => {
    const q: Question = {
      ...base("short-answer", "sa-1", "Name the programme."),
      answer: "Partnership for Peace",
      accepted: ["PfP", "Partnership for Peace", "P*P"],
      rejected: ["EAPC", "a<b & c"],
    };
    expect(exportOne(q)).toBe(
      [
        ...questionHead("sa-1", "shortanswer", "Name the programme.", "<p>Name the programme.</p>"),
        `    <usecase>0</usecase>`,
        ...plainAnswer("100", "Partnership for Peace"),
        ...plainAnswer("100", "PfP"),
        ...plainAnswer("100", "P\\*P"),
        ...plainAnswer("0", "EAPC"),
        ...plainAnswer("0", "a&lt;b &amp; c"),
        `  </question>`,
      ].join("\n"),
    );
  });

  // Lines 81-82 (gap characters), 99-106 (the gap), 147 (no body), 207 (no grade for cloze).
  test("cloze: one gap, its syntax characters as references, line breaks as spaces", () => {
    const q: Question = {
      ...base("cloze", "cz-1", "Fill in the blank."),
      before: "The <PfP> began in ",
      after: " & grew.",
      answers: ["1994", 'a*b{c}~d#e=f%g\\h&i<j>k"l', "w\r\nx\ry\nz"],
      rejected: ["1995", "1996"],
    };
    const gap =
      "{1:SHORTANSWER:=1994" +
      "~=a\\*b&#123;c&#125;&#126;d&#35;e&#61;f&#37;g&#92;h&amp;i&lt;j&gt;k&quot;l" +
      "~=w x y z~%0%1995~%0%1996}";
    expect(exportOne(q)).toBe(
      [
        ...questionHead(
          "cz-1",
          "cloze",
          "The &lt;PfP&gt; began in ___ &amp; grew.",
          `<p>Fill in the blank.</p><p>The &lt;PfP&gt; began in ${gap} &amp; grew.</p>`,
          [],
        ),
        `  </question>`,
      ].join("\n"),
    );
  });

  // Lines 150-159: a subquestion per pair, then right items matching nothing with empty text.
  test("matching: pairs as subquestions, the unused right item as a distractor", () => {
    const q: Question = {
      ...base("matching", "mt-1", "Match each to its year."),
      leftLabel: "Programme",
      rightLabel: "Year",
      left: choices("Partnership <for> Peace", "EAPC"),
      right: [
        { id: "r1", text: "1994" },
        { id: "r2", text: "2002" },
        { id: "r3", text: "1997 & on" },
      ],
      answer: [
        { leftId: "c1", rightId: "r1" },
        { leftId: "c2", rightId: "r3" },
      ],
    };
    const sub = (html: string, right: string) => [
      `    <subquestion format="html">`,
      `      <text><![CDATA[${html}]]></text>`,
      `      <answer>`,
      `        <text>${right}</text>`,
      `      </answer>`,
      `    </subquestion>`,
    ];
    expect(exportOne(q)).toBe(
      [
        ...questionHead(
          "mt-1",
          "matching",
          "Match each to its year.",
          "<p>Match each to its year.</p>",
        ),
        `    <shuffleanswers>true</shuffleanswers>`,
        ...sub("Partnership &lt;for&gt; Peace", "1994"),
        ...sub("EAPC", "1997 &amp; on"),
        ...sub("", "2002"),
        `  </question>`,
      ].join("\n"),
    );
  });

  // Lines 162-177: the items in the right order, numbered by their fraction.
  test("ordering: the items in the key's order with relative grading", () => {
    const q: Question = {
      ...base("ordering", "or-1", "Earliest first."),
      items: choices("PfP", "EAPC & more", "PARP"),
      answer: ["c2", "c1", "c3"],
      orderLabel: "Earliest first",
    };
    const item = (fraction: number, html: string) => [
      `    <answer fraction="${fraction}" format="html">`,
      `      <text><![CDATA[${html}]]></text>`,
      `    </answer>`,
    ];
    expect(exportOne(q)).toBe(
      [
        ...questionHead("or-1", "ordering", "Earliest first.", "<p>Earliest first.</p>"),
        `    <layouttype>VERTICAL</layouttype>`,
        `    <selecttype>ALL</selecttype>`,
        `    <selectcount>3</selectcount>`,
        `    <gradingtype>RELATIVE_ALL_PREVIOUS_AND_NEXT</gradingtype>`,
        `    <showgrading>SHOW</showgrading>`,
        `    <numberingstyle>none</numberingstyle>`,
        `    <shownumcorrect>1</shownumcorrect>`,
        ...item(1, "EAPC &amp; more"),
        ...item(2, "PfP"),
        ...item(3, "PARP"),
        `  </question>`,
      ].join("\n"),
    );
  });

  // Line 204: the sources follow the explanation in the general feedback.
  test("general feedback: the explanation, then the sources, as HTML paragraphs", () => {
    const q: Question = {
      ...base("true-false", "tf-2", "True or false?"),
      explanation: "It began in 1994 (para 3).",
      sources: [
        {
          sourceId: "s",
          title: "Partnership <for> Peace",
          publisher: "NATO",
          url: "https://www.nato.int/?a=1&b=2",
          paragraph: 3,
          sentences: [1, 2],
          beyondSource: false,
        },
      ],
      statement: "PfP began in 1994.",
      answer: true,
    };
    const lines = exportOne(q).split("\n");
    expect(lines.slice(8, 11)).toEqual([
      `    <generalfeedback format="html">`,
      `      <text><![CDATA[<p>It began in 1994 (para 3).</p><p>Sources:<br>NATO, ` +
        `&quot;Partnership &lt;for&gt; Peace&quot;, paragraph 3, sentences 1, 2 ` +
        `https://www.nato.int/?a=1&amp;b=2</p>]]></text>`,
      `    </generalfeedback>`,
    ]);
  });
});
