import "server-only";
import { learnerIdentities } from "@/lib/domain/classes/deleted-learners";
import {
  learnerTotals,
  meanScore,
  type GradebookCell,
  type LearnerTotals,
} from "@/lib/domain/classes/gradebook";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { CLASS_NOT_FOUND, isInstructor, type Caller } from "./caller";
import {
  assignmentSummarySelect,
  toAssignmentSummary,
  type AssignmentSummary,
} from "./assignment-summary";
import { membersByName } from "./class-members";
import { loadAssignmentProgress } from "./load-assignment-progress";

export type GradebookEntry = GradebookCell & {
  attemptsUsed: number;
  /** Flashcard sets: cards reviewed since the assignment opened, of the set's cards. */
  cards: { total: number; reviewed: number } | null;
};

export type GradebookRow = {
  userId: string;
  /** "Deleted learner N" once the learner deleted the account: the results stay. */
  name: string;
  email: string | null;
  deleted: boolean;
  /** One per assignment, in the order of `assignments`. */
  entries: GradebookEntry[];
  totals: LearnerTotals;
};

export type ClassGradebook = {
  class: { id: string; name: string };
  /** By due date, as on the class page. */
  assignments: (AssignmentSummary & { meanBestScore: number | null })[];
  /** Every member, by name. */
  rows: GradebookRow[];
};

/**
 * One of the caller's classes as a grid: each member against each assignment, with the status
 * and best score that the assignment's results page gives (both read through
 * `loadAssignmentProgress`), in two queries for the class and its quiz attempts (one more per
 * flashcard assignment).
 */
export async function getClassGradebook(
  caller: Caller,
  classId: string,
  now = new Date(),
): Promise<ServiceResult<ClassGradebook>> {
  if (!isInstructor(caller)) return fail("not_found", CLASS_NOT_FOUND);
  const row = await db.class.findFirst({
    where: { id: classId, instructorId: caller.id },
    select: {
      id: true,
      name: true,
      members: membersByName,
      assignments: {
        orderBy: [{ dueAt: "asc" }, { id: "asc" }],
        select: {
          ...assignmentSummarySelect,
          set: { select: { id: true, name: true, kind: true, cardIds: true } },
        },
      },
    },
  });
  if (!row) return fail("not_found", CLASS_NOT_FOUND);
  const progressOf = await loadAssignmentProgress(
    row.assignments,
    row.members.map((m) => m.userId),
    now,
  );
  const identities = learnerIdentities(row.members.map((m) => ({ userId: m.userId, ...m.user })));
  const rows = row.members.map((m): GradebookRow => {
    const identity = identities.get(m.userId)!;
    const entries = row.assignments.map((a): GradebookEntry => {
      const p = progressOf(a.id, m.userId);
      return {
        status: p.status,
        bestScore: p.bestScore,
        attemptsUsed: p.attemptsUsed,
        cards: p.cards,
      };
    });
    return {
      userId: m.userId,
      name: identity.name,
      email: identity.email,
      deleted: identity.deletedAt !== null,
      entries,
      totals: learnerTotals(entries),
    };
  });
  return ok({
    class: { id: row.id, name: row.name },
    assignments: row.assignments.map((a, i) => ({
      ...toAssignmentSummary(a),
      meanBestScore: meanScore(rows.map((r) => r.entries[i]!.bestScore)),
    })),
    rows,
  });
}
