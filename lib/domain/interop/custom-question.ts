/**
 * Drafts -> custom questions: one validation for every import format (so GIFT and Moodle XML
 * report the same problems in the same words) and one builder that gives the question our
 * model's shape.
 *
 * Ids: the question is `custom:<import id>:<n>` (n = position in the file), which cannot meet a
 * generated id (those start with a kind name); option, item and matching ids are hashes of the
 * question id and the text, so they never reveal which option is right or the order.
 */
import { hashToHex } from "@/lib/domain/hash";
import { normalizeAnswer } from "@/lib/domain/questions/normalize";
import { publicIdOf } from "@/lib/domain/questions/templates/context";
import { CUSTOM_TAG } from "@/lib/domain/questions/instructor-question";
import type { Choice, Difficulty, QuestionLevel, QuestionTags } from "@/lib/domain/questions/types";
import {
  DEFAULT_MATCHING_LABELS,
  DEFAULT_ORDER_LABEL,
  type DraftKind,
  type QuestionDraft,
} from "./draft";
import { IMPORT_LIMITS } from "./limits";
import { truncateText } from "./text";
import type { CustomQuestion, ImportError, QuestionImportResult } from "./types";

export const CUSTOM_ID_PREFIX = "custom:";

export function isCustomQuestionId(id: string): boolean {
  return id.startsWith(CUSTOM_ID_PREFIX);
}

export interface CustomQuestionOptions {
  /**
   * Names this import in the question ids (letters, digits and hyphens). The caller passes a
   * unique value per import (e.g. a database id); by default it is a hash of the file, so the
   * same file imported twice gives the same ids.
   */
  importId?: string;
  /** Programmes the questions are tagged with (none by default). */
  programmeIds?: string[];
  difficulty?: Difficulty;
  /** The kind of thinking the questions ask for; imports carry none, so recall by default. */
  level?: QuestionLevel;
}

/** A draft as an importer found it, with where it starts in the file. */
export interface LocatedDraft {
  draft: QuestionDraft;
  line: number | null;
  /** 1-based position among the questions of the file. */
  position: number;
}

/** "question 3 (line 12)": how every import error names its question. */
export function questionRef(position: number, line: number | null): string {
  return `question ${position}${line === null ? "" : ` (line ${line})`}`;
}

/** A question an importer cannot turn into a draft; its message completes "question 3 ...". */
export class DraftError extends Error {}

/**
 * Right options of a multiple select share the marks equally here (and wrong picks cost
 * 1/wrong options), so a file must weigh them equally and add up to 100% as Moodle requires.
 */
export function checkEqualWeights(percents: readonly number[]): void {
  const sum = percents.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 100) > 0.5)
    throw new DraftError(
      `has right options whose weights add up to ${Math.round(sum * 100) / 100}%, not 100%`,
    );
  if (percents.some((p) => Math.abs(p - (percents[0] ?? 0)) > 0.01))
    throw new DraftError("weighs its right options differently; here they count equally");
}

const sameText = (a: string) => a.trim().toLowerCase();

function duplicates(values: readonly string[], key: (v: string) => string): string[] {
  const seen = new Set<string>();
  const dup: string[] = [];
  for (const value of values) {
    const k = key(value);
    if (seen.has(k) && !dup.includes(value)) dup.push(value);
    seen.add(k);
  }
  return dup;
}

function quote(text: string): string {
  return `"${truncateText(text, 60)}"`;
}

/** The part of a question a problem is about: the field of the form that holds it. */
export type DraftField =
  | "prompt"
  | "explanation"
  | "name"
  | "options"
  | "correct"
  | "statement"
  | "gap"
  | "accepted"
  | "rejected"
  | "pairs"
  | "extraRights"
  | "items";

/** A problem with a draft, and the field it is about. */
export interface DraftProblem {
  field: DraftField;
  message: string;
}

type Problems = DraftProblem[];

function checkChoices(
  field: DraftField,
  label: string,
  values: readonly string[],
  problems: Problems,
): void {
  const add = (message: string) => problems.push({ field, message });
  if (values.length < 2) add(`needs at least 2 ${label}s, found ${values.length}`);
  if (values.length > IMPORT_LIMITS.maxChoices)
    add(`has ${values.length} ${label}s; the limit is ${IMPORT_LIMITS.maxChoices}`);
  if (values.some((v) => v.trim() === "")) add(`has an empty ${label}`);
  for (const d of duplicates(values, sameText)) add(`${label} ${quote(d)} appears twice`);
}

