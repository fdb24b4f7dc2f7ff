import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addDays } from "@/lib/domain/time/zoned-time";
import { daysBetween, dueForecast, fillDays } from "./forecast";
import {
  cardEvidence,
  combineMastery,
  programmeMastery,
  RATING_AGAIN,
  recencyWeight,
  smoothAccuracy,
  weightedAccuracy,
  type StudiedCard,
} from "./mastery";
import { computeStreaks } from "./streaks";

describe("programme mastery: one figure, its card evidence from the last grade", () => {
  const good = (retrievability: number): StudiedCard => ({ lastRating: 3, retrievability });
  const again = (retrievability: number): StudiedCard => ({ lastRating: 1, retrievability });

  test.each([
    ["Again is nothing recalled, however fresh", again(0.99), 0],
    ["Hard counts its retrievability", { lastRating: 2, retrievability: 0.7 }, 0.7],
    ["Good counts its retrievability", good(0.93), 0.93],
    ["Easy counts its retrievability", { lastRating: 4, retrievability: 0.98 }, 0.98],
  ])("%s", (_name, card, evidence) => expect(cardEvidence(card)).toBeCloseTo(evidence));

  test.each([
    ["no evidence", 0, 0, [], { mastery: null, quiz: null, cards: null }],
    ["one card just graded Again", 0, 0, [again(1)], { mastery: 0, quiz: null, cards: 0 }],
    ["a Good and an Again card", 0, 0, [good(1), again(1)], { mastery: 0.5, cards: 0.5 }],
    ["quiz only", 1.5, 2, [], { mastery: 0.75, quiz: 0.75, cards: null }],
    ["quiz and cards", 2, 2, [good(0.8), again(0.9)], { mastery: 0.7, quiz: 1, cards: 0.4 }],
  ])("%s", (_name, weightedScore, weightedAnswers, cards, expected) => {
    const result = programmeMastery({ weightedScore, weightedAnswers, cards });
    for (const [key, value] of Object.entries(expected)) {
      const actual = result[key as keyof typeof result];
      if (value === null) expect(actual).toBeNull();
      else expect(actual).toBeCloseTo(value);
    }
  });

  const studiedCard = fc.record({
    lastRating: fc.integer({ min: 1, max: 4 }),
    retrievability: fc.double({ min: 0, max: 1, noNaN: true }),
  });

  test("property: a card last graded Again never raises mastery; all-Again cards are 0", () => {
    fc.assert(
      fc.property(
        fc.array(studiedCard),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 30 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (cards, accuracy, answers, freshness) => {
          const evidence = { weightedScore: accuracy * answers, weightedAnswers: answers, cards };
          const before = programmeMastery(evidence);
          const after = programmeMastery({
            ...evidence,
            cards: [...cards, { lastRating: RATING_AGAIN, retrievability: freshness }],
          });
          expect(after.mastery).not.toBeNull();
          if (before.mastery !== null)
            expect(after.mastery!).toBeLessThanOrEqual(before.mastery + 1e-12);
          const onlyAgain = cards.map((c) => ({ ...c, lastRating: RATING_AGAIN }));
          if (onlyAgain.length)
            expect(programmeMastery({ ...evidence, cards: onlyAgain }).cards).toBe(0);
        },
      ),
    );
  });

  test("property: mastery is in 0..1, between its parts, and ignores the cards' order", () => {
    fc.assert(
      fc.property(
        fc.array(studiedCard),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 30 }),
        (cards, accuracy, answers) => {
          const evidence = { weightedScore: accuracy * answers, weightedAnswers: answers, cards };
          const { mastery, quiz, cards: recall } = programmeMastery(evidence);
          expect(mastery === null).toBe(quiz === null && recall === null);
          if (mastery === null) return;
          expect(mastery).toBeGreaterThanOrEqual(0);
          expect(mastery).toBeLessThanOrEqual(1 + 1e-12);
          const parts = [quiz, recall].filter((v): v is number => v !== null);
          expect(mastery).toBeGreaterThanOrEqual(Math.min(...parts) - 1e-12);
          expect(mastery).toBeLessThanOrEqual(Math.max(...parts) + 1e-12);
          const reversed = programmeMastery({ ...evidence, cards: [...cards].reverse() });
          expect(reversed.mastery).toBeCloseTo(mastery, 12);
        },
      ),
    );
  });
});

