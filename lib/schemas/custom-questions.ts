// Input schemas for the questions and cards instructors write (browser -> server; untrusted).
// The question form is plain text fields (a list is one item a line), turned into the draft the
// importers produce and checked by the importers' own validateDraftFields: a question written in
// the form and one imported from GIFT or Moodle XML pass exactly the same checks.
import { z } from "zod";
import { validateDraftFields, type DraftField } from "@/lib/domain/interop/custom-question";
import type { QuestionDraft } from "@/lib/domain/interop/draft";
import { IMPORT_LIMITS } from "@/lib/domain/interop/limits";
import { safeString } from "./text";

/** The kinds the form writes ("which programme" is generated only; it imports as single choice). */
export const WRITABLE_KINDS = [
  "single-choice",
  "multiple-select",
  "true-false",
  "short-answer",
  "cloze",
  "matching",
  "ordering",
] as const;
export type WritableKind = (typeof WRITABLE_KINDS)[number];

export const WRITABLE_KIND_LABELS: Record<WritableKind, string> = {
  "single-choice": "Single choice",
  "multiple-select": "Multiple select",
  "true-false": "True or false",
  "short-answer": "Short answer",
  cloze: "Fill in the blank",
  matching: "Matching",
  ordering: "Ordering",
};

/** Separates the two sides of a matching pair on one line of the form. */
export const PAIR_SEPARATOR = "->";

/** Marks the blank in a fill-in-the-blank sentence: three underscores or more. */
export const BLANK_MARK = "___";
const BLANK_RUN = /_{3,}/g;

// A whole list field: one item a line, so its cap is the items' caps together.
const LIST_MAX = IMPORT_LIMITS.maxTextLength * 4;
const field = (max: number) =>
  safeString()
    .max(max, `Keep this under ${max.toLocaleString("en")} characters.`)
    .default("");

export const customQuestionInputSchema = z.object({
  kind: z.enum(WRITABLE_KINDS, { error: "Choose the kind of question." }),
  prompt: field(IMPORT_LIMITS.maxTextLength),
  explanation: field(IMPORT_LIMITS.maxTextLength),
  /** Choice questions: one option a line. */
  options: field(LIST_MAX),
  /** Choice questions: the number of the right option (single) or numbers, comma-separated. */
  correct: field(200),
  /** True/false. */
  statement: field(IMPORT_LIMITS.maxTextLength),
  answer: z.enum(["true", "false"], { error: "Choose true or false." }).default("true"),
  /** Fill in the blank: the sentence, its blank written as ___ . */
  gap: field(IMPORT_LIMITS.maxTextLength),
  /** Short answer and fill in the blank: accepted forms, one a line (the first is the answer). */
  accepted: field(LIST_MAX),
  /** Short answer and fill in the blank: forms never accepted, one a line. */
  rejected: field(LIST_MAX),
  /** Matching: `left -> right`, one pair a line. */
  pairs: field(LIST_MAX),
  /** Matching: right-hand items that match nothing, one a line. */
  extraRights: field(LIST_MAX),
  /** Ordering: the items in the right order, one a line. */
  items: field(LIST_MAX),
});
export type CustomQuestionInput = z.input<typeof customQuestionInputSchema>;
export type CustomQuestionFields = z.output<typeof customQuestionInputSchema>;

