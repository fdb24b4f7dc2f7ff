import "server-only";
import { countsByParent } from "@/lib/server/count-children";
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
        },
      },
    },
  });
  // Counted for these classes only (Assignment's classId index), not with a relation `_count`,
  // which groups the whole table (lib/server/count-children.ts).
  const assignments = rows.length
    ? countsByParent(
        await db.assignment.groupBy({
          by: ["classId"],
          where: { classId: { in: rows.map((r) => r.class.id) } },
          _count: { _all: true },
        }),
        "classId",
      )
    : new Map<string, number>();
  return ok(
    rows.map(({ joinedAt, class: c }) => ({
      id: c.id,
      name: c.name,
      description: c.description,
      instructorName: c.instructor.name,
      joinedAt,
      archivedAt: c.archivedAt,
      assignmentCount: assignments.get(c.id) ?? 0,
    })),
  );
}
