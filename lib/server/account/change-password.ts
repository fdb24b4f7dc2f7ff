import "server-only";
import { changePasswordSchema as schema } from "@/lib/schemas/account";
import { revokeSessions } from "@/lib/server/auth/session-version";
import { db } from "@/lib/server/db";
import { hashPassword, verifyPassword } from "@/lib/server/password";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";

const WRONG = "That is not your current password.";

/**
 * Sets a new password after checking the current one, and signs out every session (this one
 * too): whoever knew the old password is signed out with it.
 */
export async function changePassword(
  userId: string,
  input: unknown,
): Promise<ServiceResult<{ changed: true }>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success)
    return fail("invalid", "Check the highlighted fields.", parsed.error.flatten().fieldErrors);
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { passwordHash: true },
  });
  if (!user?.passwordHash)
    return fail("invalid", "This account signs in through another provider: it has no password.");
  if (!(await verifyPassword(user.passwordHash, parsed.data.currentPassword)))
    return fail("invalid", WRONG, { currentPassword: [WRONG] });
  const passwordHash = await hashPassword(parsed.data.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await revokeSessions(userId, tx);
  });
  return ok({ changed: true });
}

/** Whether the account has a password to change (OAuth-only accounts have none). */
export async function hasPassword(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return Boolean(user?.passwordHash);
}
