/**
 * Moodle XML: the whole bank exported, read back with fast-xml-parser on its own and checked
 * against the element names Moodle's importer reads (question/format/xml/format.php and
 * qtype_ordering) and Moodle's fraction rules; imported by parseMoodleXml into the same
 * questions and keys and graded the same; escaping as a property; bad files refused whole.
 */
import fc from "fast-check";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, test } from "vitest";
import { loadContent } from "@/content/load";
import { generateQuestionBank } from "@/lib/domain/questions/generate";
import { gradeResponse } from "@/lib/domain/questions/grade";
import type { Question } from "@/lib/domain/questions/types";
import { textResponses, toResponse } from "@/lib/domain/test-fixtures/text-responses";
import { toDraft } from "./draft";
import { IMPORT_LIMITS } from "./limits";
import { cdata, exportMoodleXml } from "./moodle-xml-export";
import { parseMoodleXml } from "./moodle-xml-import";
import { normalizeText } from "./text";
import type { CustomQuestion, QuestionImportResult } from "./types";

const bank = generateQuestionBank(loadContent());
const now = new Date("2026-03-14T09:26:53Z");
const exported = exportMoodleXml(bank, { setName: "Whole <bank> & more", now });

type X = Record<string, unknown>;
const reader = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  isArray: (name) => ["question", "answer", "subquestion"].includes(name),
});
const quiz = (reader.parse(exported.content) as { quiz: { question: X[] } }).quiz;
const [category, ...read] = quiz.question;

const str = (v: unknown): string => (typeof v === "string" ? v : "");
const node = (v: unknown): X => (typeof v === "object" && v !== null ? (v as X) : {});
const list = (v: unknown): X[] => (Array.isArray(v) ? (v as X[]) : []);
const textIn = (v: unknown): string => str(node(v).text);

/** An independent reading of our HTML: tags out, the five entities we write decoded. */
function htmlText(html: string): string {
  return html
    .replace(/<br>/g, "\n")
    .replace(/<\/p><p>/g, "\n\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

/** Moodle's grade list: 1, p/q for q <= 6, p/10, 1/q for q <= 10, 1/20; and negatives. */
const MOODLE_FRACTIONS = (() => {
  const values = new Set<number>([0, 1, 0.05]);
  for (let q = 2; q <= 10; q++) values.add(1 / q);
  for (let q = 2; q <= 6; q++) for (let p = 1; p < q; p++) values.add(p / q);
  for (let p = 1; p < 10; p++) values.add(p / 10);
  return [...values].flatMap((v) => [v, -v]);
})();
const isMoodleFraction = (percent: number) =>
  MOODLE_FRACTIONS.some((f) => Math.abs(f - percent / 100) < 0.00001);

function questionsOf(result: QuestionImportResult): CustomQuestion[] {
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 5)));
  return result.questions;
}

function errorsOf(result: QuestionImportResult) {
  if (result.ok) throw new Error("expected the import to fail");
  return result.errors;
}

const TYPES: Record<Question["kind"], string> = {
  "single-choice": "multichoice",
  "which-programme": "multichoice",
  "multiple-select": "multichoice",
  "true-false": "truefalse",
  "short-answer": "shortanswer",
  cloze: "cloze",
  matching: "matching",
  ordering: "ordering",
};

