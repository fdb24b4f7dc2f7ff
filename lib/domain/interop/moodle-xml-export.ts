/**
 * Moodle XML export (qformat_xml), element names as Moodle's own exporter writes them
 * (question/format/xml/format.php) and, for ordering, as qtype_ordering writes them.
 *
 * - Every question: <name>, <questiontext format="html">, <generalfeedback format="html">
 *   (explanation and sources), <defaultgrade>, <penalty>, <hidden>. HTML travels in CDATA
 *   sections (a "]]>" is split across two sections); our plain text is HTML-escaped first, so it
 *   shows in Moodle exactly as typed and never turns into markup. Names and plain answers are
 *   entity-escaped. Characters XML 1.0 forbids (most control characters) are dropped.
 * - single choice and "which programme": multichoice, <single>true</single>, fraction 100 on
 *   the right option and 0 elsewhere. Multiple select: multichoice, <single>false</single>,
 *   +100/k on the k right options and -100/d on the d wrong ones (fractions.ts).
 * - true/false: truefalse, answers "true" and "false" with fraction 100 and 0.
 * - short answer: shortanswer, every accepted form at fraction 100 and every never-accepted
 *   form at fraction 0 (Moodle marks unlisted answers wrong anyway; the 0% rows keep our key
 *   whole for a round trip). "*" is a wildcard in Moodle's short answers, so it is written \*.
 * - cloze: Moodle's cloze type ("cloze", which Moodle imports as multianswer) with one
 *   {1:SHORTANSWER:=a~=b~%0%c} gap; characters the gap syntax uses are written as HTML
 *   character references, which Moodle decodes.
 * - matching: matching, one <subquestion> per pair; right items that match nothing are
 *   subquestions with empty text (Moodle's distractors).
 * - ordering: ordering, the items as <answer> in the right order, graded
 *   RELATIVE_ALL_PREVIOUS_AND_NEXT (the share of item pairs in the right relative order, as our
 *   grader does). qtype_ordering is a standard question type from Moodle 4.4 on; older sites
 *   need the "Ordering" plug-in (qtype_ordering by Gordon Bateson) to import it.
 */
import type { Question } from "@/lib/domain/questions/types";
import { generalFeedbackOf, toDraft, type QuestionDraft } from "./draft";
import { fractionPercent, MULTIPLE_SELECT_LIMIT_NOTE, multipleSelectFractions } from "./fractions";
import { questionName } from "./question-name";
import { escapeHtml, joinParagraphs, toHtmlParagraphs } from "./text";
import type { ExportResult, OmittedItem } from "./types";

// Tab, LF, CR and everything from U+0020 except surrogates' halves alone and U+FFFE/U+FFFF.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripNonXmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, "");
}

