import "server-only";
import { learnerIdentities } from "@/lib/domain/classes/deleted-learners";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { CLASS_NOT_FOUND, isInstructor, type Caller } from "./caller";
import {
  assignmentSummarySelect,
  toAssignmentSummary,
  type AssignmentSummary,
} from "./assignment-summary";
import { membersByName } from "./class-members";
import { classSummarySelect, toClassSummary, type InstructorClassSummary } from "./class-summary";

export type RosterEntry = {
  userId: string;
  /** "Deleted learner N" once the learner deleted the account. */
  name: string;
  /** Null once the learner deleted the account. */
  email: string | null;
  joinedAt: Date;
  deletedAt: Date | null;
};

export type InstructorClassDetail = InstructorClassSummary & {
  roster: RosterEntry[];
  /** Members who deleted their account (their results stay), in the order they did. */
  deletedLearners: { name: string; deletedAt: Date }[];
  assignments: AssignmentSummary[];
};

/** One of the caller's classes with its roster (by name) and assignments (by due date). */
export async function getClassForInstructor(
  caller: Caller,
  classId: string,
): Promise<ServiceResult<InstructorClassDetail>> {
  if (!isInstructor(caller)) return fail("not_found", CLASS_NOT_FOUND);
  const row = await db.class.findFirst({
    where: { id: classId, instructorId: caller.id },
    select: {
      ...classSummarySelect,
      members: { ...membersByName, select: { ...membersByName.select, joinedAt: true } },
      assignments: { orderBy: [{ dueAt: "asc" }, { id: "asc" }], select: assignmentSummarySelect },
    },
  });
  if (!row) return fail("not_found", CLASS_NOT_FOUND);
  const identities = learnerIdentities(row.members.map((m) => ({ userId: m.userId, ...m.user })));
  const roster = row.members.map((m) => ({
    userId: m.userId,
    ...identities.get(m.userId)!,
    joinedAt: m.joinedAt,
  }));
  return ok({
    ...toClassSummary(row, {
      members: row.members.length,
      assignments: row.assignments.length,
    }),
    roster,
    deletedLearners: roster
      .filter((m) => m.deletedAt !== null)
      .map((m) => ({ name: m.name, deletedAt: m.deletedAt! }))
      .sort((a, b) => a.deletedAt.getTime() - b.deletedAt.getTime()),
    assignments: row.assignments.map(toAssignmentSummary),
  });
}
