/**
 * GIFT export (Moodle's plain-text question format, qformat_gift).
 *
 * - Every text is marked [plain] on the question text: Moodle then shows it as plain text (the
 *   answers inherit the question's format), so nothing of ours can turn into markup there.
 * - Escaping: backslash first, then the control characters ~ = # { } : get a backslash, and a
 *   line break is written as \n, so each question stays one block without blank lines.
 *   A text that starts with "[" or "%" gets its own [plain] marker, or "[html]x" would read as
 *   a format and "%50%x" as a weight.
 * - single choice and "which programme": {=right ~wrong}; multiple select: ~%w%option with
 *   w = 100/k on the k right options and -100/d on the d wrong ones (Moodle's fractions), as
 *   written by fractionPercent; true/false: {TRUE}/{FALSE}; short answer: {=a =b} with the
 *   never-accepted forms as =%0%x; cloze: the "missing word" form, the answers between the two
 *   halves of the sentence; matching: {=left -> right}, distractors as "= -> right".
 * - Ordering has no GIFT form that Moodle reads without the ordering plug-in's own syntax, so
 *   it is left out with a // note naming the question. So is a question with "->" (which GIFT
 *   cannot escape) in a matching left item, a typed answer or a single choice's right option.
 * - General feedback (explanation and sources) follows "####".
 */
import type { Question } from "@/lib/domain/questions/types";
import { generalFeedbackOf, toDraft, type QuestionDraft } from "./draft";
import { fractionPercent, MULTIPLE_SELECT_LIMIT_NOTE, multipleSelectFractions } from "./fractions";
import { questionName } from "./question-name";
import type { ExportResult, OmittedItem } from "./types";

export function escapeGift(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/[~=#{}:]/g, (c) => `\\${c}`)
    .replace(/\r\n?|\n/g, "\\n");
}

/**
 * Escaped text where a format marker or a weight may stand: a text starting with "[" or "%"
 * gets an explicit [plain] first, or "[html]x" would read as a format and "%5%x" as a weight
 * (GIFT has no escape for either).
 */
function giftText(text: string): string {
  const escaped = escapeGift(text);
  return /^\s*[[%]/.test(escaped) ? `[plain]${escaped}` : escaped;
}

function answersBlock(draft: QuestionDraft): string[] {
  switch (draft.kind) {
    case "single-choice":
      return draft.options.map((o, i) => `${i === draft.correct ? "=" : "~"}${giftText(o)}`);
    case "multiple-select": {
      const weights = multipleSelectFractions(draft.options.length, draft.correct) ?? [];
      return draft.options.map((o, i) => `~%${fractionPercent(weights[i] ?? 0)}%${giftText(o)}`);
    }
    case "true-false":
      return [draft.answer ? "TRUE" : "FALSE"];
    case "short-answer":
      return [
        ...draft.accepted.map((a) => `=${giftText(a)}`),
        ...draft.rejected.map((r) => `=%0%${giftText(r)}`),
      ];
    case "cloze":
      return [
        ...draft.answers.map((a) => `=${giftText(a)}`),
        ...draft.rejected.map((r) => `=%0%${giftText(r)}`),
      ];
    case "matching":
      return [
        ...draft.pairs.map((p) => `=${giftText(p.left)} -> ${escapeGift(p.right)}`),
        ...draft.extraRights.map((r) => `= -> ${escapeGift(r)}`),
      ];
    case "ordering":
      return [];
  }
}

function cannotHold(draft: QuestionDraft): string | null {
  switch (draft.kind) {
    case "ordering":
      return "GIFT has no ordering question (Moodle reads ordering from Moodle XML)";
    case "single-choice":
      // gift-pegjs reads "=a->b" as the start of a matching question and then fails.
      return draft.options[draft.correct]?.includes("->")
        ? 'the right option contains "->", which GIFT readers take for a matching pair'
        : null;
    case "matching":
      return draft.pairs.some((p) => p.left.includes("->"))
        ? 'a left item contains "->", which GIFT cannot escape'
        : null;
    case "short-answer":
    case "cloze": {
      if (
        draft.kind === "cloze" &&
        (draft.after.trim() === "" || /^\s*(\[|\/\/)/.test(draft.after))
      )
        return draft.after.trim() === ""
          ? "GIFT reads a blank at the very end of the text as a short-answer question"
          : 'the text after the blank starts with "[" or "//", which GIFT reads as markup';
      const all =
        draft.kind === "cloze"
          ? [...draft.answers, ...draft.rejected]
          : [...draft.accepted, ...draft.rejected];
      return all.some((a) => a.includes("->"))
        ? 'an answer contains "->", which GIFT cannot escape'
        : null;
    }
    case "multiple-select":
      return multipleSelectFractions(draft.options.length, draft.correct)
        ? null
        : MULTIPLE_SELECT_LIMIT_NOTE;
    default:
      return null;
  }
}

function writeQuestion(q: Question, draft: QuestionDraft): string {
  const lines = [`// question: ${q.id.replace(/[\r\n]/g, " ")}`];
  const title = `::${escapeGift(questionName(draft))}::`;
  const answers = answersBlock(draft).join("\n");
  // An empty "####" is a syntax error for gift-pegjs: no feedback, no separator.
  const feedbackText = generalFeedbackOf(q);
  const feedback = feedbackText.trim() === "" ? "" : `\n####${giftText(feedbackText)}`;
  if (draft.kind === "cloze") {
    // "Missing word": the answers stand where the blank is, in the middle of the sentence.
    const lead = escapeGift(`${draft.prompt}\n\n${draft.before}`);
    lines.push(`${title}[plain]${lead}{\n${answers}${feedback}\n}${escapeGift(draft.after)}`);
  } else {
    const text =
      draft.kind === "true-false" ? `${draft.prompt}\n\n${draft.statement}` : draft.prompt;
    lines.push(`${title}[plain]${escapeGift(text)}{\n${answers}${feedback}\n}`);
  }
  return lines.join("\n");
}

export interface GiftExportOptions {
  /** Becomes the Moodle question category ($CATEGORY) the questions are imported into. */
  setName: string;
  now: Date;
}

/** GIFT for a set of questions; questions GIFT cannot hold are left out with a note. */
export function exportGift(
  questions: readonly Question[],
  options: GiftExportOptions,
): ExportResult {
  const category = options.setName
    .replace(/[\r\n]+/g, " ")
    .replace(/\//g, "//")
    .trim();
  const blocks = [
    `// ${category || "Questions"}: exported by Partnership Study on ${options.now.toISOString()}`,
    `$CATEGORY: $course$/top/${category || "Questions"}`,
  ];
  const omitted: OmittedItem[] = [];
  for (const q of questions) {
    const draft = toDraft(q);
    const reason = cannotHold(draft);
    if (reason) {
      omitted.push({ id: q.id, reason });
      blocks.push(`// Left out: question ${q.id.replace(/[\r\n]/g, " ")}: ${reason}.`);
    } else blocks.push(writeQuestion(q, draft));
  }
  return { content: `${blocks.join("\n\n")}\n`, omitted };
}
