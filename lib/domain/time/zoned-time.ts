/**
 * Wall-clock time in named time zones, for study days and assignment dates. Intl only (no
 * time-zone database of our own), with ONE cached Intl.DateTimeFormat per zone: building a
 * formatter is far costlier than using one, and these run on every grade and page.
 *
 * - Study days run from local midnight to local midnight, whatever the server's zone,
 *   including days of 23 or 25 hours at daylight-saving changes.
 * - An instructor's "open on 2026-03-02 at 08:00" is stored as an instant and shown in each
 *   learner's zone. A local time that does not exist (skipped by a spring-forward) becomes
 *   the instant the same length of time after the gap's start (02:30 -> 03:30 in Paris); a
 *   time that exists twice (autumn fall-back) becomes the later of the two.
 */

type WallClock = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's formatter, built once; throws RangeError for a zone Intl does not know. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** What clocks in `timeZone` show at `instant`. */
export function wallClock(instant: Date, timeZone: string): WallClock {
  const clock: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type in clock) clock[part.type as keyof WallClock] = Number(part.value);
  }
  return clock;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Offset of `timeZone` from UTC at `instant`, in minutes (e.g. +60 for Paris in winter). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const c = wallClock(instant, timeZone);
  const asUtc = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant at which clocks in `timeZone` show the given wall-clock time. Two passes: the
 * offset at the first guess can differ from the offset at the answer near a DST change.
 */
function wallClockToInstant(asUtc: number, timeZone: string): Date {
  let guess = asUtc - zoneOffsetMinutes(new Date(asUtc), timeZone) * 60_000;
  guess = asUtc - zoneOffsetMinutes(new Date(guess), timeZone) * 60_000;
  return new Date(guess);
}

// ── Study days ───────────────────────────────────────────────────────────────────────────

/** The local calendar date "YYYY-MM-DD" of `instant` in `timeZone`. */
export function localDay(instant: Date, timeZone: string): string {
  const c = wallClock(instant, timeZone);
  return `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}`;
}

/** The instant local midnight starts on `day` ("YYYY-MM-DD") in `timeZone`. */
export function startOfLocalDay(day: string, timeZone: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return wallClockToInstant(Date.UTC(y, m - 1, d), timeZone);
}

/**
 * Days from 1970-01-01 to `day` ("YYYY-MM-DD", proleptic Gregorian), in integer arithmetic
 * (H. Hinnant's days_from_civil): dashboards step through a year of days on every render, and
 * a Date round trip per step cost about 3 µs. A day past its month's end rolls over, as
 * Date.UTC does ("2026-02-30" is 2026-03-02).
 */
export function dayNumber(day: string): number {
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  const y = Number(day.slice(0, 4)) - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The day ("YYYY-MM-DD") `n` days after 1970-01-01: the inverse of `dayNumber`. */
export function dayFromNumber(n: number): string {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** "YYYY-MM-DD" plus `days` calendar days. */
export function addDays(day: string, days: number): string {
  return dayFromNumber(dayNumber(day) + days);
}

type DayBounds = { day: string; start: Date; end: Date };

/** Each zone's last local day: nearly every call falls in the same day as the one before. */
const lastDays = new Map<string, { day: string; start: number; end: number }>();

/**
 * [start, end) of the local day that contains `now`. Working it out takes five formatToParts
 * calls (the day, then two passes at each midnight), and the study page and every grade ask
 * for it: each zone's last day is kept, and an instant inside it is answered from it.
 */
export function dayBounds(now: Date, timeZone: string): DayBounds {
  const t = now.getTime();
  const last = lastDays.get(timeZone);
  if (last && last.start <= t && t < last.end)
    return { day: last.day, start: new Date(last.start), end: new Date(last.end) };
  const day = localDay(now, timeZone);
  const bounds = {
    day,
    start: startOfLocalDay(day, timeZone),
    end: startOfLocalDay(addDays(day, 1), timeZone),
  };
  lastDays.set(timeZone, { day, start: bounds.start.getTime(), end: bounds.end.getTime() });
  return bounds;
}

// ── Local date and time "YYYY-MM-DDTHH:mm" (assignment dates) ────────────────────────────

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function parseLocal(local: string): [number, number, number, number, number] | null {
  const match = LOCAL_DATE_TIME.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  return [y, mo, d, h, mi];
}

/** True for a real calendar date and time "YYYY-MM-DDTHH:mm" (not 2026-02-30T25:00). */
export function isValidLocalDateTime(local: string): boolean {
  const p = parseLocal(local);
  if (!p) return false;
  const [y, mo, d, h, mi] = p;
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi));
  return (
    y >= 1970 &&
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo - 1 &&
    date.getUTCDate() === d &&
    date.getUTCHours() === h &&
    date.getUTCMinutes() === mi
  );
}

/** The instant at which clocks in `timeZone` show `local` ("YYYY-MM-DDTHH:mm"). */
export function localDateTimeToInstant(local: string, timeZone: string): Date {
  const p = parseLocal(local);
  if (!p || !isValidLocalDateTime(local))
    throw new RangeError(`Not a local date and time: ${local}`);
  const [y, mo, d, h, mi] = p;
  return wallClockToInstant(Date.UTC(y, mo - 1, d, h, mi), timeZone);
}

/** "YYYY-MM-DDTHH:mm" as shown by clocks in `timeZone` at `instant`. */
export function toLocalDateTime(instant: Date, timeZone: string): string {
  const c = wallClock(instant, timeZone);
  return `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}`;
}
