/**
 * Wall-clock times in a named time zone, for assignment dates: the instructor enters "open on
 * 2026-03-02 at 08:00" in their zone; it is stored as an instant and shown to each learner in
 * theirs. Intl only, like day-boundary.ts.
 *
 * Daylight-saving edges: a time that does not exist (skipped by a spring-forward) becomes the
 * instant the same length of time after the gap's start (02:30 -> 03:30 in Paris); a time
 * that exists twice (autumn fall-back) becomes the later of the two.
 */
import { zoneOffsetMinutes } from "@/lib/domain/srs/day-boundary";

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function parts(local: string): [number, number, number, number, number] | null {
  const match = LOCAL_DATE_TIME.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  return [y, mo, d, h, mi];
}

/** True for a real calendar date and time "YYYY-MM-DDTHH:mm" (not 2026-02-30T25:00). */
export function isValidLocalDateTime(local: string): boolean {
  const p = parts(local);
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
  const p = parts(local);
  if (!p || !isValidLocalDateTime(local))
    throw new RangeError(`Not a local date and time: ${local}`);
  const [y, mo, d, h, mi] = p;
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  // Two passes: the offset at the first guess can differ from the offset at the answer.
  let guess = asUtc - zoneOffsetMinutes(new Date(asUtc), timeZone) * 60_000;
  guess = asUtc - zoneOffsetMinutes(new Date(guess), timeZone) * 60_000;
  return new Date(guess);
}

/** "YYYY-MM-DDTHH:mm" as shown by clocks in `timeZone` at `instant`. */
export function toLocalDateTime(instant: Date, timeZone: string): string {
  const p = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => p.find((x) => x.type === type)!.value;
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}`;
}
