import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";
import { SET_NOT_FOUND, isInstructor, type Caller } from "./caller";
import { lockOwnSet } from "./lock-own-set";

/** "A", "A and B", "A, B and C". */
function listNames(names: string[]): string {
  return names.length < 2
    ? names.join("")
    : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** Why the set cannot be deleted: the classes it is assigned to, archived ones too; or null. */
async function assignedMessage(
  client: Prisma.TransactionClient,
  setName: string,
  setId: string,
): Promise<string | null> {
  const classes = await client.class.findMany({
    where: { assignments: { some: { setId } } },
    select: { name: true, archivedAt: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  if (classes.length === 0) return null;
  const names = classes.map((c) => (c.archivedAt ? `${c.name} (archived)` : c.name));
  const archived = classes.some((c) => c.archivedAt)
    ? " Restore an archived class to change its assignments."
    : "";
  return (
    `“${setName}” is assigned to ${listNames(names)}. Remove it from ` +
    `${classes.length === 1 ? "that class" : "those classes"} first, then delete it.` +
    archived
  );
}

/**
 * For the set's page: the refusal a deletion would meet now (the classes it is assigned to),
 * to show in place of a delete button; null when it may go, or is not the caller's. Read
 * without a lock: deleteSet checks again.
 */
export async function getSetDeleteRefusal(caller: Caller, setId: string): Promise<string | null> {
  if (!isInstructor(caller)) return null;
  const set = await db.studySet.findFirst({
    where: { id: setId, instructorId: caller.id },
    select: { name: true },
  });
  return set ? assignedMessage(db, set.name, setId) : null;
}

/**
 * Deletes one of the caller's sets, with the questions and cards they wrote in it (they
 * cascade). Refused (409, naming the classes) while any class has it assigned, archived
 * classes too: assignments cascade with their set, and learners' attempts and grades with
 * them. Removing an assignment is refused while learners have work in it
 * (remove-assignment.ts), so no work is ever lost this way. The check and the delete run in
 * one transaction with the set's row locked; an assignment being made of the set at the same
 * time either commits first (and is seen here) or waits and then finds no set.
 */
export async function deleteSet(
  caller: Caller,
  setId: string,
): Promise<ServiceResult<{ id: string; name: string }>> {
  if (!isInstructor(caller)) return fail("not_found", SET_NOT_FOUND);
  return db.$transaction(async (tx) => {
    const set = await lockOwnSet(tx, caller.id, setId, "update");
    if (!set) return fail("not_found", SET_NOT_FOUND);
    const assigned = await assignedMessage(tx, set.name, setId);
    if (assigned) return fail("conflict", assigned);
    await tx.studySet.delete({ where: { id: setId } });
    return ok({ id: setId, name: set.name });
  });
}
