/**
 * Question model shared by the generator, the quiz player and persistence.
 *
 * - `id` is readable and stable: `<template>:<programme>:<fact or list>[:<variant>]`, built from
 *   content ids only (never array positions), so editing one fact changes only its questions.
 *   It names the programme and fact, so it is a server-side key and is NOT sent to the browser.
 * - `publicId` is an opaque hash of `id`; PublicQuestion carries only that, plus what the
 *   learner needs to answer (no answer key, explanation, sources, tags or fact ids).
 * - Option/item ids are stable; in matching and ordering they are hashes, because readable ids
 *   there would give the pairing or order away.
 * - `level` is the kind of thinking asked for (recall ... misconception) and `scope` says whether
 *   the question rests on the source document alone ("source") or also on NATO's own pages
 *   ("background"); `beyondSource` is the same fact as a boolean (scope === "background").
 */
import type { Level, Scope } from "@/content/levels";

export { LEVELS, SCOPES } from "@/content/levels";
export type { Level as QuestionLevel, Scope as QuestionScope } from "@/content/levels";

export const QUESTION_KINDS = [
  "single-choice",
  "multiple-select",
  "true-false",
  "cloze",
  "matching",
  "ordering",
  "short-answer",
  "which-programme",
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export type Difficulty = 1 | 2 | 3;

export interface SourceCitation {
  sourceId: string;
  title: string;
  publisher: string;
  url?: string;
  /** Paragraph number in the source document (documents only). */
  paragraph?: number;
  sentences?: number[];
  /** The cited sentences, verbatim, to show after answering (documents only). */
  passage?: string;
  beyondSource: boolean;
}

export interface QuestionTags {
  /** The programme the question is about first, then any other programme it involves. */
  programmeIds: string[];
  /** Top-level programme or topic (the root of programmeIds[0]). */
  topic: string;
  kind: QuestionKind;
  template: string;
}

export interface Choice {
  id: string;
  text: string;
  /**
   * What the option is ("year", "partnership format", "area of security cooperation"): the
   * quality report checks that every distractor is of the key's category. Never sent to the
   * browser (toPublicQuestion copies id and text only).
   */
  category?: string;
}

export interface Pair {
  leftId: string;
  rightId: string;
}

interface QuestionBase<K extends QuestionKind> {
  id: string;
  publicId: string;
  kind: K;
  prompt: string;
  /** Own-words explanation, ending with the citation label(s). */
  explanation: string;
  sources: SourceCitation[];
  tags: QuestionTags;
  difficulty: Difficulty;
  level: Level;
  scope: Scope;
  /** True when any fact behind the question comes from beyond the source document. */
  beyondSource: boolean;
  factIds: string[];
}

export interface SingleChoiceQuestion extends QuestionBase<"single-choice"> {
  options: Choice[];
  answer: string;
}

export interface MultipleSelectQuestion extends QuestionBase<"multiple-select"> {
  options: Choice[];
  answers: string[];
}

export interface TrueFalseQuestion extends QuestionBase<"true-false"> {
  statement: string;
  answer: boolean;
}

export interface ClozeQuestion extends QuestionBase<"cloze"> {
  /** Text before and after the blank. */
  before: string;
  after: string;
  /** Accepted answers; the first is canonical. */
  answers: string[];
  /** Never accepted, even within the typo tolerance. */
  rejected: string[];
}

export interface MatchingQuestion extends QuestionBase<"matching"> {
  leftLabel: string;
  rightLabel: string;
  left: Choice[];
  right: Choice[];
  answer: Pair[];
}

export interface OrderingQuestion extends QuestionBase<"ordering"> {
  items: Choice[];
  /** Item ids in the correct order. */
  answer: string[];
  orderLabel: string;
}

export interface ShortAnswerQuestion extends QuestionBase<"short-answer"> {
  /** Canonical programme name. */
  answer: string;
  /** Every accepted form (name, acronym, aliases). */
  accepted: string[];
  /** Names of other programmes: never accepted. */
  rejected: string[];
}

export interface WhichProgrammeQuestion extends QuestionBase<"which-programme"> {
  description: string;
  /** Option ids are programme ids. */
  options: Choice[];
  answer: string;
}

export type Question =
  | SingleChoiceQuestion
  | MultipleSelectQuestion
  | TrueFalseQuestion
  | ClozeQuestion
  | MatchingQuestion
  | OrderingQuestion
  | ShortAnswerQuestion
  | WhichProgrammeQuestion;

export type QuestionOfKind<K extends QuestionKind> = Extract<Question, { kind: K }>;

interface PublicBase<K extends QuestionKind> {
  publicId: string;
  kind: K;
  prompt: string;
  difficulty: Difficulty;
  beyondSource: boolean;
}

export type PublicQuestion =
  | (PublicBase<"single-choice"> & { options: Choice[] })
  | (PublicBase<"multiple-select"> & { options: Choice[]; selectCount: number })
  | (PublicBase<"true-false"> & { statement: string })
  | (PublicBase<"cloze"> & { before: string; after: string })
  | (PublicBase<"matching"> & {
      leftLabel: string;
      rightLabel: string;
      left: Choice[];
      right: Choice[];
    })
  | (PublicBase<"ordering"> & { items: Choice[]; orderLabel: string })
  | PublicBase<"short-answer">
  | (PublicBase<"which-programme"> & { description: string; options: Choice[] });

/** What a learner submits, per kind (validated by ResponseSchema in response-schema.ts). */
export type Response =
  | { kind: "single-choice"; optionId: string }
  | { kind: "multiple-select"; optionIds: string[] }
  | { kind: "true-false"; value: boolean }
  | { kind: "cloze"; text: string }
  | { kind: "matching"; pairs: Pair[] }
  | { kind: "ordering"; itemIds: string[] }
  | { kind: "short-answer"; text: string }
  | { kind: "which-programme"; optionId: string };

export type GradeDetail =
  | { kind: "kind-mismatch"; expected: QuestionKind; received: QuestionKind }
  | { kind: "choice"; expected: string; received: string }
  | {
      kind: "multiple-select";
      expected: string[];
      hits: number;
      missed: number;
      wrongPicks: number;
    }
  | { kind: "true-false"; expected: boolean }
  | {
      kind: "typed";
      expected: string;
      matched: string | null;
      via: "exact" | "alias" | "fuzzy" | null;
      rejectedAs: string | null;
    }
  | { kind: "matching"; expected: Pair[]; correctPairs: number; total: number }
  | { kind: "ordering"; expected: string[]; concordantPairs: number; totalPairs: number };

export interface GradeResult {
  /** 0..1; 1 only for a fully correct response. */
  score: number;
  correct: boolean;
  detail: GradeDetail;
}
