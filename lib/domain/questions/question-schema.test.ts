import { describe, expect, test } from "vitest";
import { loadContent } from "@/content/load";
import { generateQuestionBank } from "./generate";
import { QuestionSchema } from "./question-schema";
import type { Question } from "./types";

const bank = generateQuestionBank(loadContent());
const stored = (q: Question): unknown => JSON.parse(JSON.stringify(q));

describe("QuestionSchema (stored questions read back)", () => {
  test("every question of the bank reads back as it was written", () => {
    for (const q of bank) expect(QuestionSchema.parse(stored(q))).toEqual(q);
  });

  const sample = (kind: Question["kind"]) => stored(bank.find((q) => q.kind === kind)!);
  const without = (value: unknown, key: string) => {
    const copy = { ...(value as Record<string, unknown>) };
    delete copy[key];
    return copy;
  };

  test("a question stored before levels existed reads back as recall, scoped by its flag", () => {
    const background = bank.find((q) => q.scope === "background" && q.level !== "recall")!;
    const old = without(without(stored(background), "level"), "scope");
    expect(QuestionSchema.parse(old)).toEqual({ ...background, level: "recall" });
    const source = bank.find((q) => q.scope === "source")!;
    expect(QuestionSchema.parse(without(stored(source), "scope"))).toEqual(source);
  });

  test.each([
    ["an unknown level", { ...(sample("cloze") as object), level: "evaluate" }],
    ["an unknown scope", { ...(sample("cloze") as object), scope: "rumour" }],
    ["a choice question without its key", without(sample("single-choice"), "answer")],
    [
      "a true/false question whose key is a string",
      { ...(sample("true-false") as object), answer: "true" },
    ],
    ["a typed question with no accepted answer", { ...(sample("cloze") as object), answers: [] }],
    ["an unknown kind", { ...(sample("single-choice") as object), kind: "essay" }],
    ["a question without sources", without(sample("ordering"), "sources")],
    ["something that is not a question", "single-choice"],
  ])("%s is refused", (_label, value) => {
    expect(QuestionSchema.safeParse(value).success).toBe(false);
  });
});
