import { describe, expect, test } from "vitest";
import { loadContent } from "@/content/load";
import { generateQuestionBank } from "@/lib/domain/questions/generate";
import type { Question, Response } from "@/lib/domain/questions/types";
import { checkResponseFits } from "./check-response-fits";

const bank = generateQuestionBank(loadContent());
const first = <K extends Question["kind"]>(kind: K) =>
  bank.find((q) => q.kind === kind) as Extract<Question, { kind: K }>;

describe("checkResponseFits", () => {
  const single = first("single-choice");
  const multi = first("multiple-select");
  const ordering = first("ordering");
  const matching = first("matching");

  test.each<[string, Question, Response, string | null]>([
    [
      "right kind and option",
      single,
      { kind: "single-choice", optionId: single.options[0]!.id },
      null,
    ],
    [
      "kind mismatch",
      single,
      { kind: "true-false", value: true },
      "That answer does not fit this type of question.",
    ],
    [
      "unknown option",
      single,
      { kind: "single-choice", optionId: "not-an-option" },
      "That option is not part of this question.",
    ],
    [
      "repeated option",
      multi,
      { kind: "multiple-select", optionIds: [multi.options[0]!.id, multi.options[0]!.id] },
      "An option was chosen twice.",
    ],
    ["empty selection is an answer", multi, { kind: "multiple-select", optionIds: [] }, null],
    [
      "ordering missing an item",
      ordering,
      { kind: "ordering", itemIds: ordering.items.slice(1).map((i) => i.id) },
      "An ordering must list every item exactly once.",
    ],
    [
      "ordering repeating an item",
      ordering,
      { kind: "ordering", itemIds: ordering.items.map(() => ordering.items[0]!.id) },
      "An ordering must list every item exactly once.",
    ],
    [
      "matching with a foreign item",
      matching,
      { kind: "matching", pairs: [{ leftId: "x", rightId: matching.right[0]!.id }] },
      "That pairing uses items that are not part of this question.",
    ],
    [
      "matching a left item twice",
      matching,
      {
        kind: "matching",
        pairs: [
          { leftId: matching.left[0]!.id, rightId: matching.right[0]!.id },
          { leftId: matching.left[0]!.id, rightId: matching.right[1]!.id },
        ],
      },
      "An item was matched twice.",
    ],
    [
      "partial matching is an answer",
      matching,
      {
        kind: "matching",
        pairs: [{ leftId: matching.left[0]!.id, rightId: matching.right[0]!.id }],
      },
      null,
    ],
  ])("%s", (_label, question, response, expected) => {
    expect(checkResponseFits(question, response)).toBe(expected);
  });
});
