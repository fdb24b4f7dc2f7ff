import { expect, test } from "vitest";
import { buildFixturePack } from "@/lib/domain/test-fixtures/fixture-pack";
import { correctResponse } from "@/lib/domain/quiz/correct-response";
import { exportQuestion } from "./export-bank";
import { generateQuestionBank } from "./generate";
import { gradeResponse } from "./grade";

const bank = generateQuestionBank(buildFixturePack());

test("every question exports its fields, and its key as text the grader accepts", () => {
  for (const q of bank) {
    const e = exportQuestion(q);
    expect(e).toMatchObject({
      id: q.id,
      kind: q.kind,
      level: q.level,
      scope: q.scope,
      difficulty: q.difficulty,
      prompt: q.prompt,
      explanation: q.explanation,
    });
    expect(e.key.length, q.id).toBeGreaterThan(0);
    expect(e.sources.length, q.id).toBe(q.sources.length);
    // The exported key is the real key: answering with it scores full marks.
    const response = correctResponse(q);
    if (q.kind === "single-choice" || q.kind === "which-programme")
      expect(e.key).toEqual([q.options.find((o) => o.id === q.answer)?.text]);
    if (q.kind === "true-false") expect(e.key).toEqual([String(q.answer)]);
    if (q.kind === "cloze" || q.kind === "short-answer")
      for (const text of e.key)
        expect(gradeResponse(q, { kind: q.kind, text }).score, text).toBe(1);
    expect(gradeResponse(q, response).score).toBe(1);
  }
  expect(JSON.parse(JSON.stringify(bank.map(exportQuestion)))).toHaveLength(bank.length);
});

test("a document source is named by its title, with the paragraph and passage", () => {
  const q = bank.find((x) => x.sources.some((s) => s.paragraph !== undefined));
  const source = q && exportQuestion(q).sources[0];
  expect(source?.label).toMatch(/^"Fixture article", paragraph \d+/);
  expect(source?.passage).toBeTruthy();
});
