import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { isInstructor, type Caller } from "./caller";
import { loadAssignmentWork, type OwnAssignment } from "./own-assignment";

/**
 * One rule for what a set holds once learners have worked on it: while any assignment of the
 * set has learner work (own-assignment.ts says what counts), the builder's choices of any set,
 * and the questions the instructor wrote or imported into a quiz set, can no longer change;
 * the attempts and results would stop describing one set. A flashcard set's own cards may keep
 * growing, as an Anki deck does: a new card joins each learner's study without changing a
 * review already made.
 */

/** The refusal once learners have work in `assignments` of the set's assignments. */
export function setHasWorkMessage(assignments: number): string {
  const which = assignments === 1 ? "an assignment" : `${assignments} assignments`;
  return (
    `Learners have already started ${which} of this set, so its questions and cards can no ` +
    "longer change: their work would stop matching it. Duplicate the set, change the copy " +
    "and assign that instead."
  );
}

/** How many of these assignments hold learner work (own-assignment.ts says what counts). */
export async function countAssignmentsWithWork(
  tx: Prisma.TransactionClient,
  assignments: readonly OwnAssignment[],
): Promise<number> {
  let withWork = 0;
  for (const assignment of assignments)
    if ((await loadAssignmentWork(tx, assignment)).learners > 0) withWork += 1;
  return withWork;
}

/**
 * The refusal when learners have work in an assignment of the set, else null. Call it with the
 * set's row locked ("update", lock-own-set.ts): it then locks every assignment row of the set
 * before counting. A learner starting an attempt share-locks their assignment's row
 * (start-assignment-attempt.ts), so either the start commits first and is counted here, or it
 * waits for the caller's write and reads the set as it is left.
 */
export async function lockSetWork(
  tx: Prisma.TransactionClient,
  setId: string,
  kind: "QUIZ" | "FLASHCARDS",
): Promise<string | null> {
  const assignments = await tx.$queryRaw<OwnAssignment[]>`
    SELECT a.id, a."classId", a."setId", ${kind} AS kind, a."opensAt", a."dueAt",
      a."timeZone", a."attemptsAllowed", c."archivedAt"
    FROM "Assignment" a
    JOIN "Class" c ON c.id = a."classId"
    WHERE a."setId" = ${setId}
    ORDER BY a.id
    FOR UPDATE OF a`;
  const withWork = await countAssignmentsWithWork(tx, assignments);
  return withWork > 0 ? setHasWorkMessage(withWork) : null;
}

/** A set's assignments as the work count reads them, for a `select` on StudySet. */
export const assignmentsForWork = {
  select: {
    id: true,
    classId: true,
    setId: true,
    opensAt: true,
    dueAt: true,
    timeZone: true,
    attemptsAllowed: true,
    class: { select: { archivedAt: true } },
  },
} satisfies Prisma.StudySet$assignmentsArgs;

type AssignmentForWork = Prisma.AssignmentGetPayload<typeof assignmentsForWork>;

/** The refusal for a set with these assignments (read without locks), else null. */
export async function setWorkMessage(
  kind: "QUIZ" | "FLASHCARDS",
  assignments: readonly AssignmentForWork[],
): Promise<string | null> {
  const withWork = await countAssignmentsWithWork(
    db,
    assignments.map(({ class: { archivedAt }, ...a }) => ({ ...a, kind, archivedAt })),
  );
  return withWork > 0 ? setHasWorkMessage(withWork) : null;
}

/**
 * For a page: the refusal that a change to one of the caller's sets would meet now, or null
 * (also when the set is missing or not theirs). Read without locks: the writes check again.
 */
export async function getSetWorkLock(caller: Caller, setId: string): Promise<string | null> {
  if (!isInstructor(caller)) return null;
  const row = await db.studySet.findFirst({
    where: { id: setId, instructorId: caller.id },
    select: { kind: true, assignments: assignmentsForWork },
  });
  return row ? setWorkMessage(row.kind, row.assignments) : null;
}