function checkTyped(
  field: DraftField,
  accepted: readonly string[],
  rejected: readonly string[],
  problems: Problems,
) {
  const add = (message: string, at: DraftField = field) => problems.push({ field: at, message });
  if (accepted.length === 0) add("has no correct answer");
  if (accepted.length + rejected.length > IMPORT_LIMITS.maxTypedAnswers)
    add(`has more than ${IMPORT_LIMITS.maxTypedAnswers} answers`);
  if ([...accepted, ...rejected].some((v) => v.trim() === "")) add("has an empty answer");
  for (const d of duplicates([...accepted, ...rejected], sameText))
    add(`answer ${quote(d)} appears twice`, rejected.includes(d) ? "rejected" : field);
  // The grader refuses a rejected form before it looks at accepted ones (normalize.ts).
  const rejectedKeys = new Map(rejected.map((r) => [normalizeAnswer(r), r]));
  for (const a of accepted) {
    const clash = rejectedKeys.get(normalizeAnswer(a));
    if (clash !== undefined && sameText(clash) !== sameText(a))
      add(
        `correct answer ${quote(a)} reads the same as the wrong answer ${quote(clash)}`,
        "rejected",
      );
  }
}

/** Every text of a draft, with the field that holds it. */
function textsOf(draft: QuestionDraft): [DraftField, string][] {
  const base: [DraftField, string][] = [
    ["prompt", draft.prompt],
    ["explanation", draft.explanation],
    ["name", draft.name ?? ""],
  ];
  const all = (field: DraftField, texts: readonly string[]) =>
    texts.map((t): [DraftField, string] => [field, t]);
  switch (draft.kind) {
    case "single-choice":
    case "multiple-select":
      return [...base, ...all("options", draft.options)];
    case "true-false":
      return [...base, ["statement", draft.statement]];
    case "cloze":
      return [
        ...base,
        ...all("gap", [draft.before, draft.after]),
        ...all("accepted", draft.answers),
        ...all("rejected", draft.rejected),
      ];
    case "matching":
      return [
        ...base,
        ...all(
          "pairs",
          draft.pairs.flatMap((p) => [p.left, p.right]),
        ),
        ...all("extraRights", draft.extraRights),
      ];
    case "ordering":
      return [...base, ...all("items", draft.items)];
    case "short-answer":
      return [...base, ...all("accepted", draft.accepted), ...all("rejected", draft.rejected)];
  }
}

/**
 * What is wrong with a draft, field by field, in words an instructor can act on (each message
 * completes "question 3 ..." or "This question ..."); empty when it is fine. The one check
 * behind every import and the question form.
 */
export function validateDraftFields(draft: QuestionDraft): DraftProblem[] {
  const problems: Problems = [];
  const add = (field: DraftField, message: string) => problems.push({ field, message });
  if (draft.prompt.trim() === "") add("prompt", "has no question text");
  for (const [field, text] of textsOf(draft))
    if (text.length > IMPORT_LIMITS.maxTextLength) {
      add(
        field,
        `has a text of ${text.length} characters; the limit is ${IMPORT_LIMITS.maxTextLength}`,
      );
      break;
    }
  switch (draft.kind) {
    case "single-choice":
      checkChoices("options", "option", draft.options, problems);
      if (draft.correct < 0) add("correct", "has no correct option");
      // Named by its number, as the form asks for it: "This question has no option 5: it has
      // 3 options." rather than that it has none.
      else if (draft.correct >= draft.options.length)
        add(
          "correct",
          `has no option ${draft.correct + 1}: it has ${draft.options.length} ` +
            (draft.options.length === 1 ? "option" : "options"),
        );
      break;
    case "multiple-select":
      checkChoices("options", "option", draft.options, problems);
      if (draft.correct.length === 0) add("correct", "has no correct option");
      if (draft.correct.some((i) => i < 0 || i >= draft.options.length))
        add("correct", "names a correct option that is not in the list");
      if (new Set(draft.correct).size !== draft.correct.length)
        add("correct", "names a correct option twice");
      break;
    case "true-false":
      if (draft.statement.trim() === "") add("statement", "has no statement");
      break;
    case "cloze":
      if (draft.before.trim() === "" && draft.after.trim() === "")
        add("gap", "has no text around its blank");
      checkTyped("accepted", draft.answers, draft.rejected, problems);
      break;
    case "short-answer":
      checkTyped("accepted", draft.accepted, draft.rejected, problems);
      break;
    case "matching":
      checkChoices(
        "pairs",
        "left item",
        draft.pairs.map((p) => p.left),
        problems,
      );
      if (draft.pairs.some((p) => p.right.trim() === "")) add("pairs", "has an empty answer");
      // Each left item needs its own right item: the grader counts a right item once.
      for (const d of duplicates(
        [...draft.pairs.map((p) => p.right), ...draft.extraRights],
        sameText,
      ))
        add(
          // The second time a text comes is the one at fault; pairs come first.
          draft.extraRights.some((r) => sameText(r) === sameText(d)) ? "extraRights" : "pairs",
          `right item ${quote(d)} appears twice`,
        );
      break;
    case "ordering":
      checkChoices("items", "item", draft.items, problems);
      break;
  }
  return problems;
}

/** What is wrong with a draft, in words an instructor can act on; empty when it is fine. */
export function validateDraft(draft: QuestionDraft): string[] {
  return validateDraftFields(draft).map((p) => p.message);
}

