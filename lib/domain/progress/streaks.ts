/**
 * Study streaks: a day counts when the learner answered or reviewed at least once, days being
 * local calendar days in their time zone. The current streak runs back from today, or from
 * yesterday while today has not been studied yet (the streak is not lost until the day ends).
 */
import { addDays } from "@/lib/domain/time/zoned-time";

export type Streaks = { current: number; longest: number; studiedToday: boolean };

export function computeStreaks(activeDays: Iterable<string>, today: string): Streaks {
  const days = new Set(activeDays);
  const studiedToday = days.has(today);
  let current = 0;
  for (let day = studiedToday ? today : addDays(today, -1); days.has(day); day = addDays(day, -1))
    current++;

  let longest = 0;
  for (const day of days) {
    if (days.has(addDays(day, -1))) continue; // not the start of a run
    let length = 0;
    for (let d = day; days.has(d); d = addDays(d, 1)) length++;
    longest = Math.max(longest, length);
  }
  return { current, longest, studiedToday };
}
