import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addDays } from "@/lib/domain/time/zoned-time";
import { daysBetween, dueForecast, fillDays } from "./forecast";
import { combineMastery, recencyWeight, smoothAccuracy, weightedAccuracy } from "./mastery";
import { computeStreaks } from "./streaks";

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
