import "server-only";
import { deleteAccountSchema as schema } from "@/lib/schemas/account";
import { db } from "@/lib/server/db";
import { fail, ok, type ServiceResult } from "@/lib/server/service-result";

/** Deletes the account and, by cascade, every attempt, answer, card state, review and rollup. */
export async function deleteAccount(
  userId: string,
  input: unknown,
): Promise<ServiceResult<{ deleted: true }>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success)
    return fail(
      "invalid",
      "Type your email address to confirm.",
      parsed.error.flatten().fieldErrors,
    );
  const { count } = await db.user.deleteMany({
    where: { id: userId, email: parsed.data.confirmEmail.toLowerCase() },
  });
  if (count === 0)
    return fail("invalid", "That is not your account's email address.", {
      confirmEmail: ["That is not your account's email address."],
    });
  return ok({ deleted: true });
}
