import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { loadContent } from "@/content/load";
import { generateQuestionBank } from "@/lib/domain/questions/generate";
import { QUESTION_KINDS, type QuestionKind } from "@/lib/domain/questions/types";
import { drawQuiz, filterQuestions, type QuizFilter } from "./draw-quiz";

const pack = loadContent();
const bank = generateQuestionBank(pack);
const byId = new Map(bank.map((q) => [q.id, q]));
const all: QuizFilter = { programmeIds: [], kinds: [], sourceOnly: false };
const programmeIds = pack.programmes.map((p) => p.id);

describe("drawQuiz", () => {
  test.each([5, 10, 25, 50])("draws %i distinct questions from the whole bank", (count) => {
    const ids = drawQuiz(bank, all, count, "seed");
    expect(ids).toHaveLength(count);
    expect(new Set(ids).size).toBe(count);
  });

  test("the same seed gives the same quiz; another seed a different one", () => {
    expect(drawQuiz(bank, all, 10, "alpha")).toEqual(drawQuiz(bank, all, 10, "alpha"));
    expect(drawQuiz(bank, all, 10, "alpha")).not.toEqual(drawQuiz(bank, all, 10, "beta"));
  });

  test("property: a quiz of at least 8 questions has every kind", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.integer({ min: QUESTION_KINDS.length, max: 50 }),
        (seed, count) => {
          const kinds = new Set(drawQuiz(bank, all, count, seed).map((id) => byId.get(id)!.kind));
          expect(kinds.size).toBe(QUESTION_KINDS.length);
        },
      ),
      { numRuns: 200 },
    );
  });

  test("it avoids two questions on one fact while other facts remain", () => {
    const filter: QuizFilter = {
      programmeIds: ["pfp"],
      kinds: ["cloze", "true-false", "single-choice"],
      sourceOnly: false,
    };
    const ids = drawQuiz(bank, filter, 10, "facts");
    expect(ids).toHaveLength(10);
    const facts = ids.flatMap((id) => byId.get(id)!.factIds);
    expect(new Set(facts).size).toBe(facts.length);
  });

  test.each<[string, QuizFilter]>([
    ["one programme", { ...all, programmeIds: ["pfp"] }],
    ["two kinds", { ...all, kinds: ["cloze", "true-false"] }],
    ["source only", { ...all, sourceOnly: true }],
    ["source-only ordering", { programmeIds: [], kinds: ["ordering"], sourceOnly: true }],
  ])("respects the filter: %s", (_label, filter) => {
    const ids = drawQuiz(bank, filter, 50, "filter");
    const expected = filterQuestions(bank, filter);
    expect(ids.length).toBe(Math.min(50, expected.length));
    for (const id of ids) {
      const q = byId.get(id)!;
      if (filter.kinds.length) expect(filter.kinds).toContain(q.kind);
      if (filter.sourceOnly) expect(q.beyondSource).toBe(false);
      if (filter.programmeIds.length)
        expect(
          q.tags.programmeIds.some((p) => filter.programmeIds.includes(p)) ||
            filter.programmeIds.includes(q.tags.topic),
        ).toBe(true);
    }
  });

  test("property: any filter/count/seed: distinct matching ids, at most count, repeatable", () => {
    fc.assert(
      fc.property(
        fc.subarray(programmeIds),
        fc.subarray([...QUESTION_KINDS] as QuestionKind[]),
        fc.boolean(),
        fc.integer({ min: 1, max: 60 }),
        fc.string(),
        (programmes, kinds, sourceOnly, count, seed) => {
          const filter = { programmeIds: programmes, kinds, sourceOnly };
          const ids = drawQuiz(bank, filter, count, seed);
          const matching = new Set(filterQuestions(bank, filter).map((q) => q.id));
          expect(ids.length).toBe(Math.min(count, matching.size));
          expect(new Set(ids).size).toBe(ids.length);
          for (const id of ids) expect(matching.has(id)).toBe(true);
          expect(drawQuiz(bank, filter, count, seed)).toEqual(ids);
        },
      ),
      { numRuns: 200 },
    );
  });
});
