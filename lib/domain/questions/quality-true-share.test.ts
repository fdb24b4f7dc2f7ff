/**
 * Measure 3b, the share of true statements within each level of thinking: a quiz of one level
 * must not be answerable by "false" (or "true") throughout. Each rule was seen failing with it
 * broken (the bounds, levels below the minimum count let in, another kind counted).
 */
import { describe, expect, test } from "vitest";
import { measureTrueShareByLevel } from "./quality";
import type { Question, QuestionLevel } from "./types";
import { trueFalse as tf } from "@/lib/domain/test-fixtures/questions";

const many = (level: QuestionLevel, trues: number, falses: number) => [
  ...Array.from({ length: trues }, (_, i) => tf(`${level}-t${i}`, level, true)),
  ...Array.from({ length: falses }, (_, i) => tf(`${level}-f${i}`, level, false)),
];

describe("measureTrueShareByLevel", () => {
  test("every misconception false is off target, naming the level", () => {
    expect(
      measureTrueShareByLevel([...many("misconception", 0, 12), ...many("recall", 3, 3)]),
    ).toEqual({
      id: "true-share-by-level",
      label: "share of true statements within each level of thinking",
      target: "25.0%-75.0% (levels with 4 or more)",
      value: "recall 50.0%, misconception 0.0%",
      ok: false,
      offenders: ["misconception: 0 of 12 true"],
    });
  });

  test.each<[string, number, number, boolean]>([
    ["a quarter true is on target", 1, 3, true],
    ["three quarters true is on target", 3, 1, true],
    ["one in five true is off target", 1, 4, false],
    ["four in five true is off target", 4, 1, false],
  ])("%s", (_name, trues, falses, ok) => {
    expect(measureTrueShareByLevel(many("understand", trues, falses)).ok).toBe(ok);
  });

  test("a level with fewer than four true/false questions is left out", () => {
    const m = measureTrueShareByLevel([...many("apply", 0, 3), ...many("compare", 2, 2)]);
    expect(m).toEqual(expect.objectContaining({ value: "compare 50.0%", ok: true }));
  });

  test("only true/false questions count", () => {
    const single = {
      ...tf("s", "understand", true),
      kind: "single-choice",
      options: [],
      answer: "o0",
    } as unknown as Question;
    const bank = [...many("understand", 1, 3), single, single, single];
    expect(measureTrueShareByLevel(bank).value).toBe("understand 25.0%");
  });
});
