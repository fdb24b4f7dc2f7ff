import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { Difficulty } from "@/lib/domain/questions/types";
import {
  describeDifficulty,
  effectiveDifficulty,
  estimatedFacility,
  facilityIncrements,
  firstAnswers,
  harderPool,
  MIN_LEARNERS,
  PRIOR_FACILITY,
  type FacilityCount,
} from "./facility";

const a = (questionId: string, score: number) => ({ questionId, score });

describe("firstAnswers: the first counted answer per learner and question", () => {
  test.each([
    ["each new question's first answer", [a("q1", 1), a("q2", 0)], [], [a("q1", 1), a("q2", 0)]],
    ["a second answer in the same batch is not first", [a("q1", 0), a("q1", 1)], [], [a("q1", 0)]],
    ["a question answered before has no first answer now", [a("q1", 1)], ["q1"], []],
    ["only the new ones", [a("q1", 1), a("q2", 1)], ["q1"], [a("q2", 1)]],
    ["nothing counted, nothing first", [], ["q1"], []],
  ])("%s", (_, answers, before, expected) => {
    expect(firstAnswers(answers, new Set(before))).toEqual(expected);
  });

  test("counting a learner's answers in any batches gives one first answer per question", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            questionId: fc.constantFrom("a", "b", "c", "d"),
            score: fc.double({ min: 0, max: 1, noNaN: true }),
          }),
        ),
        fc.integer({ min: 0, max: 20 }),
        (answers, cut) => {
          const at = Math.min(cut, answers.length);
          const first = firstAnswers(answers.slice(0, at), new Set());
          const answered = new Set(answers.slice(0, at).map((x) => x.questionId));
          const second = firstAnswers(answers.slice(at), answered);
          const all = firstAnswers(answers, new Set());
          // Split or not, the same answers are first: each question's earliest.
          expect([...first, ...second]).toEqual(all);
          expect(new Set(all.map((x) => x.questionId)).size).toBe(all.length);
        },
      ),
    );
  });
});

describe("facilityIncrements", () => {
  test.each([
    ["a right first answer", [a("q", 1)], { q: { learners: 1, firstRight: 1 } }],
    ["a wrong one", [a("q", 0)], { q: { learners: 1, firstRight: 0 } }],
    ["partial credit is not right", [a("q", 0.67)], { q: { learners: 1, firstRight: 0 } }],
    [
      "a sum of partial credits that makes 1 is right",
      [a("q", 0.1 + 0.2 + 0.7)],
      { q: { learners: 1, firstRight: 1 } },
    ],
  ])("%s", (_, firsts, expected) => {
    expect(Object.fromEntries(facilityIncrements(firsts))).toEqual(expected);
  });
});

describe("effectiveDifficulty", () => {
  const count = (learners: number, firstRight: number): FacilityCount => ({ learners, firstRight });
  test.each<[string, Difficulty, FacilityCount | undefined, string, Difficulty]>([
    ["no data: authored", 3, undefined, "authored", 3],
    ["19 learners: still authored", 1, count(MIN_LEARNERS - 1, 0), "authored", 1],
    ["20 learners, 35% right: hard, though authored easy", 1, count(20, 7), "facility", 3],
    ["48 learners, 50%: medium", 3, count(48, 24), "facility", 2],
    ["20 learners, 70%: easy, though authored hard", 3, count(20, 14), "facility", 1],
    ["20 learners, 40%: medium (the band's lower edge)", 3, count(20, 8), "facility", 2],
  ])("%s", (_, authored, c, source, difficulty) => {
    const e = effectiveDifficulty(authored, c);
    expect(e.source).toBe(source);
    expect(e.difficulty).toBe(difficulty);
  });

  test.each([
    [effectiveDifficulty(1, { learners: 48, firstRight: 17 }), "hard · facility 35% (48 learners)"],
    [effectiveDifficulty(3, undefined), "authored: hard"],
    [
      effectiveDifficulty(2, { learners: 12, firstRight: 3 }),
      "authored: medium (12 of 20 learners so far)",
    ],
  ])("described as %#", (e, text) => {
    expect(describeDifficulty(e)).toBe(text);
  });
});

describe("harderPool", () => {
  const q = (id: string, difficulty: Difficulty) => ({ id, difficulty });

  test("measured facility replaces authored difficulty from 20 learners on", () => {
    const bank = [
      q("easy-but-missed", 1),
      q("hard-but-known", 3),
      q("m1", 2),
      q("m2", 2),
      q("m3", 2),
      q("m4", 2),
    ];
    const counts = new Map([
      ["easy-but-missed", { learners: 25, firstRight: 5 }],
      ["hard-but-known", { learners: 25, firstRight: 24 }],
    ]);
    expect(harderPool(bank, counts, 1).map((x) => x.id)).toEqual(["easy-but-missed", "m1"]);
    // With 19 learners the authored difficulty stands: the hard one comes first.
    const few = new Map([
      ["easy-but-missed", { learners: 19, firstRight: 0 }],
      ["hard-but-known", { learners: 19, firstRight: 19 }],
    ]);
    expect(harderPool(bank, few, 1).map((x) => x.id)).toEqual(["hard-but-known", "m1"]);
  });

  const arbitraryBank = fc
    .uniqueArray(
      fc.record({
        id: fc.string({ minLength: 1, maxLength: 4 }),
        difficulty: fc.constantFrom<Difficulty>(1, 2, 3),
        learners: fc.integer({ min: 0, max: 60 }),
        right: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      { selector: (x) => x.id, maxLength: 40 },
    )
    .map((rows) => ({
      bank: rows.map((r) => q(r.id, r.difficulty)),
      counts: new Map(
        rows.map((r) => [
          r.id,
          { learners: r.learners, firstRight: Math.floor(r.learners * r.right) },
        ]),
      ),
    }));

  test("the pool holds at least `count` (if there are), none easier than one it leaves out", () => {
    fc.assert(
      fc.property(arbitraryBank, fc.integer({ min: 1, max: 50 }), ({ bank, counts }, count) => {
        const pool = harderPool(bank, counts, count);
        expect(pool.length).toBe(
          Math.min(bank.length, Math.max(count, Math.ceil(bank.length / 3))),
        );
        const inPool = new Set(pool.map((x) => x.id));
        const f = (x: { id: string; difficulty: Difficulty }) =>
          estimatedFacility(x.difficulty, counts.get(x.id));
        const hardestLeft = Math.min(...bank.filter((x) => !inPool.has(x.id)).map(f));
        for (const x of pool) expect(f(x)).toBeLessThanOrEqual(hardestLeft);
      }),
    );
  });

  test("the pool does not depend on the bank's order", () => {
    fc.assert(
      fc.property(arbitraryBank, fc.integer({ min: 1, max: 50 }), ({ bank, counts }, count) => {
        const ids = (b: typeof bank) => harderPool(b, counts, count).map((x) => x.id);
        expect(ids([...bank].reverse())).toEqual(ids(bank));
      }),
    );
  });

  test("a question without data ranks by its authored difficulty's prior", () => {
    expect(estimatedFacility(3, undefined)).toBe(PRIOR_FACILITY[3]);
    expect(PRIOR_FACILITY[3]).toBeLessThan(PRIOR_FACILITY[2]);
    expect(PRIOR_FACILITY[2]).toBeLessThan(PRIOR_FACILITY[1]);
  });
});
