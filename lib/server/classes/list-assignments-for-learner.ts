import "server-only";
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
 */
export async function listAssignmentsForLearner(
  caller: Caller,
  now = new Date(),
): Promise<ServiceResult<LearnerAssignment[]>> {
  const [user, rows] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: caller.id }, select: { timeZone: true } }),
    db.assignment.findMany({
      where: { class: { archivedAt: null, members: { some: { userId: caller.id } } } },
      select: {
        id: true,
        classId: true,
        opensAt: true,
        dueAt: true,
        timeZone: true,
        attemptsAllowed: true,
        lateCounts: true,
        class: { select: { name: true } },
        set: { select: { id: true, name: true, kind: true, settings: true, cardIds: true } },
      },
    }),
  ]);
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
