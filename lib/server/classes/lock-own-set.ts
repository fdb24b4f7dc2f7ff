import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

type SetRow = { name: string; kind: "QUIZ" | "FLASHCARDS" };

/**
 * Locks one of the instructor's sets until the transaction ends (its row). "update" for a
 * change to the set or to what it holds: deleting it, editing its contents, and writing,
 * editing or importing its own questions and cards, which must not both pass a check of what
 * the set holds (its size, an item it has already). "share" for a write that needs the set to
 * stay as it is but may run beside another such (assigning it: two classes can be given one
 * set at once). Either waits for an "update" holder to commit, and then sees the set as it was
 * left, or gone. Returns the set, or null when it is missing or not theirs: a write that finds
 * it gone after waiting answers "not found" rather than failing on the foreign key.
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
