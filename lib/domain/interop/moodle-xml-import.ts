/**
 * Moodle XML import with fast-xml-parser, reading the elements Moodle's own importer reads
 * (question/format/xml/format.php; qtype_ordering for ordering).
 *
 * Before parsing: the size limit, and a refusal of any DOCTYPE (Moodle never writes one, and
 * internal entities are how "billion laughs" files blow up). The XML must be well formed (the
 * validator's error names the line), its root <quiz>.
 *
 * Per question (line numbers from the parser's start index of each <question>):
 * multichoice (single -> single choice; several -> multiple select, right options weighted
 * equally, adding up to 100%), truefalse, shortanswer (100% = accepted, 0% = never accepted),
 * matching/match, cloze/multianswer with exactly one SHORTANSWER gap, in the text a learner
 * sees, ordering (document order is the right order, as in Moodle). Categories are skipped;
 * every other type is an error. An empty <quiz> is a file without questions.
 *
 * Untrusted text: HTML (format html or moodle_auto_format) goes through htmlToPlainText and
 * plain formats are kept as typed, so no markup reaches the app.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import {
  checkEqualWeights,
  DraftError,
  finishQuestionImport,
  questionRef,
  type CustomQuestionOptions,
  type LocatedDraft,
} from "./custom-question";
import { DEFAULT_CLOZE_PROMPT, DEFAULT_TRUE_FALSE_PROMPT, type QuestionDraft } from "./draft";
import { IMPORT_LIMITS, sizeError } from "./limits";
import {
  BLANK_MARK,
  htmlToPlainText,
  normalizeText,
  splitLastParagraph,
  textAroundBlank,
} from "./text";
import type { ImportError, QuestionImportResult } from "./types";

type Node = Record<string, unknown>;

const ARRAYS = new Set(["question", "answer", "subquestion"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  captureMetaData: true,
  // Decodes character references (&#126;) outside CDATA; CDATA stays as written.
  htmlEntities: true,
  isArray: (name) => ARRAYS.has(name),
});
const META = XMLParser.getMetaDataSymbol();

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function child(node: Node, name: string): Node | null {
  const value = node[name];
  return isNode(value) ? value : null;
}

function children(node: Node, name: string): Node[] {
  const value = node[name];
  return Array.isArray(value) ? value.filter(isNode) : isNode(value) ? [value] : [];
}

/** Text of an element: its string content, or that of its <text> child. */
function rawText(node: Node | null): string {
  if (!node) return "";
  const text = node.text;
  if (typeof text === "string") return text;
  if (isNode(text) && typeof text["#text"] === "string") return text["#text"];
  return typeof node["#text"] === "string" ? node["#text"] : "";
}

/** Text of a simple child element such as <single>true</single>. */
function valueOf(node: Node, name: string): string {
  const value = node[name];
  if (typeof value === "string") return value;
  return isNode(value) ? rawText(value) : "";
}

const attr = (node: Node | null, name: string) =>
  node && typeof node[`@_${name}`] === "string" ? (node[`@_${name}`] as string) : "";

/** A text field read as plain text: HTML formats are converted, plain ones kept. */
function fieldText(node: Node | null, defaultFormat = "html"): string {
  const format = attr(node, "format") || defaultFormat;
  const raw = rawText(node);
  return format === "html" || format === "moodle_auto_format"
    ? htmlToPlainText(raw)
    : normalizeText(raw);
}

function fraction(answer: Node): number {
  const value = Number(attr(answer, "fraction") || "0");
  if (!Number.isFinite(value))
    throw new DraftError(`has an answer with fraction "${attr(answer, "fraction")}"`);
  return value;
}

const unescapeShortAnswer = (text: string) => text.replace(/\\\*/g, "*");

function typedAnswers(answers: readonly { text: string; fraction: number }[]) {
  for (const a of answers) {
    if (a.fraction !== 100 && a.fraction !== 0)
      throw new DraftError(
        `gives the answer "${a.text}" ${a.fraction}%; only 100% or 0% is supported`,
      );
    if (/(^|[^\\])\*/.test(a.text))
      throw new DraftError(`has the wildcard answer "${a.text}", which cannot be graded here`);
  }
  return {
    accepted: answers.filter((a) => a.fraction === 100).map((a) => unescapeShortAnswer(a.text)),
    rejected: answers.filter((a) => a.fraction === 0).map((a) => unescapeShortAnswer(a.text)),
  };
}

