import { describe, expect, test } from "vitest";
import type { Question } from "@/lib/domain/questions/types";
import { missedPositions, summarizeAttempt, type ScoredItem } from "./summarize-attempt";

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
