// describeResponseText for every kind, on hand-made questions: the exact line each answer
// reads as in the item analysis. Added for the mutants that survived the bank-based tests
// (README, "Mutation testing"): empty picks, which-programme, short answers, repeated pairs.
import { describe, expect, test } from "vitest";
import type { Question, QuestionKind, Response } from "@/lib/domain/questions/types";
import { NO_ANSWER, describeResponseText } from "./response-text";

const base = <K extends QuestionKind>(kind: K) => ({
  id: `q-${kind}`,
  publicId: `p-${kind}`,
  kind,
  prompt: "Prompt",
  explanation: "",
  sources: [],
  tags: { programmeIds: ["pfp"], topic: "t", kind, template: `${kind}.t` },
  difficulty: 1 as const,
  level: "recall" as const,
  scope: "source" as const,
  beyondSource: false,
  factIds: [],
});
const choices = (...texts: string[]) => texts.map((text, i) => ({ id: `o${i}`, text }));

const questions = {
  "which-programme": {
    ...base("which-programme"),
    description: "A programme",
    options: choices("PfP", "ICI"),
    answer: "o0",
  },
  "multiple-select": {
    ...base("multiple-select"),
    options: choices("Zulu", "Alpha", "Mike"),
    answers: ["o0", "o1"],
  },
  "true-false": { ...base("true-false"), statement: "S", answer: true },
  "short-answer": { ...base("short-answer"), answer: "NATO", accepted: [], rejected: [] },
  matching: {
    ...base("matching"),
    leftLabel: "L",
    rightLabel: "R",
    left: choices("Bravo", "Alpha"),
    right: choices("two", "one"),
    answer: [
      { leftId: "o0", rightId: "o0" },
      { leftId: "o1", rightId: "o1" },
    ],
  },
  ordering: {
    ...base("ordering"),
    items: choices("first", "second"),
    answer: ["o0", "o1"],
    orderLabel: "O",
  },
} as unknown as Record<string, Question>;

describe("describeResponseText, one row per kind", () => {
  test.each<[string, Response, string]>([
    ["which-programme reads as the option", { kind: "which-programme", optionId: "o1" }, "ICI"],
    ["multiple-select, no pick", { kind: "multiple-select", optionIds: [] }, NO_ANSWER],
    [
      "multiple-select picks, sorted by text, joined with '; '",
      { kind: "multiple-select", optionIds: ["o0", "o2", "o1"] },
      "Alpha; Mike; Zulu",
    ],
    ["true", { kind: "true-false", value: true }, "True"],
    ["false", { kind: "true-false", value: false }, "False"],
    [
      "a short answer, spaces tidied",
      { kind: "short-answer", text: " North  Atlantic " },
      "North Atlantic",
    ],
    ["a blank short answer", { kind: "short-answer", text: "  " }, NO_ANSWER],
    ["matching, no pair", { kind: "matching", pairs: [] }, NO_ANSWER],
    [
      "matching pairs sorted by text; only the first pair per left item counts",
      {
        kind: "matching",
        pairs: [
          { leftId: "o0", rightId: "o0" },
          { leftId: "o1", rightId: "o1" },
          { leftId: "o0", rightId: "o1" },
        ],
      },
      "Alpha → one; Bravo → two",
    ],
    ["ordering, nothing placed", { kind: "ordering", itemIds: [] }, NO_ANSWER],
    [
      "ordering in the learner's order",
      { kind: "ordering", itemIds: ["o1", "o0"] },
      "second → first",
    ],
  ])("%s", (_name, response, expected) => {
    expect(describeResponseText(questions[response.kind]!, response)).toBe(expected);
  });
});
