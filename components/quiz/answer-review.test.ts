// The answer review as the results pages render it (on the server): whose answer it speaks of,
// and what it says of an instructor's own question (QA instructor walk, findings 6 and 8).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { loadContent } from "@/content/load";
import { buildCustomQuestion } from "@/lib/domain/interop/custom-question";
import { generateQuestionBank } from "@/lib/domain/questions/generate";
import { gradeResponse } from "@/lib/domain/questions/grade";
import type {
  MultipleSelectQuestion,
  Question,
  Response,
  SingleChoiceQuestion,
} from "@/lib/domain/questions/types";
import { maskQuestion } from "@/lib/domain/quiz/attempt-ids";
import { AnswerReview } from "./answer-review";
import { LEARNER_VIEWER, type ReviewViewer } from "./review-viewer";

const bank = generateQuestionBank(loadContent());
const INSTRUCTOR: ReviewViewer = { kind: "instructor", learnerName: "Walker Two" };

/** The review's text (tags and the screen-reader-only words kept, markup dropped). */
function review(question: Question, response: Response | null, viewer?: ReviewViewer): string {
  const grade = response ? gradeResponse(question, response) : null;
  const html = renderToStaticMarkup(
    createElement(AnswerReview, {
      question,
      response,
      score: grade?.score ?? null,
      correct: grade?.correct ?? false,
      detail: grade?.detail ?? null,
      position: 0,
      ...(viewer ? { viewer } : {}),
    }),
  );
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, " ");
}

/** A multiple select with three right options, two of them picked. */
const multiple = bank.find(
  (q): q is MultipleSelectQuestion => q.kind === "multiple-select" && q.answers.length === 3,
)!;
const twoOfThree: Response = { kind: "multiple-select", optionIds: multiple.answers.slice(0, 2) };

const custom = buildCustomQuestion(
  {
    name: null,
    kind: "single-choice",
    prompt: "In which year did the Partnership for Peace begin?",
    explanation: "In January 1994.",
    options: ["1991", "1994", "1999"],
    correct: 1,
  },
  "custom:wabc:1",
) as SingleChoiceQuestion;
const wrongPick: Response = { kind: "single-choice", optionId: custom.options[0]!.id };
const background = bank.find((q) => q.scope === "background")!;

describe("whose answer the review speaks of", () => {
  test("to the learner: their answer, what they picked", () => {
    const text = review(multiple, twoOfThree, LEARNER_VIEWER);
    expect(text).toContain("Your answer");
    expect(text).toContain("You picked 2 of 3 correct options.");
    // The default viewer is the learner.
    expect(review(multiple, twoOfThree)).toBe(text);
  });

  test("to the instructor: the learner's answer by name, what was picked", () => {
    const text = review(multiple, twoOfThree, INSTRUCTOR);
    expect(text).toContain("Walker Two's answer");
    expect(text).toContain("Picked 2 of 3 correct options.");
    expect(text).not.toMatch(/\bYour answer\b|\bYou picked\b/);
  });
});

describe("an instructor's question", () => {
  test("is marked as the instructor's, not as NATO background", () => {
    expect(custom.scope).toBe("background");
    const text = review(custom, wrongPick);
    expect(text).toContain("Written by your instructor");
    expect(text).not.toContain("NATO background");
  });

  test("keeps its mark once the attempt has masked its ids (the player's feedback)", () => {
    const masked = maskQuestion(custom, (label) => `m-${label}`);
    expect(masked.id).not.toBe(custom.id);
    const pick: Response = { kind: "single-choice", optionId: `m-choice:${custom.options[0]!.id}` };
    expect(review(masked, pick)).toContain("Written by your instructor");
  });

  test("is the instructor's own on their page of the learner's work", () => {
    const text = review(custom, wrongPick, INSTRUCTOR);
    expect(text).toContain("Your own question (written or imported)");
    expect(text).not.toContain("Written by your instructor");
    expect(text).not.toContain("NATO background");
  });

  test("a generated question beyond the source still says NATO background", () => {
    const text = review(background, null);
    expect(text).toContain("NATO background");
    expect(text).not.toContain("instructor");
  });
});

describe("the explanation and its sources", () => {
  const cited = bank.find((q) => q.sources.length > 0 && q.explanation.includes("(Source: "))!;

  test("names its source once: as the citation beneath it, not again as text", () => {
    const text = review(cited, null);
    expect(text).not.toContain("(Source: ");
    expect(text).toContain(cited.explanation.slice(0, 40).replace(/\s+/g, " "));
    expect(text).toContain(cited.sources[0]!.title);
  });

  test("an explanation with no source list keeps its note", () => {
    const bare = { ...cited, sources: [] };
    expect(review(bare, null)).toContain("(Source: ");
  });
});
