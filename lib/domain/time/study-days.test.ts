import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  addDays,
  dayBounds,
  dayFromNumber,
  dayNumber,
  isValidTimeZone,
  localDay,
  startOfLocalDay,
  zoneOffsetMinutes,
} from "./zoned-time";

describe("day boundaries in the learner's time zone", () => {
  test.each([
    // instant, zone, local day
    ["2026-03-10T23:30:00Z", "UTC", "2026-03-10"],
    ["2026-03-10T23:30:00Z", "Europe/Paris", "2026-03-11"],
    ["2026-03-10T23:30:00Z", "America/New_York", "2026-03-10"],
    ["2026-03-11T03:59:00Z", "America/New_York", "2026-03-10"],
    ["2026-03-11T04:00:00Z", "America/New_York", "2026-03-11"],
    ["2026-03-10T14:59:00Z", "Asia/Tokyo", "2026-03-10"],
    ["2026-03-10T15:00:00Z", "Asia/Tokyo", "2026-03-11"],
  ])("%s in %s is %s", (instant, zone, day) => {
    expect(localDay(new Date(instant), zone)).toBe(day);
  });

  test.each([
    ["2026-01-15", "Europe/Paris", "2026-01-14T23:00:00.000Z"],
    ["2026-07-15", "Europe/Paris", "2026-07-14T22:00:00.000Z"],
    ["2026-03-08", "America/New_York", "2026-03-08T05:00:00.000Z"], // DST starts that day at 02:00
    ["2026-03-09", "America/New_York", "2026-03-09T04:00:00.000Z"],
    ["2026-03-29", "Europe/London", "2026-03-29T00:00:00.000Z"],
    ["2026-03-30", "Europe/London", "2026-03-29T23:00:00.000Z"],
    ["2026-06-01", "Asia/Kolkata", "2026-05-31T18:30:00.000Z"],
  ])("local midnight of %s in %s is %s", (day, zone, iso) => {
    expect(startOfLocalDay(day, zone).toISOString()).toBe(iso);
  });

  test("the day of a DST change has 23 hours in New York", () => {
    const { start, end } = dayBounds(new Date("2026-03-08T12:00:00Z"), "America/New_York");
    expect((end.getTime() - start.getTime()) / 3_600_000).toBe(23);
  });

  test("offsets", () => {
    expect(zoneOffsetMinutes(new Date("2026-01-01T00:00:00Z"), "Europe/Paris")).toBe(60);
    expect(zoneOffsetMinutes(new Date("2026-01-01T00:00:00Z"), "America/Los_Angeles")).toBe(-480);
  });

  test.each([
    ["2026-12-31", 1, "2027-01-01"],
    ["2028-02-28", 1, "2028-02-29"],
    ["2026-03-01", -1, "2026-02-28"],
  ])("addDays(%s, %i) = %s", (day, n, expected) => expect(addDays(day, n)).toBe(expected));

  test.each([
    ["1970-01-01", 0],
    ["1969-12-31", -1],
    ["2000-02-29", 11_016],
    ["2026-02-30", dayNumber("2026-03-02")], // rolls over as Date.UTC does
    ["0001-01-01", -719_162],
    ["9999-12-31", 2_932_896],
  ])("dayNumber(%s) = %i", (day, n) => expect(dayNumber(day)).toBe(n));

  test("every day from 1600 to 2400 has Date's day number, and addDays(day, 1) is the next", () => {
    const viaDate = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
    const mismatches: string[] = [];
    for (let n = dayNumber("1600-01-01"); n <= dayNumber("2400-12-31"); n++) {
      const day = viaDate(n);
      if (dayNumber(day) !== n || dayFromNumber(n) !== day || addDays(day, 1) !== viaDate(n + 1))
        mismatches.push(day);
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  test("property: day numbers and addDays agree with Date in years 1-9999", () => {
    const first = -719_162; // 0001-01-01
    const viaDate = (n: number) => {
      const date = new Date(n * 86_400_000);
      return `${String(date.getUTCFullYear()).padStart(4, "0")}-${date.toISOString().slice(5, 10)}`;
    };
    fc.assert(
      fc.property(
        fc.integer({ min: first, max: 2_932_896 }),
        fc.integer({ min: -40_000, max: 40_000 }),
        (n, step) => {
          const day = viaDate(n);
          expect(dayNumber(day)).toBe(n);
          expect(dayFromNumber(n)).toBe(day);
          const target = Math.min(Math.max(n + step, first), 2_932_896);
          expect(addDays(day, target - n)).toBe(viaDate(target));
        },
      ),
    );
  });

  test("zones", () => {
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });

  test("property: every instant lies inside its own local day", () => {
    const zones = [
      "UTC",
      "Europe/Paris",
      "America/New_York",
      "Asia/Kathmandu",
      "Pacific/Auckland",
      "America/St_Johns",
    ];
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2020-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }),
        fc.constantFrom(...zones),
        (instant, zone) => {
          const { day, start, end } = dayBounds(instant, zone);
          expect(start.getTime()).toBeLessThanOrEqual(instant.getTime());
          expect(instant.getTime()).toBeLessThan(end.getTime());
          expect(localDay(start, zone)).toBe(day);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("the last day kept per zone", () => {
  // Seen failing with the end of the kept day taken as inside it (`t <= end`), and with the
  // kept day answered for any instant of its zone.
  test("property: answers as working the day out afresh, in any order of instants", () => {
    const zones = ["Europe/Paris", "America/Santiago", "Australia/Lord_Howe", "Asia/Beirut"];
    const afresh = (instant: Date, zone: string) => {
      const day = localDay(instant, zone);
      return {
        day,
        start: startOfLocalDay(day, zone),
        end: startOfLocalDay(addDays(day, 1), zone),
      };
    };
    // Instants near days' edges: a day's start, a millisecond before it, and times between,
    // over years with daylight-saving changes (Lord Howe's of 30 minutes, Beirut's at midnight).
    const instant = fc
      .tuple(
        fc.integer({ min: 0, max: 3 * 365 }),
        fc.constantFrom(...zones),
        fc.constantFrom(-1, 0, 1, 3_600_000, 43_200_000),
      )
      .map(([n, zone, offset]) => {
        const start = startOfLocalDay(addDays("2026-01-01", n), zone);
        return { zone, at: new Date(start.getTime() + offset) };
      });
    fc.assert(
      fc.property(fc.array(instant, { minLength: 1, maxLength: 30 }), (instants) => {
        for (const { zone, at } of instants) {
          // Each instant, then its day's end (the next day's first instant) and the last
          // millisecond before it, asked right after a day is kept.
          const end = afresh(at, zone).end.getTime();
          for (const t of [at, new Date(end), new Date(end - 1)])
            expect(dayBounds(t, zone)).toEqual(afresh(t, zone));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("one formatter per zone", () => {
  test("a zone's Intl.DateTimeFormat is built once, however many times it is used", () => {
    const Original = Intl.DateTimeFormat;
    let built = 0;
    Intl.DateTimeFormat = new Proxy(Original, {
      construct(target, args) {
        built++;
        return Reflect.construct(target, args);
      },
    });
    try {
      const zone = "Pacific/Chatham"; // used by no other test in this file
      for (let i = 0; i < 50; i++) localDay(new Date(Date.UTC(2026, 0, 1 + i)), zone);
      dayBounds(new Date(Date.UTC(2026, 5, 1)), zone);
      expect(built).toBe(1);
    } finally {
      Intl.DateTimeFormat = Original;
    }
  });
});
