import "server-only";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { LOW_SCORE } from "@/lib/domain/classes/instructor-home";
import { INSTRUCTORS_ONLY, isInstructor, type Caller } from "./caller";
import { loadAssignmentProgress } from "./load-assignment-progress";
import type {
  AttentionItem,
  InstructorHome,
  InstructorHomeAssignment,
} from "@/lib/domain/classes/instructor-home";

/** Late work and low scores are listed for assignments due within this many days. */
const ATTENTION_DAYS = 30;
const ATTENTION_LIMIT = 10;

/**
 * What an instructor sees first: their current classes, the assignments open now (opened and
 * not yet due), and who needs attention — learners late on work due in the last 30 days, and
 * learners whose best counted score is below LOW_SCORE. Archived classes are left out, and
 * counted: a home with none current says they are archived rather than that there are none.
 */
export async function getInstructorHome(
  caller: Caller,
  now = new Date(),
): Promise<ServiceResult<InstructorHome>> {
  if (!isInstructor(caller)) return fail("forbidden", INSTRUCTORS_ONLY);
  const since = new Date(now.getTime() - ATTENTION_DAYS * 86_400_000);
  const classes = await db.class.findMany({
    where: { instructorId: caller.id, archivedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      members: {
        orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
        select: {
          userId: true,
          user: { select: { name: true, deletedAt: true } },
        },
      },
      assignments: {
        where: { opensAt: { lte: now }, dueAt: { gte: since } },
        orderBy: [{ dueAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          opensAt: true,
          dueAt: true,
          attemptsAllowed: true,
          lateCounts: true,
          set: { select: { name: true, kind: true, cardIds: true } },
        },
      },
    },
  });
  const assignments = classes.flatMap((c) => c.assignments);
  const userIds = [...new Set(classes.flatMap((c) => c.members.map((m) => m.userId)))];
  const progressOf = await loadAssignmentProgress(assignments, userIds, now);

  const openAssignments: InstructorHomeAssignment[] = [];
  const attention: AttentionItem[] = [];
  for (const c of classes) {
    for (const a of c.assignments) {
      const standings = c.members.map((m) => ({ member: m, p: progressOf(a.id, m.userId) }));
      if (a.dueAt > now)
        openAssignments.push({
          id: a.id,
          classId: c.id,
          className: c.name,
          setName: a.set.name,
          kind: a.set.kind === "QUIZ" ? "quiz" : "flashcards",
          dueAt: a.dueAt,
          learners: c.members.length,
          done: standings.filter((s) => s.p.status === "done" || s.p.status === "done-late").length,
        });
      for (const { member, p } of standings) {
        // A learner who deleted the account can do nothing more: no call to action.
        if (member.user.deletedAt) continue;
        const base = {
          assignmentId: a.id,
          learnerId: member.userId,
          learnerName: member.user.name,
          className: c.name,
          setName: a.set.name,
        };
        if (p.status === "late") attention.push({ ...base, reason: "late", score: null });
        else if (p.bestScore !== null && p.bestScore < LOW_SCORE)
          attention.push({ ...base, reason: "low-score", score: p.bestScore });
      }
    }
  }
  openAssignments.sort((x, y) => x.dueAt.getTime() - y.dueAt.getTime());
  return ok({
    classes: classes.map((c) => ({
      id: c.id,
      name: c.name,
      learners: c.members.length,
      openAssignments: openAssignments.filter((a) => a.classId === c.id).length,
    })),
    archivedClasses: await db.class.count({
      where: { instructorId: caller.id, archivedAt: { not: null } },
    }),
    openAssignments,
    attention: attention.slice(0, ATTENTION_LIMIT),
    attentionTotal: attention.length,
  });
}
