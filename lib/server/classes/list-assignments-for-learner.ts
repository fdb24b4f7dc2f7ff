import "server-only";
import { sqlQuery } from "@/lib/server/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AssignmentStatus } from "@/lib/domain/classes/assignment-status";
import { toLocalDateTime } from "@/lib/domain/time/zoned-time";
import { isValidTimeZone } from "@/lib/domain/time/zoned-time";
import { db } from "@/lib/server/db";
import { ok, type ServiceResult } from "@/lib/server/service-result";
import type { Caller } from "./caller";
import { quizSettingsOf } from "./set-summary";
import { loadAssignmentProgress, type LearnerProgress } from "./load-assignment-progress";

/** An assignment as one of the class's learners sees it: their own work only. */
export type LearnerAssignment = {
  id: string;
  classId: string;
  className: string;
  set: {
    name: string;
    kind: "quiz" | "flashcards";
    mode: "practice" | "exam" | null;
    timeLimitMinutes: number | null;
  };
  opensAt: Date;
  dueAt: Date;
  /** The instructor's zone, in which the dates were set. */
  timeZone: string;
  /** "YYYY-MM-DDTHH:mm" in the learner's own zone. */
  opensAtLocal: string;
  dueAtLocal: string;
  learnerTimeZone: string;
  attemptsAllowed: number | null;
  lateCounts: boolean;
  status: AssignmentStatus;
  attemptsUsed: number;
  attemptsLeft: number | null;
  bestScore: number | null;
  lastScore: number | null;
  /** Resume this attempt rather than start another. */
  inProgressAttemptId: string | null;
  canStart: boolean;
  blockedReason: LearnerProgress["blockedReason"];
  startWouldBeLate: boolean;
  /** Flashcard sets. */
  cards: { total: number; reviewed: number } | null;
};

type AssignmentRow = {
  id: string;
  classId: string;
  opensAt: Date;
  dueAt: Date;
  timeZone: string;
  attemptsAllowed: number | null;
  lateCounts: boolean;
  className: string;
  setId: string;
  setName: string;
  setKind: "QUIZ" | "FLASHCARDS";
  setSettings: unknown;
  setCardIds: string[];
};

const ORDER: Record<AssignmentStatus, number> = {
  late: 0,
  "to-do": 1,
  upcoming: 2,
  "done-late": 3,
  done: 4,
};

/**
 * The assignments of the caller's current (not archived) classes with their own status:
 * late and to-do first (soonest due first), then upcoming, then done (most recent first).
 * With `classes: "archived"`, those of the caller's archived classes instead, in the same
 * order: the learner's record of them, which can no longer be worked on.
 */
export async function listAssignmentsForLearner(
  caller: Caller,
  now = new Date(),
  /** The caller's zone when the session already read it (home), saving a read. */
  knownTimeZone?: string,
  classes: "current" | "archived" = "current",
): Promise<ServiceResult<LearnerAssignment[]>> {
  // Hand-written (issue 15): home sends this on every render, and Prisma compiled the
  // relation filter and then sent a read per relation, even for a learner in no class.
  const [user, found] = await Promise.all([
    knownTimeZone === undefined
      ? db.user.findUniqueOrThrow({ where: { id: caller.id }, select: { timeZone: true } })
      : { timeZone: knownTimeZone },
    sqlQuery<AssignmentRow>(Prisma.sql`
      SELECT a.id, a."classId", a."opensAt", a."dueAt", a."timeZone", a."attemptsAllowed",
        a."lateCounts", c.name AS "className", s.id AS "setId", s.name AS "setName",
        s.kind::text AS "setKind", s.settings AS "setSettings", s."cardIds" AS "setCardIds"
      FROM "Assignment" a
      JOIN "Class" c ON c.id = a."classId" AND ${
        classes === "current"
          ? Prisma.sql`c."archivedAt" IS NULL`
          : Prisma.sql`c."archivedAt" IS NOT NULL`
      }
      JOIN "ClassMember" m ON m."classId" = c.id AND m."userId" = ${caller.id}
      JOIN "StudySet" s ON s.id = a."setId"`),
  ]);
  const rows = found.map((r) => ({
    ...r,
    class: { name: r.className },
    set: {
      id: r.setId,
      name: r.setName,
      kind: r.setKind,
      settings: r.setSettings,
      cardIds: r.setCardIds,
    },
  }));
  // A zone the runtime does not know (an old tz name, say) must not break the learner's home page.
  const zone = isValidTimeZone(user.timeZone) ? user.timeZone : "UTC";
  const progressOf = await loadAssignmentProgress(rows, [caller.id], now);
  const list = rows.map((row): LearnerAssignment => {
    const p = progressOf(row.id, caller.id);
    const quiz = row.set.kind === "QUIZ" ? quizSettingsOf(row.set) : null;
    return {
      id: row.id,
      classId: row.classId,
      className: row.class.name,
      set: {
        name: row.set.name,
        kind: quiz ? "quiz" : "flashcards",
        mode: quiz?.mode ?? null,
        timeLimitMinutes: quiz?.timeLimitMinutes ?? null,
      },
      opensAt: row.opensAt,
      dueAt: row.dueAt,
      timeZone: row.timeZone,
      opensAtLocal: toLocalDateTime(row.opensAt, zone),
      dueAtLocal: toLocalDateTime(row.dueAt, zone),
      learnerTimeZone: zone,
      attemptsAllowed: row.attemptsAllowed,
      lateCounts: row.lateCounts,
      status: p.status,
      attemptsUsed: p.attemptsUsed,
      attemptsLeft: p.attemptsLeft,
      bestScore: p.bestScore,
      lastScore: p.lastScore,
      inProgressAttemptId: p.inProgressAttemptId,
      canStart: p.canStart,
      blockedReason: p.blockedReason,
      startWouldBeLate: p.startWouldBeLate,
      cards: p.cards,
    };
  });
  list.sort((a, b) => {
    const byStatus = ORDER[a.status] - ORDER[b.status];
    if (byStatus) return byStatus;
    const done = a.status === "done" || a.status === "done-late";
    return (
      (done ? b.dueAt.getTime() - a.dueAt.getTime() : a.dueAt.getTime() - b.dueAt.getTime()) ||
      a.id.localeCompare(b.id)
    );
  });
  return ok(list);
}
