// Bank count edges: exact rows for a handful of hand-built questions and cards, a question or
// card whose programme is not listed (it counts in the total only), a question with no
// programme, and no flashcards at all. Each test was seen failing with its Stryker mutant
// applied by hand.
import { expect, test } from "vitest";
import type { Flashcard } from "@/lib/domain/flashcards/types";
import { countBankByProgramme } from "./count-bank";
import type { Question } from "./types";

function question(kind: "true-false" | "cloze", programmeIds: string[]): Question {
  const base = {
    id: `${kind}:${programmeIds.join("+")}`,
    publicId: "q_1",
    prompt: "p",
    explanation: "e",
    sources: [],
    difficulty: 1 as const,
    level: "recall" as const,
    scope: "source" as const,
    beyondSource: false,
    factIds: ["f"],
    tags: { programmeIds, topic: programmeIds[0] ?? "", kind, template: `${kind}.t` },
  };
  return kind === "true-false"
    ? { ...base, kind, statement: "s", answer: true }
    : { ...base, kind, before: "b", after: "a", answers: ["x"], rejected: [] };
}

function card(deckId: string, n: number): Flashcard {
  return {
    id: `acronym:${deckId}:${n}`,
    deckId,
    kind: "acronym",
    front: "AP",
    back: "Alpha Programme",
    siblingKey: `${deckId}:${n}`,
    sources: [],
    scope: "source",
    beyondSource: false,
    factIds: ["f"],
  };
}

const kinds = (counts: Partial<Record<Question["kind"], number>>) => ({
  "single-choice": 0,
  "multiple-select": 0,
  "true-false": 0,
  cloze: 0,
  matching: 0,
  ordering: 0,
  "short-answer": 0,
  "which-programme": 0,
  ...counts,
});

// Lines 30 (the total row's name), 36-37 (a question of an unlisted programme, or of none,
// counts in the total only) and 44 (each card counts in its own deck's row, if listed).
test("questions and cards count in their programme's row and always in the total", () => {
  const questions = [
    question("true-false", ["alpha", "beta"]),
    question("cloze", ["alpha"]),
    question("cloze", ["beta"]),
    question("true-false", ["omega"]),
    question("cloze", []),
  ];
  const cards = [card("alpha", 1), card("alpha", 2), card("beta", 1), card("omega", 1)];
  expect(countBankByProgramme(["alpha", "beta"], questions, cards)).toEqual({
    rows: [
      {
        programmeId: "alpha",
        byKind: kinds({ "true-false": 1, cloze: 1 }),
        questions: 2,
        flashcards: 2,
      },
      { programmeId: "beta", byKind: kinds({ cloze: 1 }), questions: 1, flashcards: 1 },
    ],
    total: {
      programmeId: "total",
      byKind: kinds({ "true-false": 2, cloze: 3 }),
      questions: 5,
      flashcards: 4,
    },
  });
});

// Line 21 (no flashcards given means none counted).
test("without flashcards every flashcard count is zero", () => {
  const { rows, total } = countBankByProgramme(["alpha"], [question("cloze", ["alpha"])]);
  expect(rows.map((r) => r.flashcards)).toEqual([0]);
  expect(total.flashcards).toBe(0);
  expect(total.questions).toBe(1);
});
