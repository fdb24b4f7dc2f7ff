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

  // What Intl's en-GB formatter gives with the same options: the reference it was built on.
  function viaIntl(at: Date, timeZone: string, today: Date): string {
    const year = (d: Date) =>
      new Intl.DateTimeFormat("en-GB", { year: "numeric", timeZone }).format(d);
    const sameYear = year(at) === year(today);
    const parts = new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "short",
      ...(sameYear ? {} : { year: "numeric" }),
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone,
    }).formatToParts(at);
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
    const day = `${get("day")} ${get("month")}${sameYear ? "" : ` ${get("year")}`}`;
    return `${day}${sameYear ? "" : ","} ${get("hour")}:${get("minute")}`;
  }

  test("property: the same text as Intl's en-GB formatter, in every month and zone", () => {
    const zones = ["UTC", "Europe/Paris", "America/St_Johns", "Asia/Kathmandu", "Pacific/Chatham"];
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01"), max: new Date("2040-12-31"), noInvalidDate: true }),
        fc.date({ min: new Date("2000-01-01"), max: new Date("2040-12-31"), noInvalidDate: true }),
        fc.constantFrom(...zones),
        (at, today, zone) => {
          expect(formatAttemptTime(at, zone, today)).toBe(viaIntl(at, zone, today));
        },
      ),
      { numRuns: 300 },
    );
    // Every month's name, September's included ("Sept" in en-GB's data).
    for (let month = 0; month < 12; month++) {
      const at = new Date(Date.UTC(2026, month, 15, 12));
      expect(formatAttemptTime(at, "UTC", now)).toBe(viaIntl(at, "UTC", now));
    }
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
