// A multiple-select naming an option the question does not have is refused with its reason
// (the message had no test; README "Mutation testing").
import { expect, test } from "vitest";
import { generateQuestionBank } from "@/lib/domain/questions/generate";
import { buildFixturePack } from "@/lib/domain/test-fixtures/fixture-pack";
import { checkResponseFits } from "./check-response-fits";

test("multiple-select: an unknown option is named as such; a known pick fits", () => {
  const question = generateQuestionBank(buildFixturePack()).find(
    (q) => q.kind === "multiple-select",
  )!;
  expect(question).toBeDefined();
  const known = question.kind === "multiple-select" ? question.options[0]!.id : "";
  expect(checkResponseFits(question, { kind: "multiple-select", optionIds: [known] })).toBeNull();
  expect(
    checkResponseFits(question, { kind: "multiple-select", optionIds: [known, "not-an-option"] }),
  ).toBe("That option is not part of this question.");
});
