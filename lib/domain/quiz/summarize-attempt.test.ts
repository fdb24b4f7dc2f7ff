import { describe, expect, test } from "vitest";
import type { Question } from "@/lib/domain/questions/types";
import {
  missedPositions,
  progressProgrammeOf,
  summarizeAttempt,
  type ScoredItem,
} from "./summarize-attempt";

const q = (topic: string, kind: Question["kind"]) =>
  ({ kind, tags: { topic, programmeIds: [topic], kind, template: "t" } }) as unknown as Question;

describe("summarizeAttempt", () => {
  const items: ScoredItem[] = [
    { question: q("pfp", "cloze"), score: 1, correct: true },
    { question: q("pfp", "matching"), score: 0.5, correct: false },
    { question: q("itpp", "cloze"), score: 0, correct: false },
    { question: q("itpp", "true-false"), score: null, correct: false },
  ];

  test("scores the mean with unanswered questions as 0, and counts", () => {
    const summary = summarizeAttempt(items);
    expect(summary).toMatchObject({ questions: 4, answered: 3, correct: 1 });
    expect(summary.score).toBeCloseTo(1.5 / 4);
  });

  test("breaks down by programme and kind, weakest first", () => {
    const summary = summarizeAttempt(items);
    expect(summary.byProgramme).toEqual([
      { key: "itpp", questions: 2, correct: 0, score: 0 },
      { key: "pfp", questions: 2, correct: 1, score: 0.75 },
    ]);
    expect(summary.byKind.map((b) => [b.key, b.questions, b.score])).toEqual([
      ["true-false", 1, 0],
      ["cloze", 2, 0.5],
      ["matching", 1, 0.5],
    ]);
  });

  test.each<[ScoredItem[], number[]]>([
    [items, [1, 2, 3]],
    [[], []],
    [[{ question: q("pfp", "cloze"), score: 1, correct: true }], []],
  ])("missed positions", (input, expected) => {
    expect(missedPositions(input)).toEqual(expected);
  });

  test("an empty attempt scores 0", () => {
    expect(summarizeAttempt([])).toMatchObject({
      questions: 0,
      score: 0,
      byProgramme: [],
      byKind: [],
    });
  });
});

// The learner walk of 2026-12-03: an exam's "By programme" filed Mediterranean Dialogue and EAPC
// questions under "Multilateral and bilateral dialogues" (their topic), where the progress page
// lists each programme on its own row.
describe("the programme an answer counts under", () => {
  const tagged = (topic: string, programmeIds: string[]) =>
    ({
      kind: "cloze",
      tags: { topic, programmeIds, kind: "cloze", template: "t" },
    }) as unknown as Question;

  test.each<[string, string, string[], string]>([
    [
      "a programme of a topic: the programme",
      "dialogues",
      ["mediterranean-dialogue"],
      "mediterranean-dialogue",
    ],
    [
      "a question about two: the first",
      "dialogues",
      ["euro-atlantic-partnership-council", "pfp"],
      "euro-atlantic-partnership-council",
    ],
    ["a topic that is a programme: itself", "pfp", ["pfp"], "pfp"],
    ["an instructor's question: its topic", "instructor", [], "instructor"],
  ])("%s", (_, topic, programmeIds, expected) => {
    expect(progressProgrammeOf(tagged(topic, programmeIds))).toBe(expected);
  });

  test("the results' rows are the progress page's programmes", () => {
    const items: ScoredItem[] = [
      { question: tagged("dialogues", ["mediterranean-dialogue"]), score: 1, correct: true },
      { question: tagged("dialogues", ["dialogues"]), score: 0, correct: false },
    ];
    expect(summarizeAttempt(items).byProgramme.map((b) => [b.key, b.score])).toEqual([
      ["dialogues", 0],
      ["mediterranean-dialogue", 1],
    ]);
  });
});
