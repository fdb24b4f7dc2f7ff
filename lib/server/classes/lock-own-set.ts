import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

type SetRow = { name: string; kind: "QUIZ" | "FLASHCARDS" };

/**
 * Locks one of the instructor's sets until the transaction ends: the set's row, the lock an
 * import into the set takes (interop/import-into-set.ts). "update" for a change to the set
 * itself (deleting it); "share" for a write that needs the set to stay as it is but may run
 * beside another such (assigning it: two classes can be given one set at once). Either waits
 * for an "update" holder to commit, and then sees the set as it was left (or gone). Returns
 * the set, or null when it is missing or not theirs.
 */
export async function lockOwnSet(
  tx: Prisma.TransactionClient,
  instructorId: string,
  setId: string,
  mode: "update" | "share",
): Promise<SetRow | null> {
  const lock = mode === "update" ? Prisma.sql`FOR UPDATE` : Prisma.sql`FOR SHARE`;
  const [row] = await tx.$queryRaw<SetRow[]>`
    SELECT name, kind::text AS kind FROM "StudySet"
    WHERE id = ${setId} AND "instructorId" = ${instructorId} ${lock}`;
  return row ?? null;
}
