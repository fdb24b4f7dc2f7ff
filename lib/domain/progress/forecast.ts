/**
 * Cards due per day for the coming days, in the learner's time zone. Cards already overdue
 * are due today: that is when the learner will see them.
 */
import { addDays, dayFromNumber, dayNumber, localDay } from "@/lib/domain/time/zoned-time";

export function dueForecast(
  dues: readonly Date[],
  now: Date,
  timeZone: string,
  days = 30,
): { day: string; due: number }[] {
  const today = localDay(now, timeZone);
  const out = Array.from({ length: days }, (_, i) => ({ day: addDays(today, i), due: 0 }));
  const index = new Map(out.map((d, i) => [d.day, i]));
  for (const due of dues) {
    const i = due <= now ? 0 : index.get(localDay(due, timeZone));
    if (i !== undefined) out[i]!.due++;
  }
  return out;
}

/** Days between two local days ("YYYY-MM-DD"), b - a. */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** `count` consecutive days ending today, each with its row or zeros. */
export function fillDays<T extends { day: string }>(
  rows: readonly T[],
  today: string,
  count: number,
  empty: (day: string) => T,
): T[] {
  const byDay = new Map(rows.map((r) => [r.day, r]));
  // Today's number once, not parsed again for each of a year's days.
  const first = dayNumber(today) - count + 1;
  return Array.from({ length: count }, (_, i) => {
    const day = dayFromNumber(first + i);
    return byDay.get(day) ?? empty(day);
  });
}