/** The lines of a list field: trimmed, blank lines left out. */
export function linesOf(text: string): string[] {
  return text
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

type Issue = { field: DraftField | "kind"; message: string };

/** 1-based option numbers ("2", "1, 3") as 0-based indexes; null when one is not a number. */
function numbersOf(text: string): number[] | null {
  const parts = text
    .split(/[\s,;]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.some((p) => !/^\d{1,3}$/.test(p))) return null;
  return parts.map((p) => Number(p) - 1);
}

/** The form's fields as a draft, or what stops them from being one (a field's format). */
export function toQuestionDraft(
  v: CustomQuestionFields,
): { ok: true; draft: QuestionDraft } | { ok: false; issues: Issue[] } {
  // The bank title is not stored with a question (QuestionSchema has none): none is asked.
  const common = { name: null, prompt: v.prompt.trim(), explanation: v.explanation.trim() };
  switch (v.kind) {
    case "single-choice":
    case "multiple-select": {
      const options = linesOf(v.options);
      const correct = numbersOf(v.correct);
      if (correct === null)
        return {
          ok: false,
          issues: [{ field: "correct", message: "Give option numbers, such as 2 or 1, 3." }],
        };
      if (v.kind === "single-choice") {
        if (correct.length > 1)
          return {
            ok: false,
            issues: [
              { field: "correct", message: "A single-choice question has one right option." },
            ],
          };
        return { ok: true, draft: { ...common, kind: v.kind, options, correct: correct[0] ?? -1 } };
      }
      return { ok: true, draft: { ...common, kind: v.kind, options, correct } };
    }
    case "true-false":
      return {
        ok: true,
        draft: {
          ...common,
          kind: v.kind,
          statement: v.statement.trim(),
          answer: v.answer === "true",
        },
      };
    case "short-answer":
      return {
        ok: true,
        draft: {
          ...common,
          kind: v.kind,
          accepted: linesOf(v.accepted),
          rejected: linesOf(v.rejected),
        },
      };
    case "cloze": {
      // The sentence is one line, as the importers read it (a line break would end the prompt).
      const sentence = v.gap.replace(/\s*(?:\r\n?|\n)\s*/g, " ").trim();
      const blanks = [...sentence.matchAll(BLANK_RUN)];
      if (blanks.length !== 1)
        return {
          ok: false,
          issues: [
            {
              field: "gap",
              message:
                blanks.length === 0
                  ? `Mark the blank with ${BLANK_MARK} (three underscores).`
                  : `The sentence has ${blanks.length} blanks; a question has one.`,
            },
          ],
        };
      const at = blanks[0]!.index;
      return {
        ok: true,
        draft: {
          ...common,
          kind: v.kind,
          before: sentence.slice(0, at),
          after: sentence.slice(at + blanks[0]![0].length),
          answers: linesOf(v.accepted),
          rejected: linesOf(v.rejected),
        },
      };
    }
    case "matching": {
      const lines = linesOf(v.pairs);
      const bad = lines.findIndex((line) => !line.includes(PAIR_SEPARATOR));
      if (bad >= 0)
        return {
          ok: false,
          issues: [
            {
              field: "pairs",
              message:
                `Line ${bad + 1} has no "${PAIR_SEPARATOR}": ` +
                `write each pair as left ${PAIR_SEPARATOR} right.`,
            },
          ],
        };
      const pairs = lines.map((line) => {
        const at = line.indexOf(PAIR_SEPARATOR);
        return {
          left: line.slice(0, at).trim(),
          right: line.slice(at + PAIR_SEPARATOR.length).trim(),
        };
      });
      return {
        ok: true,
        draft: { ...common, kind: v.kind, pairs, extraRights: linesOf(v.extraRights) },
      };
    }
    case "ordering":
      return { ok: true, draft: { ...common, kind: v.kind, items: linesOf(v.items) } };
  }
}

/**
 * An import problem as a sentence of its own: "has no correct option" -> "This question has no
 * correct option."; "option "a" appears twice" -> "Option "a" appears twice."
 */
export function problemSentence(problem: string): string {
  if (/^(has|needs|names|weighs)\b/.test(problem)) return `This question ${problem}.`;
  return `${problem.charAt(0).toUpperCase()}${problem.slice(1)}.`;
}

/** What stops the fields from being a valid question, each on the field it is about. */
function issuesOf(fields: CustomQuestionFields): Issue[] {
  const converted = toQuestionDraft(fields);
  if (!converted.ok) return converted.issues;
  return validateDraftFields(converted.draft).map((p) => ({
    field: p.field,
    message: problemSentence(p.message),
  }));
}

/**
 * The form's fields, checked: field formats first, then the importers' checks on the draft
 * (validateDraftFields), each message on the field it is about. The browser checks with this
 * before sending; the output is the fields as they are sent.
 */
export const customQuestionFormSchema = customQuestionInputSchema.superRefine((fields, ctx) => {
  for (const issue of issuesOf(fields))
    ctx.addIssue({ code: "custom", path: [issue.field], message: issue.message });
});

/** The server's check of the same body: its output is the draft to store. */
export const customQuestionSchema = customQuestionFormSchema.transform((fields) => {
  const converted = toQuestionDraft(fields);
  // The refinement above refused every body that does not convert.
  if (!converted.ok) throw new Error("unreachable: refused by customQuestionFormSchema");
  return converted.draft;
});

/** The form's fields for a draft: to edit a custom question or copy a generated one. */
export function toQuestionFields(draft: QuestionDraft): CustomQuestionFields {
  const empty: CustomQuestionFields = {
    kind: "single-choice",
    prompt: draft.prompt,
    explanation: draft.explanation,
    options: "",
    correct: "",
    statement: "",
    answer: "true",
    gap: "",
    accepted: "",
    rejected: "",
    pairs: "",
    extraRights: "",
    items: "",
  };
  const lines = (items: readonly string[]) => items.join("\n");
  switch (draft.kind) {
    case "single-choice":
      return {
        ...empty,
        kind: draft.kind,
        options: lines(draft.options),
        correct: String(draft.correct + 1),
      };
    case "multiple-select":
      return {
        ...empty,
        kind: draft.kind,
        options: lines(draft.options),
        correct: draft.correct.map((i) => i + 1).join(", "),
      };
    case "true-false":
      return {
        ...empty,
        kind: draft.kind,
        statement: draft.statement,
        answer: draft.answer ? "true" : "false",
      };
    case "short-answer":
      return {
        ...empty,
        kind: draft.kind,
        accepted: lines(draft.accepted),
        rejected: lines(draft.rejected),
      };
    case "cloze":
      return {
        ...empty,
        kind: draft.kind,
        gap: `${draft.before}${BLANK_MARK}${draft.after}`,
        accepted: lines(draft.answers),
        rejected: lines(draft.rejected),
      };
    case "matching":
      return {
        ...empty,
        kind: draft.kind,
        pairs: lines(draft.pairs.map((p) => `${p.left} ${PAIR_SEPARATOR} ${p.right}`)),
        extraRights: lines(draft.extraRights),
      };
    case "ordering":
      return { ...empty, kind: draft.kind, items: lines(draft.items) };
  }
}

/** A card an instructor writes into a flashcard set: the same limits as an imported one. */
export const customCardSchema = z.object({
  front: safeString()
    .trim()
    .min(1, "Write the front of the card.")
    .max(
      IMPORT_LIMITS.maxTextLength,
      `Keep the front under ${IMPORT_LIMITS.maxTextLength} characters.`,
    ),
  back: safeString()
    .trim()
    .min(1, "Write the back of the card.")
    .max(
      IMPORT_LIMITS.maxTextLength,
      `Keep the back under ${IMPORT_LIMITS.maxTextLength} characters.`,
    ),
});
export type CustomCardInput = z.input<typeof customCardSchema>;

/** Copying a generated question of the bank into a set as a custom one. */
export const copyQuestionSchema = z.object({
  questionId: safeString().trim().min(1, "Choose a question to copy.").max(300),
});