function choiceId(prefix: string, questionId: string, text: string): string {
  return `${prefix}${hashToHex(`${questionId}|${text}`, 10)}`;
}

function choices(prefix: string, questionId: string, texts: readonly string[]): Choice[] {
  return texts.map((text) => ({ id: choiceId(prefix, questionId, text), text }));
}

const byId = (a: Choice, b: Choice) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function tagsOf(kind: DraftKind, options: CustomQuestionOptions): QuestionTags {
  return {
    programmeIds: [...(options.programmeIds ?? [])],
    topic: CUSTOM_TAG,
    kind,
    template: CUSTOM_TAG,
  };
}

/** Builds our question from a valid draft (validateDraft returned no problem). */
export function buildCustomQuestion(
  draft: QuestionDraft,
  id: string,
  options: CustomQuestionOptions = {},
): CustomQuestion {
  const base = {
    id,
    publicId: publicIdOf(id),
    prompt: draft.prompt,
    explanation: draft.explanation,
    sources: [],
    tags: tagsOf(draft.kind, options),
    difficulty: options.difficulty ?? 2,
    level: options.level ?? "recall",
    // Not drawn from the source document: a custom question never counts as source-only.
    scope: "background" as const,
    beyondSource: true,
    factIds: [],
    origin: "custom" as const,
    name: draft.name,
  };
  switch (draft.kind) {
    case "single-choice": {
      const opts = choices("c", id, draft.options);
      return { ...base, kind: draft.kind, options: opts, answer: opts[draft.correct]?.id ?? "" };
    }
    case "multiple-select": {
      const opts = choices("c", id, draft.options);
      return {
        ...base,
        kind: draft.kind,
        options: opts,
        answers: draft.correct.map((i) => opts[i]?.id ?? ""),
      };
    }
    case "true-false":
      return { ...base, kind: draft.kind, statement: draft.statement, answer: draft.answer };
    case "cloze":
      return {
        ...base,
        kind: draft.kind,
        before: draft.before,
        after: draft.after,
        answers: [...draft.answers],
        rejected: [...draft.rejected],
      };
    case "short-answer":
      return {
        ...base,
        kind: draft.kind,
        answer: draft.accepted[0] ?? "",
        accepted: [...draft.accepted],
        rejected: [...draft.rejected],
      };
    case "matching": {
      const left = choices(
        "l",
        id,
        draft.pairs.map((p) => p.left),
      );
      const right = choices("r", id, [...draft.pairs.map((p) => p.right), ...draft.extraRights]);
      return {
        ...base,
        kind: draft.kind,
        leftLabel: DEFAULT_MATCHING_LABELS.left,
        rightLabel: DEFAULT_MATCHING_LABELS.right,
        answer: draft.pairs.map((_, i) => ({
          leftId: left[i]?.id ?? "",
          rightId: right[i]?.id ?? "",
        })),
        // Stored in id order, so the stored order says nothing about the pairing.
        left: [...left].sort(byId),
        right: [...right].sort(byId),
      };
    }
    case "ordering": {
      const items = choices("o", id, draft.items);
      return {
        ...base,
        kind: draft.kind,
        answer: items.map((item) => item.id),
        items: [...items].sort(byId),
        orderLabel: DEFAULT_ORDER_LABEL,
      };
    }
  }
}

const IMPORT_ID = /^[a-z0-9-]{1,40}$/;

/** The caller's import id (checked), or a hash of the file. */
export function resolveImportId(importId: string | undefined, source: string): string {
  const id = importId ?? hashToHex(source, 12);
  if (!IMPORT_ID.test(id))
    throw new Error(`import id "${id}" must be 1-40 lower-case letters, digits or hyphens`);
  return id;
}

/**
 * The end of every question import: validates each draft, and returns either all questions or
 * all errors (with the line each question starts on).
 */
export function finishQuestionImport(
  found: readonly LocatedDraft[],
  source: string,
  options: CustomQuestionOptions,
  errors: ImportError[] = [],
): QuestionImportResult {
  const importId = resolveImportId(options.importId, source);
  const all = [...errors];
  if (found.length === 0 && all.length === 0)
    all.push({ line: null, question: null, message: "the file contains no question" });
  if (found.length > IMPORT_LIMITS.maxQuestions)
    all.push({
      line: null,
      question: null,
      message: `the file has ${found.length} questions; the limit is ${IMPORT_LIMITS.maxQuestions}`,
    });
  for (const { draft, line, position } of found)
    for (const problem of validateDraft(draft))
      all.push({ line, question: position, message: `${questionRef(position, line)} ${problem}` });
  if (all.length > 0) return { ok: false, errors: sortErrors(all) };
  return {
    ok: true,
    questions: found.map(({ draft }, i) =>
      buildCustomQuestion(draft, `${CUSTOM_ID_PREFIX}${importId}:${i + 1}`, options),
    ),
  };
}

export function sortErrors(errors: readonly ImportError[]): ImportError[] {
  return [...errors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
