/**
 * Names a quiz attempt by what it covered and when, so a history of several practice quizzes
 * and retries can be told apart: "Practice · Partnership for Peace, EAPC · 30 Nov 14:05",
 * "Retry of 4 missed · Partnership for Peace · …", "Exam · <set name> · …". The time is the
 * start, in the learner's time zone; the year is added when it is not the current one.
 */
import { wallClock } from "@/lib/domain/time/zoned-time";

/** What an attempt covered, as stored with it. */
export type AttemptCoverage = {
  mode: "practice" | "exam";
  /** Programmes the quiz was drawn from (display labels), empty for every programme. */
  programmes: readonly string[];
  /** The instructor's set, for an assignment attempt. */
  setName?: string | null;
  /** "Practise these": the learner's weakest questions. */
  weakQuestions?: boolean;
  /** "Harder questions" (lib/domain/quiz/facility.ts). */
  harder?: boolean;
  /** For "Retry the ones I missed": how many questions were retried. */
  retryOf?: number | null;
};

/** More programmes than this are summed up ("PfP, EAPC and 3 more"). */
const MAX_LISTED = 2;

function coverageLabel(c: AttemptCoverage): string {
  if (c.setName) return c.setName;
  if (c.weakQuestions) return "Weakest questions";
  if (c.programmes.length === 0) return "All programmes";
  const listed = c.programmes.slice(0, MAX_LISTED).join(", ");
  const more = c.programmes.length - MAX_LISTED;
  return more > 0 ? `${listed} and ${more} more` : listed;
}

/** "Practice · Partnership for Peace, EAPC": what the attempt covered, without the time. */
export function attemptSubject(c: AttemptCoverage): string {
  const kind =
    c.retryOf != null ? `Retry of ${c.retryOf} missed` : c.mode === "exam" ? "Exam" : "Practice";
  return `${kind}${c.harder ? " (harder)" : ""} · ${coverageLabel(c)}`;
}

/** en-GB's short month names ("Jan", …), as Intl formats them, built once. */
const MONTHS = Array.from({ length: 12 }, (_, m) =>
  new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" }).format(
    new Date(Date.UTC(2000, m, 1)),
  ),
);

const pad2 = (n: number) => String(n).padStart(2, "0");

/**
 * "30 Nov 14:05" in `timeZone`; "30 Nov 2025, 14:05" when not in `now`'s year there. From the
 * zone's cached formatter (zoned-time.ts): building two Intl formatters a call, as this did,
 * was the costliest step of listing attempts (issue 15).
 */
export function formatAttemptTime(at: Date, timeZone: string, now: Date): string {
  const clock = wallClock(at, timeZone);
  const sameYear = clock.year === wallClock(now, timeZone).year;
  const day = `${clock.day} ${MONTHS[clock.month - 1]}${sameYear ? "" : ` ${clock.year}`}`;
  return `${day}${sameYear ? "" : ","} ${pad2(clock.hour)}:${pad2(clock.minute)}`;
}

/** The full name: subject and start time. */
export function nameAttempt(
  c: AttemptCoverage,
  startedAt: Date,
  timeZone: string,
  now: Date,
): string {
  return `${attemptSubject(c)} · ${formatAttemptTime(startedAt, timeZone, now)}`;
}
