import { describe, expect, test } from "vitest";
import { loadContent } from "@/content/load";
import { generateQuestionBank } from "@/lib/domain/questions/generate";
import type { Question, Response } from "@/lib/domain/questions/types";
import { correctResponse } from "@/lib/domain/quiz/correct-response";
import { describeAnswer, otherAcceptedAnswers } from "./describe-answer";
import { isAnswered } from "./is-answered";
import { toggleOption } from "./toggle-option";

const bank = generateQuestionBank(loadContent());
const first = <K extends Question["kind"]>(kind: K) =>
  bank.find((q) => q.kind === kind) as Extract<Question, { kind: K }>;

describe("describeAnswer", () => {
  test.each(bank.map((q) => [q.id, q] as const))(
    "the key of %s reads without unknown options",
    (_id, question) => {
      const text = JSON.stringify(describeAnswer(question, correctResponse(question)));
      expect(text).not.toContain("no longer part of this question");
      expect(text).not.toContain("different type of question");
    },
  );

  test("choices become their texts; matching becomes left → right pairs; ordering a list", () => {
    const single = first("single-choice");
    expect(describeAnswer(single, { kind: "single-choice", optionId: single.answer })).toEqual({
      type: "text",
      text: single.options.find((o) => o.id === single.answer)!.text,
    });
    const matching = first("matching");
    const pairs = describeAnswer(matching, correctResponse(matching));
    expect(pairs.type).toBe("pairs");
    const ordering = first("ordering");
    expect(describeAnswer(ordering, correctResponse(ordering))).toMatchObject({ type: "ordered" });
  });

  test("an answer of another kind is not guessed at", () => {
    expect(describeAnswer(first("cloze"), { kind: "true-false", value: true })).toEqual({
      type: "text",
      text: "(an answer to a different type of question)",
    });
  });

  test("other accepted answers leave out the canonical one and case duplicates", () => {
    const short = first("short-answer");
    const others = otherAcceptedAnswers(short);
    expect(others).not.toContain(short.accepted[0]);
    expect(new Set(others.map((o) => o.toLowerCase())).size).toBe(others.length);
  });
});

describe("isAnswered", () => {
  test.each<[Response | null, boolean]>([
    [null, false],
    [{ kind: "cloze", text: "  " }, false],
    [{ kind: "cloze", text: "1994" }, true],
    [{ kind: "short-answer", text: "" }, false],
    [{ kind: "multiple-select", optionIds: [] }, false],
    [{ kind: "multiple-select", optionIds: ["a"] }, true],
    [{ kind: "matching", pairs: [] }, false],
    [{ kind: "true-false", value: false }, true],
    [{ kind: "ordering", itemIds: ["a", "b"] }, true],
  ])("%o -> %s", (response, expected) => {
    expect(isAnswered(response)).toBe(expected);
  });
});

describe("toggleOption", () => {
  const options = ["a", "b", "c"].map((id) => ({ id, text: id.toUpperCase() }));
  test.each([
    [[], "b", ["b"]],
    [["b"], "b", []],
    [["c"], "a", ["a", "c"]],
    [["c", "a"], "b", ["a", "b", "c"]],
  ])("toggle %o with %s -> %o (in option order)", (selected, id, expected) => {
    expect(toggleOption(options, selected, id)).toEqual(expected);
  });
});