describe("Moodle XML export of the whole bank, read by fast-xml-parser", () => {
  test("is a <quiz> with a category named after the set and every question in it", () => {
    expect(exported.omitted).toEqual([]);
    expect(category?.["@type"]).toBe("category");
    expect(textIn(node(category).category)).toBe("$course$/top/Whole <bank> & more");
    expect(read.map((q) => q["@type"])).toEqual(bank.map((q) => TYPES[q.kind]));
  });

  test("every question has a name, HTML question text and general feedback with sources", () => {
    bank.forEach((q, i) => {
      const x = node(read[i]);
      expect(textIn(x.name)).not.toBe("");
      expect(node(x.questiontext)["@format"]).toBe("html");
      expect(node(x.generalfeedback)["@format"]).toBe("html");
      const feedback = htmlText(textIn(x.generalfeedback));
      expect(feedback).toContain(q.explanation);
      for (const s of q.sources) if (s.url) expect(feedback).toContain(s.url);
      expect(str(x.penalty)).toBe("0.3333333");
      expect(str(x.hidden)).toBe("0");
    });
  });

  test("the answer keys, fractions and type options are those Moodle reads", () => {
    bank.forEach((q, i) => {
      const x = node(read[i]);
      const answers = list(x.answer);
      const fractions = answers.map((a) => Number(a["@fraction"]));
      const texts = answers.map((a) => htmlText(textIn(a)));
      switch (q.kind) {
        case "single-choice":
        case "which-programme":
          expect(str(x.single)).toBe("true");
          expect(fractions.every(isMoodleFraction)).toBe(true);
          expect(texts.filter((_, j) => fractions[j] === 100)).toEqual([
            q.options.find((o) => o.id === q.answer)?.text,
          ]);
          break;
        case "multiple-select": {
          expect(str(x.single)).toBe("false");
          expect(fractions.every(isMoodleFraction)).toBe(true);
          const right = fractions.filter((f) => f > 0);
          // Moodle: the positive fractions of a multiple-answer question add up to 100%.
          expect(Math.round(right.reduce((a, b) => a + b, 0) * 100) / 100).toBe(100);
          expect(texts.filter((_, j) => (fractions[j] ?? 0) > 0)).toEqual(
            q.options.filter((o) => q.answers.includes(o.id)).map((o) => o.text),
          );
          break;
        }
        case "true-false":
          expect(answers.map((a) => [textIn(a), a["@fraction"]])).toEqual([
            ["true", q.answer ? "100" : "0"],
            ["false", q.answer ? "0" : "100"],
          ]);
          break;
        case "short-answer":
          expect(str(x.usecase)).toBe("0");
          expect(texts.filter((_, j) => fractions[j] === 100)).toEqual(q.accepted);
          expect(texts.filter((_, j) => fractions[j] === 0)).toEqual(q.rejected);
          break;
        case "cloze": {
          const html = textIn(x.questiontext);
          const gaps = html.match(/\{1:SHORTANSWER:[^}]*\}/g) ?? [];
          expect(gaps).toHaveLength(1);
          expect(gaps[0]).toContain(`=${q.answers[0]}`);
          expect(x.defaultgrade).toBeUndefined();
          break;
        }
        case "matching": {
          const subs = list(x.subquestion).map((s) => [
            htmlText(textIn(s)),
            textIn(list(s.answer)[0]),
          ]);
          expect(subs).toEqual(
            q.answer.map((p) => [
              q.left.find((l) => l.id === p.leftId)?.text,
              q.right.find((r) => r.id === p.rightId)?.text,
            ]),
          );
          break;
        }
        case "ordering":
          expect([x.layouttype, x.selecttype, x.selectcount, x.gradingtype]).toEqual([
            "VERTICAL",
            "ALL",
            String(q.items.length),
            "RELATIVE_ALL_PREVIOUS_AND_NEXT",
          ]);
          expect(texts).toEqual(q.answer.map((id) => q.items.find((it) => it.id === id)?.text));
          break;
      }
    });
  });

  test("Moodle's multiple-answer grading of the fractions equals our grader", () => {
    bank.forEach((q, i) => {
      if (q.kind !== "multiple-select") return;
      const answers = list(node(read[i]).answer);
      const fractionOf = new Map(
        answers.map((a) => [htmlText(textIn(a)), Number(a["@fraction"]) / 100]),
      );
      for (const r of textResponses(q)) {
        if (r.kind !== "multi") continue;
        // Moodle: the sum of the ticked options' fractions, clamped to 0..1.
        const sum = r.texts.reduce((total, t) => total + (fractionOf.get(t) ?? NaN), 0);
        const moodle = Math.min(1, Math.max(0, sum));
        expect(moodle).toBeCloseTo(gradeResponse(q, toResponse(q, r)).score, 5);
      }
    });
  });

  test("notes, in the file, that ordering needs Moodle 4.4 or the qtype_ordering plug-in", () => {
    expect(exported.content).toMatch(/Moodle 4\.4 or later, or the qtype_ordering plug-in/);
  });
});

