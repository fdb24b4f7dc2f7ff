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

  test("no two questions of the bank share a summary: each names one question", () => {
    const seen = new Map<string, string>();
    for (const question of bank) {
      const summary = questionSummary(question);
      expect(seen.get(summary), summary).toBeUndefined();
      seen.set(summary, question.id);
    }
  });

  test("an ordering summary lists its items alphabetically, not in the key's order", () => {
    const ordering = bank.filter((q) => q.kind === "ordering");
    expect(ordering.length).toBeGreaterThan(1);
    for (const question of ordering) {
      const summary = questionSummary(question);
      const at = question.items.map((i) => summary.indexOf(i.text));
      expect(at.every((i) => i > question.prompt.length)).toBe(true);
      const texts = question.items.map((i) => i.text);
      const listed = [...texts].sort((a, b) => summary.indexOf(a) - summary.indexOf(b));
      expect(listed).toEqual([...texts].sort((a, b) => a.localeCompare(b, "en")));
    }
  });

  test("every question has a non-empty summary", () => {
    expect(bank.map(questionSummary).every((s) => s.trim().length > 0)).toBe(true);
  });
});
