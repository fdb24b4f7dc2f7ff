import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { loadContent } from "@/content/load";
import { generateQuestionBank } from "@/lib/domain/questions/generate";
import { drawQuiz, filterQuestions } from "@/lib/domain/quiz/draw-quiz";
import { drawQuizSet, type QuizSetDraw } from "./draw-quiz-set";

const bank = generateQuestionBank(loadContent());
const pfp: QuizSetDraw = {
  programmeIds: ["pfp"],
  kinds: [],
  sourceOnly: false,
  count: 10,
  pinnedIds: [],
  excludedIds: [],
};
const outside = bank.find((q) => !q.tags.programmeIds.includes("pfp") && q.tags.topic !== "pfp")!;

describe("drawQuizSet", () => {
  test("without pins or exclusions it is the ordinary seeded draw", () => {
    expect(drawQuizSet(bank, pfp, "s").ids).toEqual(drawQuiz(bank, pfp, 10, "s"));
  });

  test("pinned questions come first, in pinned order, and may be from outside the filters", () => {
    const base = drawQuizSet(bank, pfp, "s").ids;
    const pinned = [base[7]!, outside.id];
    const { ids } = drawQuizSet(bank, { ...pfp, pinnedIds: pinned }, "s");
    expect(ids.slice(0, 2)).toEqual(pinned);
    expect(ids).toHaveLength(10);
    expect(new Set(ids).size).toBe(10);
    // Pinning a drawn question only moves it; the rest keep their order, the last one drops.
    expect(ids.slice(2)).toEqual(base.filter((id) => id !== base[7]).slice(0, 8));
  });

  test("excluding a question replaces only that one", () => {
    const base = drawQuizSet(bank, pfp, "s").ids;
    const { ids } = drawQuizSet(bank, { ...pfp, excludedIds: [base[3]!] }, "s");
    expect(ids).toHaveLength(10);
    expect(ids).not.toContain(base[3]);
    expect(ids.slice(0, 9)).toEqual(base.filter((id) => id !== base[3]));
  });

  test("when the filters run short, the set is as large as they allow", () => {
    const narrow: QuizSetDraw = { ...pfp, kinds: ["ordering"], count: 50 };
    const matching = filterQuestions(bank, narrow).map((q) => q.id);
    const { ids, available } = drawQuizSet(bank, { ...narrow, excludedIds: [matching[0]!] }, "s");
    expect(available).toBe(matching.length - 1);
    expect(ids.sort()).toEqual(matching.slice(1).sort());
  });

  test("property: never an excluded question, pins first, no duplicates, at most count", () => {
    const ids = bank.map((q) => q.id);
    fc.assert(
      fc.property(
        fc.string(),
        fc.integer({ min: 5, max: 30 }),
        fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 5 }),
        fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 40 }),
        (seed, count, pins, excluded) => {
          const pinnedIds = pins.filter((id) => !excluded.includes(id));
          const drawn = drawQuizSet(
            bank,
            { ...pfp, count, pinnedIds, excludedIds: excluded },
            seed,
          ).ids;
          expect(drawn.length).toBeLessThanOrEqual(count);
          expect(new Set(drawn).size).toBe(drawn.length);
          expect(drawn.some((id) => excluded.includes(id))).toBe(false);
          expect(drawn.slice(0, pinnedIds.length)).toEqual(pinnedIds);
        },
      ),
      { numRuns: 100 },
    );
  });
});
