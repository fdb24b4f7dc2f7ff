import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  computeItemAnalysis,
  DISCRIMINATION_GUIDE,
  judgeDiscrimination,
  MIN_LEARNERS_FOR_DISCRIMINATION,
  mostCommonWrongAnswers,
  pearson,
  type LearnerItemScores,
} from "./item-analysis";

const learner = (learnerId: string, scores: Record<string, number>): LearnerItemScores => ({
  learnerId,
  scores: new Map(Object.entries(scores)),
});

/*
 * Hand-computed fixture: 4 learners x 3 items, right (1) or wrong (0).
 *
 *            q1 q2 q3 | total
 *   ann       1  1  1 |  3
 *   ben       1  1  0 |  2
 *   cat       1  0  0 |  1
 *   dan       0  0  0 |  0
 *
 * Facility = mean: q1 3/4 = 0.75, q2 2/4 = 0.5, q3 1/4 = 0.25.
 * Discrimination = r(item, rest) with rest = total - item (the service uses the mean of the
 * other two, i.e. rest / 2: a constant factor, which leaves r unchanged).
 *   q1: x = 1,1,1,0 (mean .75); rest = 2,1,0,0 (mean .75)
 *       dx = .25,.25,.25,-.75; dy = 1.25,.25,-.75,-.75
 *       Sxy = .3125+.0625-.1875+.5625 = .75; Sxx = 3(.0625)+.5625 = .75;
 *       Syy = 1.5625+.0625+.5625+.5625 = 2.75; r = .75/sqrt(.75*2.75) = 0.522233
 *   q2: x = 1,1,0,0 (mean .5); rest = 2,1,1,0 (mean 1)
 *       dx = .5,.5,-.5,-.5; dy = 1,0,0,-1; Sxy = .5+.5 = 1; Sxx = 1; Syy = 2;
 *       r = 1/sqrt(2) = 0.707107
 *   q3: x = 1,0,0,0 (mean .25); rest = 2,2,1,0 (mean 1.25)
 *       dx = .75,-.25,-.25,-.25; dy = .75,.75,-.25,-1.25
 *       Sxy = .5625-.1875+.0625+.3125 = .75; Sxx = .5625+3(.0625) = .75;
 *       Syy = .5625+.5625+.0625+1.5625 = 2.75
 *       r = 0.522233
 */
const fixture = [
  learner("ann", { q1: 1, q2: 1, q3: 1 }),
  learner("ben", { q1: 1, q2: 1, q3: 0 }),
  learner("cat", { q1: 1, q2: 0, q3: 0 }),
  learner("dan", { q1: 0, q2: 0, q3: 0 }),
];

describe("computeItemAnalysis on the hand-computed fixture", () => {
  const stats = computeItemAnalysis(fixture);

  test.each([
    ["q1", 4, 3, 0.75, 0.522233],
    ["q2", 4, 2, 0.5, 0.707107],
    ["q3", 4, 1, 0.25, 0.522233],
  ])(
    "%s: count %i, fully correct %i, facility %f, discrimination %f",
    (questionId, count, correctCount, facility, discrimination) => {
      const row = stats.find((s) => s.questionId === questionId)!;
      expect(row).toMatchObject({ count, correctCount });
      expect(row.facility).toBeCloseTo(facility, 10);
      expect(row.discrimination).toBeCloseTo(discrimination, 6);
    },
  );

  test("questions come in order of first appearance", () => {
    expect(stats.map((s) => s.questionId)).toEqual(["q1", "q2", "q3"]);
  });
});

describe("partial credit and undefined discrimination", () => {
  /*
   * Partial credit: q1 = .5, 1, 0 ; q2 = 1, 1, 0 (3 learners, 2 items, rest = the other item).
   *   q1 facility = 1.5/3 = .5; fully correct = 1.
   *   q1 vs rest (= q2): x = .5,1,0 (mean .5), y = 1,1,0 (mean 2/3)
   *     dx = 0,.5,-.5; dy = 1/3,1/3,-2/3; Sxy = 1/6+1/3 = .5; Sxx = .5; Syy = 1/9+1/9+4/9 = 2/3
   *     r = .5/sqrt(.5*2/3) = .5/sqrt(1/3) = 0.866025
   */
  test("partial scores count towards facility and discrimination", () => {
    const [q1] = computeItemAnalysis([
      learner("a", { q1: 0.5, q2: 1 }),
      learner("b", { q1: 1, q2: 1 }),
      learner("c", { q1: 0, q2: 0 }),
    ]);
    expect(q1!.facility).toBeCloseTo(0.5, 10);
    expect(q1!.correctCount).toBe(1);
    expect(q1!.discrimination).toBeCloseTo(0.866025, 6);
  });

  test.each([
    ["one learner", [learner("a", { q1: 1, q2: 0 })]],
    [
      "everyone right on the item (no variance)",
      [learner("a", { q1: 1, q2: 0 }), learner("b", { q1: 1, q2: 1 })],
    ],
    ["rest scores all equal", [learner("a", { q1: 1, q2: 1 }), learner("b", { q1: 0, q2: 1 })]],
    ["a one-question quiz (no rest score)", [learner("a", { q1: 1 }), learner("b", { q1: 0 })]],
  ])("discrimination is null with %s", (_label, rows) => {
    expect(computeItemAnalysis(rows)[0]!.discrimination).toBeNull();
  });

  test("questions drawn per learner: each item is analysed over the learners who had it", () => {
    // q3 was asked of ann and ben only: facility (1 + 0) / 2.
    const stats = computeItemAnalysis([
      learner("ann", { q1: 1, q3: 1 }),
      learner("ben", { q1: 0, q3: 0 }),
      learner("cat", { q1: 1, q2: 1 }),
    ]);
    expect(stats.find((s) => s.questionId === "q3")).toMatchObject({ count: 2, facility: 0.5 });
    expect(stats.find((s) => s.questionId === "q2")).toMatchObject({
      count: 1,
      facility: 1,
      discrimination: null,
    });
  });

  test("no learners: no items", () => {
    expect(computeItemAnalysis([])).toEqual([]);
  });
});

