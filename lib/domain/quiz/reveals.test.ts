// When one question gives another's answer away (reveals.ts), table by table; the draw's use of
// it is in draw-quiz.test.ts.
import { describe, expect, test } from "vitest";
import { singleChoice, trueFalse } from "@/lib/domain/test-fixtures/questions";
import type { ClozeQuestion, Question, WhichProgrammeQuestion } from "@/lib/domain/questions/types";
import { revealingPairs, reveals } from "./reveals";

function cloze(id: string, before: string, answers: string[], after: string): ClozeQuestion {
  const { kind: _, ...rest } = trueFalse(id, "recall", true);
  void _;
  return {
    ...rest,
    kind: "cloze",
    prompt: "Fill in the blank.",
    before,
    after,
    answers,
    rejected: [],
  } as ClozeQuestion;
}

const ITPP = "Individually Tailored Partnership Programmes (ITPPs)";
function whichProgramme(id: string, description: string): WhichProgrammeQuestion {
  const { kind: _, ...rest } = trueFalse(id, "recall", true);
  void _;
  return {
    ...rest,
    kind: "which-programme",
    prompt: "Which programme or format fits the description?",
    description,
    options: [
      { id: "itpp", text: ITPP },
      { id: "pfp", text: "Partnership for Peace (PfP)" },
    ],
    answer: "itpp",
  } as WhichProgrammeQuestion;
}

const blank = cloze("blank", "Crisis management, ", ["peacekeeping"], " and other contacts.");
const reach = whichProgramme(
  "reach",
  "Per the article, the way NATO engages partners from the Euro-Atlantic area to the " +
    "Middle East and beyond.",
);

describe("reveals", () => {
  test.each<[string, Question, Question, boolean]>([
    [
      "an option that is a blank's answer",
      singleChoice("s", "Crisis management", ["Peacekeeping", "Trade"]),
      blank,
      true,
    ],
    [
      "a statement without the answer",
      trueFalse("t", "recall", true),
      cloze("b2", "Contacts that are ", ["military-to-military"], "."),
      false,
    ],
    [
      "options without the answer",
      singleChoice("s", "Crisis management", ["Trade", "Budgets"]),
      blank,
      false,
    ],
    [
      "a word that only begins like the answer",
      singleChoice("s", "Peacekeepings galore", ["Trade"]),
      blank,
      false,
    ],
    [
      "the key's acronym beside four words of the description",
      singleChoice("s", "The article says ITPPs reach the Middle East and beyond. Why?", ["x"]),
      reach,
      true,
    ],
    [
      "the key's full name beside four words of the description",
      singleChoice("s", `${ITPP.replace(/ \(.*/, "")} reach the Middle East and beyond`, ["x"]),
      reach,
      true,
    ],
    [
      "the description's words without the key",
      singleChoice("s", "Dialogues reach the Middle East and beyond.", ["x"]),
      reach,
      false,
    ],
    [
      "the key without the description's words",
      singleChoice("s", "What are ITPPs?", ["x"]),
      reach,
      false,
    ],
    ["a question never gives itself away", blank, blank, false],
    ["a true/false is not given away here", blank, trueFalse("t", "recall", true), false],
  ])("%s", (_, shown, asked, expected) => {
    expect(reveals(shown, asked)).toBe(expected);
  });

  test("a statement holding the answer gives it away, its case and hyphens aside", () => {
    const statement = {
      ...trueFalse("t", "recall", true),
      statement: "PfP builds Military-to-Military contacts.",
    };
    expect(
      reveals(statement, cloze("b2", "Contacts that are ", ["military-to-military"], ".")),
    ).toBe(true);
  });
});

describe("revealingPairs", () => {
  test("links both ways, and only the questions that meet", () => {
    const option = singleChoice("s", "Crisis management", ["Peacekeeping", "Trade"]);
    const other = singleChoice("o", "Trade", ["Budgets"]);
    const pairs = revealingPairs([option, other, blank]);
    expect(pairs.get("s")).toEqual(new Set(["blank"]));
    expect(pairs.get("blank")).toEqual(new Set(["s"]));
    expect(pairs.has("o")).toBe(false);
  });
});
