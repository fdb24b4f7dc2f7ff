import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  attemptSubject,
  formatAttemptTime,
  nameAttempt,
  type AttemptCoverage,
} from "./name-attempt";

const now = new Date("2026-11-30T15:00:00Z");

describe("attemptSubject", () => {
  test.each<[string, AttemptCoverage, string]>([
    [
      "practice on two programmes",
      { mode: "practice", programmes: ["Partnership for Peace", "EAPC"] },
      "Practice · Partnership for Peace, EAPC",
    ],
    ["practice on everything", { mode: "practice", programmes: [] }, "Practice · All programmes"],
    [
      "many programmes are summed up",
      { mode: "practice", programmes: ["PfP", "EAPC", "MD", "ICI"] },
      "Practice · PfP, EAPC and 2 more",
    ],
    [
      "a retry says how many it retries",
      { mode: "practice", programmes: ["Partnership for Peace"], retryOf: 4 },
      "Retry of 4 missed · Partnership for Peace",
    ],
    [
      "an exam from a set is named after the set",
      { mode: "exam", programmes: ["PfP"], setName: "Week 3 check" },
      "Exam · Week 3 check",
    ],
    ["an exam on everything", { mode: "exam", programmes: [] }, "Exam · All programmes"],
    [
      "harder questions say so",
      { mode: "practice", programmes: ["PfP"], harder: true },
      "Practice (harder) · PfP",
    ],
    [
      "weakest questions",
      { mode: "practice", programmes: [], weakQuestions: true },
      "Practice · Weakest questions",
    ],
  ])("%s", (_, coverage, expected) => {
    expect(attemptSubject(coverage)).toBe(expected);
  });
});

describe("formatAttemptTime", () => {
  test.each([
    ["UTC", "2026-11-30T14:05:00Z", "30 Nov 14:05"],
    // The learner's zone decides the day and the hour.
    ["Pacific/Auckland", "2026-11-30T14:05:00Z", "1 Dec 03:05"],
    ["America/New_York", "2026-11-30T03:05:00Z", "29 Nov 22:05"],
    ["UTC", "2025-11-30T14:05:00Z", "30 Nov 2025, 14:05"],
  ])("in %s, %s is %s", (zone, iso, expected) => {
    expect(formatAttemptTime(new Date(iso), zone, now)).toBe(expected);
  });
});

describe("nameAttempt", () => {
  test("attempts that covered different programmes, or started at other minutes, differ", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom("PfP", "EAPC", "MD", "ICI", "PiC"), {
          minLength: 1,
          maxLength: 2,
        }),
        fc.uniqueArray(fc.constantFrom("PfP", "EAPC", "MD", "ICI", "PiC"), {
          minLength: 1,
          maxLength: 2,
        }),
        fc.integer({ min: 0, max: 364 * 24 * 60 }),
        fc.integer({ min: 1, max: 60 * 24 }),
        (a, b, minute, gap) => {
          const at = new Date(Date.UTC(2026, 0, 1) + minute * 60_000);
          const later = new Date(at.getTime() + gap * 60_000);
          const name = (programmes: string[], t: Date) =>
            nameAttempt({ mode: "practice", programmes }, t, "Europe/Brussels", now);
          expect(name(a, at) === name(b, at)).toBe(a.join() === b.join());
          expect(name(a, at)).not.toBe(name(a, later));
        },
      ),
    );
  });
});