describe("Moodle XML import of the exported bank", () => {
  const questions = questionsOf(parseMoodleXml(exported.content, { importId: "x1" }));

  test("gives back every question with the same text and key", () => {
    expect(questions).toHaveLength(bank.length);
    bank.forEach((q, i) => {
      const x = node(read[i]);
      const expected = {
        ...toDraft(q),
        name: textIn(x.name),
        explanation: normalizeText(htmlText(textIn(x.generalfeedback))),
      };
      expect(toDraft(questions[i] as Question)).toEqual(expected);
    });
  });

  test("grades every answer exactly as the original question does", () => {
    bank.forEach((q, i) => {
      const copy = questions[i] as Question;
      for (const r of textResponses(q))
        expect(gradeResponse(copy, toResponse(copy, r)).score).toBe(
          gradeResponse(q, toResponse(q, r)).score,
        );
    });
  });

  test("names each question's line", () => {
    const lines = exported.content.split("\n");
    const starts = lines.flatMap((l, i) => (/<question type="(?!category)/.test(l) ? [i + 1] : []));
    const bad = exported.content.replace(/<single>true<\/single>/g, "<single>true</single>");
    expect(starts).toHaveLength(bank.length);
    // Break the last question's key: the error must point at the line it starts on.
    const at = bad.lastIndexOf('fraction="100"');
    const broken = `${bad.slice(0, at)}fraction="50"${bad.slice(at + 'fraction="100"'.length)}`;
    const errors = errorsOf(parseMoodleXml(broken));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.line).toBe(starts[starts.length - 1]);
  });
});

describe("Moodle XML escaping", () => {
  // Any code points, and strings built from the characters the formats treat specially.
  const textArb = fc.oneof(
    fc.string({ unit: "binary", maxLength: 60 }),
    fc.string({ unit: fc.constantFrom(..."~=#{}:%\\*&<>\"'[]/-_;` \n\tab"), maxLength: 30 }),
  );
  /** What survives: XML's forbidden characters dropped, whitespace normalised. */
  const expected = (s: string) =>
    normalizeText(s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, ""));

  test("any text survives in each kind's fields", () => {
    const [single] = bank.filter((q) => q.kind === "single-choice");
    const [cloze] = bank.filter((q) => q.kind === "cloze");
    const [short] = bank.filter((q) => q.kind === "short-answer");
    const [matching] = bank.filter((q) => q.kind === "matching");
    if (
      single?.kind !== "single-choice" ||
      cloze?.kind !== "cloze" ||
      short?.kind !== "short-answer" ||
      matching?.kind !== "matching"
    )
      throw new Error("the bank lacks a kind");
    fc.assert(
      fc.property(textArb, textArb, textArb, (a, b, c) => {
        fc.pre([a, b, c].every((t) => expected(t) !== "" && !/^\s*\*|[^\\]\*/.test(t)));
        fc.pre(new Set([a, b, c, "Other"].map((t) => expected(t).toLowerCase())).size === 4);
        const qs: Question[] = [
          {
            ...single,
            prompt: a,
            explanation: c,
            sources: [],
            options: [
              { id: "a", text: b },
              { id: "b", text: "Other" },
            ],
            answer: "a",
          },
          { ...cloze, before: `${a} `, after: ` ${c}`, answers: [b], rejected: [] },
          { ...short, prompt: c, answer: a, accepted: [a, b], rejected: [] },
          {
            ...matching,
            left: [
              { id: "l1", text: a },
              { id: "l2", text: "Other" },
            ],
            right: [
              { id: "r1", text: b },
              { id: "r2", text: c },
            ],
            answer: [
              { leftId: "l1", rightId: "r1" },
              { leftId: "l2", rightId: "r2" },
            ],
          },
        ];
        const xml = exportMoodleXml(qs, { setName: a, now }).content;
        const [s, z, sa, m] = questionsOf(parseMoodleXml(xml));
        expect(s?.prompt).toBe(expected(a));
        expect(s?.kind === "single-choice" && s.options[0]?.text).toBe(expected(b));
        expect(s?.explanation).toBe(expected(c));
        // The sentence around a blank and a gap answer are one line: breaks become spaces.
        const oneLine = (t: string) => expected(t.replace(/\r\n?|\n/g, " "));
        expect(z?.kind === "cloze" && [z.before.trim(), z.answers, z.after.trim()]).toEqual([
          oneLine(a),
          [oneLine(b)],
          oneLine(c),
        ]);
        expect(sa?.kind === "short-answer" && sa.accepted).toEqual([expected(a), expected(b)]);
        expect(m && toDraft(m).kind === "matching" && toDraft(m)).toMatchObject({
          pairs: [
            { left: expected(a), right: expected(b) },
            { left: "Other", right: expected(c) },
          ],
        });
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  test("a CDATA section holds any text, even its own terminator", () => {
    const text = "a]]>b]]]]>c<![CDATA[d";
    const back = new XMLParser({ parseTagValue: false }).parse(`<t>${cdata(text)}</t>`);
    expect(back.t).toBe(text);
  });

  test("a literal asterisk in a short answer is not a wildcard", () => {
    const [short] = bank.filter((q) => q.kind === "short-answer");
    if (short?.kind !== "short-answer") throw new Error("no short answer in the bank");
    const q = { ...short, answer: "5*", accepted: ["5*"], rejected: [] };
    const xml = exportMoodleXml([q], { setName: "s", now }).content;
    expect(xml).toContain("<text>5\\*</text>");
    const [back] = questionsOf(parseMoodleXml(xml));
    expect(back?.kind === "short-answer" && back.accepted).toEqual(["5*"]);
  });
});

const wrap = (...questions: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${questions.join("\n")}\n</quiz>\n`;
/** A one-line question of a type: name, question text, then the rest. */
const question = (type: string, text: string, rest = "") =>
  `<question type="${type}"><name><text>n</text></name>` +
  `<questiontext format="html"><text>${text}</text></questiontext>${rest}</question>`;
const ans = (fraction: number, text: string) =>
  `<answer fraction="${fraction}" format="html"><text>${text}</text></answer>`;
const GOOD = [
  `<question type="truefalse"><name><text>ok</text></name>`,
  `<questiontext format="html"><text>Is it?</text></questiontext>`,
  `${ans(100, "true")}${ans(0, "false")}`,
  `</question>`,
].join("\n");
const mc = (answers: string, single = "true") =>
  question("multichoice", "Pick", `<single>${single}</single>${answers}`);
const cloze = (text: string) => question("cloze", text);

describe("Moodle XML import refuses bad files whole", () => {
  test.each([
    ["malformed XML", wrap(GOOD, '<question type="truefalse">'), 8, /line 8: malformed XML/],
    [
      "a DOCTYPE (entity expansion)",
      `<?xml version="1.0"?>\n<!DOCTYPE q [<!ENTITY a "aaaaaaaaaa">]>\n<quiz>&a;</quiz>`,
      2,
      /DOCTYPE/,
    ],
    [
      "no right option",
      wrap(GOOD, mc(ans(0, "a") + ans(0, "b"))),
      7,
      /question 2 \(line 7\) has no/,
    ],
    ["duplicate options", wrap(GOOD, mc(ans(100, "A") + ans(0, "a"))), 7, /"a" appears twice/],
    ["partial credit", wrap(GOOD, mc(ans(100, "a") + ans(50, "b"))), 7, /partial credit/],
    ["unequal weights", wrap(GOOD, mc(ans(75, "a") + ans(25, "b"), "false")), 7, /weighs/],
    ["missing answers", wrap(GOOD, question("shortanswer", "Who?")), 7, /has no correct answer/],
    [
      "duplicate answers",
      wrap(GOOD, question("shortanswer", "Who?", ans(100, "PfP") + ans(100, "pfp"))),
      7,
      /answer "pfp" appears twice/,
    ],
    ["a wildcard answer", wrap(GOOD, question("shortanswer", "Who?", ans(100, "*"))), 7, /wild/],
    ["two cloze gaps", wrap(GOOD, cloze("{1:SA:=a} and {1:SA:=b}")), 7, /has 2 gaps/],
    ["a multiple-choice gap", wrap(GOOD, cloze("It is {1:MC:=a~b}.")), 7, /MC gap/],
    ["an essay", wrap(GOOD, question("essay", "Discuss.")), 7, /"essay", which cannot be/],
    [
      "a single ordering item",
      wrap(GOOD, question("ordering", "Order", ans(1, "only"))),
      7,
      /needs at least 2 items/,
    ],
    [
      "a true/false without a right answer",
      wrap(GOOD, question("truefalse", "So?", ans(0, "true") + ans(0, "false"))),
      7,
      /needs one answer "true" or "false"/,
    ],
  ])("%s", (_, source, line, message) => {
    const errors = errorsOf(parseMoodleXml(source));
    expect(errors[0]?.line).toBe(line);
    expect(errors.map((e) => e.message).join("\n")).toMatch(message);
  });

  test("a file that is not Moodle XML", () => {
    expect(errorsOf(parseMoodleXml("<html><body/></html>"))[0]?.message).toMatch(/root element/);
  });

  test("a file over the size limit is refused before parsing", () => {
    const huge = `<quiz>${"<".repeat(IMPORT_LIMITS.maxQuestionFileBytes)}</quiz>`;
    const errors = errorsOf(parseMoodleXml(huge));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/the limit is 1\.0 MiB/);
  });

  test("script and markup in HTML are dropped; names and plain answers stay inert text", () => {
    const html = '<p>Pick <script>alert(1)</script><a href="javascript:x()">one</a></p>';
    const source = wrap(
      question(
        "multichoice",
        `<![CDATA[${html}]]>`,
        ans(100, "<![CDATA[<b>A</b><img src=x onerror=alert(1)>]]>") + ans(0, "B"),
      ),
      question("shortanswer", "Who?", ans(100, "&lt;b&gt;x&lt;/b&gt;")).replace(
        "<name><text>n</text></name>",
        "<name><text>&lt;script&gt;n&lt;/script&gt;</text></name>",
      ),
    );
    const [q, s] = questionsOf(parseMoodleXml(source));
    expect(q?.prompt).toBe("Pick one");
    expect(q?.kind === "single-choice" && q.options.map((o) => o.text)).toEqual(["A", "B"]);
    expect(JSON.stringify(q)).not.toMatch(/<script|<img|javascript:|onerror/);
    expect(s?.name).toBe("<script>n</script>");
    expect(s?.kind === "short-answer" && s.accepted).toEqual(["<b>x</b>"]);
  });

  test("a Moodle file with a category, a match and a cloze with numeric references", () => {
    const source = wrap(
      `<question type="category"><category><text>$course$/top/Mine</text></category></question>`,
      question(
        "match",
        "Match",
        [
          ["EAPC", "1997"],
          ["NACC", "1991"],
          ["", "2004"],
        ]
          .map(([l, r]) => `<subquestion><text>${l}</text><answer><text>${r}</text></answer>`)
          .map((sub) => `${sub}</subquestion>`)
          .join("\n"),
      ),
      question(
        "multianswer",
        "<![CDATA[<p>PfP began in {1:SHORTANSWER:=1994#right~%0%1999&#126;x#wrong}.</p>]]>",
      ),
    );
    const [m, c] = questionsOf(parseMoodleXml(source, { importId: "m" }));
    expect(m && toDraft(m)).toMatchObject({
      kind: "matching",
      pairs: [
        { left: "EAPC", right: "1997" },
        { left: "NACC", right: "1991" },
      ],
      extraRights: ["2004"],
    });
    expect(c?.kind === "cloze" && [c.prompt, c.before, c.after, c.answers, c.rejected]).toEqual([
      "Fill in the blank.",
      "PfP began in ",
      ".",
      ["1994"],
      ["1999~x"],
    ]);
    expect([m?.id, c?.id]).toEqual(["custom:m:1", "custom:m:2"]);
  });
});
