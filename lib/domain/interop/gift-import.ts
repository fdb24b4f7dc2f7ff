/**
 * GIFT import with gift-pegjs (a PEG grammar of Moodle's GIFT format).
 *
 * The file is cut into questions at blank lines, as Moodle does, and each block is parsed on
 * its own, so every error names the line it is on and one bad question does not hide the
 * errors of the others. Blocks of comments only, and $CATEGORY lines, are skipped.
 *
 * Mapping (the inverse of gift-export.ts): {=a ~b} single choice; weighted ~%w% choices
 * multiple select (positive weight = right); {T}/{F} true/false; {=a =b} short answer, =%0%x a
 * form never accepted; a "missing word" question (answers in the middle of the text) cloze;
 * {=a -> b} matching. Numerical, essay and description questions, and partial credit other
 * than the multiple-select weights, are refused with an error.
 *
 * Text in [html] or the default [moodle] format goes through htmlToPlainText; [plain] and
 * [markdown] text is kept as typed. All of it is plain text from then on.
 */
import { parse, type GIFTQuestion, type TextChoice, type TextFormat } from "gift-pegjs";
import { DEFAULT_CLOZE_PROMPT, DEFAULT_TRUE_FALSE_PROMPT, type QuestionDraft } from "./draft";
import {
  checkEqualWeights,
  DraftError,
  finishQuestionImport,
  questionRef,
  type CustomQuestionOptions,
  type LocatedDraft,
} from "./custom-question";
import { IMPORT_LIMITS, sizeError } from "./limits";
import { htmlToPlainText, normalizeText, splitLastParagraph, textAroundBlank } from "./text";
import type { ImportError, QuestionImportResult } from "./types";

interface Block {
  text: string;
  line: number;
}

/** Questions are separated by lines holding only whitespace; comment-only blocks are skipped. */
function splitBlocks(source: string): Block[] {
  const lines = source.replace(/^\uFEFF/, "").split(/\r\n?|\n/);
  const blocks: Block[] = [];
  let current: string[] = [];
  let start = 0;
  const flush = () => {
    if (current.some((l) => !l.trim().startsWith("//") && l.trim() !== ""))
      blocks.push({ text: current.join("\n"), line: start + 1 });
    current = [];
  };
  lines.forEach((line, i) => {
    if (line.trim() === "") flush();
    else {
      if (current.length === 0) start = i;
      current.push(line);
    }
  });
  flush();
  return blocks;
}

function plain(text: TextFormat | null | undefined): string {
  if (!text) return "";
  return text.format === "html" || text.format === "moodle"
    ? htmlToPlainText(text.text)
    : normalizeText(text.text);
}

function weightOf(choice: TextChoice): number {
  if (choice.weight !== null) return choice.weight;
  return choice.isCorrect ? 100 : 0;
}

const GAP = " _____ ";

