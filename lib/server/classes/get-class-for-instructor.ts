import "server-only";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { CLASS_NOT_FOUND, isInstructor, type Caller } from "./caller";
import {
  assignmentSummarySelect,
  toAssignmentSummary,
  type AssignmentSummary,
} from "./assignment-summary";
import { classSummarySelect, toClassSummary, type InstructorClassSummary } from "./class-summary";

export type RosterEntry = { userId: string; name: string; email: string; joinedAt: Date };

export type InstructorClassDetail = InstructorClassSummary & {
  roster: RosterEntry[];
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
      members: {
        orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
        select: { userId: true, joinedAt: true, user: { select: { name: true, email: true } } },
      },
      assignments: { orderBy: [{ dueAt: "asc" }, { id: "asc" }], select: assignmentSummarySelect },
    },
  });
  if (!row) return fail("not_found", CLASS_NOT_FOUND);
  return ok({
    ...toClassSummary(row, {
      members: row.members.length,
      assignments: row.assignments.length,
    }),
    roster: row.members.map((m) => ({
      userId: m.userId,
      name: m.user.name,
      email: m.user.email,
      joinedAt: m.joinedAt,
    })),
    assignments: row.assignments.map(toAssignmentSummary),
  });
}
