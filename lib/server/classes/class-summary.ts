import "server-only";
import { formatJoinCode, joinPath } from "@/lib/domain/classes/join-code";
import type { Prisma } from "@/lib/generated/prisma/client";

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
  _count: { select: { members: true, assignments: true } },
} satisfies Prisma.ClassSelect;

type Row = Prisma.ClassGetPayload<{ select: typeof classSummarySelect }>;

export function toClassSummary(row: Row): InstructorClassSummary {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    joinCode: row.joinCode,
    joinCodeDisplay: formatJoinCode(row.joinCode),
    joinPath: joinPath(row.joinCode),
    archivedAt: row.archivedAt,
    createdAt: row.createdAt,
    memberCount: row._count.members,
    assignmentCount: row._count.assignments,
  };
}
