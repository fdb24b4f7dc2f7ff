// wrongResponse is "certainly wrong yet well-formed": the first test only checked "wrong",
// and mutants that returned nothing, an empty pick or a blank text survived (README,
// "Mutation testing"). One question per kind from the fixture pack, built inside the test.
import { expect, test } from "vitest";
import { gradeResponse } from "@/lib/domain/questions/grade";
import { generateQuestionBank } from "@/lib/domain/questions/generate";
import { QUESTION_KINDS } from "@/lib/domain/questions/types";
import { buildFixturePack } from "@/lib/domain/test-fixtures/fixture-pack";
import { checkResponseFits } from "./check-response-fits";
import { wrongResponse } from "./correct-response";

test.each(QUESTION_KINDS)("%s: the wrong response fits the question and scores below 1", (kind) => {
  const question = generateQuestionBank(buildFixturePack()).find((q) => q.kind === kind);
  expect(question, `the fixture pack has a ${kind} question`).toBeDefined();
  const wrong = wrongResponse(question!);
  expect(wrong.kind).toBe(kind);
  expect(checkResponseFits(question!, wrong)).toBeNull();
  expect(gradeResponse(question!, wrong).score).toBeLessThan(1);
  if (wrong.kind === "multiple-select" && question!.kind === "multiple-select") {
    // Every option that is not an answer, and nothing else.
    expect(wrong.optionIds).toEqual(
      question!.options.filter((o) => !question!.answers.includes(o.id)).map((o) => o.id),
    );
    expect(wrong.optionIds.length).toBeGreaterThan(0);
  }
});
