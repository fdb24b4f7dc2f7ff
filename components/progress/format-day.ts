// Dashboard days are calendar dates ("YYYY-MM-DD") already counted in the learner's time
// zone, so they are formatted as UTC midnight: any other zone could shift them by a day.
const FORMATS = {
  short: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" }),
  long: new Intl.DateTimeFormat("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }),
  month: new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" }),
} as const;

/** "3 Mar" (short), "Tue 3 Mar 2026" (long) or "Mar" (month) for a "YYYY-MM-DD" day. */
export function formatDay(day: string, style: keyof typeof FORMATS = "short"): string {
  return FORMATS[style].format(new Date(`${day}T00:00:00Z`));
}