describe("pearson", () => {
  test.each([
    [[1, 2, 3], [2, 4, 6], 1],
    [[1, 2, 3], [3, 2, 1], -1],
    [[1, 0, 1, 0], [1, 1, 0, 0], 0],
  ])("r(%j, %j) = %f", (xs, ys, r) => {
    expect(pearson(xs, ys)).toBeCloseTo(r, 10);
  });

  test("property: r is within [-1, 1] and symmetric", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.double({ min: 0, max: 10, noNaN: true }),
          ),
          { minLength: 2, maxLength: 30 },
        ),
        (pairs) => {
          const xs = pairs.map((p) => p[0]);
          const ys = pairs.map((p) => p[1]);
          const r = pearson(xs, ys);
          if (r === null) return;
          expect(r).toBeGreaterThanOrEqual(-1 - 1e-9);
          expect(r).toBeLessThanOrEqual(1 + 1e-9);
          expect(pearson(ys, xs)).toBeCloseTo(r, 9);
        },
      ),
    );
  });
});

describe("mostCommonWrongAnswers", () => {
  test.each([
    [[], []],
    [["Rome"], [{ answer: "Rome", count: 1 }]],
    [
      ["Paris", "Rome", "Paris", "Berlin", "Rome", "Paris", "Oslo"],
      [
        { answer: "Paris", count: 3 },
        { answer: "Rome", count: 2 },
        { answer: "Berlin", count: 1 },
      ],
    ],
    // Case and spacing do not split an answer; it is shown as first given.
    [
      ["  partnership for  Peace", "Partnership for peace", "PfP"],
      [
        { answer: "partnership for Peace", count: 2 },
        { answer: "PfP", count: 1 },
      ],
    ],
    // Ties go alphabetically, so the report does not change from one run to the next.
    [
      ["b", "a", "c", "d"],
      [
        { answer: "a", count: 1 },
        { answer: "b", count: 1 },
        { answer: "c", count: 1 },
      ],
    ],
  ])("%j -> %j", (answers, expected) => {
    expect(mostCommonWrongAnswers(answers)).toEqual(expected);
  });
});

describe("judgeDiscrimination", () => {
  const enough = MIN_LEARNERS_FOR_DISCRIMINATION;
  test.each([
    { count: 2, discrimination: -1, verdict: "not-enough-data" },
    { count: enough - 1, discrimination: 0.9, verdict: "not-enough-data" },
    { count: enough - 1, discrimination: null, verdict: "not-enough-data" },
    { count: enough, discrimination: null, verdict: "not-computable" },
    { count: enough, discrimination: 0.19, verdict: "weak" },
    { count: enough, discrimination: -0.5, verdict: "weak" },
    // Ebel and Frisbie's bands: 0.20-0.29 marginal, 0.30 and above good.
    { count: enough + 10, discrimination: 0.2, verdict: "marginal" },
    { count: enough, discrimination: 0.21, verdict: "marginal" },
    { count: enough, discrimination: 0.29, verdict: "marginal" },
    { count: enough, discrimination: 0.3, verdict: "good" },
    { count: enough, discrimination: 0.81, verdict: "good" },
  ] as const)("$count learners, r = $discrimination -> $verdict", (row) => {
    expect(judgeDiscrimination(row)).toBe(row.verdict);
  });

  // The QA walk found the report explaining "above 0.3 is good" while flagging only below 0.2.
  test("the explanation names the thresholds the verdicts use", () => {
    const good = Number(/(\d\.\d+) or above is good/.exec(DISCRIMINATION_GUIDE)?.[1]);
    const weak = Number(/below (\d\.\d+) is weak/.exec(DISCRIMINATION_GUIDE)?.[1]);
    expect(DISCRIMINATION_GUIDE).toContain(`${weak} to ${good} is marginal`);
    const judge = (discrimination: number) =>
      judgeDiscrimination({ count: MIN_LEARNERS_FOR_DISCRIMINATION, discrimination });
    expect([good, good - 0.001, weak, weak - 0.001].map(judge)).toEqual([
      "good",
      "marginal",
      "marginal",
      "weak",
    ]);
  });

  test("two learners' −1.00 is never judged weak", () => {
    const rows = [learner("a", { q1: 1, q2: 0 }), learner("b", { q1: 0, q2: 1 })];
    const [q1] = computeItemAnalysis(rows);
    expect(q1!.discrimination).toBeCloseTo(-1);
    expect(judgeDiscrimination(q1!)).toBe("not-enough-data");
  });
});
