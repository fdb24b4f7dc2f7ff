import { describe, expect, test } from "vitest";
import { loadContent } from "@/content/load";
import { gradeResponse } from "@/lib/domain/questions/grade";
import { presentQuestion } from "@/lib/domain/questions/present";
import { generateQuestionBank } from "@/lib/domain/questions/generate";
import { checkResponseFits } from "./check-response-fits";
import { correctResponse, wrongResponse } from "./correct-response";

const bank = generateQuestionBank(loadContent());

describe("correctResponse / wrongResponse against the real bank", () => {
  test.each(bank.map((q) => [q.id, q] as const))("%s", (_id, question) => {
    const presented = presentQuestion(question, "seed-1");
    const right = correctResponse(presented);
    const wrong = wrongResponse(presented);
    expect(checkResponseFits(presented, right)).toBeNull();
    expect(gradeResponse(presented, right)).toMatchObject({ score: 1, correct: true });
    expect(gradeResponse(presented, wrong).score).toBeLessThan(1);
    expect(gradeResponse(presented, wrong).correct).toBe(false);
  });
});
