import "server-only";
import { z } from "zod";
import { updateAccountSchema as schema } from "@/lib/schemas/account";
import { db } from "@/lib/server/db";
import { fail, NOT_FOUND, ok, type ServiceResult } from "@/lib/server/service-result";

/**
 * Renames the caller's own account. The update is filtered by the caller's id (and a deleted
 * account's tombstone is never renamed), so no input can reach another row. Rosters,
 * gradebooks and their CSV files read the name from this row, so they show it at once.
 */
export async function updateAccount(
  userId: string,
  input: unknown,
): Promise<ServiceResult<{ name: string }>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success)
    return fail(
      "invalid",
      "Check the highlighted fields.",
      z.flattenError(parsed.error).fieldErrors,
    );
  const { name } = parsed.data;
  const { count } = await db.user.updateMany({
    where: { id: userId, deletedAt: null },
    data: { name },
  });
  if (count === 0) return fail("not_found", NOT_FOUND);
  return ok({ name });
}
