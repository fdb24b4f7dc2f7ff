/**
 * How each question kind is scored, in plain words, as the graders in ./graders do it. Shown
 * next to scores so that "1 of 3 correct — 61%" or a partly right ordering makes sense.
 */
import type { QuestionKind } from "./types";

const ALL_OR_NOTHING = "All or nothing: the right answer earns the whole mark.";

export const SCORING_RULES: Record<QuestionKind, string> = {
  "single-choice": ALL_OR_NOTHING,
  "which-programme": ALL_OR_NOTHING,
  "true-false": ALL_OR_NOTHING,
  "multiple-select":
    "Partial credit: each right option you tick earns its share, each wrong one takes a share " +
    "away (never below zero). Only the exact set earns the whole mark.",
  matching: "Partial credit: each item paired with its right match earns its share of the mark.",
  ordering:
    "Partial credit: every pair of items you put in the right order relative to each other " +
    "earns its share, so an answer with no item in its exact place can still earn some.",
  cloze: "All or nothing, but small typos and other names for the same thing are accepted.",
  "short-answer":
    "All or nothing, but small typos and other names for the same thing are accepted.",
};

/** Kinds whose answers can earn part of the mark. */
export const PARTIAL_CREDIT_KINDS: readonly QuestionKind[] = [
  "multiple-select",
  "matching",
  "ordering",
];
