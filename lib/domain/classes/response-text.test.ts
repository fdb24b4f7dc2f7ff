import { describe, expect, test } from "vitest";
import { loadContent } from "@/content/load";
import { presentQuestion } from "@/lib/domain/questions/present";
import { generateQuestionBank } from "@/lib/domain/questions/generate";
import type { Question, QuestionOfKind, Response } from "@/lib/domain/questions/types";
import { correctResponse } from "@/lib/domain/quiz/correct-response";
import { NO_ANSWER, describeQuestionText, describeResponseText } from "./response-text";

const bank = generateQuestionBank(loadContent());
const first = <K extends Question["kind"]>(kind: K) =>
  bank.find((q) => q.kind === kind) as QuestionOfKind<K>;

describe("describeResponseText", () => {
  test("a choice reads as the option's text", () => {
    const q = first("single-choice");
    const option = q.options[1]!;
    expect(describeResponseText(q, { kind: "single-choice", optionId: option.id })).toBe(
      option.text,
    );
  });

  test("multiple-select picks read the same whatever the learner's option order", () => {
    const q = first("multiple-select");
    const picked = q.options.slice(0, 2).map((o) => o.id);
    const a = describeResponseText(presentQuestion(q, "learner-a"), {
      kind: "multiple-select",
      optionIds: picked,
    });
    const b = describeResponseText(presentQuestion(q, "learner-b"), {
      kind: "multiple-select",
      optionIds: [...picked].reverse(),
    });
    expect(a).toBe(b);
    expect(a).toBe(
      q.options
        .slice(0, 2)
        .map((o) => o.text)
        .sort((x, y) => x.localeCompare(y))
        .join("; "),
    );
  });

  test("matching pairs read the same whatever the order they were made in", () => {
    const q = first("matching");
    const response = correctResponse(q) as Extract<Response, { kind: "matching" }>;
    const reversed = { ...response, pairs: [...response.pairs].reverse() };
    expect(describeResponseText(q, response)).toBe(
      describeResponseText(presentQuestion(q, "x"), reversed),
    );
    expect(describeResponseText(q, response)).toContain(" → ");
  });

  test("an ordering keeps the learner's order", () => {
    const q = first("ordering");
    const itemIds = [...q.answer].reverse();
    expect(describeResponseText(q, { kind: "ordering", itemIds })).toBe(
      itemIds.map((id) => q.items.find((i) => i.id === id)!.text).join(" → "),
    );
  });

  test.each([
    ["no response at all", null, NO_ANSWER],
    ["a blank typed answer", { kind: "cloze", text: "   " }, NO_ANSWER],
    [
      "a typed answer, spaces tidied",
      { kind: "cloze", text: "  north   atlantic " },
      "north atlantic",
    ],
    [
      "an answer to another kind",
      { kind: "true-false", value: true },
      "(an answer to a different type of question)",
    ],
  ] as [string, Response | null, string][])("%s", (_label, response, expected) => {
    expect(describeResponseText(first("cloze"), response)).toBe(expected);
  });

  test("true/false", () => {
    expect(describeResponseText(first("true-false"), { kind: "true-false", value: false })).toBe(
      "False",
    );
  });

  test("an option id no longer in the question is flagged, not guessed", () => {
    expect(
      describeResponseText(first("single-choice"), { kind: "single-choice", optionId: "gone" }),
    ).toBe("(unknown option)");
  });
});

describe("describeQuestionText", () => {
  test("shows what was asked: the statement, the gapped sentence, the description", () => {
    const tf = first("true-false");
    expect(describeQuestionText(tf)).toContain(tf.statement);
    const cloze = first("cloze");
    expect(describeQuestionText(cloze)).toContain(`${cloze.before}___${cloze.after}`);
    const which = first("which-programme");
    expect(describeQuestionText(which)).toContain(which.description);
    expect(describeQuestionText(first("single-choice"))).toBe(first("single-choice").prompt);
  });

  test("names one question of the bank each: matching and ordering list their items", () => {
    const ordering = first("ordering");
    for (const item of ordering.items) expect(describeQuestionText(ordering)).toContain(item.text);
    const texts = bank.map(describeQuestionText);
    expect(new Set(texts).size).toBe(texts.length);
  });
});
