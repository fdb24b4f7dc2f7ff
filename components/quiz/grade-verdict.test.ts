import { describe, expect, test } from "vitest";
import { formatPercent } from "@/lib/domain/format/format";
import { gradeVerdict } from "./grade-verdict";

describe("gradeVerdict", () => {
  test.each([
    { score: null, correct: false, answered: false, label: "Not answered", tone: "unanswered" },
    { score: 0, correct: false, answered: false, label: "Not answered", tone: "unanswered" },
    { score: 1, correct: true, answered: true, label: "Correct", tone: "correct" },
    { score: 0, correct: false, answered: true, label: "Incorrect", tone: "incorrect" },
    // 2 of 3 right options: rounded to the nearest percent, as item analysis and scores are.
    {
      score: 2 / 3,
      correct: false,
      answered: true,
      label: "Partly correct (67%)",
      tone: "partial",
    },
    { score: 0.5, correct: false, answered: true, label: "Partly correct (50%)", tone: "partial" },
    {
      score: 0.125,
      correct: false,
      answered: true,
      label: "Partly correct (13%)",
      tone: "partial",
    },
    // Partly right never reads as 100% or 0%.
    {
      score: 0.999,
      correct: false,
      answered: true,
      label: "Partly correct (99%)",
      tone: "partial",
    },
    { score: 0.001, correct: false, answered: true, label: "Partly correct (1%)", tone: "partial" },
  ] as const)("$score (correct: $correct) -> $label", ({ label, tone, ...input }) => {
    expect(gradeVerdict(input)).toMatchObject({ label, tone });
  });

  // The per-question mark and the figures beside it (facility, scores) read alike.
  test.each([1 / 3, 2 / 3, 0.125, 0.255, 0.5, 0.7, 0.875, 0.985])(
    "%d reads as formatPercent does",
    (score) => {
      const { label } = gradeVerdict({ score, correct: false, answered: true });
      expect(label).toBe(`Partly correct (${formatPercent(score)})`);
    },
  );
});
