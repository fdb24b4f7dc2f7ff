import { expect, test } from "vitest";
import { formatDay, MAX_REMEMBERED, rememberedDays } from "./format-day";

test.each([
  ["2026-03-03", "short", "3 Mar"],
  ["2026-03-03", "long", "Tue, 3 Mar 2026"],
  ["2026-03-03", "month", "Mar"],
  ["2025-12-31", "short", "31 Dec"],
  ["2025-12-31", "long", "Wed, 31 Dec 2025"],
  ["2024-02-29", "long", "Thu, 29 Feb 2024"],
] as const)("%s as %s is %s, first time and again", (day, style, expected) => {
  expect(formatDay(day, style)).toBe(expected);
  expect(formatDay(day, style)).toBe(expected);
});

test("a day remembered in one style is not given in another", () => {
  expect(formatDay("2026-07-14", "month")).toBe("Jul");
  expect(formatDay("2026-07-14")).toBe("14 Jul");
  expect(formatDay("2026-07-14", "long")).toBe("Tue, 14 Jul 2026");
  expect(formatDay("2026-07-14", "month")).toBe("Jul");
});

test("every day of a decade formats as Intl does, and the memory stays bounded", () => {
  const direct = new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });
  for (let i = 0; i < 3_653; i++) {
    const day = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
    expect(formatDay(day)).toBe(direct.format(new Date(`${day}T00:00:00Z`)));
    expect(rememberedDays("short")).toBeLessThanOrEqual(MAX_REMEMBERED);
  }
  // Twice over, so that days come back after the memory was emptied.
  expect(formatDay("2020-01-01")).toBe("1 Jan");
});
