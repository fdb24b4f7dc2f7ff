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

type Style = keyof typeof FORMATS;

/**
 * Each style's days formatted so far. `/progress` formats about 180 days a render, the same
 * ones for every learner on a given day, and formatting took 0.8-1.3% of the server's busy
 * time under `bench:load`'s `/progress` (a CPU profile, `-- --profile`); a lookup costs a
 * fraction of that. Emptied past MAX_REMEMBERED days a style, so the memory stays bounded.
 */
const remembered: Record<Style, Map<string, string>> = {
  short: new Map(),
  long: new Map(),
  month: new Map(),
};
export const MAX_REMEMBERED = 2_000;

/** "3 Mar" (short), "Tue, 3 Mar 2026" (long) or "Mar" (month) for a "YYYY-MM-DD" day. */
export function formatDay(day: string, style: Style = "short"): string {
  const known = remembered[style];
  let text = known.get(day);
  if (text === undefined) {
    text = FORMATS[style].format(new Date(`${day}T00:00:00Z`));
    if (known.size >= MAX_REMEMBERED) known.clear();
    known.set(day, text);
  }
  return text;
}

/** How many days a style holds now (for the test of the bound). */
export const rememberedDays = (style: Style) => remembered[style].size;
