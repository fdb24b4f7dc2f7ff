import { describe, expect, test } from "vitest";
import { formatDateTime, formatDuration, formatPercent, formatScore } from "./format";

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