describe("mastery", () => {
  test.each([
    [0, 1],
    [14, 0.5],
    [28, 0.25],
    [-3, 1],
  ])("recencyWeight(%d days) = %d", (age, w) => expect(recencyWeight(age)).toBeCloseTo(w));

  test("recent answers weigh more than old ones", () => {
    const recentGood = weightedAccuracy([
      { ageDays: 0, answers: 10, scoreSum: 9 },
      { ageDays: 60, answers: 10, scoreSum: 1 },
    ]);
    const recentBad = weightedAccuracy([
      { ageDays: 60, answers: 10, scoreSum: 9 },
      { ageDays: 0, answers: 10, scoreSum: 1 },
    ]);
    expect(recentGood!).toBeGreaterThan(0.8);
    expect(recentBad!).toBeLessThan(0.2);
    expect(weightedAccuracy([])).toBeNull();
  });

  test.each([
    [null, null, null],
    [0.8, null, 0.8],
    [null, 0.6, 0.6],
    [0.8, 0.6, 0.7],
  ])("combineMastery(%s, %s) = %s", (quiz, cards, expected) => {
    const result = combineMastery(quiz, cards);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(expected);
  });

  test("smoothed accuracy moves towards the newest answer", () => {
    expect(smoothAccuracy(null, 1)).toBe(1);
    expect(smoothAccuracy(1, 0)).toBeCloseTo(0.6);
    expect(smoothAccuracy(0.6, 0)).toBeCloseTo(0.36);
  });

  test("property: weighted accuracy stays within the range of the daily accuracies", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            ageDays: fc.integer({ min: 0, max: 400 }),
            answers: fc.integer({ min: 1, max: 50 }),
            fraction: fc.double({ min: 0, max: 1, noNaN: true }),
          }),
          { minLength: 1 },
        ),
        (days) => {
          const rows = days.map((d) => ({
            ageDays: d.ageDays,
            answers: d.answers,
            scoreSum: d.answers * d.fraction,
          }));
          const acc = weightedAccuracy(rows)!;
          expect(acc).toBeGreaterThanOrEqual(Math.min(...days.map((d) => d.fraction)) - 1e-9);
          expect(acc).toBeLessThanOrEqual(Math.max(...days.map((d) => d.fraction)) + 1e-9);
        },
      ),
    );
  });
});

describe("streaks", () => {
  const today = "2026-03-10";
  const back = (n: number) => addDays(today, -n);
  test.each<[string, string[], { current: number; longest: number; studiedToday: boolean }]>([
    ["nothing studied", [], { current: 0, longest: 0, studiedToday: false }],
    ["only today", [today], { current: 1, longest: 1, studiedToday: true }],
    [
      "today not yet studied keeps yesterday's streak",
      [back(1), back(2), back(3)],
      { current: 3, longest: 3, studiedToday: false },
    ],
    [
      "a gap ends the current streak",
      [today, back(1), back(3), back(4), back(5), back(6)],
      { current: 2, longest: 4, studiedToday: true },
    ],
    [
      "two days ago is too long ago",
      [back(2), back(3)],
      { current: 0, longest: 2, studiedToday: false },
    ],
    [
      "runs across a month and a year end",
      ["2025-12-30", "2025-12-31", "2026-01-01", "2026-01-02"],
      { current: 0, longest: 4, studiedToday: false },
    ],
    [
      "leap day",
      ["2028-02-28", "2028-02-29", "2028-03-01"],
      { current: 0, longest: 3, studiedToday: false },
    ],
  ])("%s", (_label, days, expected) => {
    expect(computeStreaks(days, today)).toEqual(expected);
  });

  test("property: longest >= current, and both bounded by the number of days", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 60 })), (offsets) => {
        const s = computeStreaks(offsets.map(back), today);
        expect(s.longest).toBeGreaterThanOrEqual(s.current);
        expect(s.longest).toBeLessThanOrEqual(offsets.length);
        expect(s.studiedToday).toBe(offsets.includes(0));
      }),
    );
  });
});

describe("due forecast", () => {
  const now = new Date("2026-03-10T12:00:00Z");
  test("overdue cards are due today; days follow the learner's zone", () => {
    const dues = [
      new Date("2026-03-01T00:00:00Z"), // overdue
      new Date("2026-03-10T20:00:00Z"), // later today in UTC; tomorrow in Tokyo
      new Date("2026-03-11T10:00:00Z"),
      new Date("2026-05-01T00:00:00Z"), // beyond 30 days
    ];
    const utc = dueForecast(dues, now, "UTC");
    expect(utc).toHaveLength(30);
    expect(utc.slice(0, 2)).toEqual([
      { day: "2026-03-10", due: 2 },
      { day: "2026-03-11", due: 1 },
    ]);
    const tokyo = dueForecast(dues, now, "Asia/Tokyo");
    expect(tokyo.slice(0, 2)).toEqual([
      { day: "2026-03-10", due: 1 },
      { day: "2026-03-11", due: 2 },
    ]);
    expect(utc.reduce((n, d) => n + d.due, 0)).toBe(3);
  });

  test("fillDays and daysBetween", () => {
    const filled = fillDays([{ day: "2026-03-09", n: 4 }], "2026-03-10", 3, (day) => ({
      day,
      n: 0,
    }));
    expect(filled).toEqual([
      { day: "2026-03-08", n: 0 },
      { day: "2026-03-09", n: 4 },
      { day: "2026-03-10", n: 0 },
    ]);
    expect(daysBetween("2026-02-27", "2026-03-02")).toBe(3);
  });
});