function toDraft(q: GIFTQuestion): QuestionDraft | null {
  if (q.type === "Category") return null;
  const name = q.title ? normalizeText(q.title) : null;
  if (q.type === "Description")
    throw new DraftError("is a description (text without answers), not a question");
  const base = { name, prompt: plain(q.stem), explanation: plain(q.globalFeedback) };
  switch (q.type) {
    case "Essay":
      throw new DraftError(
        "is an essay question (empty answer braces), which cannot be graded here",
      );
    case "Numerical":
      throw new DraftError("is a numerical question ({#...}), which is not supported");
    case "TF": {
      const { lead, last } = splitLastParagraph(base.prompt, DEFAULT_TRUE_FALSE_PROMPT);
      return { ...base, kind: "true-false", prompt: lead, statement: last, answer: q.isTrue };
    }
    case "Matching": {
      const pairs = q.matchPairs.filter((p) => p.subquestion.text.trim() !== "");
      return {
        ...base,
        kind: "matching",
        pairs: pairs.map((p) => ({
          left: plain(p.subquestion),
          right: normalizeText(p.subanswer),
        })),
        extraRights: q.matchPairs
          .filter((p) => p.subquestion.text.trim() === "")
          .map((p) => normalizeText(p.subanswer)),
      };
    }
    case "Short": {
      const weights = q.choices.map(weightOf);
      if (weights.some((w) => w !== 100 && w !== 0))
        throw new DraftError("gives an answer partial credit (=%50%...), which is not supported");
      const accepted = q.choices.filter((_, i) => weights[i] === 100).map((c) => plain(c.text));
      const rejected = q.choices.filter((_, i) => weights[i] === 0).map((c) => plain(c.text));
      if (!q.hasEmbeddedAnswers) return { ...base, kind: "short-answer", accepted, rejected };
      const raw = q.stem.text;
      const at = raw.indexOf(GAP.trim());
      if (at !== raw.lastIndexOf(GAP.trim()))
        throw new DraftError('contains "_____" besides its blank, so the blank is ambiguous');
      const halves = textAroundBlank(raw, at, GAP.trim().length, (text) =>
        plain({ format: q.stem.format, text }),
      );
      if (!halves)
        throw new DraftError("has its blank in dropped HTML or a U+FFFC, so it cannot be placed");
      const [head, tail] = halves;
      const { lead, last } = splitLastParagraph(head, DEFAULT_CLOZE_PROMPT);
      // The grammar trims both halves; punctuation right after a blank takes no space.
      return {
        ...base,
        kind: "cloze",
        prompt: lead,
        before: last === "" ? "" : `${last.trimEnd()} `,
        after:
          /^\s*[.,;:!?)\]"'’”]/.test(tail) || tail.trim() === "" ? tail.trim() : ` ${tail.trim()}`,
        answers: accepted,
        rejected,
      };
    }
    case "MC": {
      const hasEquals = q.choices.some((c) => c.isCorrect);
      const options = q.choices.map((c) => plain(c.text));
      if (hasEquals) {
        if (q.choices.some((c) => !c.isCorrect && (c.weight ?? 0) > 0))
          throw new DraftError(
            "gives a wrong option partial credit (~%w%); " +
              "in single choice an option is right or wrong",
          );
        const correct = q.choices.flatMap((c, i) => (c.isCorrect ? [i] : []));
        if (correct.length > 1)
          throw new DraftError(
            "marks more than one option with =; for several right options give weights (~%50%)",
          );
        return { ...base, kind: "single-choice", options, correct: correct[0] ?? -1 };
      }
      const weights = q.choices.map(weightOf);
      const correct = weights.flatMap((w, i) => (w > 0 ? [i] : []));
      if (correct.length === 0) throw new DraftError("has no right option (mark it with =)");
      checkEqualWeights(correct.map((i) => weights[i] ?? 0));
      return { ...base, kind: "multiple-select", options, correct };
    }
  }
}

export type GiftImportOptions = CustomQuestionOptions;

/** Parses a GIFT file into custom questions, or returns every error in it. */
export function parseGift(source: string, options: GiftImportOptions = {}): QuestionImportResult {
  const tooBig = sizeError(source, IMPORT_LIMITS.maxQuestionFileBytes);
  if (tooBig) return { ok: false, errors: [{ line: null, question: null, message: tooBig }] };
  const found: LocatedDraft[] = [];
  const errors: ImportError[] = [];
  let position = 0;
  for (const block of splitBlocks(source)) {
    let parsed: GIFTQuestion[];
    try {
      parsed = parse(`${block.text}\n`);
    } catch (e) {
      const where = (e as { location?: { start?: { line?: number } } }).location?.start?.line ?? 1;
      // "end of input" is reported on the line after the block: keep it on the block's last.
      const line = block.line + Math.min(where, block.text.split("\n").length) - 1;
      errors.push({
        line,
        question: null,
        message: `line ${line}: ${e instanceof Error ? e.message : "malformed GIFT"}`,
      });
      continue;
    }
    for (const q of parsed) {
      if (q.type === "Category") continue;
      position++;
      try {
        const draft = toDraft(q);
        if (draft) found.push({ draft, line: block.line, position });
      } catch (e) {
        if (!(e instanceof DraftError)) throw e;
        errors.push({
          line: block.line,
          question: position,
          message: `${questionRef(position, block.line)} ${e.message}`,
        });
      }
    }
  }
  return finishQuestionImport(found, source, options, errors);
}
