import "server-only";
import { formatJoinCode, joinPath } from "@/lib/domain/classes/join-code";
import type { Prisma } from "@/lib/generated/prisma/client";
import { countsByParent } from "@/lib/server/count-children";
import { db } from "@/lib/server/db";

/** A class as its instructor sees it in lists (join code included: only they get it). */
export type InstructorClassSummary = {
  id: string;
  name: string;
  description: string;
  joinCode: string;
  /** "ABCD-EFGH", for reading out. */
  joinCodeDisplay: string;
  /** Site-relative join link. */
  joinPath: string;
  archivedAt: Date | null;
  createdAt: Date;
  memberCount: number;
  assignmentCount: number;
};

export const classSummarySelect = {
  id: true,
  name: true,
  description: true,
  joinCode: true,
  archivedAt: true,
  createdAt: true,
} satisfies Prisma.ClassSelect;

type Row = Prisma.ClassGetPayload<{ select: typeof classSummarySelect }>;

/**
 * The classes' summaries. Members and assignments are counted for these classes only (by the
 * ClassMember key and the Assignment classId index), not with a relation `_count`, which
 * groups every row of both tables (lib/server/count-children.ts).
 */
export async function summarizeClasses(rows: Row[]): Promise<InstructorClassSummary[]> {
  if (rows.length === 0) return [];
  const where = { classId: { in: rows.map((r) => r.id) } };
  const [members, assignments] = await Promise.all([
    db.classMember.groupBy({ by: ["classId"], where, _count: { _all: true } }),
    db.assignment.groupBy({ by: ["classId"], where, _count: { _all: true } }),
  ]);
  const memberCounts = countsByParent(members, "classId");
  const assignmentCounts = countsByParent(assignments, "classId");
  return rows.map((row) =>
    toClassSummary(row, {
      members: memberCounts.get(row.id) ?? 0,
      assignments: assignmentCounts.get(row.id) ?? 0,
    }),
  );
}

export async function summarizeClass(row: Row): Promise<InstructorClassSummary> {
  const [summary] = await summarizeClasses([row]);
  return summary!;
}

/** With counts already at hand (e.g. a class read with its roster and assignments). */
export function toClassSummary(
  row: Row,
  counts: { members: number; assignments: number },
): InstructorClassSummary {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    joinCode: row.joinCode,
    joinCodeDisplay: formatJoinCode(row.joinCode),
    joinPath: joinPath(row.joinCode),
    archivedAt: row.archivedAt,
    createdAt: row.createdAt,
    memberCount: counts.members,
    assignmentCount: counts.assignments,
  };
}
