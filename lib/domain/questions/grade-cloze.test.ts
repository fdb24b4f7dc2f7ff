// A cloze response that goes on with the sentence ("operational partnerships" for "___
// partnerships help ...") is read without the sentence's own words: table tests on made-up
// clozes, the bank's clozes in a property, and the refusals that must stay refusals. Stryker over
// graders/grade-typed.ts leaves one mutant, equivalent: splitting on single spaces instead of
// runs of them (the empty words between are dropped either way).
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { loadContent } from "@/content/load";
import { generateQuestionBank } from "./generate";
import { gradeResponse } from "./grade";
import { clozeReadings } from "./graders/grade-typed";
import type { ClozeQuestion } from "./types";

function cloze(before: string, after: string, answers: string[], rejected: string[] = []) {
  return {
    id: "c",
    publicId: "q_c",
    kind: "cloze",
    prompt: "Fill in the blank.",
    before,
    after,
    answers,
    rejected,
    explanation: "e",
    sources: [],
    difficulty: 1,
    level: "recall",
    scope: "source",
    beyondSource: false,
    factIds: ["f"],
    tags: { programmeIds: ["p"], topic: "p", kind: "cloze", template: "cloze.t" },
  } satisfies ClozeQuestion;
}

const grade = (q: ClozeQuestion, text: string) => gradeResponse(q, { kind: "cloze", text }).correct;

const OPS = cloze("According to the article,", "partnerships help ensure a response.", [
  "operational",
]);
const PFP = cloze("The PfP focuses on increasing", ", diminishing threats to peace.", [
  "stability",
]);
const MD = cloze("The Mediterranean Dialogue has", "participating countries.", ["seven", "7"]);
const THE = cloze("It meets", "the Council of the Alliance.", ["twice"]);
const MULTI = cloze(
  "In its dialogues, the",
  "format allows broader participation.",
  ["multilateral"],
  ["bilateral"],
);

describe("a cloze answered with the sentence's own words around it", () => {
  test.each<[string, ClozeQuestion, string]>([
    ["the word after the blank", OPS, "operational partnerships"],
    ["two words after it, in capitals", OPS, "Operational Partnerships help"],
    ["three words after it", OPS, "operational partnerships help ensure"],
    ["a slip in the answer beside them", OPS, "operatonal partnerships"],
    ["a slip in the sentence's word", OPS, "operational partnership"],
    ["the word before the blank", PFP, "increasing stability"],
    ["words on both sides, punctuation between", PFP, "increasing stability, diminishing"],
    ["a number in words or digits", MD, "7 participating countries"],
    ["an article that opens the rest of the sentence", THE, "twice the"],
    ["the words before, the answer, the article after", THE, "meets twice the council"],
  ])("is right: %s", (_name, q, text) => {
    expect(grade(q, text)).toBe(true);
  });

  test.each<[string, ClozeQuestion, string]>([
    ["the sentence's words alone", OPS, "partnerships"],
    ["a wrong word with them", OPS, "strategic partnerships"],
    ["a word that is not the sentence's next", OPS, "operational forces"],
    ["the sentence's word changed beyond a slip", OPS, "operational partners"],
    ["more of the sentence than three words", OPS, "operational partnerships help ensure a"],
    ["the next words out of order", OPS, "operational help partnerships"],
    ["words of the sentence further off", PFP, "the pfp stability"],
    ["more of the sentence than three words before", PFP, "pfp focuses on increasing stability"],
    ["the rejected opposite with the sentence's word", MULTI, "bilateral format"],
    ["the words before and nothing else", PFP, "increasing"],
  ])("stays wrong: %s", (_name, q, text) => {
    expect(grade(q, text)).toBe(false);
  });

  test("the review names what was matched, as for a plain answer", () => {
    expect(gradeResponse(OPS, { kind: "cloze", text: "operational partnerships" })).toEqual({
      score: 1,
      correct: true,
      detail: {
        kind: "typed",
        expected: "operational",
        matched: "operational",
        via: "exact",
        rejectedAs: null,
      },
    });
  });

  test("a wrong response keeps its own grade, not that of a trimmed reading", () => {
    const detail = gradeResponse(MULTI, { kind: "cloze", text: "bilateral format" }).detail;
    // Read alone, "bilateral" is the rejected opposite; the review shows the whole response.
    expect(detail).toMatchObject({ kind: "typed", matched: null, rejectedAs: null });
  });

  test("the readings: the response first, then each trim, nothing empty", () => {
    expect(
      clozeReadings("increasing", ", diminishing threats", "increasing stability, diminishing"),
    ).toEqual([
      "increasing stability, diminishing",
      "increasing stability",
      "stability diminishing",
      "stability",
    ]);
    expect(clozeReadings("x", "y", "x y")).toEqual(["x y", "x", "y"]);
    expect(clozeReadings("x", "y", "")).toEqual([""]);
    // A hyphenated word of the sentence is one word, however many tokens it reads as.
    expect(
      clozeReadings("A", "and military-to-military contacts", "b and military-to-military"),
    ).toEqual(["b and military-to-military", "b"]);
  });
});

describe("the bank's clozes", () => {
  const clozes = generateQuestionBank(loadContent()).filter(
    (q): q is ClozeQuestion => q.kind === "cloze",
  );
  const words = (text: string) => text.split(/\s+/).filter(Boolean);

  test("every accepted answer is right with up to three of the sentence's words each side", () => {
    fc.assert(
      fc.property(fc.constantFrom(...clozes), fc.nat(3), fc.nat(3), fc.nat(5), (q, b, a, pick) => {
        const answer = q.answers[pick % q.answers.length]!;
        const lead = b ? words(q.before).slice(-b) : [];
        const tail = words(q.after).slice(0, a);
        const text = [...lead, answer, ...tail].join(" ");
        expect(grade(q, text), text).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test("the sentence's words around another clozes' answer stay wrong", () => {
    for (const q of clozes) {
      const wrong = clozes.find((o) => o.answers.every((w) => !grade(q, w)))!.answers[0]!;
      const text = [...words(q.before).slice(-2), wrong, ...words(q.after).slice(0, 2)].join(" ");
      expect(grade(q, text), `${q.id}: ${text}`).toBe(false);
    }
  });
});
