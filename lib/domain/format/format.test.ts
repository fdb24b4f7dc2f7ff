import { describe, expect, test } from "vitest";
import { formatDateTime, formatDuration, formatPercent, formatScore, describeDue } from "./format";

describe("format", () => {
  test.each([
    [0, "0%"],
    [0.375, "38%"],
    [1, "100%"],
  ])("formatPercent(%d) = %s", (value, expected) => expect(formatPercent(value)).toBe(expected));

  test.each([
    [null, "–"],
    [0, "0%"],
    [0.64, "64%"],
  ])("formatScore(%s) = %s", (value, expected) => expect(formatScore(value)).toBe(expected));

  test.each([
    [0, "0 s"],
    [42.4, "42 s"],
    [249, "4 min 9 s"],
    [3900, "1 h 5 min"],
    [-5, "0 s"],
  ])("formatDuration(%d) = %s", (value, expected) => expect(formatDuration(value)).toBe(expected));

  test("formatDateTime uses the given time zone", () => {
    const date = new Date("2026-01-15T23:30:00Z");
    expect(formatDateTime(date, "UTC")).toContain("23:30");
    expect(formatDateTime(date, "Asia/Tokyo")).toContain("16 Jan 2026");
    expect(formatDateTime(date, "Asia/Tokyo")).toContain("08:30");
  });
});

describe("describeDue", () => {
  const now = Date.parse("2026-12-03T12:00:00Z");
  test.each([
    ["2026-12-03T12:00:30Z", "UTC", "in a minute"],
    ["2026-12-03T12:25:00Z", "UTC", "in 25 minutes"],
    ["2026-12-03T17:00:00Z", "UTC", "in about 5 hours"],
    ["2026-12-06T08:00:00Z", "UTC", "in 3 days (Sunday 6 December)"],
    // The day is named where the learner lives, whatever the zone the code runs in.
    ["2026-12-06T23:30:00Z", "UTC", "in 4 days (Sunday 6 December)"],
    ["2026-12-06T23:30:00Z", "Europe/Brussels", "in 4 days (Monday 7 December)"],
    ["2026-12-06T03:00:00Z", "America/New_York", "in 3 days (Saturday 5 December)"],
  ])("%s in %s: %s", (iso, timeZone, expected) => {
    expect(describeDue(iso, now, timeZone)).toBe(expected);
  });
});
