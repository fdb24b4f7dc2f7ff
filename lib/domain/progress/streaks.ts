/**
 * Study streaks: a day counts when the learner answered or reviewed at least once, days being
 * local calendar days in their time zone. The current streak runs back from today, or from
 * yesterday while today has not been studied yet (the streak is not lost until the day ends).
 */
import { dayNumber } from "@/lib/domain/time/zoned-time";

export type Streaks = { current: number; longest: number; studiedToday: boolean };

export function computeStreaks(activeDays: Iterable<string>, today: string): Streaks {
  // Day numbers, not strings: a year of days is walked on every dashboard render.
  const days = new Set<number>();
  for (const day of activeDays) days.add(dayNumber(day));
  const todayNumber = dayNumber(today);
  const studiedToday = days.has(todayNumber);
  let current = 0;
  for (let day = studiedToday ? todayNumber : todayNumber - 1; days.has(day); day--) current++;

  let longest = 0;
  for (const day of days) {
    if (days.has(day - 1)) continue; // not the start of a run
    let length = 0;
    for (let d = day; days.has(d); d++) length++;
    longest = Math.max(longest, length);
  }
  return { current, longest, studiedToday };
}
