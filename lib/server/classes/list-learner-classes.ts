import "server-only";
import { db } from "@/lib/server/db";
import { ok, type ServiceResult } from "@/lib/server/service-result";
import type { Caller } from "./caller";

/** A class as a member sees it: no join code, no roster. */
export type LearnerClass = {
  id: string;
  name: string;
  description: string;
  instructorName: string;
  joinedAt: Date;
  archivedAt: Date | null;
  assignmentCount: number;
};

/** The classes the caller belongs to, most recently joined first. */
export async function listLearnerClasses(caller: Caller): Promise<ServiceResult<LearnerClass[]>> {
  const rows = await db.classMember.findMany({
    where: { userId: caller.id },
    orderBy: [{ joinedAt: "desc" }, { classId: "asc" }],
    select: {
      joinedAt: true,
      class: {
        select: {
          id: true,
          name: true,
          description: true,
          archivedAt: true,
          instructor: { select: { name: true } },
          _count: { select: { assignments: true } },
        },
      },
    },
  });
  return ok(
    rows.map(({ joinedAt, class: c }) => ({
      id: c.id,
      name: c.name,
      description: c.description,
      instructorName: c.instructor.name,
      joinedAt,
      archivedAt: c.archivedAt,
      assignmentCount: c._count.assignments,
    })),
  );
}
