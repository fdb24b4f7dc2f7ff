import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { isValidLocalDateTime, localDateTimeToInstant, toLocalDateTime } from "./zoned-time";

describe("localDateTimeToInstant", () => {
  test.each([
    ["2026-01-15T09:00", "UTC", "2026-01-15T09:00:00.000Z"],
    ["2026-01-15T09:00", "Europe/Paris", "2026-01-15T08:00:00.000Z"], // CET, +1
    ["2026-07-15T09:00", "Europe/Paris", "2026-07-15T07:00:00.000Z"], // CEST, +2
    ["2026-07-15T09:00", "America/New_York", "2026-07-15T13:00:00.000Z"], // EDT, -4
    // +5:30, the day before in UTC
    ["2026-01-01T00:00", "Asia/Kolkata", "2025-12-31T18:30:00.000Z"],
    ["2026-12-31T23:59", "Pacific/Auckland", "2026-12-31T10:59:00.000Z"], // NZDT, +13
    // Spring forward in Paris (29 March 2026, 02:00 -> 03:00):
    // 02:30 does not exist; it is taken as 03:30 CEST.
    ["2026-03-29T02:30", "Europe/Paris", "2026-03-29T01:30:00.000Z"],
    // Fall back in Paris (25 October 2026, 03:00 -> 02:00):
    // 02:30 happens twice; the later (CET) is taken.
    ["2026-10-25T02:30", "Europe/Paris", "2026-10-25T01:30:00.000Z"],
  ])("%s in %s is %s", (local, zone, iso) => {
    expect(localDateTimeToInstant(local, zone).toISOString()).toBe(iso);
  });

  test("refuses what is not a local date and time", () => {
    expect(() => localDateTimeToInstant("2026-02-30T10:00", "UTC")).toThrow(RangeError);
  });

  test("property: round trip through toLocalDateTime away from DST edges", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2040 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 4, max: 23 }), // 00:00-03:59 holds every DST change in these zones
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom(
          "UTC",
          "Europe/Paris",
          "America/New_York",
          "Asia/Tokyo",
          "Australia/Sydney",
        ),
        (y, mo, d, h, mi, zone) => {
          const pad = (n: number) => String(n).padStart(2, "0");
          const local = `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}`;
          expect(toLocalDateTime(localDateTimeToInstant(local, zone), zone)).toBe(local);
        },
      ),
    );
  });
});

describe("toLocalDateTime", () => {
  test.each([
    ["2026-01-15T08:00:00Z", "Europe/Paris", "2026-01-15T09:00"],
    ["2026-01-15T23:30:00Z", "Asia/Tokyo", "2026-01-16T08:30"],
    ["2026-01-15T00:00:00Z", "America/Los_Angeles", "2026-01-14T16:00"],
  ])("%s in %s shows %s", (iso, zone, local) => {
    expect(toLocalDateTime(new Date(iso), zone)).toBe(local);
  });
});

describe("isValidLocalDateTime", () => {
  test.each([
    ["2026-03-02T08:00", true],
    ["2028-02-29T23:59", true],
    ["2026-02-29T10:00", false],
    ["2026-13-01T10:00", false],
    ["2026-03-02T24:00", false],
    ["2026-03-02T08:60", false],
    ["2026-03-02 08:00", false],
    ["2026-03-02T08:00:00", false],
    ["2026-3-2T8:00", false],
    ["", false],
  ])("%j -> %s", (local, valid) => {
    expect(isValidLocalDateTime(local)).toBe(valid);
  });
});
