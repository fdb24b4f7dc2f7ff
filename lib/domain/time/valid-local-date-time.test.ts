// isValidLocalDateTime refuses every field that rolls over, and dates before 1970; the first
// tests left each comparison unchecked (surviving mutants, README "Mutation testing").
import { expect, test } from "vitest";
import { isValidLocalDateTime, localDateTimeToInstant } from "./zoned-time";

test.each([
  ["2026-03-10T09:30", true],
  ["1970-01-01T00:00", true],
  ["1969-12-31T23:59", false],
  ["2026-13-01T09:30", false], // month rolls into the next year
  ["2026-02-30T09:30", false], // day rolls into March
  ["2026-03-10T24:00", false], // hour rolls into the next day
  ["2026-03-10T09:60", false], // minute rolls into the next hour
  ["2026-03-10", false],
])("%s -> %s", (local, valid) => {
  expect(isValidLocalDateTime(local)).toBe(valid);
});

test("an invalid local time is refused with what was given", () => {
  expect(() => localDateTimeToInstant("2026-02-30T09:30", "UTC")).toThrow(
    "Not a local date and time: 2026-02-30T09:30",
  );
});