const GAP_TYPES = new Set(["SHORTANSWER", "SA", "MW", "SHORTANSWER_C", "SAC", "MWC"]);
// {n:TYPE:alternatives}: the closing brace is the first one that is not escaped.
const GAP = /\{(\d*):([A-Z_]+):((?:\\.|[^\\}])*)\}/g;

/** One cloze gap's alternatives, split as Moodle splits them (~ and # not after \ or &). */
function gapAlternatives(body: string): { text: string; fraction: number }[] {
  return body.split(/(?<!\\|&|&amp;)~/).map((alt) => {
    const m = /^(=|%(-?\d+(?:[.,]\d*)?)%)?([\s\S]*)$/.exec(alt);
    const mark = m?.[1];
    const value = (m?.[3] ?? "").split(/(?<!\\|&|&amp;)#/)[0] ?? "";
    const text = htmlToPlainText(value.replace(/\\\}/g, "}").replace(/\\#/g, "#"));
    const weight = mark === "=" ? 100 : mark ? Number((m?.[2] ?? "0").replace(",", ".")) : 0;
    return { text, fraction: weight };
  });
}

function clozeDraft(base: DraftBaseFields, node: Node): QuestionDraft {
  const html = rawText(child(node, "questiontext")).replaceAll(BLANK_MARK, "");
  const gaps = [...html.matchAll(GAP)];
  if (gaps.length !== 1)
    throw new DraftError(`has ${gaps.length} gaps; one gap per question can be imported`);
  const gap = gaps[0] as RegExpMatchArray;
  if (!GAP_TYPES.has(gap[2] ?? ""))
    throw new DraftError(`has a ${gap[2]} gap; only SHORTANSWER gaps are supported`);
  // A gap in an attribute, a script or an image is not in the text a learner would read.
  const parts = textAroundBlank(html, gap.index ?? 0, gap[0].length, htmlToPlainText);
  if (!parts) throw new DraftError("has its gap inside markup that is not shown");
  const [head, tail] = parts;
  const { lead, last } = splitLastParagraph(head, DEFAULT_CLOZE_PROMPT);
  const { accepted, rejected } = typedAnswers(gapAlternatives(gap[3] ?? ""));
  const beforeSpace = /\s$/.test(head) ? " " : "";
  return {
    ...base,
    kind: "cloze",
    prompt: lead,
    before: last === "" ? "" : `${last}${beforeSpace}`,
    after: tail,
    answers: accepted,
    rejected,
  };
}

interface DraftBaseFields {
  name: string | null;
  prompt: string;
  explanation: string;
}

const SUPPORTED = "multichoice, truefalse, shortanswer, matching, cloze, ordering";

function questionDraft(node: Node): QuestionDraft | null {
  const type = attr(node, "type");
  if (type === "category") return null;
  const nameText = normalizeText(rawText(child(node, "name")));
  const base: DraftBaseFields = {
    name: nameText === "" ? null : nameText,
    prompt: fieldText(child(node, "questiontext")),
    explanation: fieldText(child(node, "generalfeedback")),
  };
  const answers = children(node, "answer");
  switch (type) {
    case "multichoice": {
      // Moodle: a missing <single> means true; "false", "0" or empty mean false.
      const singleText = node.single === undefined ? "true" : valueOf(node, "single").trim();
      const single = !/^(false|0|)$/.test(singleText);
      const options = answers.map((a) => fieldText(a));
      const fractions = answers.map(fraction);
      if (single) {
        const correct = fractions.flatMap((f, i) => (f === 100 ? [i] : []));
        if (fractions.some((f) => f > 0 && f < 100))
          throw new DraftError(
            "gives an option partial credit; in single choice an option is right or wrong",
          );
        if (correct.length > 1)
          throw new DraftError("has more than one 100% option but <single>true</single>");
        return { ...base, kind: "single-choice", options, correct: correct[0] ?? -1 };
      }
      const correct = fractions.flatMap((f, i) => (f > 0 ? [i] : []));
      if (correct.length === 0) throw new DraftError("has no option with a positive fraction");
      checkEqualWeights(correct.map((i) => fractions[i] ?? 0));
      return { ...base, kind: "multiple-select", options, correct };
    }
    case "truefalse": {
      const right = answers.find((a) => fraction(a) === 100);
      const value = normalizeText(rawText(right ?? null)).toLowerCase();
      if (value !== "true" && value !== "false")
        throw new DraftError('needs one answer "true" or "false" with fraction 100');
      const { lead, last } = splitLastParagraph(base.prompt, DEFAULT_TRUE_FALSE_PROMPT);
      return {
        ...base,
        kind: "true-false",
        prompt: lead,
        statement: last,
        answer: value === "true",
      };
    }
    case "shortanswer": {
      const typed = typedAnswers(
        answers.map((a) => ({ text: normalizeText(rawText(a)), fraction: fraction(a) })),
      );
      return { ...base, kind: "short-answer", ...typed };
    }
    case "matching":
    case "match": {
      const subs = children(node, "subquestion").map((s) => ({
        left: fieldText(s),
        right: normalizeText(rawText(children(s, "answer")[0] ?? null)),
      }));
      return {
        ...base,
        kind: "matching",
        pairs: subs.filter((s) => s.left !== ""),
        extraRights: subs.filter((s) => s.left === "").map((s) => s.right),
      };
    }
    case "cloze":
    case "multianswer":
      return clozeDraft(base, node);
    case "ordering":
      return { ...base, kind: "ordering", items: answers.map((a) => fieldText(a)) };
    default:
      throw new DraftError(
        `has the Moodle type "${type || "(none)"}", which cannot be imported ` +
          `(supported: ${SUPPORTED})`,
      );
  }
}

/** Maps a character index to its 1-based line, with one pass over the text. */
function lineIndex(source: string): (index: number) => number {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) starts.push(i + 1);
  return (index) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

export type MoodleXmlImportOptions = CustomQuestionOptions;

/** Parses a Moodle XML file into custom questions, or returns every error in it. */
export function parseMoodleXml(
  source: string,
  options: MoodleXmlImportOptions = {},
): QuestionImportResult {
  const fail = (message: string, line: number | null = null): QuestionImportResult => ({
    ok: false,
    errors: [{ line, question: null, message }],
  });
  const tooBig = sizeError(source, IMPORT_LIMITS.maxQuestionFileBytes);
  if (tooBig) return fail(tooBig);
  const text = source.replace(/^\uFEFF/, "");
  const lineAt = lineIndex(text);
  const doctype = /<!DOCTYPE/i.exec(text);
  if (doctype)
    return fail("the file declares a DOCTYPE, which Moodle XML never has", lineAt(doctype.index));
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    return fail(`line ${valid.err.line}: malformed XML: ${valid.err.msg}`, valid.err.line);
  const doc: unknown = parser.parse(text);
  const root = isNode(doc) ? doc.quiz : undefined;
  if (root === undefined) return fail("not a Moodle XML file: the root element must be <quiz>");
  // An empty <quiz></quiz> reads as a string: a quiz without questions.
  const quiz = isNode(root) ? root : {};
  const found: LocatedDraft[] = [];
  const errors: ImportError[] = [];
  let position = 0;
  for (const node of children(quiz, "question")) {
    const meta = (node as Record<symbol, { startIndex?: number } | undefined>)[META as symbol];
    const line = meta?.startIndex === undefined ? null : lineAt(meta.startIndex);
    if (attr(node, "type") === "category") continue;
    position++;
    try {
      const draft = questionDraft(node);
      if (draft) found.push({ draft, line, position });
    } catch (e) {
      if (!(e instanceof DraftError)) throw e;
      errors.push({
        line,
        question: position,
        message: `${questionRef(position, line)} ${e.message}`,
      });
    }
  }
  return finishQuestionImport(found, source, options, errors);
}
