import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Locks a set's row until the transaction ends. Every write of a set's own questions and cards
 * (the forms, an import) takes it before it reads what the set holds, so two writes at once
 * cannot both pass a check of the set (its size, an item it has already) and both land: the
 * second waits, then sees what the first stored.
 */
export async function lockSet(tx: Prisma.TransactionClient, setId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "StudySet" WHERE id = ${setId} FOR UPDATE`;
}
