import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { loadContent } from "@/content/load";
import { generateQuestionBank } from "@/lib/domain/questions/generate";
import { QUESTION_KINDS, type QuestionKind } from "@/lib/domain/questions/types";
import { filterByLevel } from "@/lib/domain/questions/filter-by-level";
import { LEVELS, type QuestionLevel } from "@/lib/domain/questions/types";
import type { Question } from "@/lib/domain/questions/types";
import { DEFAULT_MAX_RECALL_SHARE, drawQuiz, filterQuestions, type QuizFilter } from "./draw-quiz";
import { revealingPairs, reveals } from "./reveals";

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

describe("levels", () => {
  const practice: QuizFilter = { ...all, maxRecallShare: DEFAULT_MAX_RECALL_SHARE };
  const recallIn = (ids: string[]) => ids.filter((id) => byId.get(id)!.level === "recall").length;

  test.each<[string, QuestionLevel[]]>([
    ["recall only", ["recall"]],
    ["apply and compare", ["apply", "compare"]],
    ["misconceptions", ["misconception"]],
  ])("filterByLevel keeps exactly the chosen levels: %s", (_name, levels) => {
    const kept = filterByLevel(bank, levels);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((q) => levels.includes(q.level))).toBe(true);
    expect(kept.length).toBe(bank.filter((q) => levels.includes(q.level)).length);
    expect(filterByLevel(bank, [])).toHaveLength(bank.length);
  });

  test("the level filter of a quiz draws only those levels", () => {
    const ids = drawQuiz(bank, { ...all, levels: ["understand", "apply"] }, 20, "lv");
    expect(ids).toHaveLength(20);
    for (const id of ids) expect(["understand", "apply"]).toContain(byId.get(id)!.level);
  });

  test("without the cap a quiz may draw mostly recall (the cap is what limits it)", () => {
    const recallShare = bank.filter((q) => q.level === "recall").length / bank.length;
    expect(recallShare).toBeGreaterThan(0.5);
    const counts = Array.from({ length: 20 }, (_, i) => recallIn(drawQuiz(bank, all, 10, `u${i}`)));
    expect(Math.max(...counts)).toBeGreaterThan(5);
  });

  test("property: a default practice quiz is at most half recall, every kind from 8", () => {
    const revealing = revealingPairs(bank);
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 50 }), (seed, count) => {
        const ids = drawQuiz(bank, practice, count, seed);
        expect(ids).toHaveLength(count);
        expect(recallIn(ids)).toBeLessThanOrEqual(Math.floor(count / 2));
        if (count < QUESTION_KINDS.length) return;
        // A kind may be missing only when each of its questions would give an answer away or
        // have its own given away by one asked, or is a recall question with the recall half
        // already full (about 4 quizzes in 8,600 of 8-11 questions, always matching): no answer
        // given away, and the cap, come before variety. (Seed "ref", 8 questions: the matching
        // questions above recall are each given away, the recall ones meet a full half.)
        const asked = new Set(ids.map((id) => byId.get(id)!.kind));
        const recallFull = recallIn(ids) >= Math.floor(count / 2);
        for (const kind of QUESTION_KINDS.filter((k) => !asked.has(k)))
          for (const q of bank.filter((b) => b.kind === kind))
            expect(
              ids.some((id) => revealing.get(q.id)?.has(id)) ||
                (q.level === "recall" && recallFull),
              `${kind}: ${q.id}`,
            ).toBe(true);
      }),
      { numRuns: 200, examples: [["ref", 8]] },
    );
  });

  test("a kind is left out rather than give an answer away", () => {
    // Among the first 200 seeds, some 8-question default quizzes have no matching question:
    // each one would meet a question asked (the test above checks that it does).
    const seeds = Array.from({ length: 200 }, (_, i) => `k${i}`);
    const without = seeds.filter(
      (seed) => !drawQuiz(bank, practice, 8, seed).some((id) => byId.get(id)!.kind === "matching"),
    );
    expect(without.length).toBeGreaterThan(0);
  });

  test("the cap gives way only when too few questions above recall match the filter", () => {
    const clozeOnly: QuizFilter = { ...practice, kinds: ["cloze"] };
    const matching = filterQuestions(bank, clozeOnly);
    expect(matching.every((q) => q.level === "recall")).toBe(true);
    expect(drawQuiz(bank, clozeOnly, 5, "cloze")).toHaveLength(5);
    const pfp: QuizFilter = { ...practice, programmeIds: ["pfp"] };
    const above = filterQuestions(bank, pfp).filter((q) => q.level !== "recall").length;
    const ids = drawQuiz(bank, pfp, 30, "pfp");
    expect(ids).toHaveLength(30);
    expect(recallIn(ids)).toBe(Math.max(15, 30 - above));
  });

  test("every level is in the bank", () => {
    for (const level of LEVELS)
      expect(
        bank.some((q) => q.level === level),
        level,
      ).toBe(true);
  });

  // The learner walk of 2026-12-03 met "crisis management, ___ and military-to-military
  // contacts" after a question whose options were those three areas, and the clue "from the
  // Euro-Atlantic area to the Middle East and beyond" after a stem that said ITPPs reach there.
  const sourceBank = bank.filter((q) => !q.beyondSource);
  test.each<[string, readonly Question[], number]>([
    ["a practice quiz of 10 from the source", sourceBank, 10],
    ["an exam of 15 from the source", sourceBank, 15],
    ["a quiz of 20 from the whole bank", bank, 20],
    ["a quiz of 30 from the source", sourceBank, 30],
  ])("%s asks no question that another gives away, over 150 seeds", (_, from, count) => {
    const filter: QuizFilter = { ...all, maxRecallShare: DEFAULT_MAX_RECALL_SHARE };
    const byIdHere = new Map(from.map((q) => [q.id, q]));
    const found: string[] = [];
    for (let seed = 0; seed < 150; seed++) {
      const quiz = drawQuiz(from, filter, count, `reveal-${seed}`).map((id) => byIdHere.get(id)!);
      for (const shown of quiz)
        for (const asked of quiz)
          if (reveals(shown, asked)) found.push(`${shown.id} -> ${asked.id}`);
    }
    expect(found).toEqual([]);
  });

  test("the bank has pairs to keep apart (the test above would otherwise prove nothing)", () => {
    const pairs = [...revealingPairs(sourceBank).values()].reduce((n, s) => n + s.size, 0);
    expect(pairs).toBeGreaterThan(50);
  });

  test.each([10, 15, 20])(
    "a quiz of %i takes true and false statements in turn: at most one apart",
    (count) => {
      const filter: QuizFilter = { ...all, maxRecallShare: DEFAULT_MAX_RECALL_SHARE };
      // The bank leans true (about 57%): drawn as it comes, many quizzes would lean so too.
      const trues = bank.filter((q) => q.kind === "true-false" && q.answer).length;
      expect(trues / bank.filter((q) => q.kind === "true-false").length).toBeGreaterThan(0.55);
      const off: string[] = [];
      for (let seed = 0; seed < 150; seed++) {
        const answers = drawQuiz(sourceBank, filter, count, `tf-${seed}`).flatMap((id) => {
          const q = byId.get(id)!;
          return q.kind === "true-false" ? [q.answer] : [];
        });
        const t = answers.filter(Boolean).length;
        if (Math.abs(2 * t - answers.length) > 1) off.push(`tf-${seed}: ${t} of ${answers.length}`);
      }
      expect(off).toEqual([]);
    },
  );

  test("a true/false-only quiz is half true, half false", () => {
    const filter: QuizFilter = { ...all, kinds: ["true-false"] };
    const answers = drawQuiz(bank, filter, 20, "tf-only").map(
      (id) => (byId.get(id) as { answer: boolean }).answer,
    );
    expect(answers.filter(Boolean)).toHaveLength(10);
  });

  // The learner walk of 2026-12-03: a 15-question exam after a 10-question practice quiz asked
  // 3 of its questions again, their answers just shown. A question answered before comes back
  // only for a kind whose fresh questions all clash with the quiz (the source has 3 matching
  // questions), or in the fill, before one that shares a fact.
  test("the next quiz repeats the last one's questions only where fresh ones do not fit", () => {
    const practice: QuizFilter = { ...all, sourceOnly: true, maxRecallShare: 0.5 };
    const exam: QuizFilter = { ...all, sourceOnly: true };
    let withHistory = 0;
    let without = 0;
    for (let i = 0; i < 100; i++) {
      const first = drawQuiz(sourceBank, practice, 10, `first-${i}`);
      const seen = new Map(first.map((id) => [id, 1_000]));
      withHistory += drawQuiz(sourceBank, exam, 15, `next-${i}`, { seen }).filter((id) =>
        seen.has(id),
      ).length;
      without += drawQuiz(sourceBank, exam, 15, `next-${i}`).filter((id) => seen.has(id)).length;
    }
    // 15 against 234 when written.
    expect(without).toBeGreaterThan(150);
    expect(withHistory * 10).toBeLessThan(without);
  });
});
