import "server-only";
import { toLocalDateTime } from "@/lib/domain/time/zoned-time";
import type { Prisma } from "@/lib/generated/prisma/client";

/** An assignment as its instructor sees it: dates as instants and as entered (their zone). */
export type AssignmentSummary = {
  id: string;
  classId: string;
  set: { id: string; name: string; kind: "quiz" | "flashcards" };
  opensAt: Date;
  dueAt: Date;
  timeZone: string;
  /** "YYYY-MM-DDTHH:mm" in `timeZone`, as the instructor entered them. */
  opensAtLocal: string;
  dueAtLocal: string;
  /** null = unlimited (always null for flashcard sets). */
  attemptsAllowed: number | null;
  lateCounts: boolean;
  createdAt: Date;
};

export const assignmentSummarySelect = {
  id: true,
  classId: true,
  opensAt: true,
  dueAt: true,
  timeZone: true,
  attemptsAllowed: true,
  lateCounts: true,
  createdAt: true,
  set: { select: { id: true, name: true, kind: true } },
} satisfies Prisma.AssignmentSelect;

type Row = Prisma.AssignmentGetPayload<{ select: typeof assignmentSummarySelect }>;

export function toAssignmentSummary(row: Row): AssignmentSummary {
  return {
    id: row.id,
    classId: row.classId,
    set: {
      id: row.set.id,
      name: row.set.name,
      kind: row.set.kind === "QUIZ" ? "quiz" : "flashcards",
    },
    opensAt: row.opensAt,
    dueAt: row.dueAt,
    timeZone: row.timeZone,
    opensAtLocal: toLocalDateTime(row.opensAt, row.timeZone),
    dueAtLocal: toLocalDateTime(row.dueAt, row.timeZone),
    attemptsAllowed: row.attemptsAllowed,
    lateCounts: row.lateCounts,
    createdAt: row.createdAt,
  };
}
