import { describe, expect, test } from "vitest";
import { loadContent } from "@/content/load";
import { generateQuestionBank } from "./generate";
import { questionSummary } from "./question-summary";

const bank = generateQuestionBank(loadContent());

describe("questionSummary", () => {
  test.each(["true-false", "which-programme", "cloze"] as const)(
    "%s questions are summarised by their own text, not the generic prompt",
    (kind) => {
      const question = bank.find((q) => q.kind === kind)!;
      const summary = questionSummary(question);
      expect(summary).not.toBe(question.prompt);
      expect(summary.length).toBeGreaterThan(15);
    },
  );

  test("every question has a non-empty summary", () => {
    expect(bank.map(questionSummary).every((s) => s.trim().length > 0)).toBe(true);
  });
});