export function escapeXml(text: string): string {
  return stripNonXmlChars(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** A CDATA section; a "]]>" inside is split across two sections, as Moodle does. */
export function cdata(html: string): string {
  return `<![CDATA[${stripNonXmlChars(html).replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;
}

function comment(text: string): string {
  return `<!-- ${stripNonXmlChars(text).replace(/-{2,}/g, "-").replace(/-$/, "")} -->`;
}

const htmlText = (html: string, indent: string) => `${indent}<text>${cdata(html)}</text>`;
const plainText = (text: string, indent: string) => `${indent}<text>${escapeXml(text)}</text>`;

/** A "*" is a wildcard in Moodle short answers; \* is a literal asterisk. */
const escapeShortAnswer = (text: string) => text.replace(/\*/g, "\\*");

const GAP_SPECIALS: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "{": "&#123;",
  "}": "&#125;",
  "~": "&#126;",
  "#": "&#35;",
  "=": "&#61;",
  "%": "&#37;",
  "\\": "&#92;",
};

/** Text inside a cloze gap: everything the gap syntax reads written as a character reference. */
function gapAnswer(text: string): string {
  return text.replace(/\r\n?|[\n&<>"{}~#=%\\*]/g, (c) =>
    c === "*" ? "\\*" : c.startsWith("\r") || c === "\n" ? " " : (GAP_SPECIALS[c] ?? c),
  );
}

function answer(fraction: string, body: string, format = "html"): string {
  return [
    `    <answer fraction="${fraction}" format="${format}">`,
    body,
    `      <feedback format="html"><text></text></feedback>`,
    `    </answer>`,
  ].join("\n");
}

function questionText(draft: QuestionDraft): string {
  switch (draft.kind) {
    case "true-false":
      return toHtmlParagraphs(joinParagraphs(draft.prompt, draft.statement));
    case "cloze": {
      const alternatives = [
        ...draft.answers.map((a) => `=${gapAnswer(a)}`),
        ...draft.rejected.map((r) => `%0%${gapAnswer(r)}`),
      ].join("~");
      const gap = `{1:SHORTANSWER:${alternatives}}`;
      const sentence = `${escapeHtml(draft.before)}${gap}${escapeHtml(draft.after)}`;
      return `${toHtmlParagraphs(draft.prompt)}<p>${sentence}</p>`;
    }
    default:
      return toHtmlParagraphs(draft.prompt);
  }
}

function body(draft: QuestionDraft): string[] {
  switch (draft.kind) {
    case "single-choice":
    case "multiple-select": {
      const single = draft.kind === "single-choice";
      const fractions = single
        ? draft.options.map((_, i) => (i === draft.correct ? 1 : 0))
        : (multipleSelectFractions(draft.options.length, draft.correct) ?? []);
      return [
        `    <single>${single}</single>`,
        `    <shuffleanswers>true</shuffleanswers>`,
        `    <answernumbering>abc</answernumbering>`,
        `    <showstandardinstruction>0</showstandardinstruction>`,
        ...draft.options.map((o, i) =>
          answer(fractionPercent(fractions[i] ?? 0), htmlText(escapeHtml(o), "      ")),
        ),
      ];
    }
    case "true-false":
      return [
        answer(draft.answer ? "100" : "0", plainText("true", "      "), "moodle_auto_format"),
        answer(draft.answer ? "0" : "100", plainText("false", "      "), "moodle_auto_format"),
      ];
    case "short-answer":
      return [
        `    <usecase>0</usecase>`,
        ...draft.accepted.map((a) =>
          answer("100", plainText(escapeShortAnswer(a), "      "), "moodle_auto_format"),
        ),
        ...draft.rejected.map((r) =>
          answer("0", plainText(escapeShortAnswer(r), "      "), "moodle_auto_format"),
        ),
      ];
    case "cloze":
      return [];
    case "matching":
      return [
        `    <shuffleanswers>true</shuffleanswers>`,
        ...[...draft.pairs, ...draft.extraRights.map((right) => ({ left: "", right }))].map((p) =>
          [
            `    <subquestion format="html">`,
            htmlText(p.left === "" ? "" : escapeHtml(p.left), "      "),
            `      <answer>`,
            plainText(p.right, "        "),
            `      </answer>`,
            `    </subquestion>`,
          ].join("\n"),
        ),
      ];
    case "ordering":
      return [
        `    <layouttype>VERTICAL</layouttype>`,
        `    <selecttype>ALL</selecttype>`,
        `    <selectcount>${draft.items.length}</selectcount>`,
        `    <gradingtype>RELATIVE_ALL_PREVIOUS_AND_NEXT</gradingtype>`,
        `    <showgrading>SHOW</showgrading>`,
        `    <numberingstyle>none</numberingstyle>`,
        `    <shownumcorrect>1</shownumcorrect>`,
        ...draft.items.map((item, i) =>
          [
            `    <answer fraction="${i + 1}" format="html">`,
            htmlText(escapeHtml(item), "      "),
            `    </answer>`,
          ].join("\n"),
        ),
      ];
  }
}

const TYPE: Record<QuestionDraft["kind"], string> = {
  "single-choice": "multichoice",
  "multiple-select": "multichoice",
  "true-false": "truefalse",
  "short-answer": "shortanswer",
  cloze: "cloze",
  matching: "matching",
  ordering: "ordering",
};

function writeQuestion(q: Question, draft: QuestionDraft): string {
  const type = TYPE[draft.kind];
  return [
    comment(`question: ${q.id}`),
    `  <question type="${type}">`,
    `    <name>`,
    plainText(questionName(draft), "      "),
    `    </name>`,
    `    <questiontext format="html">`,
    htmlText(questionText(draft), "      "),
    `    </questiontext>`,
    `    <generalfeedback format="html">`,
    htmlText(toHtmlParagraphs(generalFeedbackOf(q)), "      "),
    `    </generalfeedback>`,
    // Moodle's exporter leaves the grade out for cloze: it is the sum of the gaps' grades.
    ...(draft.kind === "cloze" ? [] : [`    <defaultgrade>1</defaultgrade>`]),
    `    <penalty>0.3333333</penalty>`,
    `    <hidden>0</hidden>`,
    ...body(draft),
    `  </question>`,
  ].join("\n");
}

export interface MoodleXmlExportOptions {
  /** Becomes the question category the questions are imported into. */
  setName: string;
  now: Date;
}

/** Moodle XML for a set of questions; questions Moodle cannot grade like us are left out. */
export function exportMoodleXml(
  questions: readonly Question[],
  options: MoodleXmlExportOptions,
): ExportResult {
  const category = options.setName.replace(/\s+/g, " ").replace(/\//g, "//").trim();
  const omitted: OmittedItem[] = [];
  const parts = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    comment(
      `${options.setName}: exported by Partnership Study on ${options.now.toISOString()}. ` +
        "Ordering questions need Moodle 4.4 or later, or the qtype_ordering plug-in.",
    ),
    `<quiz>`,
    comment("question: 0"),
    `  <question type="category">`,
    `    <category>`,
    plainText(`$course$/top/${category || "Questions"}`, "      "),
    `    </category>`,
    `  </question>`,
  ];
  for (const q of questions) {
    const draft = toDraft(q);
    if (
      draft.kind === "multiple-select" &&
      !multipleSelectFractions(draft.options.length, draft.correct)
    ) {
      omitted.push({ id: q.id, reason: MULTIPLE_SELECT_LIMIT_NOTE });
      parts.push(comment(`Left out: question ${q.id}: ${MULTIPLE_SELECT_LIMIT_NOTE}.`));
    } else parts.push(writeQuestion(q, draft));
  }
  parts.push(`</quiz>`);
  return { content: `${parts.join("\n")}\n`, omitted };
}
