/**
 * Small made-up questions for the quality measures' tests: only what a measure reads varies, the
 * rest (public id, scope, sources, tags) is filled in alike.
 */
import type {
  Question,
  QuestionLevel,
  SingleChoiceQuestion,
  TrueFalseQuestion,
} from "@/lib/domain/questions/types";

function common(id: string, kind: Question["kind"], level: QuestionLevel) {
  return {
    id,
    publicId: `q_${id}`,
    level,
    scope: "source" as const,
    beyondSource: false,
    difficulty: 2 as const,
    factIds: ["f"],
    sources: [],
    explanation: "Why. (Source: a.)",
    tags: { programmeIds: ["t"], topic: "t", kind, template: `${kind}.t` },
  };
}

/** A single-choice question whose key is the first option ("o0"); "understand" by default. */
export function singleChoice(
  id: string,
  key: string,
  wrong: string[],
  level: QuestionLevel = "understand",
): SingleChoiceQuestion {
  return {
    ...common(id, "single-choice", level),
    kind: "single-choice",
    prompt: `Why ${id}?`,
    options: [key, ...wrong].map((text, i) => ({ id: `o${i}`, text })),
    answer: "o0",
  };
}

export function trueFalse(id: string, level: QuestionLevel, answer: boolean): TrueFalseQuestion {
  return {
    ...common(id, "true-false", level),
    kind: "true-false",
    prompt: "True or false?",
    statement: `Statement ${id}.`,
    answer,
  };
}
