// Question summary edges: the exact one-line summary of each kind that has its own text, and a
// cloze whose text is padded with spaces. Each test was seen failing with its Stryker mutant
// applied by hand.
import { expect, test } from "vitest";
import { questionSummary } from "./question-summary";
import type { Question } from "./types";

const base = {
  id: "q",
  publicId: "q_1",
  prompt: "Which statement is right?",
  explanation: "e",
  sources: [],
  difficulty: 1 as const,
  level: "recall" as const,
  scope: "source" as const,
  beyondSource: false,
  factIds: ["f"],
};
const tags = (kind: Question["kind"]) => ({ programmeIds: ["a"], topic: "a", kind, template: "t" });

// Lines 9 and 11 (true/false and which-programme each have their own case), 14 (a cloze's
// summary is trimmed of the spaces around its text).
test.each<[Question, string]>([
  [
    {
      ...base,
      kind: "true-false",
      tags: tags("true-false"),
      statement: "Alpha began in 1990.",
      answer: true,
    },
    "Alpha began in 1990.",
  ],
  [
    {
      ...base,
      kind: "which-programme",
      tags: tags("which-programme"),
      description: "A calm programme.",
      options: [{ id: "alpha", text: "Alpha" }],
      answer: "alpha",
    },
    "Which programme? A calm programme.",
  ],
  [
    {
      ...base,
      kind: "cloze",
      tags: tags("cloze"),
      before: "  Alpha began in ",
      after: ". \n",
      answers: ["1990"],
      rejected: [],
    },
    "Alpha began in ___.",
  ],
  [
    {
      ...base,
      kind: "short-answer",
      tags: tags("short-answer"),
      answer: "Alpha",
      accepted: ["Alpha"],
      rejected: [],
    },
    "Which statement is right?",
  ],
  [
    {
      ...base,
      prompt: "Match each event with its year.",
      kind: "matching",
      tags: tags("matching"),
      leftLabel: "Event",
      rightLabel: "Year",
      left: [
        { id: "l1", text: "Gamma ends" },
        { id: "l2", text: "Alpha begins" },
      ],
      right: [
        { id: "r1", text: "1994" },
        { id: "r2", text: "1990" },
      ],
      answer: [
        { leftId: "l1", rightId: "r1" },
        { leftId: "l2", rightId: "r2" },
      ],
    },
    "Match each event with its year. (Alpha begins; Gamma ends)",
  ],
  [
    {
      ...base,
      prompt: "Put these in order, earliest first.",
      kind: "ordering",
      tags: tags("ordering"),
      orderLabel: "earliest first",
      items: [
        { id: "c", text: "beta, then" },
        { id: "a", text: "Alpha" },
        { id: "b", text: "Gamma" },
      ],
      answer: ["a", "c", "b"],
    },
    "Put these in order, earliest first. (Alpha; beta, then; Gamma)",
  ],
])("case %#", (question, summary) => {
  expect(questionSummary(question)).toBe(summary);
});
