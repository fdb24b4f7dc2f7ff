/**
 * Where a learner stands on an assignment at `now`, and whether they may start an attempt.
 *
 * Rules (chosen for the study app, documented here because the UI and the server both follow them):
 * - An attempt is ON TIME when it was submitted at or before the due instant (a timed attempt
 *   is recorded as submitted at its own deadline at the latest).
 * - Status: "done" once any attempt was submitted on time; "done-late" when the only
 *   submitted attempts are late; otherwise "upcoming" before it opens, "to-do" while open,
 *   "late" once past due.
 * - Late attempts are ALLOWED (the learner can still do the work, and the instructor sees it,
 *   flagged late) but COUNT towards the best and last score only when the assignment says
 *   late work counts.
 * - Nothing starts before the assignment opens, and never beyond `attemptsAllowed` attempts
 *   (null = unlimited); an attempt counts as used from the moment it starts.
 */

export type AssignmentStatus = "upcoming" | "to-do" | "done" | "late" | "done-late";

export type AssignmentRules = {
  opensAt: Date;
  dueAt: Date;
  /** null = unlimited. */
  attemptsAllowed: number | null;
  lateCounts: boolean;
};

export type AttemptRecord = { startedAt: Date; submittedAt: Date | null; score: number | null };

export type LearnerAssignmentState = {
  status: AssignmentStatus;
  attemptsUsed: number;
  /** null = unlimited. */
  attemptsLeft: number | null;
  inProgress: boolean;
  /** Submitted attempts that count towards the grade. */
  countedAttempts: number;
  /** Submitted late attempts that do not count (lateCounts off). */
  uncountedLateAttempts: number;
  /** Over counted attempts; null when none. */
  bestScore: number | null;
  /** The counted attempt submitted last. */
  lastScore: number | null;
  canStart: boolean;
  blockedReason: "not-open" | "no-attempts-left" | null;
  /** A new attempt started now would be late. */
  startWouldBeLate: boolean;
};

export function isOnTime(submittedAt: Date, dueAt: Date): boolean {
  return submittedAt.getTime() <= dueAt.getTime();
}

export function getAssignmentStatus(
  rules: AssignmentRules,
  attempts: readonly AttemptRecord[],
  now: Date,
): LearnerAssignmentState {
  const submitted = attempts
    .filter((a): a is AttemptRecord & { submittedAt: Date } => a.submittedAt !== null)
    .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
  const onTime = submitted.filter((a) => isOnTime(a.submittedAt, rules.dueAt));
  const late = submitted.length - onTime.length;
  const counted = rules.lateCounts ? submitted : onTime;
  const scores = counted.map((a) => a.score ?? 0);

  const beforeOpen = now.getTime() < rules.opensAt.getTime();
  const pastDue = now.getTime() > rules.dueAt.getTime();
  const status: AssignmentStatus =
    onTime.length > 0
      ? "done"
      : submitted.length > 0
        ? "done-late"
        : beforeOpen
          ? "upcoming"
          : pastDue
            ? "late"
            : "to-do";

  const attemptsUsed = attempts.length;
  const attemptsLeft =
    rules.attemptsAllowed === null ? null : Math.max(0, rules.attemptsAllowed - attemptsUsed);
  const blockedReason = beforeOpen ? "not-open" : attemptsLeft === 0 ? "no-attempts-left" : null;
  return {
    status,
    attemptsUsed,
    attemptsLeft,
    inProgress: attempts.some((a) => a.submittedAt === null),
    countedAttempts: counted.length,
    uncountedLateAttempts: rules.lateCounts ? 0 : late,
    bestScore: scores.length ? Math.max(...scores) : null,
    lastScore: scores.length ? scores[scores.length - 1]! : null,
    canStart: blockedReason === null,
    blockedReason,
    startWouldBeLate: pastDue,
  };
}
