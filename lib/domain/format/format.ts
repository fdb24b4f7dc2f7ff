/** Formatting shared by pages: percentages, durations, dates in the learner's time zone. */

export function formatPercent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

/** A score or mastery that may not exist yet: its percentage, or "–". */
export function formatScore(fraction: number | null): string {
  return fraction === null ? "–" : formatPercent(fraction);
}

/** "1 h 5 min", "4 min 9 s", "42 s". */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = s % 60;
  if (hours) return `${hours} h ${minutes} min`;
  if (minutes) return `${minutes} min ${seconds} s`;
  return `${seconds} s`;
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** "10 Mar 2026, 14:05" in `timeZone` (one cached formatter per zone). */
export function formatDateTime(date: Date, timeZone: string): string {
  let format = dateTimeFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone,
    });
    dateTimeFormats.set(timeZone, format);
  }
  return format.format(date);
}

/**
 * "in 3 days (Sunday 6 December)": the day is named in the learner's time zone and in the app's
 * English, so the server's render and the browser's agree (the browser's own locale and zone
 * named another day, or the same day another way, and React discarded the page's HTML: #418).
 */
export function describeDue(iso: string, now: number, timeZone: string): string {
  const minutes = Math.round((new Date(iso).getTime() - now) / 60_000);
  if (minutes <= 1) return "in a minute";
  if (minutes < 60) return `in ${minutes} minutes`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `in about ${hours} hour${hours === 1 ? "" : "s"}`;
  const days = Math.round(hours / 24);
  const date = new Date(iso).toLocaleDateString("en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone,
  });
  return `in ${days} day${days === 1 ? "" : "s"} (${date})`;
}
