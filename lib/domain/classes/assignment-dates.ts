/**
 * The opening and due dates an instructor types for an assignment, checked and turned into
 * instants. Rules (the assign form and the edit form both follow them):
 * - Dates are wall-clock times in the instructor's zone ("YYYY-MM-DDTHH:mm").
 * - When editing, a date typed as the saved one reads in that zone keeps the saved instant, so
 *   an untouched field never moves (not even across a daylight-saving fold).
 * - The due instant must come after the opening instant.
 * - A due date that has already passed is refused (every learner would be late at once),
 *   unless it is the saved one left as it was: an assignment past due can still be edited.
 */
import { formatDateTime } from "@/lib/domain/format/format";
import { localDateTimeToInstant, toLocalDateTime } from "@/lib/domain/time/zoned-time";

export type TypedAssignmentDates = { opensAt: string; dueAt: string; timeZone: string };
export type SavedAssignmentDates = { opensAt: Date; dueAt: Date };

export type AssignmentDatesCheck =
  | { ok: true; opensAt: Date; dueAt: Date }
  | { ok: false; field: "opensAt" | "dueAt"; message: string };

export const DUE_BEFORE_OPENING = "The due date must be after the opening date.";

export function duePassedMessage(now: Date, timeZone: string): string {
  return (
    `That due date has already passed (it is now ${formatDateTime(now, timeZone)}, ` +
    `${timeZone}): every learner would be late at once. Choose a later one.`
  );
}

/** The instant of a typed date: the saved one when it is typed as the saved one reads. */
function instantOf(typed: string, timeZone: string, saved: Date | undefined) {
  if (saved && toLocalDateTime(saved, timeZone) === typed) return { at: saved, changed: false };
  return { at: localDateTimeToInstant(typed, timeZone), changed: true };
}

export function checkAssignmentDates(
  typed: TypedAssignmentDates,
  now: Date,
  saved?: SavedAssignmentDates,
): AssignmentDatesCheck {
  const opens = instantOf(typed.opensAt, typed.timeZone, saved?.opensAt);
  const due = instantOf(typed.dueAt, typed.timeZone, saved?.dueAt);
  // The strings were in order; around a daylight-saving change the instants may not be.
  if (due.at.getTime() <= opens.at.getTime())
    return { ok: false, field: "dueAt", message: DUE_BEFORE_OPENING };
  if (due.changed && due.at.getTime() <= now.getTime())
    return { ok: false, field: "dueAt", message: duePassedMessage(now, typed.timeZone) };
  return { ok: true, opensAt: opens.at, dueAt: due.at };
}

/**
 * Why an assignment cannot be made due now ("Make due now", close-assignment.ts), or null when
 * it can: not before it opens (nobody could have done it), nor once its due instant has come.
 * The results page offers the button exactly when this is null.
 */
export function dueNowRefusal(
  saved: SavedAssignmentDates,
  now: Date,
): "not-open" | "past-due" | null {
  if (saved.opensAt.getTime() > now.getTime()) return "not-open";
  if (saved.dueAt.getTime() <= now.getTime()) return "past-due";
  return null;
}
