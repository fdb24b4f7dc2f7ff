import "server-only";
import type { AssignmentStatus } from "@/lib/domain/classes/assignment-status";
import { learnerIdentities } from "@/lib/domain/classes/deleted-learners";
import { meanScore } from "@/lib/domain/classes/gradebook";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { ASSIGNMENT_NOT_FOUND, isInstructor, type Caller } from "./caller";
import {
  assignmentSummarySelect,
  toAssignmentSummary,
  type AssignmentSummary,
} from "./assignment-summary";
import { membersByName } from "./class-members";
import { loadAssignmentProgress, type AssignmentAttempt } from "./load-assignment-progress";

export type RosterResult = {
  userId: string;
  /** "Deleted learner N" once the learner deleted the account: the results stay. */
  name: string;
  /** Null once the learner deleted the account. */
  email: string | null;
  deleted: boolean;
  status: AssignmentStatus;
  attemptsUsed: number;
  /** Over the attempts that count (late ones only when late work counts); 0..1. */
  bestScore: number | null;
  lastScore: number | null;
  /** Submitted late attempts left out of the scores. */
  uncountedLateAttempts: number;
  inProgress: boolean;
  timeSpentSeconds: number;
  lastSubmittedAt: Date | null;
  /** Flashcard sets. */
  cards: { total: number; reviewed: number } | null;
  attempts: AssignmentAttempt[];
};

export type AssignmentResults = {
  assignment: AssignmentSummary & { className: string; classArchived: boolean };
  roster: RosterResult[];
  counts: Record<AssignmentStatus, number>;
  /** Mean of the members' best scores, over members with one; null when none. */
  meanBestScore: number | null;
};

/**
 * Per assignment: every current member of the class, with status, scores and time spent.
 * Learners who deleted their account are members still, shown as "Deleted learner N".
 */
export async function getAssignmentResults(
  caller: Caller,
  assignmentId: string,
  now = new Date(),
): Promise<ServiceResult<AssignmentResults>> {
  if (!isInstructor(caller)) return fail("not_found", ASSIGNMENT_NOT_FOUND);
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, class: { instructorId: caller.id } },
    select: {
      ...assignmentSummarySelect,
      set: { select: { id: true, name: true, kind: true, cardIds: true } },
      class: {
        select: {
          name: true,
          archivedAt: true,
          members: membersByName,
        },
      },
    },
  });
  if (!assignment) return fail("not_found", ASSIGNMENT_NOT_FOUND);
  const members = assignment.class.members;
  const progressOf = await loadAssignmentProgress(
    [assignment],
    members.map((m) => m.userId),
    now,
  );
  const identities = learnerIdentities(members.map((m) => ({ userId: m.userId, ...m.user })));
  const roster = members.map((m): RosterResult => {
    const p = progressOf(assignment.id, m.userId);
    const identity = identities.get(m.userId)!;
    return {
      userId: m.userId,
      name: identity.name,
      email: identity.email,
      deleted: identity.deletedAt !== null,
      status: p.status,
      attemptsUsed: p.attemptsUsed,
      bestScore: p.bestScore,
      lastScore: p.lastScore,
      uncountedLateAttempts: p.uncountedLateAttempts,
      inProgress: p.inProgress,
      timeSpentSeconds: p.timeSpentSeconds,
      lastSubmittedAt: p.lastSubmittedAt,
      cards: p.cards,
      attempts: p.attempts,
    };
  });
  const counts: Record<AssignmentStatus, number> = {
    upcoming: 0,
    "to-do": 0,
    done: 0,
    late: 0,
    "done-late": 0,
  };
  for (const r of roster) counts[r.status] += 1;
  return ok({
    assignment: {
      ...toAssignmentSummary(assignment),
      className: assignment.class.name,
      classArchived: assignment.class.archivedAt !== null,
    },
    roster,
    counts,
    meanBestScore: meanScore(roster.map((r) => r.bestScore)),
  });
}
