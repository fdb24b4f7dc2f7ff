import { describe, expect, test } from "vitest";
import { loadContent } from "@/content/load";
import { buildCustomQuestion } from "@/lib/domain/interop/custom-question";
import { buildPackIndex } from "@/lib/domain/content/pack-index";
import { generateQuestionBank } from "./generate";
import type { Question } from "./types";
import {
  CUSTOM_TAG,
  INSTRUCTOR_QUESTIONS_LABEL,
  isInstructorQuestion,
  topicLabel,
} from "./instructor-question";

const pack = loadContent();
const bank = generateQuestionBank(pack);
const { programmeById } = buildPackIndex(pack);
const custom = buildCustomQuestion(
  {
    name: null,
    kind: "true-false",
    prompt: "True or false?",
    explanation: "",
    statement: "S.",
    answer: true,
  },
  "custom:wabc:1",
);

describe("isInstructorQuestion", () => {
  test("an instructor's question is one, whatever its id", () => {
    expect(isInstructorQuestion(custom)).toBe(true);
    const masked: Question = { ...custom, id: "masked-id", publicId: "masked-id" };
    expect(isInstructorQuestion(masked)).toBe(true);
  });

  test("no generated question is one", () => {
    expect(bank.filter(isInstructorQuestion)).toEqual([]);
  });
});

describe("topicLabel", () => {
  const pfp = pack.programmes[0]!;
  test.each([
    [pfp.id, pfp.name],
    // QA walk, finding 6: the learner's "By programme" showed a row named "custom".
    [CUSTOM_TAG, INSTRUCTOR_QUESTIONS_LABEL],
    [custom.tags.topic, "Your instructor's questions"],
    // A programme since removed from the content: its id is all there is.
    ["gone-programme", "gone-programme"],
  ])("%s -> %s", (id, label) => {
    expect(topicLabel(id, programmeById)).toBe(label);
  });

  test("no programme of the content is named like the instructor's topic", () => {
    expect(programmeById.has(CUSTOM_TAG)).toBe(false);
  });
});
